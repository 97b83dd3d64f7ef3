// npm run bench [-- --check] [-- --rounds N] [-- --smoke] [-- --reuse-build]
// Builds the app and a bare-MapLibre baseline with the same data and view, serves both, and measures
// them alternately in headless Chromium, a fresh context per round. Prints medians, spreads and
// app/baseline ratios, writes bench/results.json, and with --check fails when a budget is missed.
import { execSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { CHROMIUM_ARGS, executablePath } from '../tests/e2e/browser.ts';
import { storyProjection } from '../src/lib/static-map/render.ts';
import { STORY_LAYERS } from '../src/lib/layers/index.ts';

const args = process.argv.slice(2);
const SMOKE = args.includes('--smoke');
const CHECK = args.includes('--check');
/** Measure the app already in dist/ (npm test has just built it) instead of building it again. */
const REUSE_BUILD = args.includes('--reuse-build');
const ROUNDS = SMOKE ? 1 : Number(args[args.indexOf('--rounds') + 1]) || 7;
const PORT = 4180;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE = 'bench/out/site';
const VIEWPORT = { width: 1280, height: 800 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const spread = (xs: number[]) => (xs.length ? Math.max(...xs) - Math.min(...xs) : NaN);
const gz = (path: string) => gzipSync(readFileSync(path)).length;

/** Pause after closing a page before loading the next. Closing a page that drew with WebGL keeps
 * the software GPU busy for a while, and the next page pays for it: in a probe, a page loaded
 * right after the baseline took 1.5–2 s longer to reach idle (either page), and none longer with
 * this pause. Without it the page measured second in each round carried the first one's cost. */
const SETTLE_MS = 3000;
/** Runs a pair of measures in turn, the other way round in odd rounds, so neither side is always
 * the page loaded first (or right after the other). */
async function inTurn(round: number, first: () => Promise<void>, second: () => Promise<void>) {
  if (round % 2 === 0) {
    await first();
    await second();
  } else {
    await second();
    await first();
  }
}

async function closeAndSettle(context: BrowserContext) {
  await context.close();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
}

function build() {
  if (!REUSE_BUILD) execSync('npm run build', { stdio: 'inherit' });
  else if (!existsSync('dist/index.html')) throw new Error('bench: --reuse-build needs the app built in dist/ (run npm run build first)');
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  cpSync('dist', SITE, { recursive: true });
  execSync('npx vite build -c bench/vite.baseline.config.ts --logLevel warn', { stdio: 'inherit' });
}

async function serve() {
  // Vite itself, not through npx: killing npx left its vite child serving the port after the run.
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', SITE, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('bench: the preview server did not start');
}

/** Loads a page in a fresh context and measures time to drawn, heap and what it fetched. */
async function load(browser: Browser, path: string, drawnAttribute: string, synthetic?: FeatureCollection) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  if (synthetic) await page.route('**/data/hainan-data-centre.geojson', (route) => route.fulfill({ json: synthetic }));
  // What the page fetched up to its first idle with every layer drawn (later, lazy chunks are not counted).
  const fetched: string[] = [];
  let drawn = false;
  page.on('response', (r) => !drawn && fetched.push(new URL(r.url()).pathname));
  await page.addInitScript((attribute) => {
    new MutationObserver(() => {
      const w = window as unknown as { drawnAt?: number };
      if (w.drawnAt === undefined && document.querySelector(`[${attribute}]:not([${attribute}="false"])`)) w.drawnAt = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: [attribute] });
  }, drawnAttribute);
  await page.goto(`${ORIGIN}${path}`);
  await page.waitForFunction(() => (window as unknown as { drawnAt?: number }).drawnAt !== undefined, null, { timeout: 120_000 });
  drawn = true;
  const drawnMs = await page.evaluate(() => (window as unknown as { drawnAt: number }).drawnAt);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heapMb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1048576;
  return { context, page, drawnMs, heapMb, fetched };
}

type Size = { width: number; height: number };
const canvasSize = (page: Page): Promise<Size> =>
  page.locator('canvas').first().evaluate((c) => ({ width: Math.round(c.clientWidth), height: Math.round(c.clientHeight) }));

/** The app's map size at the bench's viewport: the peers draw the same number of pixels. */
async function appMapSize(browser: Browser): Promise<Size> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  await page.locator('.maplibregl-canvas').waitFor({ state: 'attached', timeout: 60_000 });
  const size = await canvasSize(page);
  await closeAndSettle(context);
  return size;
}

/** Fails the run when a page's map is not the app's size (as when a CSP once dropped the baseline's
 * styles and it drew a 300 px strip): the comparison would not be like for like. */
async function expectMapSize(page: Page, expected: Size, what: string) {
  const got = await canvasSize(page);
  if (Math.abs(got.width - expected.width) > 1 || Math.abs(got.height - expected.height) > 1) {
    throw new Error(`bench: the ${what} map is ${got.width}×${got.height} px, the app's is ${expected.width}×${expected.height}; they must match`);
  }
}

function clickTargets(collections: FeatureCollection[], width: number, height: number): { x: number; y: number }[] {
  const projection = storyProjection(width, height, 20);
  const anchor = (f: Feature): Position | undefined => {
    const g = f.geometry;
    if (g.type === 'Point') return g.coordinates;
    if (g.type === 'LineString') return g.coordinates[Math.floor(g.coordinates.length / 2)];
    if (g.type === 'MultiLineString') return g.coordinates[0]?.[Math.floor((g.coordinates[0]?.length ?? 0) / 2)];
    if (g.type === 'Polygon') return g.coordinates[0]?.[0];
    return undefined;
  };
  const out: { x: number; y: number }[] = [];
  for (const f of collections.flatMap((c) => c.features)) {
    const a = anchor(f);
    const p = a && projection(a as [number, number]);
    if (!p || p[0] < 5 || p[1] < 5 || p[0] > width - 5 || p[1] > height - 5) continue;
    if (out.some((o) => Math.hypot(o.x - p[0], o.y - p[1]) < 12)) continue;
    out.push({ x: p[0], y: p[1] });
  }
  return out;
}

/** Resolves once the page has drawn five frames in a row at display rate: nothing painting, and
 * no GPU work left from a redraw (a busy GPU delays the next frames). */
function settle(page: Page): Promise<void> {
  // A string, not a function: tsx's name-keeping wraps named inner functions in a helper the page lacks.
  return page.evaluate(`new Promise((resolve) => {
    let last = performance.now();
    let calm = 0;
    const tick = (now) => {
      calm = now - last < 25 ? calm + 1 : 0;
      last = now;
      if (calm >= 5) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

/** Clicks each target as a reader would: point, wait for the hover's redraw, press, and wait for
 * the page to settle. Returns each click's Event Timing duration: from the click's input to the
 * next frame presented on screen, as browsers report interaction latency (INP). */
async function clickTargetsOn(page: Page, targets: { x: number; y: number }[]): Promise<number[]> {
  const canvas = page.locator('canvas').first();
  const box = (await canvas.boundingBox())!;
  await page.evaluate(() => {
    const w = window as unknown as { presented: number[] };
    w.presented = [];
    // 16 ms is the smallest threshold the API allows; quicker clicks are counted as 16 below.
    new PerformanceObserver((list) => list.getEntries().forEach((e) => e.name === 'click' && w.presented.push(e.duration))).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  const idleCount = () => page.evaluate(() => Number(document.querySelector('[data-idle-count]')?.getAttribute('data-idle-count') ?? NaN));
  for (const t of targets) {
    // A reader points, then presses: the pointer arrives, the hover highlight is drawn, and the
    // press comes later. Playwright's click does all three within a few ms, so the press landed
    // while the hover's redraw (about 0.1 s of software-GPU work here) was still in flight.
    await page.mouse.move(box.x + t.x, box.y + t.y);
    await settle(page);
    const before = await idleCount();
    await page.mouse.down();
    await page.mouse.up();
    // And each click starts from a settled page: MapLibre redraws the whole map after every click
    // (the bare page too), so clicks 80 ms apart queued behind the previous click's redraw and
    // measured that backlog (p95 about 230 ms), not the click.
    if (Number.isFinite(before)) await page.waitForFunction((n) => Number(document.querySelector('[data-idle-count]')?.getAttribute('data-idle-count')) > n, before, { timeout: 60_000 });
    await settle(page);
  }
  await page.waitForTimeout(200);
  const presented = await page.evaluate(() => (window as unknown as { presented: number[] }).presented);
  return [...presented, ...Array<number>(Math.max(0, targets.length - presented.length)).fill(16)];
}

/** Clicks on the app's features. Each is timed from the click's input (the release, the pointerup's
 * event timestamp) to the end of the first frame that shows the new panel: a frame callback chain
 * started at that pointerup, before the app's handlers run, checks each frame for the panel and
 * queues its timer from there, ahead of the work the app itself defers until after that paint.
 * `fromPress` keeps the bench's earlier measure for comparison: from the press (pointerdown, so it
 * includes the gap between press and release) to a timer queued when the panel's markup changed,
 * which runs after the app's deferred tasks. */
async function clickToPanel(page: Page, targets: { x: number; y: number }[], minShare = 1): Promise<{ panel: number[]; fromPress: number[]; presented: number[] }> {
  // A string, not a function: tsx's name-keeping wraps named inner functions in a helper the page lacks.
  await page.evaluate(`{
    const w = window;
    w.timings = [];
    w.fromPress = [];
    w.last = null;
    const panelId = () => document.querySelector('.panel')?.getAttribute('data-feature-id') ?? null;
    addEventListener('pointerdown', () => (w.down = performance.now()), true);
    w.clicks = 0;
    addEventListener('pointerup', (event) => {
      const released = event.timeStamp;
      const before = panelId();
      // One chain per click: the next click ends it (a click that opens no new panel has no time).
      const click = ++w.clicks;
      const frame = () => {
        if (click !== w.clicks) return;
        const now = panelId();
        if (now && now !== before) setTimeout(() => w.timings.push(performance.now() - released));
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, true);
    new MutationObserver(() => {
      const id = panelId();
      if (id && id !== w.last) {
        w.last = id;
        const down = w.down;
        requestAnimationFrame(() => setTimeout(() => w.fromPress.push(performance.now() - down)));
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-feature-id'] });
  }`);
  const presented = await clickTargetsOn(page, targets);
  const { timings: panel, fromPress } = await page.evaluate(() => {
    const w = window as unknown as { timings: number[]; fromPress: number[] };
    return { timings: w.timings, fromPress: w.fromPress };
  });
  if (panel.length < Math.ceil(targets.length * minShare)) throw new Error(`bench: ${targets.length} clicks on features opened only ${panel.length} panels`);
  return { panel, fromPress, presented };
}

function syntheticLayer(kind: 'points' | 'lines', n: number, template: Feature): FeatureCollection {
  let seed = 12345;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const features: Feature[] = [];
  for (let i = 0; i < n; i++) {
    const lon = 103 + random() * 14;
    const lat = 7 + random() * 17;
    const geometry = kind === 'points' ? { type: 'Point' as const, coordinates: [lon, lat] } : { type: 'LineString' as const, coordinates: [[lon, lat], [lon + 0.2, lat + 0.1]] };
    const p = template.properties!;
    features.push({
      type: 'Feature',
      geometry,
      properties: { id: `synthetic-${i}`, name_en: `Synthetic ${i}`, name_vi: `Tổng hợp ${i}`, name_zh: `合成 ${i}`, kind: p.kind, precision: 'approximate', sources: p.sources, excerpts: [p.excerpts[0]] },
    });
  }
  return { type: 'FeatureCollection', features };
}

function articleWithoutMap(html: string) {
  return html.replace(/<figure class="story-map">[\s\S]*?<\/figure>/, '');
}

async function articleMetrics(browser: Browser, withMap: boolean) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  if (!withMap) await page.route('**/article.html', async (route) => route.fulfill({ response: await route.fetch(), body: articleWithoutMap(await (await route.fetch()).text()) }));
  await page.addInitScript(() => {
    const w = window as unknown as { lcp: number; cls: number };
    w.lcp = 0;
    w.cls = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => (l.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]).forEach((e) => !e.hadRecentInput && (w.cls += e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${ORIGIN}/article.html`);
  await page.waitForLoadState('networkidle');
  await page.locator('[data-story-map], .story').first().scrollIntoViewIfNeeded();
  if (withMap) await page.frameLocator('[data-story-map] iframe').locator('[data-story-drawn="true"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({ ...(window as unknown as { lcp: number; cls: number }) }));
  await closeAndSettle(context);
  return result;
}

/** When the page first paints its map, as its first contentful paint (the presented frame): ours has
 * the map as SVG in its HTML; the Leaflet page shows nothing contentful until its layers are added. */
async function firstMapPaint(browser: Browser, path: string, size: Size): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${path}`);
  if (path.includes('leaflet')) {
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-drawn'));
    const got = await page.locator('#map').evaluate((m) => ({ width: m.clientWidth, height: m.clientHeight }));
    if (got.width !== size.width || got.height !== size.height) throw new Error(`bench: the Leaflet map is ${got.width}×${got.height} px, the app's is ${size.width}×${size.height}; they must match`);
  }
  const ms = await page.evaluate(async () => {
    const fcp = await new Promise<number>((resolve) =>
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true }),
    );
    // Our map must be in that paint: it is in the HTML. Leaflet's must have been added before it.
    const leafletDrawnAt = document.documentElement.getAttribute('data-drawn');
    const mapInFirstPaint = document.querySelector('svg.story-svg') !== null || (leafletDrawnAt !== null && Number(leafletDrawnAt) <= fcp);
    return mapInFirstPaint ? fcp : NaN;
  });
  await closeAndSettle(context);
  return ms;
}

async function main() {
  build();
  const server = await serve();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const collections = STORY_LAYERS.map((l) => JSON.parse(readFileSync(`${SITE}/data/${l.id}.geojson`, 'utf8')) as FeatureCollection);
    const idle = { app: [] as number[], baseline: [] as number[] };
    const heap = { app: [] as number[], baseline: [] as number[] };
    const clicks = { panel: [] as number[], fromPress: [] as number[], presented: [] as number[], baselinePresented: [] as number[] };
    let appFiles: string[] = [];
    let baseFiles: string[] = [];
    const size = await appMapSize(browser);
    const sizeQuery = `?width=${size.width}&height=${size.height}`;
    console.log(`bench: maps are ${size.width}×${size.height} px (the app's map at ${VIEWPORT.width}×${VIEWPORT.height})`);
    const targets = clickTargets(collections, size.width, size.height).slice(0, SMOKE ? 3 : 25);
    const scalingTargets = targets.slice(0, SMOKE ? 3 : 20);
    const measureBaseline = async () => {
      const b = await load(browser, `/peers/baseline/index.html${sizeQuery}`, 'data-drawn');
      await expectMapSize(b.page, size, 'baseline');
      idle.baseline.push(b.drawnMs);
      heap.baseline.push(b.heapMb);
      baseFiles = b.fetched;
      // The same clicks on the bare map: what any click costs MapLibre here, with no panel.
      clicks.baselinePresented.push(...(await clickTargetsOn(b.page, targets)));
      await closeAndSettle(b.context);
    };
    const measureApp = async () => {
      const a = await load(browser, '/', 'data-story-drawn');
      await expectMapSize(a.page, size, 'app');
      idle.app.push(a.drawnMs);
      heap.app.push(a.heapMb);
      appFiles = a.fetched;
      const c = await clickToPanel(a.page, targets);
      clicks.panel.push(...c.panel);
      clicks.fromPress.push(...c.fromPress);
      clicks.presented.push(...c.presented);
      await closeAndSettle(a.context);
    };
    for (let round = 0; round < ROUNDS; round++) await inTurn(round, measureBaseline, measureApp);
    console.log(`bench: ${new Date().toISOString()} first paint vs Leaflet…`);
    const firstPaint = { app: [] as number[], leaflet: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      await inTurn(
        round,
        async () => void firstPaint.leaflet.push(await firstMapPaint(browser, `/peers/leaflet/index.html${sizeQuery}`, size)),
        async () => void firstPaint.app.push(await firstMapPaint(browser, '/', size)),
      );
    }
    const leafletJsGz = readdirSync(`${SITE}/peers/assets`)
      .filter((f) => /^leaflet-.*\.js$/.test(f))
      .reduce((n, f) => n + gz(`${SITE}/peers/assets/${f}`), 0);
    const firstPaintHtmlGz = { index: gz(`${SITE}/index.html`), embed: gz(`${SITE}/embed.html`) };

    const jsGz = (files: string[]) => [...new Set(files)].filter((f) => /\.m?js$/.test(f) && existsSync(`${SITE}${f}`)).reduce((n, f) => n + gz(`${SITE}${f}`), 0);
    const dataGz = [...new Set(appFiles)].filter((f) => f.startsWith('/data/') && /basemap|geojson/.test(f)).reduce((n, f) => n + gz(`${SITE}${f}`), 0);
    const appJsBeyondMapLibre = jsGz(appFiles) - jsGz(baseFiles.map((f) => f));

    const scaling: Record<string, { drawnMs: number; clickP95: number; fromPressP95: number }> = {};
    const template = collections[3]!.features[0]!;
    const cases: ['points' | 'lines', number][] = SMOKE ? [['points', 1000]] : [['points', 1000], ['points', 10000], ['points', 100000], ['lines', 1000], ['lines', 10000]];
    for (const [kind, n] of cases) {
      console.log(`bench: ${new Date().toISOString()} scaling with ${n} synthetic ${kind}…`);
      const synthetic = syntheticLayer(kind, n, template);
      const drawn: number[] = [];
      const cl: number[] = [];
      const press: number[] = [];
      for (let r = 0; r < (SMOKE ? 1 : 3); r++) {
        const run = await load(browser, '/', 'data-story-drawn', synthetic);
        drawn.push(run.drawnMs);
        // A synthetic point can lie over a target and take its click (or the same synthetic point can
        // take two clicks in a row, opening no new panel): most clicks must open one.
        const c = await clickToPanel(run.page, scalingTargets, 0.8);
        cl.push(...c.panel);
        press.push(...c.fromPress);
        await closeAndSettle(run.context);
      }
      scaling[`${n} ${kind}`] = { drawnMs: median(drawn), clickP95: quantile(cl, 0.95), fromPressP95: quantile(press, 0.95) };
    }

    const article = { withMap: [] as { lcp: number; cls: number }[], without: [] as { lcp: number; cls: number }[] };
    for (let round = 0; round < ROUNDS; round++) {
      await inTurn(
        round,
        async () => void article.without.push(await articleMetrics(browser, false)),
        async () => void article.withMap.push(await articleMetrics(browser, true)),
      );
    }

    const results = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, browser: browser.version() },
      rounds: ROUNDS,
      mapSizePx: size,
      firstIdleMs: { baseline: median(idle.baseline), baselineSpread: spread(idle.baseline), app: median(idle.app), appSpread: spread(idle.app), ratio: median(idle.app) / median(idle.baseline) },
      firstMapPaintMs: { leaflet: median(firstPaint.leaflet), leafletSpread: spread(firstPaint.leaflet), app: median(firstPaint.app), appSpread: spread(firstPaint.app), ratio: median(firstPaint.app) / median(firstPaint.leaflet) },
      firstPaintHtmlGzipKb: { index: firstPaintHtmlGz.index / 1024, embed: firstPaintHtmlGz.embed / 1024 },
      leafletJsGzipKb: leafletJsGz / 1024,
      heapMb: { baseline: median(heap.baseline), app: median(heap.app), ratio: median(heap.app) / median(heap.baseline) },
      clickToPanelMs: { count: clicks.panel.length, p50: median(clicks.panel), p95: quantile(clicks.panel, 0.95) },
      clickToPanelFromPressMs: { count: clicks.fromPress.length, p50: median(clicks.fromPress), p95: quantile(clicks.fromPress, 0.95) },
      clickPresentedMs: {
        app: { p50: median(clicks.presented), p95: quantile(clicks.presented, 0.95) },
        baseline: { p50: median(clicks.baselinePresented), p95: quantile(clicks.baselinePresented, 0.95) },
        ratioP50: median(clicks.presented) / median(clicks.baselinePresented),
      },
      transferGzipKb: { appJsBeyondMapLibre: appJsBeyondMapLibre / 1024, basemapAndLayers: dataGz / 1024 },
      scaling,
      article: {
        lcpWithoutMapMs: median(article.without.map((a) => a.lcp)),
        lcpWithMapMs: median(article.withMap.map((a) => a.lcp)),
        lcpRatio: median(article.withMap.map((a) => a.lcp)) / median(article.without.map((a) => a.lcp)),
        clsWithMap: Math.max(...article.withMap.map((a) => a.cls)),
        clsWithoutMap: Math.max(...article.without.map((a) => a.cls)),
      },
    };
    const budgets: [string, boolean][] = [
      ['first paint of the map ≤ 1.0 × Leaflet’s first render', results.firstMapPaintMs.ratio <= 1],
      ['HTML + inline SVG for first paint ≤ 30 KB gzip', Math.max(results.firstPaintHtmlGzipKb.index, results.firstPaintHtmlGzipKb.embed) <= 30],
      ['time to first idle ≤ 1.10 × baseline', results.firstIdleMs.ratio <= 1.1],
      ['app JS beyond maplibre-gl ≤ 35 KB gzip', results.transferGzipKb.appJsBeyondMapLibre <= 35],
      ['basemap + layers ≤ 150 KB gzip', results.transferGzipKb.basemapAndLayers <= 150],
      ['click-to-panel p95 ≤ 50 ms', results.clickToPanelMs.p95 <= 50],
      ['click-to-panel p95 with 100,000 points ≤ 100 ms', (results.scaling['100000 points']?.clickP95 ?? 0) <= 100],
      ['article LCP with the embed ≤ 1.05 × without', results.article.lcpRatio <= 1.05],
      ['layout shift from the embed = 0', results.article.clsWithMap <= results.article.clsWithoutMap],
    ];
    const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
    console.log(`\nbench: ${ROUNDS} round(s), ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.browser}`);
    console.table({
      'first paint of the map (ms)': { baseline: `${f(results.firstMapPaintMs.leaflet)} ±${f(results.firstMapPaintMs.leafletSpread / 2)} (Leaflet, ${f(results.leafletJsGzipKb)} KB gz JS)`, app: `${f(results.firstMapPaintMs.app)} ±${f(results.firstMapPaintMs.appSpread / 2)}`, ratio: f(results.firstMapPaintMs.ratio) },
      'HTML + inline SVG (KB gz)': { baseline: '—', app: `${f(results.firstPaintHtmlGzipKb.index)} (index), ${f(results.firstPaintHtmlGzipKb.embed)} (embed)`, ratio: '—' },
      'first idle (ms)': { baseline: `${f(results.firstIdleMs.baseline)} ±${f(results.firstIdleMs.baselineSpread / 2)}`, app: `${f(results.firstIdleMs.app)} ±${f(results.firstIdleMs.appSpread / 2)}`, ratio: f(results.firstIdleMs.ratio) },
      'JS heap (MB)': { baseline: f(results.heapMb.baseline), app: f(results.heapMb.app), ratio: f(results.heapMb.ratio) },
      'click→panel p50/p95 (ms)': { baseline: '—', app: `${f(results.clickToPanelMs.p50)} / ${f(results.clickToPanelMs.p95)} (n=${clicks.panel.length})`, ratio: '—' },
      'press→panel, earlier measure (ms)': { baseline: '—', app: `${f(results.clickToPanelFromPressMs.p50)} / ${f(results.clickToPanelFromPressMs.p95)}`, ratio: '—' },
      'click→presented p50/p95 (ms, Event Timing)': { baseline: `${f(results.clickPresentedMs.baseline.p50)} / ${f(results.clickPresentedMs.baseline.p95)}`, app: `${f(results.clickPresentedMs.app.p50)} / ${f(results.clickPresentedMs.app.p95)}`, ratio: f(results.clickPresentedMs.ratioP50) },
      'app JS beyond maplibre to first idle (KB gz)': { baseline: '—', app: f(results.transferGzipKb.appJsBeyondMapLibre), ratio: '—' },
      'basemap + layers (KB gz)': { baseline: 'same files', app: f(results.transferGzipKb.basemapAndLayers), ratio: '—' },
      'article LCP (ms)': { baseline: `${f(results.article.lcpWithoutMapMs)} (no map)`, app: `${f(results.article.lcpWithMapMs)} (embed)`, ratio: f(results.article.lcpRatio) },
      'article CLS': { baseline: f(results.article.clsWithoutMap), app: f(results.article.clsWithMap), ratio: '—' },
    });
    console.table(Object.fromEntries(Object.entries(scaling).map(([k, v]) => [k, { 'first idle (ms)': f(v.drawnMs), 'click→panel p95 (ms)': f(v.clickP95), 'press→panel p95, earlier measure (ms)': f(v.fromPressP95) }])));
    if (SMOKE) console.log('bench: smoke run: one round is not a measurement, so the budgets are not judged');
    else for (const [name, ok] of budgets) console.log(`${ok ? 'ok  ' : 'MISS'} ${name}`);
    if (!SMOKE) writeFileSync('bench/results.json', `${JSON.stringify({ ...results, budgets: Object.fromEntries(budgets) }, null, 2)}\n`);
    if (CHECK && budgets.some(([, ok]) => !ok)) process.exitCode = 1;
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
