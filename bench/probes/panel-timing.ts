// Times each click on the app's map to its panel, two ways (measure/clicks.ts says what each means).
import type { PanelTimingWindow } from './page-window.ts';

/** Runs before the app's handlers (capture phase, added before the clicks). The panel's feature id is
 * read the same way in three places: a shared helper would be a named function (see page-window.ts). */
export const timePanels = (): void => {
  const w = window as unknown as PanelTimingWindow;
  w.timings = [];
  w.fromPress = [];
  w.last = null;
  addEventListener('pointerdown', () => (w.down = performance.now()), true);
  w.clicks = 0;
  addEventListener(
    'pointerup',
    (event) => {
      const released = event.timeStamp;
      const before = document.querySelector('.panel')?.getAttribute('data-feature-id') ?? null;
      // One chain per click: the next click ends it (a click that opens no new panel has no time).
      const click = ++w.clicks;
      // The first frame is requested here, in the pointerup; then one check per frame, in that frame.
      void (async () => {
        for (;;) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          if (click !== w.clicks) return;
          const now = document.querySelector('.panel')?.getAttribute('data-feature-id') ?? null;
          if (now && now !== before) return void setTimeout(() => w.timings.push(performance.now() - released));
        }
      })();
    },
    true,
  );
  new MutationObserver(() => {
    const id = document.querySelector('.panel')?.getAttribute('data-feature-id') ?? null;
    if (id && id !== w.last) {
      w.last = id;
      const down = w.down ?? NaN;
      requestAnimationFrame(() => setTimeout(() => w.fromPress.push(performance.now() - down)));
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-feature-id'] });
};

export const panelTimings = (): { panel: number[]; fromPress: number[] } => {
  const w = window as unknown as PanelTimingWindow;
  return { panel: w.timings, fromPress: w.fromPress };
};
