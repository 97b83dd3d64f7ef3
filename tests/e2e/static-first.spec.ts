// Static first: the build-time SVG is the map until MapLibre has drawn (and without JavaScript),
// its features work before the swap, and the swap neither jumps nor leaves anything behind.
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, sharedPage, waitForMap, countDifferentPixels, SCREENS } from './fixtures.ts';
import { STORY_LAYERS } from '../shared/layers.ts';
import { LIGHT } from '../../src/lib/map/basemap-style.ts';

async function shot(page: Page, path: string): Promise<PNG> {
  return PNG.sync.read(await page.locator('.map-wrap').screenshot({ path: `${SCREENS}/${path}`, animations: 'disabled' }));
}

/** How the picture's lines are drawn: smooth where it is the map, crisp while it stands in for it. */
const edges = (page: Page) => page.locator('.story-svg .land').evaluate((el) => getComputedStyle(el).shapeRendering);

/** Every layer draws pixels of its own in the picture or its locator inset: hiding it (and its labels) changes the picture. */
async function expectEveryLayer(page: Page, name: string) {
  const all = await shot(page, `${name}.png`);
  for (const layer of STORY_LAYERS) {
    const parts = page.locator(`.story-svg [data-layer="${layer.id}"], .locator-svg [data-layer="${layer.id}"]`);
    expect(await parts.count(), `${layer.id} in the picture`).toBeGreaterThan(0);
    await parts.evaluateAll((els) => els.forEach((el) => el.setAttribute('visibility', 'hidden')));
    const without = await shot(page, `${name}-without-${layer.id}.png`);
    await parts.evaluateAll((els) => els.forEach((el) => el.removeAttribute('visibility')));
    expect(countDifferentPixels(all, without), `${layer.id} drawn`).toBeGreaterThan(40);
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the full page shows the map with every layer, and the legend', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.map-wrap svg.story-svg')).toBeVisible();
    expect(await edges(page), 'without a script the picture is the map: smooth lines').toBe('auto');
    await expectEveryLayer(page, '20-no-javascript');
    await page.screenshot({ path: `${SCREENS}/20-no-javascript-page.png` });
    const legend = page.getByRole('region', { name: 'Layers' });
    for (const layer of STORY_LAYERS) await expect(legend).toContainText(layer.title.en);
    // Each layer's data, folded under its row: a <details>, which opens without a script.
    await expect(legend.locator('a[download]')).toHaveCount(STORY_LAYERS.length);
    await legend.locator('details.about summary').first().click();
    await expect(legend.getByRole('link', { name: /Download GeoJSON/ })).toHaveCount(1);
    // The pre-rendered legend is the app's Legend component without its toggles.
    await expect(legend).toHaveClass(/\bstatic\b/);
    await expect(legend.locator('input')).toHaveCount(0);
    // The credit line is in sight under the title, as a news graphic's source line is.
    await expect(page.locator('.masthead .credit')).toBeVisible();
    await expect(page.locator('.masthead .credit')).toContainText(/^Sources: ICARO Media Group \(from Reuters\); .*Natural Earth/);
  });

  test('the embed shows the map with every layer, and the legend', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 700 });
    await page.goto('./embed.html');
    await expectEveryLayer(page, '21-no-javascript-embed');
    const legend = page.getByRole('group', { name: 'Layers' });
    await expect(legend).toHaveClass(/\bcompact-legend\b.*\bstatic\b|\bstatic\b.*\bcompact-legend\b/);
    for (const layer of STORY_LAYERS) await expect(legend).toContainText(layer.title.en);
    await expect(legend.locator('input')).toHaveCount(0);
  });
});

test('before the swap the picture’s features open the panel, by click and by keyboard', async ({ page }) => {
  // Hold one layer back, so MapLibre cannot take over yet.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/data/rare-earth-region.geojson', async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  await page.goto('./');
  const feature = page.locator('.static-map [data-feature-id="hainan-undersea-data-centre"]');
  await expect(feature).toHaveAttribute('role', 'button');
  await expect(page.locator('[data-story-drawn="true"]')).toHaveCount(0);
  // The live map under the picture is not composited while it loads (a cost on a software GPU).
  // Checked first: a layer held longer than the app's fetch timeout (15 s, on a busy machine) is
  // given up, and the map then draws without it.
  const canvas = page.locator('.maplibregl-canvas');
  await expect(canvas).toHaveCount(1);
  const visibility = () => canvas.evaluate((el) => getComputedStyle(el).visibility);
  expect(await visibility(), 'the loading live map is not shown under the picture').toBe('hidden');
  expect(await edges(page), 'standing in for the live map, the picture is drawn crisp (cheaper)').toBe('crispedges');
  await page.emulateMedia({ media: 'print' });
  expect(await edges(page), 'printed smooth').toBe('auto');
  await page.emulateMedia({ media: 'screen' });
  await feature.click();
  await expect(page.locator('.panel')).toHaveAttribute('data-feature-id', 'hainan-undersea-data-centre');
  await expect(page.locator('.panel blockquote').first()).toContainText('undersea data center');
  // The excerpt's credit (dateline, date) is there while a layer is still loading.
  await expect(page.locator('.panel figcaption').first()).toContainText('December 2023');
  await page.screenshot({ path: `${SCREENS}/22-picture-before-swap.png` });
  await page.keyboard.press('Escape');
  await expect(feature).toBeFocused();
  const spratlys = page.locator('.static-map [data-feature-id="scs-spratly-islands"]');
  await spratlys.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.panel h2')).toHaveText('Spratly Islands');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  release();
  await waitForMap(page);
  expect(await visibility(), 'the drawn live map is shown').toBe('visible');
});

// Pixels of land and sea in the basemap's light palette: 1 land, 0 sea, -1 anything else.
function landMask(png: PNG): Int8Array {
  const near = (i: number, hex: string) => {
    const c = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
    return Math.abs(png.data[i]! - c[0]!) + Math.abs(png.data[i + 1]! - c[1]!) + Math.abs(png.data[i + 2]! - c[2]!) <= 12;
  };
  const mask = new Int8Array(png.width * png.height);
  for (let p = 0; p < mask.length; p++) mask[p] = near(p * 4, LIGHT.land) ? 1 : near(p * 4, LIGHT.sea) ? 0 : -1;
  return mask;
}

/** The shift (within ±6 px) that best lays the picture's coastline on the live map's, and how well. */
function bestShift(live: PNG, svg: PNG): { dx: number; dy: number; disagree: number } {
  const a = landMask(live);
  const b = landMask(svg);
  const { width, height } = live;
  let best = { dx: 0, dy: 0, disagree: Infinity };
  for (let dy = -6; dy <= 6; dy++) {
    for (let dx = -6; dx <= 6; dx++) {
      let both = 0;
      let differ = 0;
      for (let y = 8; y < height - 8; y++) {
        for (let x = 8; x < width - 8; x++) {
          const u = a[y * width + x]!;
          const v = b[(y + dy) * width + (x + dx)]!;
          if (u < 0 || v < 0) continue;
          both++;
          if (u !== v) differ++;
        }
      }
      const disagree = differ / both;
      if (disagree < best.disagree) best = { dx, dy, disagree };
    }
  }
  return best;
}

/** Centre of the marks (not sea, land or white) within r px of a spot. */
function markCentre(png: PNG, at: { x: number; y: number }, r: number): { x: number; y: number } {
  const far = (i: number, hex: string) => [1, 3, 5].reduce((d, k, j) => d + Math.abs(png.data[i + j]! - parseInt(hex.slice(k, k + 2), 16)), 0) > 60;
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let y = Math.round(at.y - r); y <= at.y + r; y++) {
    for (let x = Math.round(at.x - r); x <= at.x + r; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.hypot(x - at.x, y - at.y) > r || !far(i, LIGHT.sea) || !far(i, LIGHT.land) || !far(i, '#ffffff')) continue;
      sx += x;
      sy += y;
      n++;
    }
  }
  return { x: sx / n, y: sy / n };
}

/** Points in the first view, at the ends of the corridor and off Hainan (both renderers draw the same marks round them). */
const KNOWN_POINTS = ['hainan-undersea-data-centre', 'kh-station-kunming-north', 'link-crossing-mong-cai-dongxing'];

/** The picture and the live map, compared at this size: same coastline and the same known points within 2 px. */
async function expectPictureAgrees(page: Page, viewport: { width: number; height: number }) {
  const live = await shot(page, `23-swap-live-${viewport.width}.png`);
  // Show the picture again in the same place, and hide the live map, to compare them.
  await page.locator('.static-map').evaluate((el) => ((el as HTMLElement).style.display = 'block'));
  await page.locator('.map').evaluate((el) => ((el as HTMLElement).style.visibility = 'hidden'));
  const svg = await shot(page, `23-swap-svg-${viewport.width}.png`);

  const shift = bestShift(live, svg);
  test.info().annotations.push({
    type: 'offset',
    description: `coastline: best shift ${shift.dx},${shift.dy} px, ${(shift.disagree * 100).toFixed(2)}% of pixels disagree`,
  });
  expect(Math.abs(shift.dx), `coastline offset ${JSON.stringify(shift)}`).toBeLessThanOrEqual(2);
  expect(Math.abs(shift.dy), `coastline offset ${JSON.stringify(shift)}`).toBeLessThanOrEqual(2);
  expect(shift.disagree).toBeLessThan(0.02);

  // Known points: where the picture draws them, and where the live map's marks are around there.
  const wrap = (await page.locator('.map-wrap').boundingBox())!;
  for (const id of KNOWN_POINTS) {
    const dot = (await page.locator(`.static-map [data-feature-id="${id}"] .dot`).boundingBox())!;
    const at = { x: dot.x + dot.width / 2 - wrap.x, y: dot.y + dot.height / 2 - wrap.y };
    const a = markCentre(svg, at, 9);
    const b = markCentre(live, at, 9);
    test.info().annotations.push({ type: 'offset', description: `${id}: ${Math.hypot(a.x - b.x, a.y - b.y).toFixed(2)} px` });
    expect(Math.hypot(a.x - b.x, a.y - b.y), `${id}: ${JSON.stringify(b)} live, ${JSON.stringify(a)} in the picture`).toBeLessThanOrEqual(2);
  }
  // Back to the live map.
  await page.locator('.static-map').evaluate((el) => ((el as HTMLElement).style.display = ''));
  await page.locator('.map').evaluate((el) => ((el as HTMLElement).style.visibility = ''));
}

test.describe('one page, in light mode at 1280 px', () => {
  const shared = sharedPage(null, async (page) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number }[]) w.shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
  });

  test('after the swap the picture leaves the accessibility tree, with no duplicate landmarks and no layout shift', async () => {
    const { page } = shared;
    await page.goto('./');
    await expect(page.getByRole('group', { name: /^Map of the rail corridor/ })).toHaveCount(1);
    await waitForMap(page);
    await expect(page.locator('.static-map')).toBeHidden();
    await expect(page.locator('.static-map')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.getByRole('group', { name: /^Map of the rail corridor/ })).toHaveCount(0);
    await expect(page.locator('.static-map')).toHaveAttribute('inert', '');
    for (const role of ['banner', 'main', 'complementary'] as const) await expect(page.getByRole(role), role).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Map', exact: true })).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Layers', exact: true })).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });

  test('at 1280px the picture and the live map agree within 2 px', async () => {
    expect(shared.page.viewportSize()).toEqual({ width: 1280, height: 800 });
    await expectPictureAgrees(shared.page, { width: 1280, height: 800 });
  });
});

test('at 390px the picture and the live map agree within 2 px', async ({ page }) => {
  const viewport = { width: 390, height: 800 };
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await waitForMap(page);
  await expectPictureAgrees(page, viewport);
});
