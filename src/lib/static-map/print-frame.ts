// The printed map frames the selected feature: the picture's viewBox narrowed to the feature's
// drawn bounds, with room round it on paper, clear of the locator inset, and never closer than a
// regional view (the picture's coastline is drawn for the whole story's scale).

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A rectangle in CSS pixels (the page's). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Room kept round the feature on every side, as a share of the printed map's width or height. */
export const PRINT_PADDING = 0.12;
/** The smallest frame, as a share of the whole picture's larger side (about 300 km here). */
const MIN_SHARE = 0.15;
/** Pixels kept between the feature and the inset. */
const COVER_GAP = 8;

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const grow = (r: Rect, by: number): Rect => ({ left: r.left - by, top: r.top - by, right: r.right + by, bottom: r.bottom + by });

/**
 * The viewBox that draws `feature` (in viewBox units) inside `map` (the printed map's box) with
 * PRINT_PADDING on every side and clear of `covers` (the locator inset), as large as that allows.
 * `svg` is the picture's box: the viewBox returned has its proportions, so "meet" draws it exactly.
 */
export function printViewBox(feature: ViewBox, whole: ViewBox, svg: Rect, map: Rect, covers: readonly Rect[] = []): ViewBox {
  const svgWidth = svg.right - svg.left;
  const svgHeight = svg.bottom - svg.top;
  const padX = PRINT_PADDING * (map.right - map.left);
  const padY = PRINT_PADDING * (map.bottom - map.top);
  const inner: Rect = { left: map.left + padX, top: map.top + padY, right: map.right - padX, bottom: map.bottom - padY };
  // Beside or above a cover, where the whole of the inner box would put the feature under it.
  const targets = [
    inner,
    ...covers.flatMap((c) => [
      { ...inner, left: Math.max(inner.left, c.right + COVER_GAP) },
      { ...inner, bottom: Math.min(inner.bottom, c.top - COVER_GAP) },
    ]),
  ];
  // Pixels per unit: never closer than the smallest frame.
  const closest = Math.min(svgWidth, svgHeight) / (MIN_SHARE * Math.max(whole.width, whole.height));
  let best: { box: ViewBox; scale: number } | null = null;
  for (const t of targets) {
    const width = t.right - t.left;
    const height = t.bottom - t.top;
    if (width <= 0 || height <= 0) continue;
    const scale = Math.min(feature.width ? width / feature.width : Infinity, feature.height ? height / feature.height : Infinity, closest);
    // The feature's middle at the target's middle.
    const x = feature.x + feature.width / 2 - ((t.left + t.right) / 2 - svg.left) / scale;
    const y = feature.y + feature.height / 2 - ((t.top + t.bottom) / 2 - svg.top) / scale;
    const drawn: Rect = {
      left: svg.left + (feature.x - x) * scale,
      top: svg.top + (feature.y - y) * scale,
      right: svg.left + (feature.x + feature.width - x) * scale,
      bottom: svg.top + (feature.y + feature.height - y) * scale,
    };
    if (covers.some((c) => overlaps(drawn, grow(c, COVER_GAP - 1)))) continue;
    if (!best || scale > best.scale) best = { box: { x, y, width: svgWidth / scale, height: svgHeight / scale }, scale };
  }
  // Nowhere clear of the covers (a feature as large as the map): the inner box, over them.
  if (!best) return printViewBox(feature, whole, svg, map);
  return best.box;
}

export const formatViewBox = (b: ViewBox) => [b.x, b.y, b.width, b.height].map((n) => Math.round(n * 10) / 10).join(' ');
