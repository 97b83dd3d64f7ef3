// What the page lays over the map: elements marked data-covers-map (the phone's sheet, the embed's
// panel, list and caption). Framing keeps the selection clear of them, and labels keep out from under them.
import { afterNextPaint } from './after-paint.ts';

export const COVERS_MAP = 'data-covers-map';

/** The elements covering the map now. */
export const mapCovers = (): Element[] => [...document.querySelectorAll(`[${COVERS_MAP}]`)];

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
