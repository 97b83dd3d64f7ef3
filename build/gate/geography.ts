// The world the gate measures story features against: Natural Earth 10m land and countries
// (world-atlas, public domain), clipped to the story's region once and cached, so each check
// tests a feature against the few hundred coast or border vertices near it.
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { bbox, bboxClip, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { STORY_REGION } from './validate-geometry.ts';

const require = createRequire(import.meta.url);

type BBox = [number, number, number, number];
type Shape = Feature<Polygon | MultiPolygon>;

function polygons(collection: FeatureCollection<Polygon | MultiPolygon>): Shape[] {
  return collection.features.flatMap((f) => {
    const clipped = bboxClip(f, STORY_REGION) as Shape;
    const coords = clipped.geometry.coordinates as unknown[];
    return coords.length ? [{ ...clipped, properties: f.properties }] : [];
  });
}

let land: Shape[] | null = null;
const countries = new Map<string, Shape>();

function loadLand(): Shape[] {
  if (!land) {
    const topo = require('world-atlas/land-10m.json') as Topology;
    land = polygons(feature(topo, topo.objects.land!) as unknown as FeatureCollection<Polygon | MultiPolygon>);
  }
  return land;
}

function loadCountry(name: string): Shape | null {
  if (!countries.size) {
    const topo = require('world-atlas/countries-10m.json') as Topology;
    const all = feature(topo, topo.objects.countries!) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
    for (const c of polygons(all)) countries.set(String(c.properties?.name), c);
  }
  return countries.get(name) ?? null;
}

/** Shapes clipped to a box around `box`: a point-in-polygon test then walks only nearby edges. */
function near(shapes: Shape[], box: BBox, margin = 0.2): Shape[] {
  const b: BBox = [box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin];
  return shapes.flatMap((s) => {
    const [w, so, e, n] = bbox(s);
    if (w > b[2] || e < b[0] || so > b[3] || n < b[1]) return [];
    const clipped = sound(bboxClip(s, b) as Shape);
    return clipped ? [clipped] : [];
  });
}

/** Clipping leaves rings of fewer than 4 positions where a ring grazes the box: drop them. */
function sound(shape: Shape): Shape | null {
  const g = shape.geometry;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
  return polygons.length ? { ...shape, geometry: { type: 'MultiPolygon', coordinates: polygons } } : null;
}

export function boxOf(positions: Position[]): BBox {
  const lons = positions.map((p) => p[0]!);
  const lats = positions.map((p) => p[1]!);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** A test "is this position on land?" for positions inside `box`. */
export function landTest(box: BBox): (p: Position) => boolean {
  const shapes = near(loadLand(), box);
  return (p) => shapes.some((s) => booleanPointInPolygon(p, s));
}

/** A test "is this position inside the country?" for positions inside `box`; null for an unknown country. */
export function countryTest(name: string, box: BBox): ((p: Position) => boolean) | null {
  const country = loadCountry(name);
  if (!country) return null;
  const shapes = near([country], box);
  return (p) => shapes.some((s) => booleanPointInPolygon(p, s));
}

/** The country's polygons near `box`, for turf's overlay operations; null for an unknown country. */
export function countryNear(name: string, box: BBox): Shape | null {
  const country = loadCountry(name);
  return country ? (near([country], box)[0] ?? null) : null;
}
