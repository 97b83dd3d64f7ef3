// "Download image": the PNG of the current view (the live map, and the picture of the light embed
// before intent) at 1× and 2×, and the SVG of the first view. Each file is taken from the browser's
// download and read: the PNG decoded (its size, its colours, the title's dark pixels), the SVG parsed.
import { readFileSync, copyFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Download, FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect, waitForMap, pixelsOfColour, SCREENS } from './fixtures.ts';
import { STORY_LAYERS } from '../shared/layers.ts';

const LAND = '#f4f1ea';
const SEA = '#cfe3ef';
const DATA_CENTRE = STORY_LAYERS.find((l) => l.id === 'hainan-data-centre')!.color;
const RAIL = STORY_LAYERS.find((l) => l.id === 'kunming-haiphong-rail')!.color;

/** Opens the control inside `scope` (the page, or the embed's open menu) and saves one file. */
async function download(page: Page, scope: Locator, choice: RegExp): Promise<{ file: Download; bytes: Buffer }> {
  const control = scope.locator('.download-image');
  if (!(await control.evaluate((el: HTMLDetailsElement) => el.open))) await control.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), control.getByRole('button', { name: choice }).click()]);
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

function distinctColours(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) seen.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  return seen.size;
}

/** Pixels dark enough to be the title's ink, in rows [from, to). */
function darkPixels(png: PNG, from: number, to: number): number {
  let n = 0;
  for (let y = from; y < to; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 200) n++;
    }
  return n;
}

/** What every exported PNG must show: a map (land, sea, many colours) under a title that is not cut. */
function expectMapImage(png: PNG, scale: number) {
  expect(distinctColours(png), 'colours in the image').toBeGreaterThan(1000);
  expect(pixelsOfColour(png, LAND, 6).length, 'land').toBeGreaterThan(1000 * scale * scale);
  expect(pixelsOfColour(png, SEA, 6).length, 'sea').toBeGreaterThan(1000 * scale * scale);
  // The title's band: its top margin is blank paper, its words dark ink.
  expect(darkPixels(png, 0, 10 * scale), 'nothing above the title').toBe(0);
  expect(darkPixels(png, 10 * scale, 44 * scale), "the title's ink").toBeGreaterThan(150 * scale * scale);
}

const mapSize = async (scope: Page | FrameLocator) => {
  const box = await scope.locator('.map-wrap').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  return { width: Math.round(box.width), height: Math.round(box.height) };
};

test.describe('the full page, live map', () => {
  test('PNG at 1× and 2× of the live map, made by keyboard, with a selection', async ({ page }) => {
    await page.goto('./?feature=kh-station-hekou');
    await waitForMap(page);
    await expect(page.locator('.map-wrap[data-framed="kh-station-hekou"]')).toHaveCount(1);
    const size = await mapSize(page);

    // By keyboard: the control's button opens the choices; Enter on the first makes the PNG.
    const summary = page.locator('.controls .download-image summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'PNG of this view' })).toBeFocused();
    await page.screenshot({ path: `${SCREENS}/85-export-control-open.png` });
    const [one] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
    expect(one.suggestedFilename()).toBe('china-vietnam-map-kh-station-hekou.png');
    copyFileSync(await one.path(), `${SCREENS}/80-export-live-1x.png`);
    const png1 = PNG.sync.read(readFileSync(await one.path()));
    expect(png1.width).toBe(size.width);
    // The map, and the title, legend and credits above and below it.
    expect(png1.height).toBeGreaterThan(size.height + 80);
    expectMapImage(png1, 1);
    // Every layer is visible: each layer's colour is in the image (its drawing and its legend row).
    for (const layer of STORY_LAYERS) expect(pixelsOfColour(png1, layer.color, 12).length, layer.id).toBeGreaterThan(20);
    await expect(page.locator('p[role="status"]')).toHaveText('Image saved: china-vietnam-map-kh-station-hekou.png');
    await expect(page.getByRole('button', { name: 'PNG of this view' })).toBeFocused();

    const { file: two, bytes } = await download(page, page.locator('.controls'), /double size/);
    expect(two.suggestedFilename()).toBe('china-vietnam-map-kh-station-hekou@2x.png');
    copyFileSync(await two.path(), `${SCREENS}/81-export-live-2x.png`);
    const png2 = PNG.sync.read(bytes);
    expect([png2.width, png2.height]).toEqual([png1.width * 2, png1.height * 2]);
    expectMapImage(png2, 2);
    // The map went back to the screen's pixel ratio.
    expect(await page.locator('.map canvas').evaluate((c: HTMLCanvasElement) => c.width / c.getBoundingClientRect().width)).toBeCloseTo(1, 2);
  });

  test('SVG of the first view: standalone, with the title, the layers and the credits', async ({ page }) => {
    await page.goto('./?feature=kh-station-hekou&lang=vi');
    await waitForMap(page);
    const { file, bytes } = await download(page, page.locator('.controls'), /SVG/);
    expect(file.suggestedFilename()).toBe('china-vietnam-map-kh-station-hekou-first-view.svg');
    copyFileSync(await file.path(), `${SCREENS}/83-export-first-view.svg`);
    const text = bytes.toString('utf8');
    // Styles written out: nothing that needs the page's stylesheet.
    expect(text).not.toMatch(/class=|var\(|calc\(|color-mix|vector-effect|\sstyle=/);
    const title = (await page.locator('h1').textContent())!.trim();
    // Read away from the map's page, whose Trusted Types refuse a parser fed a string (and whose styles must not help).
    await page.goto('about:blank');
    const svg = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.tagName,
        texts,
        strokes: [...new Set([...doc.querySelectorAll('[stroke]')].map((el) => el.getAttribute('stroke')))],
        fonts: [...new Set([...doc.querySelectorAll('[font-family]')].map((el) => el.getAttribute('font-family')))],
      };
    }, text);
    expect(svg.error).toBeNull();
    expect(svg.root).toBe('svg');
    expect(svg.texts.join(' ')).toContain(title);
    // The selected feature by its Vietnamese name, each layer's Vietnamese title in the legend, the credits.
    expect(svg.texts).toContain('Đang chọn: Ga Hà Khẩu');
    for (const layer of STORY_LAYERS) expect(svg.texts, layer.id).toContain(layer.title.vi);
    expect(svg.texts.join(' ')).toContain('Natural Earth');
    expect(svg.texts.join(' ')).toContain('ICARO Media Group');
    // The layers' drawings in their own colours; the map's names (the picture's labels) in Vietnamese.
    for (const layer of STORY_LAYERS) expect(svg.strokes, layer.id).toContain(layer.color);
    expect(svg.texts).toContain('Hà Nội');
    expect(svg.fonts.every((f) => f?.startsWith('"Noto Sans"'))).toBe(true);

    // It draws on its own, as an image.
    const drawn = await page.evaluate(async (source) => {
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, text);
    expect(drawn.width).toBeGreaterThan(800);
  });
});

test.describe('the light embed, before intent: the picture', () => {
  test.use({ viewport: { width: 640, height: 480 } });

  test('PNG of the picture from the Menu, with the visible layers only, and the live map not started', async ({ page }) => {
    const layers = STORY_LAYERS.map((l) => l.id).filter((id) => id !== 'hainan-data-centre');
    await page.goto(`./embed.html?layers=${layers.join(',')}`);
    const embed = page.locator('.embed[data-live-wanted="false"]');
    await expect(embed).toHaveCount(1);
    await expect(page.locator('.static-map .labels[data-lang="en"] text').first()).toBeAttached();
    const size = await mapSize(page);
    await page.locator('.embed-menu > summary').click();
    const menu = page.locator('.embed-menu');
    const { file, bytes } = await download(page, menu, /PNG of this view/);
    copyFileSync(await file.path(), `${SCREENS}/82-export-picture-embed.png`);
    const png = PNG.sync.read(bytes);
    expect(png.width).toBe(size.width);
    expect(png.height).toBeGreaterThan(size.height + 80);
    expectMapImage(png, 1);
    expect(pixelsOfColour(png, RAIL, 12).length, 'the railway, shown').toBeGreaterThan(20);
    expect(pixelsOfColour(png, DATA_CENTRE, 12).length, 'the data centre, hidden').toBe(0);
    // Making the image was not intent: the picture is still the map, and MapLibre never loaded.
    await expect(embed).toHaveCount(1);
    await expect(page.locator('.map canvas')).toHaveCount(0);

    const { bytes: bytes2 } = await download(page, menu, /double size/);
    const png2 = PNG.sync.read(bytes2);
    expect([png2.width, png2.height]).toEqual([png.width * 2, png.height * 2]);
    expectMapImage(png2, 2);
  });
});

test.describe('a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the control's choices open inside the screen", async ({ page }) => {
    await page.goto('./');
    await page.locator('.controls .download-image > summary').click();
    for (const name of [/^PNG of this view/, /^PNG at double size/, /^SVG of the first view/]) {
      const box = (await page.getByRole('button', { name }).boundingBox())!;
      expect(box.x, String(name)).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, String(name)).toBeLessThanOrEqual(390);
    }
    await page.screenshot({ path: `${SCREENS}/86-export-control-390.png` });
    await page.keyboard.press('Escape');
    await expect(page.locator('.controls .download-image > summary')).toBeFocused();
    await expect(page.getByRole('button', { name: /^PNG of this view/ })).toBeHidden();
  });
});
