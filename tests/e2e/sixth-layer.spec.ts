// A layer is data: a sixth layer added to a copy of geo/ (a manifest entry and a GeoJSON file, no
// code) passes the data gate, is built, and shows in the pre-rendered and live legends and maps.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, waitForMap, afterIdle, mapPixels, pixelsOfColour, SCREENS } from './fixtures.ts';
import { PROJECT_ROOT, STORY_LAYERS } from '../shared/layers.ts';
import { LIGHT } from '../../src/lib/map/basemap-style.ts';
import { SIXTH_LAYER_PORT } from '../../playwright.config.ts';

const SOURCE_LAYER = 'hainan-data-centre';
const ID = 'test-sixth-layer';
const PREFIX = 'test-sixth-';
const COLOR = '#e91e63';
const TITLE = { en: 'Test sixth layer', vi: 'Lớp thử thứ sáu', zh: '测试第六图层' };
const FEATURE_NAME = 'Test sixth feature';
/** Its own place at sea south-east of Hainan, so it is not drawn under the layer it was copied from. */
const OFFSET = [0.8, -0.45] as const;
const PORT = SIXTH_LAYER_PORT;
/** The copied feature is approximate, drawn at 0.7 opacity: its colour over the light basemap's sea. */
const DRAWN = blend(COLOR, LIGHT.sea, 0.7);

function blend(top: string, under: string, alpha: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [a, b] = [rgb(top), rgb(under)];
  return `#${a
    .map((v, i) =>
      Math.round(v * alpha + b[i]! * (1 - alpha))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

let dir = '';
let server: ChildProcess | undefined;
let gateOutput = '';
let featureIds: string[] = [];

test.use({ baseURL: `http://127.0.0.1:${PORT}/` });
test.describe.configure({ mode: 'serial' });

function addSixthLayer(root: string) {
  const manifestPath = join(root, 'geo', 'layers.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const source = manifest.layers.find((l: { id: string }) => l.id === SOURCE_LAYER);
  manifest.layers.push({ ...structuredClone(source), id: ID, color: COLOR, title: TITLE });
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

  const collection = JSON.parse(readFileSync(join(root, 'geo', `${SOURCE_LAYER}.geojson`), 'utf8'));
  type Coordinates = number | Coordinates[];
  const move = (c: Coordinates[]): Coordinates[] =>
    typeof c[0] === 'number' ? c.map((v, i) => (i < 2 ? +((v as number) + OFFSET[i]!).toFixed(5) : v)) : c.map((d) => move(d as Coordinates[]));
  collection.features.forEach((f: { id: string; properties: Record<string, unknown>; geometry: { coordinates: Coordinates[] } }, i: number) => {
    f.id = `${PREFIX}${f.id}`;
    f.properties.id = f.id;
    f.properties.name_en = `${FEATURE_NAME} ${i + 1}`;
    f.geometry.coordinates = move(f.geometry.coordinates);
  });
  featureIds = collection.features.map((f: { id: string }) => f.id);
  writeFileSync(join(root, 'geo', `${ID}.geojson`), JSON.stringify(collection, null, 2));
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = mkdtempSync(join(tmpdir(), 'story-sixth-'));
  cpSync(join(PROJECT_ROOT, 'geo'), join(dir, 'geo'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  addSixthLayer(dir);
  const env = { ...process.env, STORY_DATA_ROOT: dir };
  const run = (args: string[]) => execFileSync('npx', args, { cwd: PROJECT_ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  gateOutput = run(['tsx', 'build/gate/check-data.ts']);
  run(['vite', 'build', '--logLevel', 'warn', '--outDir', join(dir, 'dist')]);
  server = spawn('npx', ['vite', 'preview', '--outDir', join(dir, 'dist'), '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    cwd: PROJECT_ROOT,
    env,
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; ; i++) {
    if (
      await fetch(`http://127.0.0.1:${PORT}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 200 || server.exitCode !== null) throw new Error(`vite preview on ${PORT} did not start (exit ${server.exitCode})`);
    await new Promise((r) => setTimeout(r, 100));
  }
});

test.afterAll(() => {
  // Detached: the group is npx and the vite it started.
  if (server?.pid) process.kill(-server.pid);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the data gate accepts the sixth layer and the build emits its data', () => {
  expect(gateOutput).toContain(`(${STORY_LAYERS.length + 1} layers,`);
  expect(existsSync(join(dir, 'dist', 'data', `${ID}.geojson`))).toBe(true);
  expect(featureIds.length).toBeGreaterThan(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pre-rendered page and embed list the sixth layer and draw its features', async ({ page }) => {
    await page.goto('./');
    const legend = page.locator('.legend.static');
    await expect(legend.locator(`li[data-layer-id="${ID}"]`)).toContainText(TITLE.en);
    await expect(legend.locator('li[data-layer-id]')).toHaveCount(STORY_LAYERS.length + 1);
    await expect(legend.locator('input')).toHaveCount(0);
    const group = page.locator(`.story-svg [data-layer="${ID}"]`);
    expect(await group.count()).toBeGreaterThan(0);
    for (const id of featureIds) await expect(group.locator(`[data-feature-id="${id}"]`)).toHaveCount(1);
    await page.screenshot({ path: `${SCREENS}/30-sixth-layer-no-javascript.png` });

    await page.goto('./embed.html');
    const compact = page.locator('fieldset.compact-legend.static');
    await expect(compact.locator(`[data-layer-id="${ID}"]`)).toContainText(TITLE.en);
    await expect(page.locator(`.story-svg [data-layer="${ID}"] [data-feature-id="${featureIds[0]}"]`)).toHaveCount(1);
  });
});

test('the live map lists, draws, toggles and opens the sixth layer', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await waitForMap(page);
  const item = page.locator(`.legend:not(.static) li[data-layer-id="${ID}"]`);
  await expect(item).toContainText(TITLE.en);
  await expect(item.locator('.count')).toHaveText(featureIds.length === 1 ? '1 feature' : `${featureIds.length} features`);
  await expect(page.locator('.legend:not(.static) input[type=checkbox]:checked')).toHaveCount(STORY_LAYERS.length + 1);

  const drawn = pixelsOfColour(await mapPixels(page, `${SCREENS}/31-sixth-layer-live.png`), DRAWN);
  expect(drawn.length, 'sixth layer pixels on the live map').toBeGreaterThan(20);
  const box = item.locator('input[type=checkbox]');
  await afterIdle(page, () => box.uncheck());
  expect(pixelsOfColour(await mapPixels(page), DRAWN).length, 'hidden with its checkbox').toBeLessThan(drawn.length / 10);
  await expect(page).toHaveURL(/layers=/);
  await expect(page).not.toHaveURL(new RegExp(ID));
  await afterIdle(page, () => box.check());
  expect(pixelsOfColour(await mapPixels(page), DRAWN).length, 'restored').toBeGreaterThan(drawn.length * 0.8);

  await page.locator(`.feature-list button.row[data-feature-id="${featureIds[0]}"]`).click();
  await expect(page.locator('.panel')).toHaveAttribute('data-feature-id', featureIds[0]!);
  await expect(page.locator('.panel h2')).toContainText(FEATURE_NAME);
  await expect(page).toHaveURL(new RegExp(`feature=${featureIds[0]}`));
  await page.screenshot({ path: `${SCREENS}/32-sixth-layer-panel.png` });

  const download = await page.request.get(`./data/${ID}.geojson`);
  expect(download.ok()).toBe(true);
  expect((await download.json()).features.map((f: { id: string }) => f.id)).toEqual(featureIds);
});
