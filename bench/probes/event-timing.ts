// Each click's Event Timing duration: from the click's input to the next frame presented on screen,
// as browsers report interaction latency (INP).
import type { PresentedWindow } from './page-window.ts';

export const observeClickPresentation = (): void => {
  const w = window as unknown as PresentedWindow;
  w.presented = [];
  // 16 ms is the smallest threshold the API allows; quicker clicks are counted as 16 (measure/clicks.ts).
  new PerformanceObserver((list) => list.getEntries().forEach((e) => e.name === 'click' && w.presented.push(e.duration))).observe({
    type: 'event',
    durationThreshold: 16,
  } as PerformanceObserverInit);
};

export const presentedClicks = (): number[] => (window as unknown as PresentedWindow).presented;
