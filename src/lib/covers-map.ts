// What lies over the map: what the page lays over it (elements marked data-covers-map: the phone's
// sheet, the embed's panel, list and caption) and the map's own controls (MapLibre's, and ours marked
// data-map-control: the buttons, the locator inset). Framing keeps the selection clear of both
// (src/lib/map/later/visible-area.ts), and labels keep out from under both (src/lib/labels/view.ts).
import { afterNextPaint } from './after-paint.ts';

const COVERS_MAP = 'data-covers-map';

/** The elements the page lays over the map now. */
export const mapCovers = (): Element[] => [...document.querySelectorAll(`[${COVERS_MAP}]`)];

/** The map's own controls. */
export const mapControls = (mapWrap: HTMLElement): Element[] => [...mapWrap.querySelectorAll('.maplibregl-ctrl, [data-map-control]')];

/**
 * Calls `changed` after the next paint whenever an element covering the map comes, goes or changes
 * size (a panel opened or closed, its text in): labels are laid out again round it. After the paint,
 * so a click's panel shows first. Returns the function that stops watching.
 */
export function watchMapCovers(changed: () => void): () => void {
  let covers = mapCovers();
  let queued = false;
  const notify = () => {
    if (queued) return;
    queued = true;
    afterNextPaint(() => {
      queued = false;
      changed();
    });
  };
  const sizes = new ResizeObserver(notify);
  covers.forEach((el) => sizes.observe(el));
  const mutations = new MutationObserver(() => {
    const now = mapCovers();
    if (now.length === covers.length && now.every((el, i) => el === covers[i])) return;
    covers.forEach((el) => sizes.unobserve(el));
    covers = now;
    covers.forEach((el) => sizes.observe(el));
    notify();
  });
  mutations.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: [COVERS_MAP] });
  return () => {
    mutations.disconnect();
    sizes.disconnect();
  };
}
