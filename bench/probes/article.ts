// The article's largest contentful paint and its layout shift (shifts after input not counted).
import type { ArticleWindow } from './page-window.ts';

/** An init script: observes from the page's start. */
export const observeLcpAndCls = (): void => {
  const w = window as unknown as ArticleWindow;
  w.lcp = 0;
  w.cls = 0;
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) =>
    (l.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]).forEach((e) => !e.hadRecentInput && (w.cls += e.value)),
  ).observe({ type: 'layout-shift', buffered: true });
};

export type LcpAndCls = { lcp: number; cls: number };

export const lcpAndCls = (): LcpAndCls => {
  const { lcp, cls } = window as unknown as ArticleWindow;
  return { lcp, cls };
};
