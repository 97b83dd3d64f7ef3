// Loads a page in a fresh context and measures its time to drawn, its heap and what it fetched.
import type { Browser } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { drawnAt, isDrawn, markDrawn } from '../probes/drawn.ts';
import { SYNTHETIC_LAYER_ID } from '../layers.ts';
import { newPage } from '../pages.ts';
import { ORIGIN } from '../server.ts';

/** `drawnAttribute`: the attribute the page sets once idle with every layer drawn. `synthetic`: served
 * in place of one layer's data (layers.ts), for the scaling runs. */
export async function load(browser: Browser, path: string, drawnAttribute: string, synthetic?: FeatureCollection) {
  const { context, page } = await newPage(browser);
  if (synthetic) await page.route(`**/data/${SYNTHETIC_LAYER_ID}.geojson`, (route) => route.fulfill({ json: synthetic }));
  // What the page fetched up to its first idle with every layer drawn (later, lazy chunks are not counted).
  const fetched: string[] = [];
  let drawn = false;
  page.on('response', (r) => !drawn && fetched.push(new URL(r.url()).pathname));
  await page.addInitScript(markDrawn, drawnAttribute);
  await page.goto(`${ORIGIN}${path}`);
  await page.waitForFunction(isDrawn, null, { timeout: 120_000 });
  drawn = true;
  const drawnMs = await page.evaluate(drawnAt);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heapMb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1048576;
  return { context, page, drawnMs, heapMb, fetched };
}
