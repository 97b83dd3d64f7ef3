// The embed in standard fixed frames (issue #17, part 4): an iframe of 640 × 480 or 320 × 480 whose
// height the page cannot change, tried as embed.html in a window of exactly that size. Everything the
// reader needs is in the frame, with no scroll; a selection on a narrow frame leaves the map most of it.
import type { Browser, Page, Response } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect, watchPage, expectClean, waitForMap, startLiveMap, mapPixels, pixelsOfColour, SCREENS, type Watch } from './fixtures.ts';
import { countCspViolations, cspViolations, expectStrictCsp } from './fixtures.ts';
import { STORY_LAYERS, PROJECT_ROOT, layerById } from '../shared/layers.ts';

const ARTICLES = JSON.parse(readFileSync(`${PROJECT_ROOT}seeds/articles.json`, 'utf8')) as { credit_short: string }[];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes of what the reader can see and use in the embed's bar (and in its open menus), by name. */
async function barControls(page: Page): Promise<{ name: string; box: Box }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.bar :is(summary, button, a, select, label, .name)')]
      // checkVisibility: not inside a closed <details>, nor display: none.
      .filter((el) => el.checkVisibility() && el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: (el.textContent ?? '').trim().slice(0, 40), box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
      }),
  );
}

/** Whatever of the bar lies outside the frame, said as its name and box. */
async function outsideFrame(page: Page): Promise<string[]> {
  const { width, height } = page.viewportSize()!;
  return (await barControls(page))
    .filter(({ box }) => box.left < -0.5 || box.top < -0.5 || box.right > width + 0.5 || box.bottom > height + 0.5)
    .map(({ name, box }) => `${name} [${[box.left, box.top, box.right, box.bottom].map(Math.round).join(', ')}]`);
}

async function noScroll(page: Page) {
  const sizes = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    innerHeight,
    innerWidth,
  }));
  expect(sizes.scrollHeight, 'the document’s height').toBeLessThanOrEqual(sizes.innerHeight);
  expect(sizes.scrollWidth, 'the document’s width').toBeLessThanOrEqual(sizes.innerWidth);
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`);
}

/** One page per frame, watched like the fixture's shared pages (errors and foreign requests fail), with its CSP reports counted. */
function frame(width: number, height: number) {
  const shared = {} as { page: Page; watch: Watch; response: Response | null };
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }: { browser: Browser }, info) => {
    const context = await browser.newContext({ baseURL: info.project.use.baseURL, viewport: { width, height } });
    shared.page = await context.newPage();
    shared.watch = watchPage(shared.page, [new URL(info.project.use.baseURL!).origin]);
    await countCspViolations(shared.page);
    shared.response = await shared.page.goto('./embed.html');
    await waitForMap(shared.page);
  });
  test.afterEach(() => expectClean(shared.watch));
  test.afterAll(async () => {
    await shared.page?.context().close();
  });
  return shared;
}
type Frame = ReturnType<typeof frame>;

/** A selection in the fixed 320 × 480 frame. */
function captionTest(shared: Frame) {
  test('a caption leaves the map at least 60 % of the frame, clear of its controls; More opens the details by keyboard', async () => {
    const { page } = shared;
    // By keyboard: the menu, its list, a row.
    await page.locator('.embed-menu > summary').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Features on the map' }).focus();
    await page.keyboard.press('Enter');
    const row = page.locator('button.row[data-feature-id="hainan-undersea-data-centre"]');
    await row.focus();
    await page.keyboard.press('Enter');
    const caption = page.locator('.caption-strip');
    await expect(caption).toHaveAttribute('data-feature-id', 'hainan-undersea-data-centre');
    await expect(caption.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(caption).toContainText('approximate position');
    await expect(page.locator('.map-wrap')).toHaveAttribute('data-framed', 'hainan-undersea-data-centre');
    await noScroll(page);

    // The map above the caption: at least 60 % of the frame.
    const map = (await page.locator('.map-wrap').boundingBox())!;
    const strip = (await caption.boundingBox())!;
    expect(strip.y - map.y, 'the map left uncovered').toBeGreaterThanOrEqual(0.6 * 480);
    // The control column, its pan buttons unfolded, stays clear of the caption; the scale and credits sit above it.
    await page.getByRole('button', { name: 'Move the map' }).click();
    const column = (await page.locator('.map-controls').boundingBox())!;
    expect(column.y + column.height, 'the controls’ foot').toBeLessThanOrEqual(strip.y);
    for (const corner of ['.maplibregl-ctrl-bottom-right', '.maplibregl-ctrl-bottom-left']) {
      const box = (await page.locator(corner).boundingBox())!;
      expect(box.y + box.height, `${corner} above the caption`).toBeLessThanOrEqual(strip.y + 1);
    }
    await page.getByRole('button', { name: 'Move the map' }).click();
    await page.screenshot({ path: `${SCREENS}/63-embed-320x480-caption.png` });
    expect(await axeViolations(page), 'axe, with the caption').toEqual([]);

    // More: the full details over the map, the map out of the keyboard's way, a way back.
    await caption.getByRole('button', { name: /^More/ }).focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('.panel');
    await expect(panel).toHaveAttribute('data-feature-id', 'hainan-undersea-data-centre');
    await expect(panel.locator('h2')).toBeFocused();
    await expect(panel.locator('blockquote').first()).toBeVisible();
    await expect(panel.locator('.sources li').first()).toBeAttached();
    await expect(page.locator('.map-wrap')).toHaveAttribute('inert', '');
    await noScroll(page);
    await page.screenshot({ path: `${SCREENS}/64-embed-320x480-details.png` });
    expect(await axeViolations(page), 'axe, with the details').toEqual([]);
    await page.getByRole('button', { name: 'Back to the map' }).click();
    await expect(caption).toBeVisible();
    await expect(page.locator('.map-wrap')).not.toHaveAttribute('inert');

    // Escape closes the caption and returns to the row that opened it.
    await page.keyboard.press('Escape');
    await expect(caption).toHaveCount(0);
    await expect(row).toBeFocused();
  });
}

/** A selection in the fixed 640 × 480 frame. */
function panelTest(shared: Frame) {
  test('the panel covers at most two fifths of the map, and the zoom buttons stay in sight beside it', async () => {
    const { page } = shared;
    await page.locator('.embed-menu > summary').click();
    await page.getByRole('button', { name: 'Features on the map' }).click();
    await page.locator('button.row[data-feature-id="kh-station-hanoi"]').click();
    await expect(page.locator('.map-wrap')).toHaveAttribute('data-framed', 'kh-station-hanoi');
    const panel = (await page.locator('.overlay').boundingBox())!;
    expect(panel.width, 'the panel’s width').toBeLessThanOrEqual(0.4 * 640 + 1);
    for (const name of ['Zoom in', 'Zoom out', 'Reset view', 'Move the map']) {
      const button = (await page.getByRole('button', { name }).boundingBox())!;
      expect(button.x + button.width, `${name} left of the panel`).toBeLessThanOrEqual(panel.x);
    }
    const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
    expect(scale.x + scale.width, 'the scale left of the panel').toBeLessThanOrEqual(panel.x);
    await noScroll(page);
    await page.screenshot({ path: `${SCREENS}/65-embed-640x480-panel.png` });
  });
}

for (const [width, height] of [
  [640, 480],
  [320, 480],
] as const) {
  // One page per frame for all its tests: the frame's own, then a selection in it (which leaves it last).
  test.describe(`a fixed ${width} × ${height} frame`, () => {
    const shared = frame(width, height);

    test('works under the strict CSP it is served with', async () => {
      const { page, response } = shared;
      expectStrictCsp(response);
      expect(pixelsOfColour(await mapPixels(page), layerById('kunming-haiphong-rail').color).length).toBeGreaterThan(20);
      expect(await cspViolations(page)).toEqual([]);
    });

    test('the map is the frame less one bar and the credit line; nothing scrolls; the bar and the credit are in the frame', async () => {
      const { page } = shared;
      await noScroll(page);
      const map = (await page.locator('.map-wrap').boundingBox())!;
      const bar = (await page.locator('.bar').boundingBox())!;
      const credit = (await page.locator('.embed > .credit').boundingBox())!;
      expect(map.y).toBe(0);
      expect(bar.height, 'one compact bar').toBeLessThanOrEqual(56);
      expect(credit.height, 'a credit of one or two short lines').toBeLessThanOrEqual(36);
      expect(map.height + bar.height + credit.height, 'the map, the bar and the credit fill the frame').toBeCloseTo(height, 0);
      // The credit names who reported the story, in sight (not only behind the Sources button).
      for (const article of ARTICLES) await expect(page.locator('.embed > .credit')).toContainText(article.credit_short);
      expect(await outsideFrame(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENS}/60-embed-${width}x${height}.png` });
    });

    test('every layer in the key, and every item of the menu, is in the frame', async () => {
      const { page } = shared;
      const key = page.locator('.compact-legend summary');
      await key.click();
      for (const layer of STORY_LAYERS) await expect(page.locator(`.compact-legend [data-layer-id="${layer.id}"] .name`)).toBeVisible();
      // The names, and the key's list: none outside the frame, none cut by the list's edge.
      expect(await outsideFrame(page)).toEqual([]);
      const list = await page.locator('.compact-legend .key-list').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(list.scroll, 'the key’s widest name, against its list’s width').toBeLessThanOrEqual(list.client);
      await page.screenshot({ path: `${SCREENS}/61-embed-${width}x${height}-key.png` });

      // The menu: opening it folds the key (one list over the map at a time).
      await page.locator('.embed-menu > summary').click();
      await expect(page.locator('.compact-legend .key-list')).toBeHidden();
      for (const name of ['Features on the map', 'Sources']) await expect(page.getByRole('button', { name })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
      // "Download image" opens its three choices in the menu, still inside the frame.
      const download = page.locator('.embed-menu .download-image > summary');
      await download.click();
      for (const name of [/^PNG of this view/, /^PNG at double size/, /^SVG of the first view/]) await expect(page.getByRole('button', { name })).toBeVisible();
      expect(await outsideFrame(page)).toEqual([]);
      await noScroll(page);
      await page.screenshot({ path: `${SCREENS}/63-embed-${width}x${height}-menu-download.png` });
      await download.click();
      // The larger map: in the bar, or in the menu on a narrow frame; once either way.
      await expect(page.getByRole('link', { name: /View larger map/ })).toHaveCount(1);
      await expect(page.getByRole('link', { name: /View larger map/ })).toBeVisible();
      expect(await outsideFrame(page)).toEqual([]);
      await noScroll(page);
      await page.screenshot({ path: `${SCREENS}/62-embed-${width}x${height}-menu.png` });
      // Escape folds it and returns to its button.
      await page.keyboard.press('Escape');
      await expect(page.getByRole('button', { name: 'Sources' })).toBeHidden();
      await expect(page.locator('.embed-menu > summary')).toBeFocused();
    });

    if (width === 320) captionTest(shared);
    else panelTest(shared);
  });
}

test('embed.js: a 4:3 frame that follows the column’s width, or the height data-height fixes; the map fills either', async ({ page, baseURL }) => {
  const host = `${baseURL}frames-host.html`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0">
        <div id="auto" style="width:320px" data-story-map="embed.html"></div>
        <div id="fixed" style="width:640px" data-story-map="embed.html" data-height="480"></div>
        <script src="./embed.js"></script></body></html>`,
    }),
  );
  await page.setViewportSize({ width: 1000, height: 1100 });
  await page.goto(host);
  const height = (id: string) => page.locator(`#${id} iframe`).evaluate((el) => el.clientHeight);
  for (const id of ['auto', 'fixed']) {
    await startLiveMap(page.frameLocator(`#${id} iframe`));
    await expect(page.frameLocator(`#${id} iframe`).locator('[data-story-drawn="true"]')).toHaveCount(1, { timeout: 30_000 });
  }
  // embedHeight: 0.75 × the width, from 448 to 688 px.
  expect(await height('auto')).toBe(448);
  expect(await height('fixed')).toBe(480);
  for (const id of ['auto', 'fixed']) {
    const inside = await page
      .frameLocator(`#${id} iframe`)
      .locator('html')
      .evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        inner: innerHeight,
        map: document.querySelector('.map-wrap')!.getBoundingClientRect().height,
        bar: document.querySelector('.bar')!.getBoundingClientRect().height,
        credit: document.querySelector('.embed > .credit')!.getBoundingClientRect().height,
      }));
    expect(inside.scroll, `${id}: no scroll in the frame`).toBeLessThanOrEqual(inside.inner);
    expect(inside.map + inside.bar + inside.credit, `${id}: the map, the bar and the credit fill the frame`).toBeCloseTo(inside.inner, 0);
  }
  // The column widens: the frame follows (after the map has loaded, too); a fixed one stays.
  await page.locator('#auto').evaluate((el) => (el.style.width = '800px'));
  await page.locator('#fixed').evaluate((el) => (el.style.width = '800px'));
  await expect.poll(() => height('auto')).toBe(600);
  expect(await height('fixed')).toBe(480);
  await page.screenshot({ path: `${SCREENS}/66-embed-js-frames.png` });
});
