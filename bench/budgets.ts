// The budgets the app must meet, each judged on a run's results.
import type { Results } from './results.ts';

/** [budget, met], in the order they are printed and written. */
export type Verdicts = [string, boolean][];

export const judge = (results: Results): Verdicts => [
  ['first paint of the map ≤ 1.0 × Leaflet’s first render', results.firstMapPaintMs.ratio <= 1],
  ['HTML + inline SVG for first paint ≤ 30 KB gzip', Math.max(results.firstPaintHtmlGzipKb.index, results.firstPaintHtmlGzipKb.embed) <= 30],
  ['time to first idle ≤ 1.10 × baseline', results.firstIdleMs.ratio <= 1.1],
  ['app JS beyond maplibre-gl ≤ 35 KB gzip', results.transferGzipKb.appJsBeyondMapLibre <= 35],
  ['basemap + layers ≤ 150 KB gzip', results.transferGzipKb.basemapAndLayers <= 150],
  ['click-to-panel p95 ≤ 50 ms', results.clickToPanelMs.p95 <= 50],
  ['click-to-panel p95 with 100,000 points ≤ 100 ms', (results.scaling['100000 points']?.clickP95 ?? 0) <= 100],
  ['article LCP with the embed ≤ 1.05 × without', results.article.lcpRatio <= 1.05],
  ['layout shift from the embed = 0', results.article.clsWithMap <= results.article.clsWithoutMap],
  ['light embed: bytes its frame transfers in an article read untouched ≤ 60 KB gzip', results.lightEmbed.bytesGzipKb.light <= 60],
  ['light embed: main-thread time in its frame ≤ 0.2 × the always-live embed’s', results.lightEmbed.mainThreadMs.ratio <= 0.2],
  ['light embed: no WebGL context in an article read untouched', results.lightEmbed.webglContexts.light === 0],
  [
    'light embed: intent (the pointer over the map) → live map drawn ≤ 1.1 × the always-live embed’s first idle',
    results.lightEmbed.intentToDrawnMs.ratio <= 1.1,
  ],
  ['story: chapter change to settled p95 ≤ 1.2 s with flights', results.story.flightToSettledMs.p95 <= 1200],
  ['story: chapter change to settled p95 ≤ 150 ms with reduced motion', results.story.reducedMotionToSettledMs.p95 <= 150],
  ['story: no main-thread task over 200 ms while scrolling through it', results.story.scrollLongestTaskMs <= 200],
  ['story: layout shift while scrolling = 0', results.story.scrollCls === 0],
  ['story in the article: no host-page task over 200 ms while scrolling through it', results.story.articleScrollLongestTaskMs <= 200],
  ['story in the article: host layout shift while scrolling = 0', results.story.articleScrollCls === 0],
];

export const allMet = (verdicts: Verdicts) => verdicts.every(([, ok]) => ok);
