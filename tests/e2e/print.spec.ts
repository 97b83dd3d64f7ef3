// Print on A4 (issue #17, part 5, and the graphics editor's review P12): an A4 page is about 794 CSS
// px wide, narrow enough for the phone's layout rules. On paper the map keeps its locator inset and
// names the countries it shows, the selected feature is framed with room on every side and clear
// of the inset, and the legend is a key (each layer's swatch and name), not a list of counts and blurbs.
import type { Page } from '@playwright/test';
import { test, expect, sharedPage, SCREENS } from './fixtures.ts';
import { STORY_LAYERS } from '../shared/layers.ts';

/** A4 at 96 dpi: 210 × 297 mm. */
const A4 = { width: 794, height: 1123 };
/** The least room round the selected feature, as a share of the printed map's width or height. */
const MIN_PADDING = 0.1;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The selected feature's drawn geometry (its paths, strokes aside) on the page. */
async function featureBounds(page: Page, id: string): Promise<Rect> {
  return page.locator(`.static-map [data-feature-id="${id}"]`).evaluate((el) => {
    const rects = [...el.querySelectorAll('path')].map((p) => p.getBoundingClientRect());
    return {
      left: Math.min(...rects.map((r) => r.left)),
      top: Math.min(...rects.map((r) => r.top)),
      right: Math.max(...rects.map((r) => r.right)),
      bottom: Math.max(...rects.map((r) => r.bottom)),
    };
  });
}

const rectOf = async (page: Page, selector: string): Promise<Rect> => {
  const b = (await page.locator(selector).boundingBox())!;
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
};

/** The picture's country names on paper, with their boxes. */
const countryNames = (page: Page) =>
  page.locator('.story-svg .labels[data-lang="en"] text.country').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
    }),
  );

// A line of the corridor (the review's case), the largest feature (the claimed line), an area and a point.
const FEATURES = ['kh-rail-laocai-hanoi', 'scs-china-claimed-line', 'ree-region', 'kh-station-hanoi'];

/** Selects a feature as a reader of the A4-wide (phone) layout does: the sheet closed, the list unfolded, its row. */
async function selectFromList(page: Page, id: string) {
  if (await page.locator('.panel').count()) {
    await page.keyboard.press('Escape');
    await expect(page.locator('.panel')).toHaveCount(0);
  }
  const disclosure = page.locator('.feature-list .disclosure');
  if ((await disclosure.getAttribute('aria-expanded')) !== 'true') await disclosure.click();
  await page.locator(`.feature-list button.row[data-feature-id="${id}"]`).click();
  await expect(page.locator('.panel')).toHaveAttribute('data-feature-id', id);
}

// One A4-wide page for the four: the first feature from the address, the others chosen from the list.
const shared = sharedPage(`./?feature=${FEATURES[0]}`, (page) => page.setViewportSize(A4));

for (const [i, id] of FEATURES.entries()) {
  test(`printed on A4, ${id} is framed with room round it, clear of the locator inset, and the countries are named`, async () => {
    const { page } = shared;
    if (i > 0) await selectFromList(page, id);
    await expect(page.locator('.panel')).toHaveAttribute('data-feature-id', id);
    await page.emulateMedia({ media: 'print' });
    // The locator inset: where on the globe this is.
    await expect(page.locator('.locator .locator-svg')).toBeVisible();
    const map = await rectOf(page, '.map-wrap');
    const inset = await rectOf(page, '.locator');
    // The picture is framed on the feature once print media applies.
    await expect.poll(() => page.locator('.story-svg').evaluate((el) => el.getAttribute('viewBox') !== el.getAttribute('data-whole-view'))).toBe(true);
    const feature = await featureBounds(page, id);
    const padX = MIN_PADDING * (map.right - map.left);
    const padY = MIN_PADDING * (map.bottom - map.top);
    const at = `feature (${[feature.left, feature.top, feature.right, feature.bottom].map(Math.round)}) in map (${[map.left, map.top, map.right, map.bottom].map(Math.round)})`;
    expect(feature.left, `room on the left: ${at}`).toBeGreaterThanOrEqual(map.left + padX);
    expect(feature.right, `room on the right: ${at}`).toBeLessThanOrEqual(map.right - padX);
    expect(feature.top, `room above: ${at}`).toBeGreaterThanOrEqual(map.top + padY);
    expect(feature.bottom, `room below: ${at}`).toBeLessThanOrEqual(map.bottom - padY);
    const underInset = feature.left < inset.right && feature.right > inset.left && feature.top < inset.bottom && feature.bottom > inset.top;
    expect(underInset, `${at} clear of the inset (${[inset.left, inset.top, inset.right, inset.bottom].map(Math.round)})`).toBe(false);
    // At least one country named, inside the map and clear of the inset.
    await expect.poll(async () => (await countryNames(page)).length, 'a country named on paper').toBeGreaterThan(0);
    for (const { text, box } of await countryNames(page)) {
      expect(box.left >= map.left && box.right <= map.right && box.top >= map.top && box.bottom <= map.bottom, `${text} inside the map`).toBe(true);
      expect(box.left < inset.right && box.right > inset.left && box.top < inset.bottom && box.bottom > inset.top, `${text} clear of the inset`).toBe(false);
    }
    if (id === 'kh-rail-laocai-hanoi') {
      // The line runs from the Chinese border down the Red River: both sides of the border are named.
      await expect.poll(async () => (await countryNames(page)).map((c) => c.text).sort()).toEqual(expect.arrayContaining(['China', 'Vietnam']));
    }
    // The legend's rows (swatch and name), without counts or blurbs.
    for (const layer of STORY_LAYERS) await expect(page.locator('.legend').getByText(layer.title.en, { exact: true })).toBeVisible();
    await expect(page.getByText(/^\d+ features?$/).filter({ visible: true }), 'no feature counts on paper').toHaveCount(0);
    await expect(page.locator('.legend .about').filter({ visible: true }), 'no layer blurbs on paper').toHaveCount(0);
    await page.screenshot({ path: `${SCREENS}/49-print-a4-${id}.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: `${SCREENS}/49-print-a4-${id}.pdf` });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    // Back on screen, the picture shows the whole region again before the next feature is chosen.
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.locator('.story-svg').evaluate((el) => el.getAttribute('viewBox') === el.getAttribute('data-whole-view'))).toBe(true);
  });
}
