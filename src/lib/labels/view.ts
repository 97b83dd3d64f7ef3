// The labels of one view of the map, laid out for a projection in the map's pixels: what the live
// map and the picture standing in for it both draw, so their names agree at the swap.
import type { FeatureCollection, Point as GeoPoint, Position } from 'geojson';
import { planLabels, boxOf, type LabelMeta, type ViewLayer } from './candidates.ts';
import { layoutLabels, type Box, type PlacedLabel, type Point } from './layout.ts';
import type { Lang } from '../types.ts';
import type { LandCollection } from './land.ts';

export interface ViewLabels {
  placed: PlacedLabel[];
  meta: Map<string, LabelMeta>;
}

/** What covers the map (its controls and the locator inset, marked data-map-control): no label goes under it. */
export function coveredAreas(mapWrap: HTMLElement): Box[] {
  const origin = mapWrap.getBoundingClientRect();
  return [...mapWrap.querySelectorAll('.maplibregl-ctrl, [data-map-control]')]
    .map((el) => boxOf(el.getBoundingClientRect(), origin))
    .filter((b) => b[2] > b[0] && b[3] > b[1]);
}

export function layoutView(
  basemapLabels: FeatureCollection<GeoPoint>,
  layers: ViewLayer[],
  lang: Lang,
  project: (lonLat: Position) => Point,
  size: { width: number; height: number },
  keepOut: Box[],
  land: LandCollection | null = null,
): ViewLabels {
  const frame: Box = [0, 0, size.width, size.height];
  const plan = planLabels(basemapLabels, layers, lang, project, { land, frame });
  const placed = layoutLabels(plan.inputs, { ...plan.obstacles, keepOut, frame });
  return { placed, meta: plan.meta };
}
