// Labels at the first view, as a graphics desk checks them: the story's places named at every size
// and in every language, no label over another or under a control, and the picture that stands in
// for the live map naming the same places in the same spots (nothing jumps at the swap).
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { test, expect, waitForMap, SCREENS } from './fixtures.ts';
import { ARTICLE_PLACES, PROJECT_ROOT } from '../shared/layers.ts';
import { segmentHitsBox } from '../../src/lib/labels/layout.ts';

type Lang = 'en' | 'vi' | 'zh';
interface Props {
  id: string;
  kind: string;
  name_en: string;
  [key: string]: unknown;
}
const features = (file: string) =>
  (JSON.parse(readFileSync(`${PROJECT_ROOT}geo/${file}`, 'utf8')) as { features: { properties: Props }[] }).features.map((f) => f.properties);
const all = ['kunming-haiphong-rail', 'hainan-data-centre', 'south-china-sea'].flatMap((l) => features(`${l}.geojson`));
const byId = (id: string) => all.find((p) => p.id === id)!;
const mapName = (p: Props, lang: Lang) => String(p[`label_${lang}`] ?? p[`name_${lang}`]);

/** The places the articles name that the first view must name (the South China Sea's in the locator inset). */
const IN_VIEW = ARTICLE_PLACES;
const basemapNames = (JSON.parse(readFileSync(`${PROJECT_ROOT}geo/basemap/labels.geojson`, 'utf8')) as { features: { properties: Props }[] }).features.map(
  (f) => f.properties,
);
/** China and Vietnam: named at every size, before any other basemap name. */
const STORY_COUNTRIES = basemapNames.filter((p) => p.story_country === true);
const SOUTH_CHINA_SEA = basemapNames.find((p) => p.kind === 'sea' && p.name_en === 'South China Sea')!;
const ISLANDS = all.filter((p) => p.kind === 'island-group').map((p) => p.id);
const CLAIMS = all.filter((p) => p.kind === 'claim-line').map((p) => p.id);

/** Text of the picture's labels in the shown language, with each label's box on the page. */
async function pictureLabels(page: Page, lang: Lang) {
  return page.locator(`.story-svg .labels[data-lang="${lang}"] text`).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      // (Names listed in one label keep their words together with no-break spaces.)
      const text = [...el.querySelectorAll('tspan')].map((t) => t.textContent!.replaceAll('\u00a0', ' ')).join(' ');
      return { text, box: [r.left, r.top, r.right, r.bottom] as [number, number, number, number], cls: el.getAttribute('class') ?? '' };
    }),
  );
}

/** Each leader line of the picture's labels in the shown language, as page coordinates. */
async function pictureLeaders(page: Page, lang: Lang) {
  return page.locator(`.story-svg .labels[data-lang="${lang}"] path.leader`).evaluateAll((paths) =>
    paths.flatMap((path) => {
      const ctm = (path as SVGPathElement).getScreenCTM()!;
      const page = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(ctm);
      // Each leader is one "M x y L x y" from its label to its place.
      return [...(path.getAttribute('d') ?? '').matchAll(/M([\d.-]+) ([\d.-]+)L([\d.-]+) ([\d.-]+)/g)].map((m) => {
        const [a, b] = [page(+m[1]!, +m[2]!), page(+m[3]!, +m[4]!)];
        return [
          [a.x, a.y],
          [b.x, b.y],
        ] as [[number, number], [number, number]];
      });
    }),
  );
}

const overlap = (a: number[], b: number[]) => a[0]! < b[2]! - 1 && a[2]! > b[0]! + 1 && a[1]! < b[3]! - 1 && a[3]! > b[1]! + 1;

/** Dark pixels (label ink on the light map) inside a box of a screenshot of the map area. */
function ink(png: PNG, box: number[], origin: { x: number; y: number }): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(box[1]! - origin.y)); y < Math.min(png.height, box[3]! - origin.y); y++)
    for (let x = Math.max(0, Math.floor(box[0]! - origin.x)); x < Math.min(png.width, box[2]! - origin.x); x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 420) n++;
    }
  return n;
}

const cases: { width: number; height: number; lang: Lang }[] = [
  { width: 1280, height: 800, lang: 'en' },
  { width: 768, height: 1024, lang: 'zh' },
  { width: 390, height: 844, lang: 'vi' },
];

for (const { width, height, lang } of cases) {
  test(`at ${width}×${height} in ${lang} the first view names the story’s places, clear of each other and of the controls`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`./?lang=${lang}`);
    await waitForMap(page);
    // The element's screenshot scrolls it into view (the Vietnamese masthead is taller): its box is measured after.
    const live = PNG.sync.read(await page.locator('.map-wrap').screenshot());
    const wrap = (await page.locator('.map-wrap').boundingBox())!;
    // The picture, shown again where it stood before the swap, to measure its labels.
    await page.locator('.static-map').evaluate((el) => ((el as HTMLElement).style.display = 'block'));
    const labels = await pictureLabels(page, lang);
    // (Measured while the picture is shown: hidden, its leaders have another screen transform.)
    const leaders = await pictureLeaders(page, lang);
    await page.screenshot({ path: `${SCREENS}/40-labels-${width}-${lang}-picture.png` });
    await page.locator('.static-map').evaluate((el) => ((el as HTMLElement).style.display = ''));
    expect(
      labels.every((l) => l.box[2] > l.box[0]),
      'labels measured on screen',
    ).toBe(true);
    const text = labels.map((l) => l.text).join(' | ');
    for (const id of IN_VIEW) expect(text, `${id} at ${width} px in ${lang}`).toContain(mapName(byId(id), lang));
    expect(STORY_COUNTRIES.map((p) => p.name_en).sort()).toEqual(['China', 'Vietnam']);
    for (const country of STORY_COUNTRIES) expect(text, `${country.name_en} at ${width} px in ${lang}`).toContain(mapName(country, lang));
    // The inset names the disputed islands at every size; the claimed line only where its name fits
    // (large maps): on small ones it is not drawn there at all, never drawn unnamed.
    const inset = page.locator(`.locator .locator-svg .labels[data-lang="${lang}"]`).filter({ visible: true });
    const locator = (await inset.allTextContents()).join(' ');
    const claimDrawn = await page.locator('.locator .locator-svg .claim-line').first().isVisible();
    for (const id of [...ISLANDS, ...(claimDrawn ? CLAIMS : [])]) expect(locator, `${id} in the locator`).toContain(mapName(byId(id), lang).split(' ')[0]!);
    // The large inset names the sea the main view does not reach.
    if (await page.locator(`.locator .locator-svg .labels.large[data-lang="${lang}"]`).isVisible())
      // (Its lines are separate texts: compared without spaces.)
      expect(locator.replace(/\s/g, ''), 'the South China Sea named in the inset').toContain(mapName(SOUTH_CHINA_SEA, lang).replace(/\s/g, ''));
    if (!claimDrawn) for (const id of CLAIMS) expect(locator, `${id} not named where it is not drawn`).not.toContain(mapName(byId(id), lang).split(' ')[0]!);
    // (Each name's wide halo under it, .underlay, is the same text again.)
    const insetBoxes = await inset
      .locator('text:not(.underlay)')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
    expect(insetBoxes.length).toBeGreaterThan(1);
    expect(await inset.locator('text.underlay').count(), 'every inset name has its wide halo under it').toBe(insetBoxes.length);
    for (let i = 0; i < insetBoxes.length; i++)
      for (let j = i + 1; j < insetBoxes.length; j++) expect(overlap(insetBoxes[i]!, insetBoxes[j]!), 'inset labels clear of each other').toBe(false);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!.box, labels[j]!.box), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
    // A leader leaves its own label's edge and runs through no other word.
    for (const [start, end] of leaders) {
      const crossed = labels.filter((l) => !(start[0] >= l.box[0] - 1 && start[0] <= l.box[2] + 1 && start[1] >= l.box[1] - 1 && start[1] <= l.box[3] + 1));
      for (const l of crossed)
        expect(segmentHitsBox(start, end, [l.box[0] + 1, l.box[1] + 1, l.box[2] - 1, l.box[3] - 1]), `a leader through ${l.text}`).toBe(false);
    }
    const controls = await page
      .locator('.map-wrap :is(.maplibregl-ctrl, .reset, .pan, .locator)')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]));
    for (const label of labels) for (const c of controls) expect(overlap(label.box, c), `${label.text} under a control`).toBe(false);
    for (const label of labels) {
      expect(label.box[0] >= wrap.x - 1 && label.box[2] <= wrap.x + wrap.width + 1, `${label.text} inside the map`).toBe(true);
    }
    await page.screenshot({ path: `${SCREENS}/40-labels-${width}-${lang}.png` });

    // The live map draws its labels where the picture drew them: ink in every story label's box.
    const origin = { x: wrap.x, y: wrap.y };
    for (const label of labels.filter((l) => /\bstory\b|\bgroup\b/.test(l.cls))) {
      expect(ink(live, label.box, origin), `${label.text} drawn by the live map where the picture put it`).toBeGreaterThan(8);
    }
  });
}

test('on paper, the static map shows with the legend and the excerpts; framed on the selection, the names are laid out again: each leader starts at its own name and crosses no other', async ({
  page,
}) => {
  // Lao Cai: the crowded border crossing, where names need leaders.
  await page.goto('./?feature=kh-station-lao-cai');
  await waitForMap(page);
  const before = await pictureLabels(page, 'en');
  await page.emulateMedia({ media: 'print' });
  // Print shows the static map with the legend and the selected feature's excerpts (this was a11y.spec's print test, on this same page).
  await expect(page.locator('.static-map svg')).toBeVisible();
  await expect(page.locator('.map canvas')).toBeHidden();
  await expect(page.locator('.legend')).toBeVisible();
  await expect(page.locator('.panel blockquote').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/09-print.png`, fullPage: true });
  // The picture is framed on Lao Cai, so its names move: wait for the new layout.
  await expect.poll(async () => JSON.stringify((await pictureLabels(page, 'en')).map((l) => l.box))).not.toBe(JSON.stringify(before.map((l) => l.box)));
  await page.screenshot({ path: `${SCREENS}/41-labels-print.png`, fullPage: true });
  const labels = (await pictureLabels(page, 'en')).filter((l) => l.box[2] > l.box[0]);
  const leaders = await pictureLeaders(page, 'en');
  expect(leaders.length, 'the framed view has leaders to check').toBeGreaterThan(0);
  const near = (p: [number, number], b: number[]) => p[0] >= b[0]! - 2 && p[0] <= b[2]! + 2 && p[1] >= b[1]! - 2 && p[1] <= b[3]! + 2;
  for (const [start, end] of leaders) {
    const own = labels.filter((l) => near(start, l.box));
    expect(own.length, `a leader starting at (${start.map(Math.round)}) starts at a name`).toBeGreaterThan(0);
    for (const l of labels.filter((x) => !own.includes(x)))
      expect(segmentHitsBox(start, end, [l.box[0] + 1, l.box[1] + 1, l.box[2] - 1, l.box[3] - 1]), `a leader through ${l.text}`).toBe(false);
  }
});

test('in the 640 × 480 embed the picture names nothing under the open panel, and names it again once the panel closes', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 480 });
  // The picture is the embed's map until the reader shows intent; its names are laid out round what covers it.
  await page.goto('./embed.html?feature=kh-station-lao-cai&lang=vi');
  const panel = page.locator('.overlay');
  await expect(panel).toBeVisible({ timeout: 30_000 });
  const panelBox = await panel.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom];
  });
  const underPanel = async () => (await pictureLabels(page, 'vi')).filter((l) => l.box[2] > l.box[0] && overlap(l.box, panelBox)).map((l) => l.text);
  await expect.poll(underPanel, { timeout: 10_000 }).toEqual([]);
  const friendship = mapName(
    features('china-hanoi-links.geojson').find((p) => p.id === 'link-crossing-friendship-pass')!,
    'vi',
  );
  expect((await pictureLabels(page, 'vi')).map((l) => l.text)).toContain(friendship);
  await page.screenshot({ path: `${SCREENS}/36-embed-640-panel-labels.png` });
  // Closed, the names may use the whole map again.
  await page.getByRole('button', { name: 'Đóng chi tiết' }).click();
  await expect(panel).toHaveCount(0);
  await expect.poll(async () => (await pictureLabels(page, 'vi')).some((l) => l.box[2] > panelBox[0]! + 1), { timeout: 10_000 }).toBe(true);
});
