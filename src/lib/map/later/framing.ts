// Framing a selected feature in the part of the map that the panel, the sheet and the controls
// leave visible. Fetched with the panel on the first selection (a `later/` folder), not before the
// map's first idle: the first view frames nothing.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoryFeature } from '../../types.ts';
import { featureBounds, featureBox, widenedBounds } from './geometry.ts';
import { contains, frameMargin, overlaps, paddingFor } from './uncovered.ts';
import { visibleArea, type VisibleArea } from './visible-area.ts';
import { zoomForScale } from './scale.ts';

export { visibleArea };

/** The closest framing: 100 px to 16 km, so a point shows at the 20 km scale or closer, with its surroundings. */
const CLOSEST_SCALE_M = 16_000;
/** A position the data calls approximate is framed no closer than 100 px to 19.5 km (just inside the
 * 20 km rule): a closer view would claim a precision it does not have, and show the coarse coast. */
const CLOSEST_APPROXIMATE_SCALE_M = 19_500;
/** How much of an illustrative outline's own size is shown around it on each side. */
const ILLUSTRATIVE_MARGIN = 0.5;

export interface FramingTarget {
  box: [number, number, number, number];
  area: VisibleArea;
  /** Fits the feature into the visible part, no closer than `maxZoom`. */
  fit: (maxZoom: number) => void;
  /** Metres per 100 px of the closest view the feature's precision supports. */
  closestScaleM: number;
}

/** What framing `feature` needs: its box, the part of the map left visible, and a fit into that
 * part. Null for a feature with no usable bounds (a bad served file: its panel opens, it is not framed). */
export function framingTarget(map: MapLibreMap, feature: StoryFeature, area: VisibleArea): FramingTarget | null {
  const box = featureBox(feature);
  if (!box) return null;
  // An illustrative outline (an island group's soft extent) is shown with the coasts around it,
  // not filling the map, where it would read as a territory of its own.
  const bounds = feature.properties.illustrative ? widenedBounds(box, ILLUSTRATIVE_MARGIN) : featureBounds(feature);
  if (!bounds) return null;
  const fit = (maxZoom: number) => {
    try {
      map.fitBounds(bounds, { padding: paddingFor(area.map, area.free, frameMargin(area.free)), maxZoom, duration: 0 });
    } catch {
      // A padding larger than a tiny map: the feature stays where it is, the panel still opens.
    }
  };
  const closestScaleM = feature.properties.precision === 'approximate' ? CLOSEST_APPROXIMATE_SCALE_M : CLOSEST_SCALE_M;
  return { box, area, fit, closestScaleM };
}

/** Frames the feature as closely as the closest scale allows. */
export function frameTarget(map: MapLibreMap, { box, fit, closestScaleM }: FramingTarget): void {
  const [, south, , north] = box;
  fit(Math.min(map.getMaxZoom(), zoomForScale((south + north) / 2, closestScaleM)));
}

/** After a click on the map: moves it only if the panel or sheet now covers part of the feature,
 * never closer than the reader's zoom. */
export function revealTarget(map: MapLibreMap, { box, area, fit }: FramingTarget): void {
  const [west, south, east, north] = box;
  const nw = map.project([west, north]);
  const se = map.project([east, south]);
  const drawn = { left: area.map.left + nw.x, top: area.map.top + nw.y, right: area.map.left + se.x, bottom: area.map.top + se.y };
  if (contains(area.free, drawn) || !area.panels.some((panel) => overlaps(panel, drawn))) return;
  fit(map.getZoom());
}
