// The interface never hides the story (issue #17, parts 4 and 5): every feature is framed in the
// part of the map that the panel, the phone's sheet and the controls leave visible; a point from
// ?feature= at the 20 km scale or closer; controls clear of labels; a desktop page no taller than
// the window; the embed's key reaches every layer uncut at any width; a focus ring for keyboards
// only; and print frames the selected feature with no controls on paper.
//
// Projection is done here, not by the app: the map writes its camera (data-center, data-zoom) after
// each move, and the test projects each feature's bounding box with Web Mercator (512 px tiles).
import { bbox } from '@turf/turf';
import type { Browser, Frame, Page } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { test, expect, watchPage, expectClean, waitForMap, startLiveMap, SCREENS, type Watch } from './fixtures.ts';
import { STORY_LAYERS, layerById } from '../shared/layers.ts';
import { dataUrl } from '../../src/lib/layers/layer.ts';

// Its groups are independent (each loads its own page): they may run in parallel workers.
test.describe.configure({ mode: 'parallel' });

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface StoryFeatureBox {
  id: string;
  layer: string;
  point: boolean;
  /** [west, south, east, north] */
  bounds: [number, number, number, number];
}
interface Viewport {
  width: number;
  height: number;
}

/** Scale, as stated by the issue: metres spanned by 100 CSS px (the scale bar's width) at a latitude. */
const MAX_POINT_SCALE_M = 20_000;
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const metresPer100px = (latitude: number, zoom: number) => (100 * EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);

/** What lies over the map: the panel (side panel, phone sheet, embed overlay, narrow embed's caption), the map's buttons, scale bar and credits. */
const COVERS = '.sheet, .overlay, .caption-strip, .map-controls button, .maplibregl-ctrl-scale, .maplibregl-ctrl-attrib';

/** Every feature of every layer in the manifest, with its bounds, as the app is served it. */
async function storyFeatures(page: Page): Promise<StoryFeatureBox[]> {
  const out: StoryFeatureBox[] = [];
  for (const layer of STORY_LAYERS) {
    const collection = (await (await page.request.get(dataUrl(layer.id))).json()) as FeatureCollection;
    for (const f of collection.features) {
      const [w, s, e, n] = bbox(f);
      out.push({ id: String(f.properties!.id), layer: layer.id, point: f.geometry.type === 'Point', bounds: [w, s, e, n] });
    }
  }
  return out;
}

/** One page per viewport, watched like the fixture's shared pages (errors and foreign requests fail). */
function pageAt(path: string, viewport: Viewport, ready: (page: Page) => Promise<void> = waitForMap, prepare?: (page: Page) => Promise<unknown>) {
  const shared = {} as { page: Page; watch: Watch; features: StoryFeatureBox[] };
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }: { browser: Browser }, info) => {
    const context = await browser.newContext({ baseURL: info.project.use.baseURL, viewport });
    shared.page = await context.newPage();
    shared.watch = watchPage(shared.page, [new URL(info.project.use.baseURL!).origin]);
    await prepare?.(shared.page);
    await shared.page.goto(path);
    await ready(shared.page);
    shared.features = await storyFeatures(shared.page);
  });
  test.afterEach(() => expectClean(shared.watch));
  test.afterAll(async () => {
    if (shared.page) expectClean(shared.watch);
    await shared.page?.context().close();
  });
  return shared;
}

interface MapState {
  map: Box;
  viewport: Box;
  center: [number, number];
  zoom: number;
  covers: { what: string; box: Box }[];
}

async function mapState(page: Page | Frame): Promise<MapState> {
  return page.evaluate((coversSelector) => {
    const boxOf = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const wrap = document.querySelector('.map-wrap')!;
    const map = wrap.querySelector<HTMLElement>('.map')!;
    const covers = [...document.querySelectorAll(coversSelector)]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ what: el.getAttribute('aria-label') ?? el.className, box: boxOf(el) }));
    return {
      map: boxOf(wrap),
      viewport: { left: 0, top: 0, right: innerWidth, bottom: innerHeight },
      center: map.dataset.center!.split(',').map(Number) as [number, number],
      zoom: Number(map.dataset.zoom),
      covers,
    };
  }, COVERS);
}

/** Web Mercator, as MapLibre draws it: CSS px from the map's top-left corner. */
function project([lng, lat]: [number, number], state: MapState): [number, number] {
  const world = 512 * 2 ** state.zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (φ: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (φ * Math.PI) / 360)) / Math.PI) / 2) * world;
  const width = state.map.right - state.map.left;
  const height = state.map.bottom - state.map.top;
  return [state.map.left + x(lng) - x(state.center[0]) + width / 2, state.map.top + y(lat) - y(state.center[1]) + height / 2];
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const round = (b: Box) => `[${[b.left, b.top, b.right, b.bottom].map(Math.round).join(', ')}]`;

/** Why the feature is not wholly in the part of the map nothing covers: empty when it is. */
async function hidden(page: Page | Frame, feature: StoryFeatureBox): Promise<string[]> {
  const state = await mapState(page);
  const [w, s, e, n] = feature.bounds;
  const [left, top] = project([w, n], state);
  const [right, bottom] = project([e, s], state);
  const drawn = { left, top, right, bottom };
  const visible = {
    left: Math.max(state.map.left, state.viewport.left),
    top: Math.max(state.map.top, state.viewport.top),
    right: Math.min(state.map.right, state.viewport.right),
    bottom: Math.min(state.map.bottom, state.viewport.bottom),
  };
  const problems: string[] = [];
  const inside = drawn.left >= visible.left - 1 && drawn.top >= visible.top - 1 && drawn.right <= visible.right + 1 && drawn.bottom <= visible.bottom + 1;
  if (!inside) problems.push(`${feature.id} ${round(drawn)} is not inside the map on screen ${round(visible)}`);
  for (const cover of state.covers) if (overlaps(drawn, cover.box)) problems.push(`${feature.id} ${round(drawn)} is under ${cover.what} ${round(cover.box)}`);
  if (feature.point) {
    const scale = metresPer100px(feature.bounds[1], state.zoom);
    if (scale > MAX_POINT_SCALE_M) problems.push(`${feature.id} is shown at ${Math.round(scale)} m per 100 px`);
  }
  return problems;
}

async function closePanel(page: Page) {
  if (!(await page.locator('.panel').count())) return;
  await page.keyboard.press('Escape');
  await expect(page.locator('.panel')).toHaveCount(0);
}

/** Selects every feature in turn from the feature list (openList makes its rows reachable), and checks each is framed clear of what covers the map. */
async function everyFeatureFramed(page: Page, features: StoryFeatureBox[], openList: () => Promise<void>, screenshot: string) {
  expect(features.length, 'features in the manifest’s layers').toBeGreaterThan(0);
  // About a second a feature on a slow machine; a failure is recorded, not retried.
  test.setTimeout(30_000 + features.length * 3_000);
  const failures: string[] = [];
  for (const feature of features) {
    await openList();
    await page.locator(`button.row[data-feature-id="${feature.id}"]`).click();
    // The app marks the map once it has framed the selection (after the panel is in the page).
    await expect(page.locator('.map-wrap')).toHaveAttribute('data-framed', feature.id);
    const problems = await hidden(page, feature);
    failures.push(...problems);
  }
  await page.screenshot({ path: `${SCREENS}/${screenshot}.png` });
  expect(failures).toEqual([]);
}

/** Labels of the picture (the one label placement every renderer draws) must not sit under the map's controls. */
async function labelsUnderControls(page: Page): Promise<string[]> {
  const { measured, under } = await page.evaluate(() => {
    const picture = document.querySelector<HTMLElement>('.static-map')!;
    // The picture is out of sight once the live map has drawn: show it for the measurement only.
    const display = picture.style.display;
    picture.style.display = 'block';
    const texts = [...picture.querySelectorAll('text')].filter((t) => t.getClientRects().length > 0 && !t.classList.contains('marker'));
    const labels = texts.map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
    picture.style.display = display;
    const controls = [...document.querySelectorAll('.map-controls .group, .maplibregl-ctrl-attrib, .maplibregl-ctrl-scale')].map((el) =>
      el.getBoundingClientRect(),
    );
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return { measured: labels.length, under: labels.filter((l) => controls.some((c) => hit(l.box, c))).map((l) => l.text) };
  });
  expect(measured, 'labels measured').toBeGreaterThan(0);
  return under;
}

async function resetView(page: Page) {
  await closePanel(page);
  await page.getByRole('button', { name: 'Reset view' }).click();
}

const firstPoint = (features: StoryFeatureBox[]) => features.find((f) => f.point)!;

test.describe('desktop, 1280 × 800', () => {
  const shared = pageAt('./', { width: 1280, height: 800 });

  test('controls are small, in one column, and clear of the labels at the first view', async () => {
    const { page } = shared;
    const column = await page.locator('.map-controls').boundingBox();
    const map = (await page.locator('.map-wrap').boundingBox())!;
    expect(column!.width, 'the controls’ column').toBeLessThanOrEqual(48);
    expect(column!.x + column!.width).toBeGreaterThan(map.x + map.width - 20);
    // Credits fold into a button on the map.
    await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toBeHidden();
    expect(await labelsUnderControls(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/40-controls-desktop.png` });
  });

  test('the page stays the window’s height with a panel open', async () => {
    const { page, features } = shared;
    for (const feature of [features[0]!, features.at(-1)!]) {
      await page.locator(`.feature-list button.row[data-feature-id="${feature.id}"]`).click();
      await expect(page.locator('.panel')).toHaveAttribute('data-feature-id', feature.id);
      const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, inner: innerHeight }));
      expect(scroll, `document height with ${feature.id} open`).toBe(inner);
    }
    await resetView(page);
  });

  test('the focus ring shows for keyboard focus only', async () => {
    const { page, features } = shared;
    const title = page.locator('.panel h2');
    const outline = () => title.evaluate((el) => getComputedStyle(el).outlineStyle);
    const row = page.locator(`.feature-list button.row[data-feature-id="${features[0]!.id}"]`);
    await row.click();
    await expect(title).toBeFocused();
    expect(await outline(), 'after a mouse click').toBe('none');
    await page.keyboard.press('Escape');
    await expect(row).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(title).toBeFocused();
    expect(await outline(), 'after Enter').not.toBe('none');
    await page.screenshot({ path: `${SCREENS}/41-focus-keyboard.png` });
    await resetView(page);
  });

  test('every feature is framed in the visible map, clear of the controls', async () => {
    const { page, features } = shared;
    await everyFeatureFramed(page, features, async () => {}, '42-framed-desktop');
    await resetView(page);
  });
});

test.describe('phone, 390 × 844', () => {
  const shared = pageAt('./', { width: 390, height: 844 });

  test('controls are clear of the labels at the first view', async () => {
    expect(await labelsUnderControls(shared.page)).toEqual([]);
    await shared.page.screenshot({ path: `${SCREENS}/43-controls-phone.png` });
  });

  test('every feature is framed above the bottom sheet, clear of the controls', async () => {
    const { page, features } = shared;
    const openList = async () => {
      // The sheet covers the list: close it first.
      await closePanel(page);
      const disclosure = page.locator('.feature-list .disclosure');
      if ((await disclosure.getAttribute('aria-expanded')) !== 'true') await disclosure.click();
    };
    await everyFeatureFramed(page, features, openList, '44-framed-phone-sheet');
  });
});

/** The embed's list of features, from its menu, opened or closed. */
async function embedList(page: Page, open: boolean) {
  if ((await page.locator('.overlay.list').count()) === Number(open)) return;
  await page.locator('.embed-menu > summary').click();
  await page.getByRole('button', { name: 'Features on the map' }).click();
  await expect(page.locator('.overlay.list')).toHaveCount(Number(open));
}

// One embed page for its framing at 640 × 480 and 320 × 480, then for its key at four widths (resized, not reloaded).
test.describe('embed, 640 × 480 and 320 × 480, and its legend at any width', () => {
  const shared = pageAt('./embed.html', { width: 640, height: 480 });

  test('controls are clear of the labels at the first view', async () => {
    expect(await labelsUnderControls(shared.page)).toEqual([]);
  });

  test('every feature is framed beside the panel, clear of the controls', async () => {
    const { page, features } = shared;
    const openList = async () => {
      // The panel takes the list's place: close it first.
      await closePanel(page);
      await embedList(page, true);
    };
    await everyFeatureFramed(page, features, openList, '45-framed-embed-panel');
    await closePanel(page);
  });

  test('at 320 × 480 every feature is framed above the caption, clear of the controls', async () => {
    const { page, features } = shared;
    await page.setViewportSize({ width: 320, height: 480 });
    const openList = async () => {
      // The caption takes the list's place: close it first (Escape, as the panel).
      if (await page.locator('.caption-strip').count()) {
        await page.keyboard.press('Escape');
        await expect(page.locator('.caption-strip')).toHaveCount(0);
      }
      await embedList(page, true);
    };
    await everyFeatureFramed(page, features, openList, '45-framed-embed-caption');
    // The key's tests come next on this page: back to the first view, no caption or list over it.
    await page.keyboard.press('Escape');
    await expect(page.locator('.caption-strip')).toHaveCount(0);
    await embedList(page, false);
    await page.getByRole('button', { name: 'Reset view' }).click();
  });

  for (const width of [320, 640, 1024, 1280]) {
    test(`at ${width} px every layer is reachable and no name is cut`, async () => {
      const { page } = shared;
      await page.setViewportSize({ width, height: 700 });
      const key = page.locator('.compact-legend summary');
      await expect(key).toBeVisible();
      const inWindow = async (selector: string) => {
        const box = (await page.locator(selector).boundingBox())!;
        return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= 700;
      };
      expect(await inWindow('.compact-legend summary'), 'the key’s button is in the window').toBe(true);
      await key.click();
      for (const layer of STORY_LAYERS) {
        const name = page.locator(`.compact-legend [data-layer-id="${layer.id}"] .name`);
        await name.scrollIntoViewIfNeeded();
        await expect(name).toBeVisible();
        await expect(name).toHaveText(layer.title.en);
        expect(await inWindow(`.compact-legend [data-layer-id="${layer.id}"] .name`), `${layer.id} in the window`).toBe(true);
        const cut = await name.evaluate((el) => {
          const style = getComputedStyle(el);
          const list = el.closest('ul')!.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return {
            overflows: el.scrollWidth > el.clientWidth + 0.5 || el.scrollHeight > el.clientHeight + 0.5,
            ellipsis: style.textOverflow === 'ellipsis',
            outsideList: box.left < list.left || box.right > list.right,
          };
        });
        expect(cut, `${layer.id}'s name`).toEqual({ overflows: false, ellipsis: false, outsideList: false });
      }
      await page.screenshot({ path: `${SCREENS}/47-embed-legend-${width}.png` });
      await key.click();
    });
  }
});

test.describe('the demo article', () => {
  const shared = pageAt(
    './article.html',
    { width: 1280, height: 800 },
    async (page) => {
      // The embed loads when the reader scrolls near it.
      await page.locator('[data-story-map]').scrollIntoViewIfNeeded();
      await startLiveMap(page.frameLocator('[data-story-map] iframe'));
      await expect(page.frameLocator('[data-story-map] iframe').locator('[data-story-drawn="true"]')).toHaveCount(1, { timeout: 30_000 });
    },
    // Without its chapter markup: clicking each sentence scrolls the page, which would also move the map to chapters.
    (page) =>
      page.route('**/article.html', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace(/ data-storymap-chapter="[^"]*"/g, '') });
      }),
  );
  const screenshotLayer = layerById('hainan-data-centre').id;

  test('selecting each excerpt sentence frames its feature beside the embed’s panel', async () => {
    const { page, features } = shared;
    const frame = page.frames().find((f) => f.url().includes('embed.html'))!;
    const sentences = page.locator('.excerpt[data-feature]');
    const count = await sentences.count();
    expect(count, 'sentences marked as excerpts').toBeGreaterThan(0);
    const failures: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = (await sentences.nth(i).getAttribute('data-feature'))!;
      await sentences.nth(i).click();
      await expect(frame.locator('.panel')).toHaveAttribute('data-feature-id', id);
      await expect(frame.locator('.map-wrap')).toHaveAttribute('data-framed', id);
      failures.push(
        ...(await hidden(
          frame,
          features.find((f) => f.id === id)!,
        )),
      );
      if (features.find((f) => f.id === id)?.layer === screenshotLayer) {
        await frame.locator('.stage').screenshot({ path: `${SCREENS}/49-article-data-centre.png` });
      }
    }
    expect(failures).toEqual([]);
  });
});

test.describe('?feature= on a point', () => {
  test('frames it at the 20 km scale or closer (metres per 100 px, as the scale bar reads)', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watch = watchPage(page, [new URL(baseURL!).origin]);
    // The layers' files come through the context's request API: no page load needed to read them.
    const point = firstPoint(await storyFeatures(page));
    await page.goto(`./?feature=${point.id}`);
    await waitForMap(page);
    expect(await hidden(page, point)).toEqual([]);
    // The panel's title has focus, without a ring: the reader has not touched the keyboard.
    await expect(page.locator('.panel h2')).toBeFocused();
    expect(await page.locator('.panel h2').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
    // The scale bar says the same: its distance over its width, per 100 px.
    const bar = page.locator('.maplibregl-ctrl-scale');
    const [value, unit] = (await bar.textContent())!.trim().split(/\s+/) as [string, string];
    const metres = Number(value) * (unit === 'km' ? 1000 : 1);
    const width = (await bar.boundingBox())!.width;
    expect((metres / width) * 100, `scale bar: ${value} ${unit} over ${width} px`).toBeLessThanOrEqual(MAX_POINT_SCALE_M);
    await page.screenshot({ path: `${SCREENS}/46-url-point.png` });
    // Zoomed in as far as the reader can go: no closer than about 10 km per 100 px, where the
    // 1:10m basemap's borders and coasts would show their corners.
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 4; i++) await zoomIn.click();
    const scaleNow = async () => metresPer100px(point.bounds[1], (await mapState(page)).zoom);
    // Four steps from the framed scale would reach about 1 km per 100 px without the limit.
    await expect.poll(scaleNow, { timeout: 20_000 }).toBeLessThan(11_000);
    await page.waitForTimeout(1000);
    expect(await scaleNow(), 'the closest scale').toBeGreaterThan(8_500);
    expectClean(watch);
    await context.close();
  });
});

test('print frames the selected feature, with the legend, its excerpts and sources, and no controls', async ({ page }) => {
  const line = (await storyFeatures(page)).find((f) => !f.point)!;
  await page.goto(`./?feature=${line.id}`);
  await waitForMap(page);
  await page.emulateMedia({ media: 'print' });
  const svg = page.locator('.static-map svg');
  await expect(svg).toBeVisible();
  await expect(page.locator('.map canvas')).toBeHidden();
  // Framed on the feature: the picture is zoomed in on it (its view, which has the printed map's
  // proportions, is a fraction of the whole region's height), and holds the feature.
  // (The picture is framed for paper once the print media applies: wait for it.)
  const view = () =>
    svg.evaluate((el) => {
      const now = (el as SVGSVGElement).viewBox.baseVal;
      const whole = (el.getAttribute('data-whole-view') ?? '').split(' ').map(Number);
      return now.height / whole[3]!;
    });
  await expect.poll(view, { message: 'zoomed in on paper' }).toBeLessThan(0.5);
  const map = (await page.locator('.map-wrap').boundingBox())!;
  const feature = (await page.locator(`.static-map [data-feature-id="${line.id}"] path`).last().boundingBox())!;
  expect(feature.x).toBeGreaterThanOrEqual(map.x);
  expect(feature.y).toBeGreaterThanOrEqual(map.y);
  expect(feature.x + feature.width).toBeLessThanOrEqual(map.x + map.width);
  expect(feature.y + feature.height).toBeLessThanOrEqual(map.y + map.height);
  // The legend, the excerpts and the sources; every layer named.
  for (const layer of STORY_LAYERS) await expect(page.locator('.legend').getByText(layer.title.en, { exact: true })).toBeVisible();
  await expect(page.locator('.panel blockquote').first()).toBeVisible();
  await expect(page.locator('.panel .sources li').first()).toBeVisible();
  // The map's credits, which the hidden attribution control gives on screen.
  await expect(page.locator('.map-wrap .print-credit')).toContainText('Natural Earth');
  await expect(page.locator('.map-wrap .print-credit')).toBeVisible();
  // Nothing that only works on screen.
  for (const control of ['button', 'input', 'select', 'a[download]', '.maplibregl-ctrl', '.map-controls', 'details']) {
    await expect(page.locator(`${control}:visible`), `${control} on paper`).toHaveCount(0);
  }
  // No focus ring on paper.
  expect(await page.locator('.panel h2').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
  await page.screenshot({ path: `${SCREENS}/48-print.png`, fullPage: true });
  const pdf = await page.pdf({ printBackground: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await page.emulateMedia({ media: 'screen' });
  // Back on screen the picture shows the whole region again (for the next print without a selection).
  await page.keyboard.press('Escape');
  await expect.poll(() => svg.evaluate((el) => el.getAttribute('viewBox') === el.getAttribute('data-whole-view'))).toBe(true);

  // The embed on paper: the panel follows the map instead of covering it; the legend is listed open.
  await page.setViewportSize({ width: 640, height: 480 });
  await page.goto(`./embed.html?feature=${line.id}`);
  await waitForMap(page);
  await page.emulateMedia({ media: 'print' });
  const embedMap = (await page.locator('.map-wrap').boundingBox())!;
  expect((await page.locator('.panel').boundingBox())!.y, 'the panel starts below the map').toBeGreaterThanOrEqual(embedMap.y + embedMap.height - 1);
  for (const layer of STORY_LAYERS) await expect(page.locator(`.compact-legend [data-layer-id="${layer.id}"] .name`)).toBeVisible();
  for (const control of ['button', 'input', 'select', 'summary', '.maplibregl-ctrl', '.map-controls', '.embed-menu', '.bar a']) {
    await expect(page.locator(`${control}:visible`), `${control} on the embed’s paper`).toHaveCount(0);
  }
  await page.screenshot({ path: `${SCREENS}/48-print-embed.png`, fullPage: true });
});
