// The built app in a real browser: it draws every layer, clicks open panels, toggles work.
import { test, expect, sharedPage, waitForMap, afterIdle, mapPixels, countDifferentPixels, pixelsOfColour, SCREENS } from './fixtures.ts';
import { STORY_LAYERS, layerById } from '../shared/layers.ts';

const railLayer = layerById('kunming-haiphong-rail');

test.describe('the initial view', () => {
  // One page for these three: each leaves the view as it found it (the click test is last).
  const shared = sharedPage('./');

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
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.locator('#embed-code').inputValue();
  expect(code).toContain(`data-story-map="${baseURL}embed.html?feature=kh-station-hanoi&lang=vi"`);
  expect(code).toContain(`<script src="${baseURL}embed.js" async></script>`);
  await page.keyboard.press('Escape');
  await expect(page.locator('#embed-code')).toBeHidden();
});
