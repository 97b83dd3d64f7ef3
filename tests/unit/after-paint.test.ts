// The full page starts its live map only once the picture is on screen (src/lib/after-paint.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, FIRST_PAINT_WAIT_MS } from '../../src/lib/after-paint.ts';

/** A browser's paint timing, reduced to what afterFirstPaint reads. */
function fakePaintTiming(supported = true) {
  const entries: { name: string }[] = [];
  const observers: (() => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = supported ? ['paint', 'largest-contentful-paint'] : ['resource'];
    constructor(private callback: () => void) {}
    observe() {
      observers.push(this.callback);
    }
    disconnect() {
      observers.splice(observers.indexOf(this.callback), 1);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  const perf = { getEntriesByName: (name: string) => entries.filter((e) => e.name === name) } as unknown as Performance;
  const report = (name: string) => {
    entries.push({ name });
    for (const notify of [...observers]) notify();
  };
  return { perf, report, observing: () => observers.length };
}

beforeEach(() => {
  vi.useFakeTimers();
  // An animation frame, then the task's timeout: both run on the fake clock.
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint, not for the first paint of nothing', () => {
    const { perf, report, observing } = fakePaintTiming();
    const task = vi.fn();
    afterFirstPaint(task, perf);
    report('first-paint');
    vi.advanceTimersByTime(100);
    expect(task).not.toHaveBeenCalled();
    report('first-contentful-paint');
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledOnce();
    expect(observing()).toBe(0);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    expect(task).toHaveBeenCalledOnce();
  });

  it('starts after the next paint when the page has painted already', () => {
    const { perf, report } = fakePaintTiming();
    report('first-contentful-paint');
    const task = vi.fn();
    afterFirstPaint(task, perf);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledOnce();
  });

  it('starts anyway when no report comes (a tab opened in the background)', () => {
    const { perf } = fakePaintTiming();
    const task = vi.fn();
    afterFirstPaint(task, perf);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS - 1);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledOnce();
  });

  it('falls back to the next paint in a browser without paint timing', () => {
    const { perf } = fakePaintTiming(false);
    const task = vi.fn();
    afterFirstPaint(task, perf);
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledOnce();
  });
});
