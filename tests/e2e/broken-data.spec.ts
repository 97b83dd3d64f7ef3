// A layer file that is missing, truncated or invalid at run time: the legend says so, the rest works.
import { test, expect, waitForMap, mapPixels, pixelsOfColour, SCREENS } from './fixtures.ts';
import { STORY_LAYERS, layerById } from '../shared/layers.ts';

const railLayer = layerById('kunming-haiphong-rail');
const southChinaSeaLayer = layerById('south-china-sea');

const cases = [
  { name: 'missing', status: 404, body: 'Not found', reason: /404/ },
  { name: 'truncated', status: 200, body: '{"type":"FeatureCollection","features":[{"type":"Feat', reason: /not valid JSON/ },
  { name: 'not-geojson', status: 200, body: '{"hello":"world"}', reason: /not a GeoJSON FeatureCollection/ },
];

for (const c of cases) {
  test(`a ${c.name} layer file is named in the legend and the other layers still draw`, async ({ page, watch }) => {
    await page.route('**/data/hainan-data-centre.geojson', (route) => route.fulfill({ status: c.status, body: c.body, contentType: 'application/json' }));
    await page.goto('./');
    await waitForMap(page);
    const failed = page.locator('.legend li[data-layer-id="hainan-data-centre"]');
    await expect(failed).toHaveClass(/failed/);
    await expect(failed.locator('[role=alert]')).toContainText('hainan-data-centre.geojson');
    await expect(failed.locator('[role=alert]')).toContainText(c.reason);
    await expect(page.locator('.legend li:not(.failed) .count')).toHaveCount(STORY_LAYERS.length - 1);
    await page.screenshot({ path: `${SCREENS}/06-broken-${c.name}.png` });
    const png = await mapPixels(page);
    expect(pixelsOfColour(png, railLayer.color).length, 'rail still drawn').toBeGreaterThan(20);
    expect(pixelsOfColour(png, southChinaSeaLayer.color).length, 'sea layer still drawn').toBeGreaterThan(20);
    // The browser logs a failed fetch (404) as a console error: that one is expected here.
    watch.errors = watch.errors.filter((e) => !/Failed to load resource.*404/.test(e));
  });
}
