// Bounds of a feature, for framing it on the map: its GeoJSON `bbox` member, measured with turf at
// build time (build/render/enrich.ts) or, for a file that differs from the build, by the browser's
// check (src/lib/data/check-layer.ts). The first view ships no geometry code.
import type { LngLatBoundsLike } from 'maplibre-gl';
import type { StoryFeature } from '../../types.ts';

/** [west, south, east, north] in degrees, or null when the feature has no usable bounds (none, NaN,
 * 1e308 or null values): selecting it must never throw. */
export function featureBox(feature: StoryFeature): [number, number, number, number] | null {
  const box: unknown = feature.bbox;
  if (!Array.isArray(box) || box.length !== 4) return null;
  const [w, s, e, n] = box as unknown[];
  const lon = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 180;
  const lat = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 90;
  if (!lon(w) || !lon(e) || !lat(s) || !lat(n) || w > e || s > n) return null;
  return [w, s, e, n];
}

export function featureBounds(feature: StoryFeature): LngLatBoundsLike | null {
  const box = featureBox(feature);
  if (!box) return null;
  const [w, s, e, n] = box;
  return [
    [w, s],
    [e, n],
  ];
}

/** The box grown by `margin` times its own width and height on each side, as bounds. */
export function widenedBounds([w, s, e, n]: [number, number, number, number], margin: number): LngLatBoundsLike {
  const dx = (e - w) * margin;
  const dy = (n - s) * margin;
  return [
    [Math.max(-180, w - dx), Math.max(-85, s - dy)],
    [Math.min(180, e + dx), Math.min(85, n + dy)],
  ];
}
