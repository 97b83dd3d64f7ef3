// When the page has drawn: the first time an element has the page's drawn attribute with a value
// other than "false" (the app sets data-story-drawn once idle with every layer, the baseline
// data-drawn).
import type { DrawnWindow } from './page-window.ts';

/** An init script: watches for the drawn attribute from the page's start. */
export const markDrawn = (attribute: string): void => {
  new MutationObserver(() => {
    const w = window as unknown as DrawnWindow;
    if (w.drawnAt === undefined && document.querySelector(`[${attribute}]:not([${attribute}="false"])`)) w.drawnAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: [attribute] });
};

export const isDrawn = (): boolean => (window as unknown as DrawnWindow).drawnAt !== undefined;

export const drawnAt = (): number => (window as unknown as DrawnWindow).drawnAt!;

/** The page's time origin, in ms since the epoch: drawnAt + this is comparable with request times. */
export const timeOrigin = (): number => performance.timeOrigin;
