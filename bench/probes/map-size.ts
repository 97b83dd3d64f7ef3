// A map element's size in CSS pixels.

export type Size = { width: number; height: number };

/** Rounded, as the bench compares the maps' canvases. */
export const roundedClientSize = (el: Element): Size => ({ width: Math.round(el.clientWidth), height: Math.round(el.clientHeight) });

export const clientSize = (el: Element): Size => ({ width: el.clientWidth, height: el.clientHeight });
