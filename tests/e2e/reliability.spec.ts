// Reliability and security in the browser: hostile content and URLs, lost GPU, slow data. (The shipped CSP:
// map.spec.ts for the page, embed-frames.spec.ts for the embed, on pages those files load anyway.)
import { test, expect, waitForMap, mapPixels, pixelsOfColour, SCREENS } from './fixtures.ts';
import { XSS_PAYLOADS, randomQuery, seeded } from '../shared/fuzz.ts';
import { layerById } from '../shared/layers.ts';
import { LIGHT } from '../../src/lib/map/basemap-style.ts';

// Its groups are independent (each loads its own page): they may run in parallel workers.
test.describe.configure({ mode: 'parallel' });

const railLayer = layerById('kunming-haiphong-rail');
const southChinaSeaLayer = layerById('south-china-sea');

test(`${XSS_PAYLOADS.length} hostile payloads in names, excerpts, sources and URLs render as inert text`, async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Poison the data files as served (the build's data gate would refuse them; this tests the page itself).
  await page.route('**/data/hainan-data-centre.geojson', async (route) => {
    const body = await (await route.fetch()).json();
    const template = body.features[0];
    body.features = XSS_PAYLOADS.map((payload, i) => ({
      ...template,
      properties: {
        ...template.properties,
        id: `hostile-${i}`,
        name_en: payload,
        name_vi: payload,
        name_zh: payload,
        note_en: payload,
        note_vi: payload,
        note_zh: payload,
        sources: [`hostile-source-${i}`],
        excerpts: [{ article: 'hanoi-2023-12-13', text: payload }],
      },
    }));
    await route.fulfill({ json: body });
  });
  await page.route('**/data/sources.json', async (route) => {
    const sources = XSS_PAYLOADS.map((payload, i) => ({
      id: `hostile-source-${i}`,
      title: payload,
      url: i % 2 ? payload : `javascript:window.__pwned=${i}`,
      supports: payload,
    }));
    await route.fulfill({ json: sources });
  });
  await page.goto(
    `./?feature=hostile-1&lang=${encodeURIComponent(XSS_PAYLOADS[0]!)}&${encodeURIComponent(XSS_PAYLOADS[1]!)}=${encodeURIComponent(XSS_PAYLOADS[2]!)}`,
  );
  await waitForMap(page);
  for (let i = 0; i < XSS_PAYLOADS.length; i++) {
    await page.locator(`.feature-list button[data-feature-id="hostile-${i}"]`).click();
    const panel = page.locator('.panel');
    await expect(panel).toHaveAttribute('data-feature-id', `hostile-${i}`);
    expect(await panel.locator('h2').textContent()).toBe(XSS_PAYLOADS[i]);
    expect(await panel.locator('blockquote').textContent()).toBe(`“${XSS_PAYLOADS[i]}”`);
    // Source links are only https: a javascript: or data: URL is shown as text.
    expect(await panel.locator('.sources a').count()).toBe(0);
  }
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(page.locator('.sources-dialog a')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/16-hostile.png` });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('25 seeded random URLs: no uncaught error, no request elsewhere, a notice for what was ignored', async ({ page }) => {
  test.setTimeout(180_000);
  const random = seeded(7);
  for (let i = 0; i < 25; i++) {
    const query = randomQuery(random);
    await page.goto(`./${query}`);
    // The app has replaced the pre-rendered legend with its own.
    await expect(page.locator('.legend')).toBeVisible();
    await expect(page.locator('.legend li .count:has-text("loading")')).toHaveCount(0);
    const unknown = [...new URLSearchParams(query).keys()].some((k) => !['feature', 'layers', 'lang'].includes(k));
    if (unknown) await expect(page.locator('.notices .notice').first(), query).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), query).toBeUndefined();
  }
});

test('three cycles of losing and restoring the GPU: every layer and the selection come back', async ({ page }) => {
  await page.goto('./?feature=kh-rail-laocai-hanoi');
  await waitForMap(page);
  for (let cycle = 1; cycle <= 3; cycle++) {
    await page.evaluate(async () => {
      const canvas = document.querySelector('.map canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2')!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      ext.loseContext();
      await new Promise((r) => setTimeout(r, 300));
      ext.restoreContext();
    });
    // Framed on the Lao Cai–Hanoi line: the selection (in the selection colour) and the stations are drawn again.
    await expect.poll(async () => pixelsOfColour(await mapPixels(page), LIGHT.select).length, { timeout: 20_000 }).toBeGreaterThan(20);
    expect(pixelsOfColour(await mapPixels(page, `${SCREENS}/17-gpu-restored-${cycle}.png`), railLayer.color).length).toBeGreaterThan(20);
    await expect(page.locator('.panel')).toHaveAttribute('data-feature-id', 'kh-rail-laocai-hanoi');
  }
  // And the whole story is back in the initial view.
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(async () => pixelsOfColour(await mapPixels(page), railLayer.color).length, { timeout: 20_000 }).toBeGreaterThan(20);
});

test('a layer served late does not hold back the others', async ({ page }) => {
  // The slow layer's response is held until the others are drawn (however long that takes on this
  // machine), then served: nothing waits for it, and it still arrives.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/data/rare-earth-region.geojson', async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  await page.goto('./');
  const count = page.locator('.legend:not(.static) li[data-layer-id="rare-earth-region"] .count');
  await expect(count).toHaveText('loading…');
  // Until every layer is in, the build-time picture (every layer) covers the live map, which is not
  // composited meanwhile: look beneath the picture, at the live map.
  await page.locator('.static-map').evaluate((el) => ((el as HTMLElement).style.visibility = 'hidden'));
  await page.locator('.maplibregl-canvas').evaluate((el) => ((el as HTMLElement).style.visibility = 'visible'));
  await expect
    .poll(
      async () => {
        const png = await mapPixels(page);
        return Math.min(pixelsOfColour(png, southChinaSeaLayer.color).length, pixelsOfColour(png, railLayer.color).length);
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(20);
  await expect(page.locator('[data-story-drawn="true"]')).toHaveCount(0);
  release();
  await expect(count).toHaveText(/features/, { timeout: 15_000 });
  await expect(page.locator('[data-story-drawn="true"]')).toHaveCount(1, { timeout: 30_000 });
});
