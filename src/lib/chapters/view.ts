// What the map shows for a chapter, resolved against the loaded features: the feature to select,
// those to highlight, the layers to show and the box to frame. Pure (no DOM, no MapLibre); ids
// whose layer has not loaded (or failed) are listed in `missing`, never thrown on.
import { bbox } from '@turf/turf';
import type { FeatureIndex, IndexedFeature } from '../feature-index.ts';
import { featureBox } from '../map/later/geometry.ts';
import type { Chapter } from '../schema/chapter.ts';
import type { StoryFeature } from '../types.ts';

/** How a chapter's frame is fitted: the live story map (driver.svelte.ts) and the flat story's
 * pictures (build/render/chapter-svg.ts) alike. */
export const CHAPTER_FIT = { padding: 40, maxZoom: 9 } as const;

/** A flight to a chapter: long enough to follow, short enough not to hold a reader up. */
export const FLIGHT_MS = 700;

/** Whether the reader asked for less motion: the map jumps instead of flying, the page scrolls at once. */
export const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export interface ChapterView {
  selected: IndexedFeature | null;
  highlighted: IndexedFeature[];
  /** The layers the chapter shows, as the chapter lists them. */
  layers: string[];
  /** The frame features' combined box; null when none of them is loaded. */
  bounds: Bounds | null;
  /** Ids the chapter names (select, highlight, frame) that are not in the index, each once. */
  missing: string[];
}

/** The served `bbox` (measured at build time) when it is sound, else measured here. */
function boxOf(feature: StoryFeature): Bounds | null {
  const served = featureBox(feature);
  if (served) return served;
  try {
    const b = bbox(feature, { recompute: true });
    const box: Bounds = b.length === 6 ? [b[0], b[1], b[3], b[4]] : [b[0], b[1], b[2], b[3]];
    return box.every(Number.isFinite) ? box : null;
  } catch {
    return null;
  }
}

export function unionBounds(boxes: readonly Bounds[]): Bounds | null {
  if (!boxes.length) return null;
  return boxes.reduce<Bounds>((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])], [...boxes[0]!]);
}

export function chapterView(chapter: Chapter, index: Pick<FeatureIndex, 'get'>): ChapterView {
  const missing = new Set<string>();
  const find = (id: string): IndexedFeature | null => {
    const found = index.get(id);
    if (!found) missing.add(id);
    return found;
  };
  const selected = chapter.select === undefined ? null : find(chapter.select);
  const highlighted = chapter.highlight.flatMap((id) => find(id) ?? []);
  const boxes = chapter.frame.flatMap((id): Bounds[] => {
    const found = find(id);
    const box = found ? boxOf(found.feature) : null;
    return box ? [box] : [];
  });
  return { selected, highlighted, layers: [...chapter.layers], bounds: unionBounds(boxes), missing: [...missing] };
}
