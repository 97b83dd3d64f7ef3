// Shared browser-test fixture: fails any test with a console error, a page error,
// or a request to another origin; plus helpers to wait for the map and read its pixels.
import { test as base, expect, type FrameLocator, type Page, type Response } from '@playwright/test';
import { PNG } from 'pngjs';

export interface Watch {
  errors: string[];
  foreignRequests: string[];
}

/** Records a page's console and page errors, and its requests to origins other than these. */
export function watchPage(page: Page, origins: string[]): Watch {
  const watch: Watch = { errors: [], foreignRequests: [] };
  page.on('console', (m) => m.type() === 'error' && watch.errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(data|blob|about):/.test(url) && !origins.includes(new URL(url).origin)) watch.foreignRequests.push(url);
  });
  return watch;
}

/** Fails on anything a watch recorded, and starts it afresh. */
export function expectClean(watch: Watch): void {
  const { errors, foreignRequests } = watch;
  watch.errors = [];
  watch.foreignRequests = [];
  expect(foreignRequests, 'requests to other origins').toEqual([]);
  expect(errors, 'console or page errors').toEqual([]);
}

export const test = base.extend<{ watch: Watch; otherOrigins: string[] }>({
  /** Origins besides the page's own that a test may request (the embed tests' map origin). */
  otherOrigins: [[], { option: true }],
  watch: [
    async ({ page, baseURL, otherOrigins }, use) => {
      const watch = watchPage(page, [new URL(baseURL!).origin, ...otherOrigins]);
      await use(watch);
      expectClean(watch);
    },
    { auto: true },
  ],
});

/**
 * One page for the tests of a serial describe, loaded once (MapLibre's boot is most of a test's time
 * under SwiftShader). Each test leaves the page as it found it, or says what it changed; the page is
 * watched like every test's own page, and checked after each test.
 */
export function sharedPage(path: string | null, setup?: (page: Page) => Promise<unknown>, otherOrigins: string[] = []) {
  const shared = {} as { page: Page; response: Response | null; watch: Watch };
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }, info) => {
    const { baseURL, viewport, colorScheme } = info.project.use;
    // A context of its own (not browser.newPage()), as axe needs to inspect frames.
    const context = await browser.newContext({ baseURL, viewport, colorScheme });
    const page = await context.newPage();
    shared.page = page;
    shared.watch = watchPage(page, [new URL(baseURL!).origin, ...otherOrigins]);
    await setup?.(page);
    // Without a path, the first test loads the page itself (to look at it before the map is drawn).
    if (path === null) return;
    shared.response = await page.goto(path);
    await waitForMap(page);
  });
  test.afterEach(() => expectClean(shared.watch));
  test.afterAll(async () => {
    if (shared.page) expectClean(shared.watch);
    await shared.page?.context().close();
  });
  return shared;
}
export { expect };

/** Records the page's CSP violation reports from its first script on (read them with cspViolations). */
export async function countCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { csp: string[] }).csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { csp: string[] }).csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { csp: string[] }).csp);

/** The strict CSP a page is served with (the build's preview server sends what the site ships). */
export function expectStrictCsp(response: Response | null): void {
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response!.headers()['content-security-policy']).toContain("style-src 'self'");
}

const IDLE = '.map[data-idle-count]';

async function idleCount(page: Page): Promise<number> {
  return Number(await page.locator(IDLE).getAttribute('data-idle-count'));
}

/**
 * The embed's live map waits for its reader (src/lib/embed/live-intent.svelte.ts): once its app is up,
 * the pointer moving over the map's top left corner (clear of the features and controls) starts it.
 */
export async function startLiveMap(scope: Page | FrameLocator): Promise<void> {
  const embed = scope.locator('.embed[data-live-wanted]');
  await expect(embed).toHaveCount(1, { timeout: 30_000 });
  if ((await embed.getAttribute('data-live-wanted')) === 'false') await embed.locator('.map-wrap').hover({ position: { x: 4, y: 4 } });
}

/** Waits until every layer has loaded (or failed) and the map is idle after drawing them (in the
 * embed, once started by the pointer). */
export async function waitForMap(page: Page): Promise<void> {
  if (new URL(page.url()).pathname.endsWith('/embed.html')) await startLiveMap(page);
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
