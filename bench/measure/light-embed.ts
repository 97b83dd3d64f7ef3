// The light embed (README, "The light embed"): the demo article read top to bottom without touching
// its map, against the same article whose embed is given intent as soon as it is up (as every embed
// started its live map before: the "always-live" embed). Per page: the bytes the embed's frame
// transfers (response bodies gzipped), the main-thread time spent in the frame, and the WebGL
// contexts it creates. The embed is served from `localhost` and the article from 127.0.0.1, two
// sites, so the frame runs in a process of its own and its main thread is measured alone (CDP's
// Performance metrics for the frame's target, from the moment its app is up), as on a news site.
import { gzipSync } from 'node:zlib';
import type { Browser, Frame, Response } from '@playwright/test';
import { closeAndSettle, inTurns, newPage } from '../pages.ts';
import { ORIGIN } from '../server.ts';
import { MAP_ORIGIN, articleWithMapElsewhere } from './cross-site-article.ts';

export interface LightEmbedSample {
  /** Gzipped bytes of every response the embed's frame received (embed.js is the host's). */
  bytes: number;
  /** Main-thread time in the embed's frame (CDP TaskDuration), ms. */
  mainThreadMs: number;
  webglContexts: number;
  /** Intent to the live map drawn, ms in the frame: the pointer moving over the map after the read
   * (light), or intent given as soon as the embed's app is up (always live: its first idle). */
  intentToDrawnMs: number;
}

/** In the embed's frame: resolves with the ms from now, or from the pointer's first move over the
 * frame when `pointer`, until the live map marks itself drawn. */
const drawnAfterIntent = (pointer: boolean): Promise<number> =>
  new Promise((resolve) => {
    let start = performance.now();
    if (pointer) document.addEventListener('pointermove', () => (start = performance.now()), { once: true, capture: true });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-story-drawn="true"]')) return;
      observer.disconnect();
      resolve(performance.now() - start);
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-story-drawn'] });
  });

/** An init script for every frame: counts the WebGL contexts asked for. */
const countWebGL = (): void => {
  const w = window as unknown as { webglContexts: number };
  w.webglContexts = 0;
  const original = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, type: string, options?: unknown) => unknown;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: unknown) {
    if (/webgl/i.test(type)) w.webglContexts++;
    return original.call(this, type, options);
  } as typeof HTMLCanvasElement.prototype.getContext;
};

async function readArticle(browser: Browser, live: boolean): Promise<LightEmbedSample> {
  const { context, page } = await newPage(browser);
  await page.addInitScript(countWebGL);
  // The publisher's page: embed.js and the frame from the map's site, without the chapter markup (a chapter is intent).
  await articleWithMapElsewhere(context, page, { chapters: false });
  const responses: Response[] = [];
  page.on('response', (r) => r.url().startsWith(MAP_ORIGIN) && !r.url().endsWith('/embed.js') && responses.push(r));
  await page.goto(`${ORIGIN}/article.html`);
  // The pointer in the text's column, the wheel turned to the end.
  await page.mouse.move(640, 400);
  let last = -1;
  while (last !== (last = await page.evaluate(() => scrollY))) {
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(100);
  }
  const frameLocator = page.frameLocator('[data-story-map] iframe');
  await frameLocator.locator('.embed[data-live-wanted]').waitFor({ state: 'attached', timeout: 60_000 });
  const frame = page.frames().find((f: Frame) => f.url().startsWith(`${MAP_ORIGIN}/embed.html`))!;
  // Counted from here, the embed's app up, on both pages: what they spend before it (the page, its
  // picture, Svelte mounting) is the same, and is not in either figure.
  const cdp = await context.newCDPSession(frame);
  await cdp.send('Performance.enable');
  let intentToDrawnMs = NaN;
  if (live) {
    // Intent at once, without moving the pointer (which would scroll the page back to the map).
    const drawn = frame.evaluate(drawnAfterIntent, false);
    await frame.evaluate(() => document.querySelector('.map-wrap')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    intentToDrawnMs = await drawn;
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const taskSeconds = metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  let bytes = 0;
  for (const r of responses) bytes += gzipSync(await r.body().catch(() => Buffer.alloc(0))).length;
  const webglContexts = await frame.evaluate(() => (window as unknown as { webglContexts: number }).webglContexts);
  if (!live) {
    // The reader then shows intent: the pointer moves over the map (its code starts to download then).
    const embed = page.locator('[data-story-map] iframe');
    await embed.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    const box = (await embed.boundingBox())!;
    const drawn = frame.evaluate(drawnAfterIntent, true);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3, { steps: 4 });
    intentToDrawnMs = await drawn;
  }
  await closeAndSettle(context);
  return { bytes, mainThreadMs: taskSeconds * 1000, webglContexts, intentToDrawnMs };
}

export async function measureLightEmbed(browser: Browser, rounds: number) {
  const samples = { light: [] as LightEmbedSample[], live: [] as LightEmbedSample[] };
  await inTurns(
    rounds,
    async () => void samples.light.push(await readArticle(browser, false)),
    async () => void samples.live.push(await readArticle(browser, true)),
  );
  return samples;
}
