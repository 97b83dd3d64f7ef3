// Figures shown to readers, measured from the geometry with turf at build time
// (so the browser ships no turf): line lengths, region areas, distance to coast, and each
// feature's bounding box (GeoJSON's `bbox` member), which framing a selection reads.
import { area, bbox, booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { StoryCollection, StoryFeature } from '../../src/lib/types.ts';
import { drawnLengthKm } from '../gate/validate-story.ts';

type Land = Feature<Polygon | MultiPolygon>[];

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Distance from a point at sea to the nearest coast, in km; null on land. */
export function coastDistanceKm(point: Feature<Point>, land: Land): number | null {
  const [lon, lat] = point.geometry.coordinates as [number, number];
  const near = land.filter((f) => {
    const [w, s, e, n] = bbox(f);
    return lon > w - 3 && lon < e + 3 && lat > s - 3 && lat < n + 3;
  });
  if (!near.length || near.some((f) => booleanPointInPolygon(point, f))) return null;
  return Math.min(...near.map((f) => pointToPolygonDistance(point, f, { units: 'kilometers' })));
}

function enrichFeature(feature: StoryFeature, land: Land): StoryFeature {
  const properties = { ...feature.properties };
  const t = feature.geometry.type;
  // A claim line's dashes are not a route: their summed length would be a figure without meaning.
  const drawn = properties.kind === 'claim-line' ? null : drawnLengthKm(feature);
  if (drawn !== null) properties.drawn_length_km = round1(drawn);
  // An outline that only illustrates (an island group's extent) is given no measured area.
  if ((t === 'Polygon' || t === 'MultiPolygon') && !properties.illustrative) properties.area_km2 = Math.round(area(feature) / 1e6);
  // An island's own coast is its position, and an estimated position's distance to the coast
  // measures only where the estimate was put: neither says anything a reader can use.
  if (t === 'Point' && properties.kind !== 'island' && properties.precision === 'exact') {
    const coast = coastDistanceKm(feature as Feature<Point>, land);
    if (coast !== null) properties.coast_distance_km = round1(coast);
  }
  return { ...feature, bbox: bbox(feature, { recompute: true }), properties };
}

export function enrichLayer(collection: StoryCollection, land: Land): StoryCollection {
  return { ...collection, features: collection.features.map((f) => enrichFeature(f, land)) };
}
