// The labels of one view of the map, laid out for a projection in the map's pixels: what the live
// map and the picture standing in for it both draw, so their names agree at the swap.
import type { FeatureCollection, Point as GeoPoint, Position } from 'geojson';
import { planLabels, boxOf, type LabelMeta, type ViewLayer } from './candidates.ts';
import { layoutLabels, type Box, type PlacedLabel, type Point } from './layout.ts';
import type { Lang } from '../types.ts';
import type { LandCollection } from './land.ts';
import { mapControls, mapCovers } from '../covers-map.ts';

export interface ViewLabels {
  placed: PlacedLabel[];
  meta: Map<string, LabelMeta>;
}

/** What covers the map (its controls and the locator inset, marked data-map-control; the panel, sheet,
 * list or caption the page lays over it): no label goes under it. */
export function coveredAreas(mapWrap: HTMLElement): Box[] {
  const origin = mapWrap.getBoundingClientRect();
  const width = origin.width;
  const height = origin.height;
  return [...mapControls(mapWrap), ...mapCovers()]
    .map((el) => boxOf(el.getBoundingClientRect(), origin))
    .map((b): Box => [Math.max(b[0], 0), Math.max(b[1], 0), Math.min(b[2], width), Math.min(b[3], height)])
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

export interface ViewInputs {
  basemapLabels: FeatureCollection<GeoPoint>;
  layers: ViewLayer[];
  lang: Lang;
  project: (lonLat: Position) => Point;
  size: { width: number; height: number };
  keepOut: Box[];
  land: LandCollection | null;
}

/** Two places far apart: where both project within SAME_VIEW_PX, two Web Mercator views are one. */
const REFERENCE_PLACES: Position[] = [
  [100, 26],
  [112, 16],
];
const SAME_VIEW_PX = 1;
const near = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= SAME_VIEW_PX);

function sameInputs(a: ViewInputs, b: ViewInputs): boolean {
  return (
    a.lang === b.lang &&
    a.basemapLabels === b.basemapLabels &&
    a.land === b.land &&
    a.size.width === b.size.width &&
    a.size.height === b.size.height &&
    a.layers.length === b.layers.length &&
    a.layers.every((l, i) => l.layer.id === b.layers[i]!.layer.id && l.collection === b.layers[i]!.collection && l.dense === b.layers[i]!.dense) &&
    a.keepOut.length === b.keepOut.length &&
    a.keepOut.every((box, i) => near(box, b.keepOut[i]!))
  );
}

/**
 * The last layout, kept for the next renderer that asks for the same view: the picture and the live
 * map at the first view (and at the swap between them) draw one placement, computed once. Their
 * projections differ by a fraction of a pixel, and two layouts could decide a close call (a leader
 * grazing a marker) differently, moving a name as the live map takes over.
 */
export class SharedLayout {
  #last: { inputs: ViewInputs; references: Point[]; labels: ViewLabels } | null = null;

  layout(inputs: ViewInputs): ViewLabels {
    const references = REFERENCE_PLACES.map(inputs.project);
    const last = this.#last;
    if (last && sameInputs(last.inputs, inputs) && last.references.every((p, i) => near(p, references[i]!))) return last.labels;
    const labels = layoutView(inputs.basemapLabels, inputs.layers, inputs.lang, inputs.project, inputs.size, inputs.keepOut, inputs.land);
    this.#last = { inputs, references, labels };
    return labels;
  }
}
