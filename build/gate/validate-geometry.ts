// Geometry checks MapLibre would otherwise skip silently: nesting, ranges,
// swapped axes, ring closure and winding, self-intersection, degenerate lines.
import { kinks, booleanClockwise } from '@turf/turf';
import type { Feature, Polygon, MultiPolygon } from 'geojson';

export interface GeometryIssue {
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Where the story happens: a point outside it whose swap lands inside had its axes swapped. */
export const STORY_REGION: [number, number, number, number] = [90, -5, 130, 35];

const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

function inRegion(lon: number, lat: number): boolean {
  const [w, s, e, n] = STORY_REGION;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

function checkPosition(value: unknown, path: string, out: GeometryIssue[]): value is [number, number] {
  if (!Array.isArray(value)) {
    out.push({ path, message: `expected a position [longitude, latitude], found ${JSON.stringify(value)}`, severity: 'error' });
    return false;
  }
  if (value.length < 2 || value.length > 3) {
    out.push({ path, message: `a position has 2 numbers [longitude, latitude], found ${value.length}`, severity: 'error' });
    return false;
  }
  const bad = value.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
  if (bad !== -1) {
    out.push({ path: `${path}[${bad}]`, message: `coordinates must be numbers, found ${JSON.stringify(value[bad])}`, severity: 'error' });
    return false;
  }
  const [lon, lat] = value as [number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    const hint = Math.abs(lat) <= 180 && Math.abs(lon) <= 90 ? ' (longitude and latitude look swapped: write [longitude, latitude])' : '';
    out.push({ path, message: `coordinates [${lon}, ${lat}] are out of range: |longitude| ≤ 180, |latitude| ≤ 90${hint}`, severity: 'error' });
    return false;
  }
  if (!inRegion(lon, lat) && inRegion(lat, lon)) {
    out.push({
      path,
      message: `[${lon}, ${lat}] lies far outside the story's region but [${lat}, ${lon}] lies inside it: longitude and latitude look swapped (GeoJSON is [longitude, latitude])`,
      severity: 'error',
    });
    return false;
  }
  return true;
}

/** Walks nested coordinate arrays, checking each level is an array down to positions. */
function checkNesting(value: unknown, depth: number, path: string, out: GeometryIssue[]): boolean {
  if (depth === 0) return checkPosition(value, path, out);
  if (!Array.isArray(value) || (Array.isArray(value) && value.length > 0 && typeof value[0] === 'number' && depth > 0)) {
    out.push({ path, message: `coordinates are nested wrongly: expected an array ${depth} level(s) above positions`, severity: 'error' });
    return false;
  }
  let ok = true;
  value.forEach((child, i) => {
    ok = checkNesting(child, depth - 1, `${path}[${i}]`, out) && ok;
  });
  return ok;
}

function samePosition(a: number[], b: number[]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function checkLine(line: number[][], path: string, out: GeometryIssue[]): void {
  const distinct = new Set(line.map((p) => `${p[0]},${p[1]}`));
  if (distinct.size < 2) out.push({ path, message: 'a line needs at least 2 distinct positions', severity: 'error' });
}

function checkRings(rings: number[][][], path: string, out: GeometryIssue[]): boolean {
  let ok = true;
  rings.forEach((ring, i) => {
    const at = `${path}[${i}]`;
    if (ring.length < 4) {
      out.push({ path: at, message: `a polygon ring needs at least 4 positions (first = last), found ${ring.length}`, severity: 'error' });
      ok = false;
      return;
    }
    if (!samePosition(ring[0]!, ring[ring.length - 1]!)) {
      out.push({ path: at, message: 'polygon ring is not closed: repeat the first position at the end', severity: 'error' });
      ok = false;
      return;
    }
    const clockwise = booleanClockwise(ring as [number, number][]);
    const wantClockwise = i > 0;
    if (clockwise !== wantClockwise) {
      out.push({
        path: at,
        message: `${i === 0 ? 'exterior' : 'hole'} ring winds the wrong way for RFC 7946 (${i === 0 ? 'exterior rings are counter-clockwise' : 'holes are clockwise'}): reverse the order of its positions`,
        severity: 'warning',
      });
    }
  });
  return ok;
}

export function validateGeometry(geometry: unknown): GeometryIssue[] {
  const out: GeometryIssue[] = [];
  if (geometry === null || geometry === undefined) {
    out.push({ path: 'geometry', message: 'the feature has no geometry', severity: 'error' });
    return out;
  }
  if (typeof geometry !== 'object') {
    out.push({ path: 'geometry', message: 'geometry must be an object with "type" and "coordinates"', severity: 'error' });
    return out;
  }
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (typeof type !== 'string' || !(type in DEPTH)) {
    out.push({
      path: 'geometry.type',
      message: `unknown geometry type ${JSON.stringify(type)}: use one of ${Object.keys(DEPTH).join(', ')}`,
      severity: 'error',
    });
    return out;
  }
  if (!checkNesting(coordinates, DEPTH[type]!, 'geometry.coordinates', out)) return out;
  const coords = coordinates as never;
  if (type === 'LineString') checkLine(coords, 'geometry.coordinates', out);
  if (type === 'MultiLineString') (coords as number[][][]).forEach((l, i) => checkLine(l, `geometry.coordinates[${i}]`, out));
  const polygons: [number[][][], string][] =
    type === 'Polygon'
      ? [[coords, 'geometry.coordinates']]
      : type === 'MultiPolygon'
        ? (coords as number[][][][]).map((p, i) => [p, `geometry.coordinates[${i}]`])
        : [];
  for (const [rings, path] of polygons) {
    if (!checkRings(rings, path, out)) continue;
    const polygon: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } };
    const crossings = kinks(polygon).features;
    if (crossings.length) {
      const at = crossings[0]!.geometry.coordinates.map((c) => c.toFixed(4)).join(', ');
      out.push({
        path,
        message: `polygon intersects itself (${crossings.length} crossing(s), first near [${at}]): reorder its positions so edges do not cross`,
        severity: 'error',
      });
    }
  }
  return out;
}
