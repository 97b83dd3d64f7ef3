// Runs a task once the browser has painted the next frame: a timeout queued from an animation
// frame callback runs after that frame's paint. Used so a click's panel paints before focus moves
// to it.
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** How long to wait for the browser's first-paint report before starting anyway. */
export const FIRST_PAINT_WAIT_MS = 1500;

/**
 * Runs a task once the page's first contentful paint is on screen, so the pre-rendered map is
 * seen before MapLibre's script is parsed and its WebGL context made. `afterNextPaint` is not
 * enough: its timeout runs when the main thread has handed the frame over, while the GPU process
 * may still be rastering it, and a WebGL context asked for then waits on that raster and holds the
 * picture back (docs/performance.md, on the credit line under the title). Browsers without paint timing, or a report that never comes (a hidden tab), fall
 * back to the next paint or a timeout.
 */
export function afterFirstPaint(task: () => void, perf: Performance = performance): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    afterNextPaint(task);
  };
  const painted = () => perf.getEntriesByName('first-contentful-paint').length > 0;
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint') || painted()) {
    start();
    return;
  }
  const observer = new PerformanceObserver(() => {
    if (!painted()) return;
    observer.disconnect();
    start();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(() => {
    observer.disconnect();
    start();
  }, FIRST_PAINT_WAIT_MS);
}
