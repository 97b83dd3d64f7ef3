// Without WebGL the reader gets the static SVG map: every layer, focusable features, the same panel.
import { test, expect, SCREENS } from './fixtures.ts';
import { TEST_CHROMIUM_ARGS, executablePath } from './browser.ts';
import { STORY_LAYERS } from '../shared/layers.ts';
import AxeBuilder from '@axe-core/playwright';

test.use({ launchOptions: { executablePath, args: [...TEST_CHROMIUM_ARGS, '--disable-3d-apis', '--disable-webgl'] } });

test('shows the static map with every layer, says why, and its features open the panel', async ({ page }) => {
  await page.goto('./');
  const svg = page.locator('.static-map svg.story-svg');
  await expect(svg).toBeVisible();
  // Said once, in the map area, in plain words (not MapLibre's message, and not again as a notice).
  await expect(page.locator('.static-reason')).toHaveText(
    'Your browser cannot show the interactive map (it needs WebGL 2). This is a static picture of the map instead.',
  );
  await expect(page.locator('.notices .notice')).toHaveCount(0);
  await expect(page.locator('.map canvas')).toHaveCount(0);
  // The picture is the map here, so it is drawn with smooth (anti-aliased) lines.
  expect(await svg.locator('.land').evaluate((el) => getComputedStyle(el).shapeRendering)).toBe('auto');
  for (const layer of STORY_LAYERS) {
    const features = page.locator(`.static-map [data-feature-id]`).filter({ has: page.locator(`[stroke="${layer.color}"], [fill="${layer.color}"]`) });
    expect(await features.count(), `${layer.id} in the static map`).toBeGreaterThan(0);
  }
  await page.screenshot({ path: `${SCREENS}/10-no-webgl.png` });

  const feature = page.locator('.static-map [data-feature-id="scs-spratly-islands"]');
  await feature.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.panel h2')).toHaveText('Spratly Islands');
  // Every claimant's name for a disputed place.
  await expect(page.locator('.panel .other-names')).toContainText('Quần đảo Trường Sa');
  await expect(page.locator('.panel .other-names')).toContainText('南沙群岛');
  await expect(page.locator('.panel .other-names')).toContainText('Kalayaan Island Group');
  await expect(page.locator('.panel h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(feature).toBeFocused();

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
