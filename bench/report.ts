// Prints a run's results and verdicts, and writes them to bench/results.json (the tables in
// docs/performance.md are written by hand from that file).
import { writeFileSync } from 'node:fs';
import type { Verdicts } from './budgets.ts';
import type { Results } from './results.ts';

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
/** A median and half its spread. */
const pm = (median: number, spread: number) => `${f(median)} ±${f(spread / 2)}`;
const p50p95 = (p: { p50: number; p95: number }) => `${f(p.p50)} / ${f(p.p95)}`;

export function printResults(results: Results) {
  console.log(`\nbench: ${results.rounds} round(s), ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.browser}`);
  console.table({
    'first paint of the map (ms)': {
      baseline: `${pm(results.firstMapPaintMs.leaflet, results.firstMapPaintMs.leafletSpread)} (Leaflet, ${f(results.leafletJsGzipKb)} KB gz JS)`,
      app: pm(results.firstMapPaintMs.app, results.firstMapPaintMs.appSpread),
      ratio: f(results.firstMapPaintMs.ratio),
    },
    'HTML + inline SVG (KB gz)': {
      baseline: '—',
      app: `${f(results.firstPaintHtmlGzipKb.index)} (index), ${f(results.firstPaintHtmlGzipKb.embed)} (embed)`,
      ratio: '—',
    },
    'first idle (ms)': {
      baseline: pm(results.firstIdleMs.baseline, results.firstIdleMs.baselineSpread),
      app: pm(results.firstIdleMs.app, results.firstIdleMs.appSpread),
      ratio: f(results.firstIdleMs.ratio),
    },
    'JS heap (MB)': { baseline: f(results.heapMb.baseline), app: f(results.heapMb.app), ratio: f(results.heapMb.ratio) },
    'click→panel p50/p95 (ms)': { baseline: '—', app: `${p50p95(results.clickToPanelMs)} (n=${results.clickToPanelMs.count})`, ratio: '—' },
    'press→panel, earlier measure (ms)': { baseline: '—', app: p50p95(results.clickToPanelFromPressMs), ratio: '—' },
    'click→presented p50/p95 (ms, Event Timing)': {
      baseline: p50p95(results.clickPresentedMs.baseline),
      app: p50p95(results.clickPresentedMs.app),
      ratio: f(results.clickPresentedMs.ratioP50),
    },
    'app JS beyond maplibre to first idle (KB gz)': { baseline: '—', app: f(results.transferGzipKb.appJsBeyondMapLibre), ratio: '—' },
    'basemap + layers (KB gz)': { baseline: 'same files', app: f(results.transferGzipKb.basemapAndLayers), ratio: '—' },
    'article LCP (ms)': {
      baseline: `${f(results.article.lcpWithoutMapMs)} (no map)`,
      app: `${f(results.article.lcpWithMapMs)} (embed)`,
      ratio: f(results.article.lcpRatio),
    },
    'article CLS': { baseline: f(results.article.clsWithoutMap), app: f(results.article.clsWithMap), ratio: '—' },
    'embed frame, article read untouched: KB gz': {
      baseline: `${f(results.lightEmbed.bytesGzipKb.live)} (always live)`,
      app: `${f(results.lightEmbed.bytesGzipKb.light)} (light)`,
      ratio: f(results.lightEmbed.bytesGzipKb.light / results.lightEmbed.bytesGzipKb.live),
    },
    'embed frame: main thread (ms) / WebGL contexts': {
      baseline: `${f(results.lightEmbed.mainThreadMs.live)} / ${results.lightEmbed.webglContexts.live}`,
      app: `${f(results.lightEmbed.mainThreadMs.light)} / ${results.lightEmbed.webglContexts.light}`,
      ratio: f(results.lightEmbed.mainThreadMs.ratio),
    },
    'embed frame: intent → live map drawn (ms)': {
      baseline: `${f(results.lightEmbed.intentToDrawnMs.live)} (always live, first idle)`,
      app: `${f(results.lightEmbed.intentToDrawnMs.light)} (light, pointer over the map)`,
      ratio: f(results.lightEmbed.intentToDrawnMs.ratio),
    },
    'story: chapter → settled p50/p95 (ms), flights': {
      baseline: '—',
      app: `${p50p95(results.story.flightToSettledMs)} (n=${results.story.chapterChanges})`,
      ratio: '—',
    },
    'story: chapter → settled p50/p95 (ms), reduced motion': { baseline: '—', app: p50p95(results.story.reducedMotionToSettledMs), ratio: '—' },
    'story: longest task while scrolling (ms) / CLS': {
      baseline: '—',
      app: `${f(results.story.scrollLongestTaskMs)} / ${f(results.story.scrollCls)}`,
      ratio: '—',
    },
    'story in the article: host longest task while scrolling (ms) / CLS': {
      baseline: '—',
      app: `${f(results.story.articleScrollLongestTaskMs)} / ${f(results.story.articleScrollCls)}`,
      ratio: '—',
    },
  });
  console.table(
    Object.fromEntries(
      Object.entries(results.scaling).map(([k, v]) => [
        k,
        { 'first idle (ms)': f(v.drawnMs), 'click→panel p95 (ms)': f(v.clickP95), 'press→panel p95, earlier measure (ms)': f(v.fromPressP95) },
      ]),
    ),
  );
}

export function printVerdicts(verdicts: Verdicts) {
  for (const [name, ok] of verdicts) console.log(`${ok ? 'ok  ' : 'MISS'} ${name}`);
}

export function writeResults(results: Results, verdicts: Verdicts) {
  writeFileSync('bench/results.json', `${JSON.stringify({ ...results, budgets: Object.fromEntries(verdicts) }, null, 2)}\n`);
}
