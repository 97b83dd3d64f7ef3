// The part of the map the reader can see: the map's box, less what the page lays over it (the
// phone's bottom sheet, the embed's panel, the map's own controls) and what lies off screen.
// Framing a feature uses only this part, so no panel or button hides what it describes.

/** A rectangle in CSS pixels, in the viewport's coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);

export function intersect(a: Box, b: Box): Box {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The largest-area rectangle left by cutting each cover away from one side of the visible box
 * (a column of buttons at the right edge costs a strip on the right, a bottom sheet the bottom).
 * Covers are taken biggest first, so a control under a panel costs nothing more.
 */
export function uncoveredBox(map: Box, viewport: Box, covers: readonly Box[]): Box {
  let free = intersect(map, viewport);
  const sorted = [...covers].sort((a, b) => area(intersect(b, free)) - area(intersect(a, free)));
  for (const cover of sorted) {
    if (!overlaps(cover, free)) continue;
    const cuts: Box[] = [
      { ...free, right: Math.min(free.right, cover.left) },
      { ...free, left: Math.max(free.left, cover.right) },
      { ...free, bottom: Math.min(free.bottom, cover.top) },
      { ...free, top: Math.max(free.top, cover.bottom) },
    ];
    free = cuts.reduce((best, cut) => (area(cut) > area(best) ? cut : best));
  }
  return free;
}

/** fitBounds padding that keeps a frame inside `free` with `margin` to spare, at least `margin` from each edge of the map. */
export function paddingFor(map: Box, free: Box, margin: number): Padding {
  return {
    top: Math.round(Math.max(0, free.top - map.top) + margin),
    bottom: Math.round(Math.max(0, map.bottom - free.bottom) + margin),
    left: Math.round(Math.max(0, free.left - map.left) + margin),
    right: Math.round(Math.max(0, map.right - free.right) + margin),
  };
}

/** Whether every point of `inner` lies in `outer` (to within a pixel of rounding). */
export function contains(outer: Box, inner: Box, tolerance = 1): boolean {
  return (
    inner.left >= outer.left - tolerance &&
    inner.right <= outer.right + tolerance &&
    inner.top >= outer.top - tolerance &&
    inner.bottom <= outer.bottom + tolerance
  );
}

/** Breathing room round a framed feature: 7% of the free part's shorter side, 16 to 48 px. */
export function frameMargin(free: Box): number {
  const shorter = Math.min(free.right - free.left, free.bottom - free.top);
  return Math.round(Math.min(48, Math.max(16, 0.07 * shorter)));
}
