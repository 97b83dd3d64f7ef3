// The light embed where WebGL is switched off (light-embed.spec.ts has the rest): the API is there, so
// intent tries the live map; it cannot start, and the picture stays the map, saying why.
import { test, expect } from './fixtures.ts';
import { TEST_CHROMIUM_ARGS, executablePath } from './browser.ts';

test.use({ launchOptions: { executablePath, args: [...TEST_CHROMIUM_ARGS, '--disable-3d-apis', '--disable-webgl'] } });

test('intent tries the live map; the picture stays, says why, and its features open the panel', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 480 });
  await page.goto('./embed.html');
  await expect(page.locator('.embed[data-live-wanted="false"]')).toHaveCount(1);
  // Before intent nothing is wrong: the picture is the map.
  await expect(page.locator('.static-reason')).toHaveCount(0);
  await page.locator('.map-wrap').hover({ position: { x: 4, y: 4 } });
  await expect(page.locator('.static-reason')).toContainText('it needs WebGL 2');
  // The map's buttons need the live map: gone with it.
  await expect(page.locator('.map-controls')).toHaveCount(0);
  await page.locator('.static-map [data-feature-id="hainan-undersea-data-centre"]').click();
  await expect(page.locator('.panel')).toHaveAttribute('data-feature-id', 'hainan-undersea-data-centre');
  await expect(page.locator('.static-map')).not.toHaveClass(/swapped/);
});
