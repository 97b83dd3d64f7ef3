// Where to click the story's features on a map of a given size: one point per feature (a point, a
// line's middle vertex, a polygon's first), projected as the map frames the story, inside the map
// and at least MIN_SPACING_PX from the previous targets.
import type { Feature, FeatureCollection, Position } from 'geojson';
import { storyProjection } from '../build/render/static-map/render.ts';

export type Target = { x: number; y: number };

/** The app's map carries a control column (top right) and the locator inset (bottom left, over
 * Laos): a click there reaches them, not the map, on the app (the bare map has neither). */
function underOverlay(x: number, y: number, width: number, height: number): boolean {
  const controls = x > width - 56 && y < 280;
  const locator = x < 220 && y > height - 290;
  return controls || locator;
}

/** Targets closer than this may hit one feature twice (its neighbour drawn on top): the second click opens no new panel. */
const MIN_SPACING_PX = 30;

export function clickTargets(collections: FeatureCollection[], width: number, height: number): Target[] {
  const projection = storyProjection(width, height, 20);
  const anchor = (f: Feature): Position | undefined => {
    const g = f.geometry;
    if (g.type === 'Point') return g.coordinates;
    if (g.type === 'LineString') return g.coordinates[Math.floor(g.coordinates.length / 2)];
    if (g.type === 'MultiLineString') return g.coordinates[0]?.[Math.floor((g.coordinates[0]?.length ?? 0) / 2)];
    if (g.type === 'Polygon') return g.coordinates[0]?.[0];
    return undefined;
  };
  const out: Target[] = [];
  for (const f of collections.flatMap((c) => c.features)) {
    const a = anchor(f);
    const p = a && projection(a as [number, number]);
    if (!p || p[0] < 5 || p[1] < 5 || p[0] > width - 5 || p[1] > height - 5) continue;
    if (underOverlay(p[0], p[1], width, height)) continue;
    if (out.some((o) => Math.hypot(o.x - p[0], o.y - p[1]) < MIN_SPACING_PX)) continue;
    out.push({ x: p[0], y: p[1] });
  }
  return out;
}
