// Rules that keep the drawing honest about the ground (see ../shared cartography "Geometry tells
// no lies"): railways and roads stay on land, built lines follow their route, a place has one
// position, a feature said to be in a country stays inside it, an island group is not a territory.
// Each returns the problems as [json path, message].
import { area, distance, intersect, featureCollection } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { StoryProperties } from '../../src/lib/schema/story.ts';
import { COUNTRIES } from '../../src/lib/schema/values.ts';
import { boxOf, countryNear, countryTest, landTest } from './geography.ts';

/** Kinds that are routes on the ground: they cross water only on a bridge, and built ones follow their route. */
export const ROUTE_KINDS: readonly string[] = ['railway', 'expressway'];
/** Natural Earth's 10m coast is generalised by a kilometre or two, and draws reclaimed port land (Đình Vũ at Haiphong) as sea:
 * up to this much over the "sea" is the coast's error, not the line's. */
export const SEA_TOLERANCE_KM = 2;
/** At the map's corridor scale a straight segment longer than this visibly cuts corners. */
export const MAX_STRAIGHT_KM = 30;
/** Two points closer than this are drawn as one place. */
export const SAME_PLACE_M = 100;
/** Slivers smaller than this outside a country are the rounding of its border's vertices. */
export const OUTSIDE_TOLERANCE_KM2 = 1;
const SAMPLE_KM = 0.1;

type Found = [string, string][];

function linesOf(geometry: Geometry): [Position[], string][] {
  if (geometry.type === 'LineString') return [[geometry.coordinates, 'geometry.coordinates']];
  if (geometry.type === 'MultiLineString') return geometry.coordinates.map((l, i): [Position[], string] => [l, `geometry.coordinates[${i}]`]);
  return [];
}

/** Positions every SAMPLE_KM along a line, each with the length of line it stands for. */
function samples(line: Position[]): { at: Position; km: number }[] {
  const out: { at: Position; km: number }[] = [];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const km = distance(a, b, { units: 'kilometers' });
    const n = Math.max(1, Math.ceil(km / SAMPLE_KM));
    for (let k = 0; k < n; k++) {
      const t = (k + 0.5) / n;
      out.push({ at: [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t], km: km / n });
    }
  }
  return out;
}

const fmt = (p: Position) => `[${p[0]!.toFixed(3)}, ${p[1]!.toFixed(3)}]`;

function overSea(p: StoryProperties, geometry: Geometry): Found {
  if (!ROUTE_KINDS.includes(p.kind) || p.bridge) return [];
  return linesOf(geometry).flatMap(([line, path]): Found => {
    const onLand = landTest(boxOf(line));
    const wet = samples(line).filter((s) => !onLand(s.at));
    const km = wet.reduce((sum, s) => sum + s.km, 0);
    if (km <= SEA_TOLERANCE_KM) return [];
    return [
      [
        path,
        `runs ${km.toFixed(1)} km over the sea (first near ${fmt(wet[0]!.at)}; Natural Earth 10m coast, ${SEA_TOLERANCE_KM} km allowed for its coarseness): route it on land through cited places, or if it crosses on a bridge say so with "bridge": true and name the bridge in the notes (note_en, note_vi, note_zh)`,
      ],
    ];
  });
}

function straightSegments(p: StoryProperties, geometry: Geometry): Found {
  if (!ROUTE_KINDS.includes(p.kind) || !['built', 'part-built'].includes(p.status ?? 'built') || p.precision === 'schematic') return [];
  return linesOf(geometry).flatMap(([line, path]) =>
    line.slice(1).flatMap((b, i): Found => {
      const a = line[i]!;
      const km = distance(a, b, { units: 'kilometers' });
      return km > MAX_STRAIGHT_KM
        ? [
            [
              `${path}[${i}]`,
              `a built line runs straight for ${km.toFixed(0)} km from ${fmt(a)} to ${fmt(b)} (at most ${MAX_STRAIGHT_KM} km): trace its route through cited stations, towns or interchanges between them, or if the route is not known mark it "precision": "schematic"`,
            ],
          ]
        : [];
    }),
  );
}

function allPositions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      return [];
  }
}

function withinCountry(p: StoryProperties, geometry: Geometry): Found {
  if (!p.within_country) return [];
  const name = COUNTRIES[p.within_country];
  const box = boxOf(allPositions(geometry));
  const inside = countryTest(name, box);
  if (!inside) return [['properties.within_country', `Natural Earth has no country named "${name}"`]];
  const fix = `clip it to ${name}'s border (Natural Earth 10m, world-atlas countries-10m), or correct within_country`;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const shape: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry };
    const country = countryNear(name, box);
    const common = country ? intersect(featureCollection([shape, country])) : null;
    const outside = (area(shape) - (common ? area(common) : 0)) / 1e6;
    return outside > OUTSIDE_TOLERANCE_KM2 ? [['geometry', `${outside.toFixed(0)} km² of it lies outside ${name}, where it is said to lie: ${fix}`]] : [];
  }
  const lines = linesOf(geometry);
  const positions = lines.length ? lines.flatMap(([l]) => samples(l).map((s) => s.at)) : allPositions(geometry);
  const out = positions.find((q) => !inside(q));
  return out ? [['geometry', `lies outside ${name} at ${fmt(out)}, where it is said to lie: ${fix}`]] : [];
}

function islandGroup(p: StoryProperties, geometry: Geometry): Found {
  const outline = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  return p.kind === 'island-group' && outline && !p.illustrative
    ? [
        [
          'properties.illustrative',
          'an island group drawn as a measured polygon reads as a territory: draw its main islands and reefs as "island" points with sources, and mark the outline "illustrative": true (drawn soft, no area given)',
        ],
      ]
    : [];
}

/** Problems of one feature whose geometry and properties are otherwise valid. */
export function geometryRuleProblems(p: StoryProperties, geometry: Geometry): Found {
  return [overSea, straightSegments, withinCountry, islandGroup].flatMap((rule) => rule(p, geometry));
}

export interface PlacedPoint {
  file: string;
  id: string;
  position: Position;
  samePlaceAs?: string;
}

/** Pairs of points drawn at one position that are not declared one place: [later point, message]. */
export function samePositionProblems(points: PlacedPoint[]): [PlacedPoint, string][] {
  const out: [PlacedPoint, string][] = [];
  points.forEach((b, j) => {
    for (const a of points.slice(0, j)) {
      const m = distance(a.position, b.position, { units: 'kilometers' }) * 1000;
      if (m >= SAME_PLACE_M || a.samePlaceAs === b.id || b.samePlaceAs === a.id) continue;
      out.push([
        b,
        `is ${m.toFixed(0)} m from "${a.id}" (${a.file}): one place has one position; give each its own cited position, or if they are one place say so with "same_place_as": "${a.id}"`,
      ]);
    }
  });
  return out;
}
