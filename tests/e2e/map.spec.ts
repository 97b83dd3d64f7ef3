// The built app in a real browser: it draws every layer, clicks open panels, toggles work.
import { test, expect, sharedPage, waitForMap, afterIdle, mapPixels, countDifferentPixels, pixelsOfColour, SCREENS } from './fixtures.ts';
import { countCspViolations, cspViolations, expectStrictCsp } from './fixtures.ts';
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { STORY_LAYERS, layerById } from '../shared/layers.ts';
import { LIGHT } from '../../src/lib/map/basemap-style.ts';

const railLayer = layerById('kunming-haiphong-rail');

test.describe('the initial view', () => {
  // One page for these: each leaves the view as it found it (the click test is last).
  // Whether the live map had drawn when the later parts (panel, dialogs) were fetched, each time.
  const drawnWhenLaterFetched: (string | undefined)[] = [];
  const shared = sharedPage('./', async (page) => {
    await countCspViolations(page);
    await page.route('**/assets/later-*.js', async (route) => {
      drawnWhenLaterFetched.push(await page.evaluate(() => document.querySelector<HTMLElement>('.map-wrap')?.dataset.storyDrawn));
      await route.continue();
    });
  });

  test('works under the strict CSP it is served with', async () => {
    const { page, response } = shared;
    expectStrictCsp(response);
    expect(pixelsOfColour(await mapPixels(page), railLayer.color).length).toBeGreaterThan(20);
    expect(await cspViolations(page)).toEqual([]);
  });

  test('opens framed on the story with every layer drawn', async () => {
    const { page } = shared;
    await expect(page.locator('.legend input[type=checkbox]:checked')).toHaveCount(STORY_LAYERS.length);
    await mapPixels(page, `${SCREENS}/01-initial.png`);
    await page.screenshot({ path: `${SCREENS}/01-initial-page.png` });
    // Labels in three scripts render with no glyph server: the South China Sea's names are shown side by side.
    await expect(page.locator('.map')).toBeVisible();
    // Files served as the build wrote them are not checked again: the checks' code is never fetched.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.filter((name) => /\/assets\/.*\.js$/.test(name)).length).toBeGreaterThan(2);
    expect(scripts.filter((name) => /check-layer/.test(name))).toEqual([]);
    // The parts the first view does not show come once, after the live map has drawn.
    await expect.poll(() => drawnWhenLaterFetched).toEqual(['true']);
  });

  test('at 1280 × 800 the whole legend, its line and symbol keys included, is beside the map without scrolling', async () => {
    const { page } = shared;
    const bottoms = await page
      .locator('.legend li')
      .evaluateAll((rows) => rows.filter((row) => row.checkVisibility()).map((row) => Math.round(row.getBoundingClientRect().bottom)));
    expect(bottoms.length, 'every layer row and key row').toBeGreaterThan(STORY_LAYERS.length + 8);
    expect(Math.max(...bottoms), 'the legend’s last row, against the window’s height').toBeLessThanOrEqual(800);
    // Each layer's description and data are one click away, folded under its row.
    const about = page.locator('.legend li[data-layer-id="rare-earth-region"] details.about');
    await about.locator('summary').click();
    await expect(about.locator('.description')).toContainText(layerById('rare-earth-region').description.en);
    await expect(about.getByRole('link', { name: /Download GeoJSON/ })).toHaveAttribute('download', 'rare-earth-region.geojson');
    await about.locator('summary').click();
  });

  test('each layer draws pixels of its own, and its checkbox hides and restores it', async () => {
    const { page } = shared;
    const all = await mapPixels(page);
    for (const layer of STORY_LAYERS) {
      const box = page.locator(`.legend li[data-layer-id="${layer.id}"] input[type=checkbox]`);
      await afterIdle(page, () => box.uncheck());
      const without = await mapPixels(page, `${SCREENS}/02-without-${layer.id}.png`);
      expect(countDifferentPixels(all, without), `${layer.id} changes the picture when hidden`).toBeGreaterThan(40);
      await expect(page).toHaveURL(/layers=/);
      await afterIdle(page, () => box.check());
      const restored = await mapPixels(page);
      expect(countDifferentPixels(all, restored), `${layer.id} restored`).toBeLessThan(20);
    }
  });

  test('after framing ten features, Reset view’s first frame already shows the first view (MapLibre’s tile cache kept it)', async () => {
    test.setTimeout(120_000);
    const { page } = shared;
    const initial = await mapPixels(page);
    const rows = page.locator('.feature-list button.row');
    const count = await rows.count();
    for (let i = 0; i < 10; i++) await afterIdle(page, () => rows.nth(Math.floor((i * count) / 10)).click());
    await page.keyboard.press('Escape');
    const idles = Number(await page.locator('.map').getAttribute('data-idle-count'));
    // The frame drawn in the same animation frame as the jump back, before the worker can re-tile anything:
    // with too small a cache (maxTileCacheZoomLevels 1 or 2) it is mostly bare sea.
    const firstFrame = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.querySelector<HTMLButtonElement>('button[aria-label="Reset view"]')!.click();
          requestAnimationFrame(() => resolve(document.querySelector<HTMLCanvasElement>('.map canvas')!.toDataURL()));
        }),
    );
    await expect.poll(async () => Number(await page.locator('.map').getAttribute('data-idle-count'))).toBeGreaterThan(idles);
    const settled = await mapPixels(page, `${SCREENS}/02-after-tour-reset.png`);
    const first = PNG.sync.read(Buffer.from(firstFrame.split(',')[1]!, 'base64'));
    writeFileSync(`${SCREENS}/02-after-tour-reset-first-frame.png`, PNG.sync.write(first));
    const area = settled.width * settled.height;
    // A tile not there yet shows the sea colour where land should be (tens of percent of the map); the canvas
    // alone lacks the controls and inset over it, and story labels come after the move, so compare sea only.
    const sea = (png: PNG) => pixelsOfColour(png, LIGHT.sea, 6).length;
    expect(sea(first), 'sea-coloured pixels in the first frame after Reset view, vs. settled').toBeLessThan(sea(settled) + 0.05 * area);
    expect(countDifferentPixels(initial, settled), 'back where it started, every layer drawn').toBeLessThan(0.01 * area);
  });

  test('the locator inset shows the whole region, and gives way there (it would only cover part of it), until Reset view', async () => {
    const { page } = shared;
    const inset = page.locator('.map-wrap .locator');
    await expect(inset).toBeVisible();
    await afterIdle(page, () => page.getByRole('button', { name: /^Locator map/ }).click());
    await expect(inset).toBeHidden();
    await mapPixels(page, `${SCREENS}/02-whole-region.png`);
    await afterIdle(page, () => page.getByRole('button', { name: 'Reset view' }).click());
    await expect(inset).toBeVisible();
  });

  test('clicking a rail feature on the map canvas opens its panel with the article excerpt', async () => {
    const { page } = shared;
    const png = await mapPixels(page);
    const red = pixelsOfColour(png, railLayer.color);
    expect(red.length, 'rail pixels on screen').toBeGreaterThan(20);
    const canvas = page.locator('.map canvas');
    // Try rail-coloured pixels until one hits a rail feature (labels and halos can sit on top).
    for (const { x, y } of red.filter((_, i) => i % Math.ceil(red.length / 15) === 0)) {
      await canvas.click({ position: { x, y } });
      if (await page.locator('.panel').count()) break;
    }
    const panel = page.locator('.panel');
    await expect(panel).toBeVisible();
    await expect(panel).toHaveAttribute('data-feature-id', /^kh-/);
    await expect(panel.locator('blockquote').first()).toContainText(/Kunming|rail|Haiphong|Hanoi/);
    await expect(panel.locator('figcaption').first()).toContainText(/2023/);
    await expect(page).toHaveURL(/feature=kh-/);
    await page.screenshot({ path: `${SCREENS}/03-rail-panel.png` });
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page).not.toHaveURL(/feature=/);
  });
});

test('?feature=, ?layers= and ?lang= open that view, and changes write back to the URL', async ({ page }) => {
  await page.goto('./?feature=scs-paracel-islands&layers=south-china-sea,kunming-haiphong-rail&lang=vi');
  await waitForMap(page);
  const panel = page.locator('.panel');
  await expect(panel.locator('h2')).toHaveText('Quần đảo Hoàng Sa');
  await expect(panel.locator('.other-names')).toContainText('Paracel Islands');
  await expect(panel.locator('.other-names')).toContainText('西沙群岛');
  await expect(page.locator('.legend input:checked')).toHaveCount(2);
  await expect(page.locator('select')).toHaveValue('vi');
  await page.screenshot({ path: `${SCREENS}/04-url-state-vi.png` });

  await page.locator('select').selectOption('zh');
  await expect(page).toHaveURL(/lang=zh/);
  await page.locator('.legend li[data-layer-id="rare-earth-region"] input').check();
  await expect(page).toHaveURL(
    /layers=kunming-haiphong-rail%2Crare-earth-region%2Csouth-china-sea|layers=kunming-haiphong-rail,rare-earth-region,south-china-sea/,
  );

  await page.reload();
  await waitForMap(page);
  await expect(page.locator('.panel h2')).toHaveText('西沙群岛');
  await expect(page.locator('.legend input:checked')).toHaveCount(3);
  await expect(page.locator('.notices .notice')).toHaveCount(0);
});

test('unknown URL values are ignored with a polite notice and the map still works', async ({ page }) => {
  await page.goto('./?feature=no-such-thing&layers=nope,south-china-sea&lang=xx&utm_source=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await waitForMap(page);
  const notices = page.locator('.notices[role=status] .notice');
  await expect(notices).toHaveCount(4);
  await expect(page.locator('.notices')).toContainText('no-such-thing');
  await expect(page.locator('.legend input:checked')).toHaveCount(1);
  await expect(page.locator('.panel')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/05-unknown-params.png` });
});

test('the embed code keeps the current view', async ({ page, baseURL }) => {
  await page.goto('./?feature=kh-station-hanoi&lang=vi');
  await waitForMap(page);
  // The interface is in the reader's language: "Nhúng" is Vietnamese for "Embed".
  await page.getByRole('button', { name: 'Nhúng' }).click();
  const code = await page.locator('#embed-code').inputValue();
  expect(code).toContain(`data-story-map="${baseURL}embed.html?feature=kh-station-hanoi&lang=vi"`);
  expect(code).toContain(`<script src="${baseURL}embed.js" async></script>`);
  // Or a plain iframe of a standard size, which the map fills.
  await expect(page.locator('.iframe-code')).toContainText(`<iframe src="${baseURL}embed.html?feature=kh-station-hanoi&lang=vi" width="640" height="480"`);
  await page.keyboard.press('Escape');
  await expect(page.locator('#embed-code')).toBeHidden();
});
