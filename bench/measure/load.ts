// Loads a page in a fresh context and measures its time to drawn, its heap and what it fetched.
import type { Browser } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { drawnAt, isDrawn, markDrawn, timeOrigin } from '../probes/drawn.ts';
import { SYNTHETIC_LAYER_ID } from '../layers.ts';
import { newPage } from '../pages.ts';
import { ORIGIN } from '../server.ts';

/** `drawnAttribute`: the attribute the page sets once idle with every layer drawn. `synthetic`: served
 * in place of one layer's data (layers.ts), for the scaling runs. */
export async function load(browser: Browser, path: string, drawnAttribute: string, synthetic?: FeatureCollection) {
  const { context, page } = await newPage(browser);
  if (synthetic) await page.route(`**/data/${SYNTHETIC_LAYER_ID}.geojson`, (route) => route.fulfill({ json: synthetic }));
  // Every response with the time its request started (ms since the epoch), the page's and its worker's.
  const responses: { path: string; startedAt: number }[] = [];
  page.on('response', (r) => responses.push({ path: new URL(r.url()).pathname, startedAt: r.request().timing().startTime }));
  await page.addInitScript(markDrawn, drawnAttribute);
  await page.goto(`${ORIGIN}${path}`);
  await page.waitForFunction(isDrawn, null, { timeout: 120_000 });
  const drawnMs = await page.evaluate(drawnAt);
  // What the page asked for before its first idle with every layer drawn, judged by when each request
  // started, not by when the bench saw it: a lazy chunk requested just after the draw can arrive before
  // the bench's poll notices the draw, and is not part of the first view.
  const drawnAtEpoch = (await page.evaluate(timeOrigin)) + drawnMs;
  const fetched = responses.filter((r) => r.startedAt <= drawnAtEpoch).map((r) => r.path);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heapMb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1048576;
  return { context, page, drawnMs, heapMb, fetched };
}
