// The map's initial view as an SVG string, rendered at build time with the same renderer as the
// static map (src/lib/static-map/render.ts): the light preview that holds the embed's place.
import { area, featureCollection, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { renderStaticMap } from '../src/lib/static-map/render.ts';
import { STORY_LAYERS } from '../src/lib/layers/index.ts';
import { LIGHT } from '../src/lib/map/basemap-style.ts';
import type { StoryCollection } from '../src/lib/types.ts';
import { escapeHtml } from './html.ts';

const PREVIEW_TOLERANCE_DEG = 0.06;
const PREVIEW_MIN_ISLAND_KM2 = 300;

export function staticMapSvg(basemap: { land: FeatureCollection; borders: FeatureCollection }, layers: Record<string, StoryCollection>, width: number, height: number, label: string): string {
  const labels: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
  // A preview is seen for a moment at column width: coarser land keeps it a few KB.
  const land = featureCollection(
    basemap.land.features.filter((f) => area(f as Feature) > PREVIEW_MIN_ISLAND_KM2 * 1e6).map((f) => simplify(f as Feature, { tolerance: PREVIEW_TOLERANCE_DEG })),
  );
  const model = renderStaticMap({
    land,
    borders: simplify(basemap.borders, { tolerance: PREVIEW_TOLERANCE_DEG }),
    labels,
    layers: STORY_LAYERS.flatMap((layer) => (layers[layer.id] ? [{ layer, collection: layers[layer.id]! }] : [])),
    width,
    height,
    padding: 20,
  });
  const shapes = model.features
    .map((f) => {
      const color = escapeHtml(f.color);
      if (f.shape === 'point') return `<circle cx="${f.x}" cy="${f.y}" r="4" fill="${color}" stroke="#fff" stroke-width="1.5"/>`;
      if (f.shape === 'area') return `<path d="${f.d}" fill="${color}" fill-opacity="0.2" stroke="${color}" stroke-dasharray="5 3"/>`;
      return `<path d="${f.d}" fill="none" stroke="${color}" stroke-width="2.5"${f.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
    })
    .join('');
  return `<svg class="story-map-preview" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid slice" role="img" aria-label="${escapeHtml(label)}"><rect width="${width}" height="${height}" fill="${LIGHT.sea}"/><path d="${model.land}" fill="${LIGHT.land}" stroke="${LIGHT.coast}" stroke-width="0.5"/><path d="${model.borders}" fill="none" stroke="${LIGHT.border}" stroke-dasharray="4 2"/>${shapes}</svg>`;
}
