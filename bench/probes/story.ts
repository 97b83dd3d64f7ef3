// Story mode's probes (story.html): how long a chapter change takes to settle, and what scrolling
// through the story costs the page (long tasks, layout shift).
import type { StoryWindow } from './page-window.ts';

/** An init script: observes long tasks and layout shifts from the page's start. */
export const observeLongTasks = (): void => {
  const w = window as unknown as StoryWindow;
  w.longestTask = 0;
  w.storyCls = 0;
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.longestTask = Math.max(w.longestTask, e.duration)))).observe({
    type: 'longtask',
    buffered: true,
  });
  new PerformanceObserver((l) =>
    (l.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]).forEach((e) => !e.hadRecentInput && (w.storyCls += e.value)),
  ).observe({ type: 'layout-shift', buffered: true });
  // In an article, the chapters the embedded map settles on (a capturing listener hears the placeholder's events).
  w.chaptersShown = [];
  document.addEventListener('storymap:chapter-shown', (e) => w.chaptersShown.push((e as CustomEvent<{ id: string }>).detail.id), true);
};

/** Presses "Next chapter" and resolves with the time until the map has settled on that chapter
 * (the page marks the chapter it shows on its main element), in ms. */
export const nextChapterSettles = async (): Promise<number> => {
  const root = document.querySelector('main.story-layout')!;
  const before = root.getAttribute('data-chapter-shown');
  const start = performance.now();
  document.querySelector<HTMLButtonElement>('button[aria-label="Next chapter"]')!.click();
  // A change that never settles is reported as one as slow as the wait (it fails the budget), and
  // never hangs the run.
  for (;;) {
    await new Promise((r) => requestAnimationFrame(r));
    const shown = root.getAttribute('data-chapter-shown');
    const elapsed = performance.now() - start;
    if ((shown && shown !== before && shown === root.getAttribute('data-chapter-current')) || elapsed > 15_000) return elapsed;
  }
};

export const longestTaskAndCls = (): { longestTask: number; cls: number } => {
  const w = window as unknown as StoryWindow;
  return { longestTask: w.longestTask, cls: w.storyCls };
};
