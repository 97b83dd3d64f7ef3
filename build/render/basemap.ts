// Builds the first-party basemap from Natural Earth (world-atlas, public domain):
// land and borders clipped to the story's region and simplified, so the map
// needs no tile server and costs a few tens of KB.
import { createRequire } from 'node:module';
import { feature, merge, mesh } from 'topojson-client';
import { bbox, bboxClip, simplify, truncate, featureCollection, area } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, LineString, MultiLineString } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';

import { BASEMAP_BBOX, REGION_BOUNDS } from '../../src/lib/map/basemap-style.ts';
const SIMPLIFY_TOLERANCE_DEG = 0.02;
const COORDINATE_DECIMALS = 3;
/** Islands smaller than this vanish when simplified; keep them as they are (Paracels, Spratlys). */
const SMALL_ISLAND_KM2 = 400;
const SMALL_ISLAND_TOLERANCE_DEG = 0.003;
/** Outside REGION_BOUNDS (seen only when the reader zooms out): islands under this vanish, the rest is coarser. */
const FAR_MIN_ISLAND_KM2 = 1500;
const FAR_TOLERANCE_DEG = 0.06;

const require = createRequire(import.meta.url);

function loadCountries(): Topology {
  return require('world-atlas/countries-10m.json') as Topology;
}

function clipAndSimplify<G extends Geometry>(f: Feature<G>, tolerance: number): Feature | null {
  const clipped = bboxClip(f as Feature<Polygon | MultiPolygon | LineString | MultiLineString>, BASEMAP_BBOX);
  const coords = (clipped.geometry as { coordinates: unknown[] }).coordinates;
  if (!coords.length) return null;
  const simplified = simplify(clipped, { tolerance, highQuality: false });
  return truncate(simplified, { precision: COORDINATE_DECIMALS, coordinates: 2 });
}

/** Splits the land into polygons so that small islands skip simplification. */
function landPolygons(land: MultiPolygon): Feature[] {
  const polygons = land.coordinates;
  const out: Feature[] = [];
  for (const rings of polygons) {
    const poly: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } };
    const km2 = area(poly) / 1e6;
    // Beyond the story's region the map is only ever seen zoomed out: coarser, and no islets.
    const [w, south, e, n] = bbox(poly);
    const [[rw, rs], [re, rn]] = REGION_BOUNDS;
    const far = e < rw || w > re || n < rs || south > rn;
    if (far && km2 < FAR_MIN_ISLAND_KM2) continue;
    const tolerance = far ? FAR_TOLERANCE_DEG : km2 < SMALL_ISLAND_KM2 ? SMALL_ISLAND_TOLERANCE_DEG : SIMPLIFY_TOLERANCE_DEG;
    const result = clipAndSimplify(poly, tolerance);
    if (result) out.push({ ...result, properties: {} });
  }
  return out;
}

/** The countries as Natural Earth draws them, each named (not simplified): where the label layout
 * keeps a country's name inside its own land (build/render/label-land.ts). */
export function namedCountries(): FeatureCollection<Polygon | MultiPolygon, { name: string }> {
  const topo = loadCountries();
  return feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
}

export interface Basemap {
  land: FeatureCollection;
  borders: FeatureCollection;
}

export function buildBasemap(): Basemap {
  const topo = loadCountries();
  const countries = topo.objects.countries as GeometryCollection<{ name: string }>;
  // One land, merged across borders: countries simplified one by one drew each shared border twice,
  // a little apart, with slivers of sea between (the land's outline is the coast).
  const landFeatures = landPolygons(merge(topo, countries.geometries as Parameters<typeof merge>[1]));
  // Borders are the arcs shared by two countries, so coastlines are not drawn twice.
  const borderLines = mesh(topo, countries, (a, b) => a !== b);
  const borders = clipAndSimplify({ type: 'Feature', properties: {}, geometry: borderLines }, SIMPLIFY_TOLERANCE_DEG);
  return {
    land: featureCollection(landFeatures),
    borders: featureCollection(borders ? [borders] : []),
  };
}
