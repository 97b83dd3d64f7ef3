// The parts of the interface the first view does not show (the feature panel, the dialogs) are
// fetched after it (map.spec.ts checks they come after the live map has drawn), at once when a
// reader needs one, and a failed fetch is said in a notice while the map goes on working.
import { test, expect, waitForMap } from './fixtures.ts';

const LATER_CHUNK = '**/assets/later-*.js';

test('a selection before they arrive fetches them at once; a failed fetch is a notice, and the map goes on', async ({ page, watch }) => {
  let failing = true;
  await page.route(LATER_CHUNK, (route) => (failing ? route.abort('connectionreset') : route.continue()));
  // The page opens on a feature, so its panel is needed at once, before the map is idle.
  await page.goto('./?feature=kh-station-hanoi');
  await expect(page.locator('.notices')).toContainText('Part of the map’s interface could not load');
  await waitForMap(page);
  await expect(page.locator('.panel')).toHaveCount(0);
  // The rest keeps working: the layers toggle, and the selection is still in the list and the URL.
  await page.locator('.legend input[type=checkbox]').first().uncheck();
  await expect(page).toHaveURL(/layers=/);
  await expect(page).toHaveURL(/feature=kh-station-hanoi/);
  failing = false;
  watch.errors = watch.errors.filter((e) => !/Failed to load resource|later-.*\.js/.test(e));
});
