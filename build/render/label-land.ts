// The coarse land the label layout keeps claims' names off and countries' names to
// (src/lib/labels/land.ts): Natural Earth's countries, clipped round the story's region, simplified to a
// few kilometres and named by country. Served as data/label-land.geojson, so the live map, the
// picture laid out again in the browser, and the build's pictures place names on the same land.
import { area, bboxClip, simplify, truncate } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { LAND_TOLERANCE_DEG, type LandCollection } from '../../src/lib/labels/land.ts';
import { REGION_BOUNDS } from '../../src/lib/map/basemap-style.ts';
import { namedCountries } from './basemap.ts';

/** About 3 km (the layout keeps at least that much round a label: landMargin). */
const TOLERANCE_DEG = LAND_TOLERANCE_DEG;
/** Islands smaller than this are kept as the basemap draws them (simplifying would drop them): a
 * claim's name over the Paracels' islets would read as a claim to them too. */
const SMALL_KM2 = 400;
/** Beyond the region, by this much: what the widest whole-region view shows round it. */
const AROUND_DEG = 1;

let built: LandCollection | null = null;

/** Named by country: the drawn basemap's land is merged across borders, so it is built from the countries. */
export function labelLand(): LandCollection {
  if (built) return built;
  const land: FeatureCollection = namedCountries();
  const [[w, s], [e, n]] = REGION_BOUNDS;
  const clip: [number, number, number, number] = [w - AROUND_DEG, s - AROUND_DEG, e + AROUND_DEG, n + AROUND_DEG];
  const features = land.features
    .map((f) => bboxClip(f as Feature<Polygon | MultiPolygon>, clip))
    .filter((f) => f.geometry.coordinates.length > 0)
    .map((f) =>
      area(f) < SMALL_KM2 * 1e6
        ? truncate(f, { precision: 3, coordinates: 2 })
        : truncate(simplify(f, { tolerance: TOLERANCE_DEG }), { precision: 2, coordinates: 2 }),
    )
    .map((f) => ({
      type: 'Feature' as const,
      properties: { name: String((f.properties as { name?: string } | null)?.name ?? '') },
      geometry: f.geometry as Polygon | MultiPolygon,
    }));
  const collection: LandCollection = { type: 'FeatureCollection', features };
  built = collection;
  return collection;
}
