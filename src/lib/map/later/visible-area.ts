// Reads from the page what covers the map: elements marked data-covers-map (the phone's sheet, the
// embed's panel and list), the map's controls, and the edges of the viewport.
import { intersect, uncoveredBox, type Box } from './uncovered.ts';
import { mapControls, mapCovers } from '../../covers-map.ts';

const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
};
const hasArea = (b: Box) => b.right > b.left && b.bottom > b.top;

export interface VisibleArea {
  /** The map's box. */
  map: Box;
  /** The largest part of it nothing covers. */
  free: Box;
  /** What the page lays over the map (sheet, panel, list), clipped to it: not the map's own controls. */
  panels: Box[];
}

export function visibleArea(mapWrap: HTMLElement): VisibleArea {
  const map = boxOf(mapWrap);
  const viewport: Box = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  const panels = mapCovers()
    .map((el) => intersect(boxOf(el), map))
    .filter(hasArea);
  const controls = mapControls(mapWrap).map(boxOf).filter(hasArea);
  return { map, free: uncoveredBox(map, viewport, [...panels, ...controls]), panels };
}
