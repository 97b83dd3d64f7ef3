// When each page first paints its map, as its first contentful paint (the presented frame): ours has
// the map as SVG in its HTML; the Leaflet page shows nothing contentful until its layers are added.
import type { Browser } from '@playwright/test';
import { firstPaintWithMap, leafletDrawn } from '../probes/first-paint.ts';
import { closeAndSettle, inTurns, newPage } from '../pages.ts';
import { ORIGIN } from '../server.ts';
import { expectLeafletMapSize, peerQuery, type Size } from './map-size.ts';

async function firstMapPaint(browser: Browser, path: string, size: Size): Promise<number> {
  const { context, page } = await newPage(browser);
  await page.goto(`${ORIGIN}${path}`);
  if (path.includes('leaflet')) {
    await page.waitForFunction(leafletDrawn);
    await expectLeafletMapSize(page, size);
  }
  const ms = await page.evaluate(firstPaintWithMap);
  await closeAndSettle(context);
  return ms;
}

export async function measureFirstPaint(browser: Browser, size: Size, rounds: number) {
  const firstPaint = { app: [] as number[], leaflet: [] as number[] };
  await inTurns(
    rounds,
    async () => void firstPaint.leaflet.push(await firstMapPaint(browser, `/peers/leaflet/index.html${peerQuery(size)}`, size)),
    async () => void firstPaint.app.push(await firstMapPaint(browser, '/', size)),
  );
  return firstPaint;
}
