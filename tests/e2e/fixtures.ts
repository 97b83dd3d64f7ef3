// Shared browser-test fixture: fails any test with a console error, a page error,
// or a request to another origin; plus helpers to wait for the map and read its pixels.
import { test as base, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

export interface Watch {
  errors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ watch: Watch; otherOrigins: string[] }>({
  /** Origins besides the page's own that a test may request (the embed tests' map origin). */
  otherOrigins: [[], { option: true }],
  watch: [
    async ({ page, baseURL, otherOrigins }, use) => {
      const origins = [new URL(baseURL!).origin, ...otherOrigins];
      const watch: Watch = { errors: [], foreignRequests: [] };
      page.on('console', (m) => m.type() === 'error' && watch.errors.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
      page.on('request', (r) => {
        const url = r.url();
        if (!/^(data|blob|about):/.test(url) && !origins.includes(new URL(url).origin)) watch.foreignRequests.push(url);
      });
      await use(watch);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
      expect(watch.errors, 'console or page errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

const IDLE = '.map[data-idle-count]';

async function idleCount(page: Page): Promise<number> {
  return Number(await page.locator(IDLE).getAttribute('data-idle-count'));
}

/** Waits until every layer has loaded (or failed) and the map is idle after drawing them. */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator('[data-story-drawn="true"]')).toHaveCount(1, { timeout: 30_000 });
  await settle(page);
}

/** Runs an action and waits for the map's next idle after it. */
export async function afterIdle(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await idleCount(page);
  await action();
  await expect.poll(() => idleCount(page), { timeout: 20_000 }).toBeGreaterThan(before);
  await settle(page);
}

/** Two animation frames, so the last idle's frame is on screen. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export async function mapPixels(page: Page, path?: string): Promise<PNG> {
  const buffer = await page.locator('.map canvas').screenshot(path ? { path } : {});
  return PNG.sync.read(buffer);
}

export function countDifferentPixels(a: PNG, b: PNG): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (d > 30) n++;
  }
  return n;
}

/** CSS-pixel positions of pixels close to a colour, e.g. a layer's line colour. */
export function pixelsOfColour(png: PNG, hex: string, tolerance = 24): { x: number; y: number }[] {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const out: { x: number; y: number }[] = [];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i]! - r) + Math.abs(png.data[i + 1]! - g) + Math.abs(png.data[i + 2]! - b) <= tolerance) out.push({ x, y });
    }
  }
  return out;
}

export const SCREENS = 'test-results/screens';
