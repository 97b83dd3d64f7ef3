// The run's figures as written to bench/results.json (with the budgets' verdicts, report.ts): medians,
// spreads, percentiles and app/peer ratios of the measured samples.
import { cpus, totalmem } from 'node:os';
import type { FirstIdleAndClicks } from './measure/first-idle-and-clicks.ts';
import type { Size } from './measure/map-size.ts';
import type { ScalingFigures } from './measure/scaling.ts';
import type { StoryFigures } from './measure/story.ts';
import type { LightEmbedSample } from './measure/light-embed.ts';
import type { LcpAndCls } from './probes/article.ts';
import { median, quantile, spread } from './stats.ts';

export interface Measurements {
  browserVersion: string;
  rounds: number;
  size: Size;
  main: FirstIdleAndClicks;
  firstPaint: { app: number[]; leaflet: number[] };
  sizes: { leafletJsGz: number; firstPaintHtmlGz: { index: number; embed: number }; appJsBeyondMapLibre: number; dataGz: number };
  scaling: Record<string, ScalingFigures>;
  article: { withMap: LcpAndCls[]; without: LcpAndCls[] };
  lightEmbed: { light: LightEmbedSample[]; live: LightEmbedSample[] };
  story: StoryFigures;
}

const p50p95 = (xs: number[]) => ({ p50: median(xs), p95: quantile(xs, 0.95) });

export function collectResults({ browserVersion, rounds, size, main, firstPaint, sizes, scaling, article, lightEmbed, story }: Measurements) {
  const { light, live } = lightEmbed;
  const { idle, heap, clicks } = main;
  return {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, browser: browserVersion },
    rounds,
    mapSizePx: size,
    firstIdleMs: {
      baseline: median(idle.baseline),
      baselineSpread: spread(idle.baseline),
      app: median(idle.app),
      appSpread: spread(idle.app),
      ratio: median(idle.app) / median(idle.baseline),
    },
    firstMapPaintMs: {
      leaflet: median(firstPaint.leaflet),
      leafletSpread: spread(firstPaint.leaflet),
      app: median(firstPaint.app),
      appSpread: spread(firstPaint.app),
      ratio: median(firstPaint.app) / median(firstPaint.leaflet),
    },
    firstPaintHtmlGzipKb: { index: sizes.firstPaintHtmlGz.index / 1024, embed: sizes.firstPaintHtmlGz.embed / 1024 },
    leafletJsGzipKb: sizes.leafletJsGz / 1024,
    heapMb: { baseline: median(heap.baseline), app: median(heap.app), ratio: median(heap.app) / median(heap.baseline) },
    clickToPanelMs: { count: clicks.panel.length, ...p50p95(clicks.panel) },
    clickToPanelFromPressMs: { count: clicks.fromPress.length, ...p50p95(clicks.fromPress) },
    clickPresentedMs: {
      app: p50p95(clicks.presented),
      baseline: p50p95(clicks.baselinePresented),
      ratioP50: median(clicks.presented) / median(clicks.baselinePresented),
    },
    transferGzipKb: { appJsBeyondMapLibre: sizes.appJsBeyondMapLibre / 1024, basemapAndLayers: sizes.dataGz / 1024 },
    scaling,
    article: {
      pairs: article.withMap.length,
      lcpWithoutMapMs: median(article.without.map((a) => a.lcp)),
      lcpWithMapMs: median(article.withMap.map((a) => a.lcp)),
      lcpRatio: median(article.withMap.map((a) => a.lcp)) / median(article.without.map((a) => a.lcp)),
      clsWithMap: Math.max(...article.withMap.map((a) => a.cls)),
      clsWithoutMap: Math.max(...article.without.map((a) => a.cls)),
    },
    lightEmbed: {
      pairs: light.length,
      bytesGzipKb: { light: median(light.map((s) => s.bytes)) / 1024, live: median(live.map((s) => s.bytes)) / 1024 },
      mainThreadMs: {
        light: median(light.map((s) => s.mainThreadMs)),
        live: median(live.map((s) => s.mainThreadMs)),
        ratio: median(light.map((s) => s.mainThreadMs)) / median(live.map((s) => s.mainThreadMs)),
      },
      webglContexts: { light: Math.max(...light.map((s) => s.webglContexts)), live: Math.max(...live.map((s) => s.webglContexts)) },
      intentToDrawnMs: {
        light: median(light.map((s) => s.intentToDrawnMs)),
        live: median(live.map((s) => s.intentToDrawnMs)),
        ratio: median(light.map((s) => s.intentToDrawnMs)) / median(live.map((s) => s.intentToDrawnMs)),
      },
    },
    story: {
      chapterChanges: story.flights.length,
      flightToSettledMs: p50p95(story.flights),
      reducedMotionToSettledMs: p50p95(story.reducedMotion),
      scrollLongestTaskMs: Math.max(...story.scroll.map((s) => s.longestTask)),
      scrollCls: Math.max(...story.scroll.map((s) => s.cls)),
      articleScrollLongestTaskMs: Math.max(...story.articleScroll.map((s) => s.longestTask)),
      articleScrollCls: Math.max(...story.articleScroll.map((s) => s.cls)),
    },
  };
}

export type Results = ReturnType<typeof collectResults>;
