// The flat story (story.html without JavaScript, and on paper): every chapter of geo/chapters.json
// in order, its passages verbatim with their credit, and one pre-rendered picture of its own view.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, SCREENS } from './fixtures.ts';
import type { ChapterFile } from '../../src/lib/schema/chapter.ts';
import type { Article } from '../../src/lib/types.ts';
import { articleCredit } from '../../src/lib/later/panel-words.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
const { chapters } = read('../../geo/chapters.json') as ChapterFile;
const articles = read('../../seeds/articles.json') as Article[];
const sections = (page: Page) => page.locator('.flat-story > li > section');

/** The ids of the layers a chapter's picture draws features of, and of its features, and of its selected ones. */
async function drawn(svg: Locator) {
  return svg.evaluate((el) => ({
    layers: [...new Set([...el.querySelectorAll('[data-feature-id]')].map((f) => f.closest<SVGElement>('[data-layer]')!.dataset.layer!))],
    features: el.querySelectorAll('[data-feature-id]').length,
    selected: [...el.querySelectorAll<SVGElement>('.feature.selected')].map((f) => f.dataset.featureId),
    labelLayers: [...new Set([...el.querySelectorAll<SVGElement>('text[data-layer]')].map((t) => t.dataset.layer!))],
  }));
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('story.html reads as a flat story: each chapter in order, its passages and one picture of its view', async ({ page }) => {
    await page.goto('./story.html');
    await expect(sections(page)).toHaveCount(chapters.length);
    for (const [i, chapter] of chapters.entries()) {
      const section = sections(page).nth(i);
      await expect(section).toHaveAttribute('data-flat-chapter', chapter.id);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(chapter.title.en);
      await expect(section.locator('.count')).toContainText(`Chapter ${i + 1} of ${chapters.length}`);
      const quotes = section.locator('blockquote');
      await expect(quotes).toHaveCount(chapter.passages.length);
      for (const [j, passage] of chapter.passages.entries()) {
        await expect(quotes.nth(j)).toHaveText(`“${passage.text}”`);
        const article = articles.find((a) => a.id === passage.article);
        await expect(section.locator('figure.excerpt figcaption').nth(j)).toHaveText(articleCredit(article, passage.article));
      }
      const svg = section.locator('svg');
      await expect(svg).toHaveCount(1);
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg).toHaveAttribute('aria-label', new RegExp(`^Chapter ${i + 1} of ${chapters.length}: `));
      const what = await drawn(svg);
      expect(what.features, `${chapter.id}: draws its features`).toBeGreaterThan(0);
      expect(what.layers.sort(), `${chapter.id}: draws its layers only`).toEqual([...chapter.layers].sort());
      expect(
        what.labelLayers.every((l) => chapter.layers.includes(l)),
        `${chapter.id}: names features of its layers only`,
      ).toBe(true);
      expect(what.selected, `${chapter.id}: its selected feature drawn selected`).toEqual(chapter.select ? [chapter.select] : []);
    }
    await page.screenshot({ path: `${SCREENS}/flat-story-1280.png`, fullPage: true });
  });

  test('on a phone the pictures fit the screen and their labels are laid out for its width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./story.html');
    const svg = sections(page).first().locator('svg');
    const box = (await svg.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expect(svg.locator('.label-fit.narrow')).toBeVisible();
    await expect(svg.locator('.label-fit.wide')).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENS}/flat-story-390.png`, fullPage: true });
  });
});

test.describe('with JavaScript', () => {
  test('the flat story never shows on screen, even before the story page mounts', async ({ page }) => {
    // Hold the story page's code until the page has been looked at without it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route('**/assets/start-story-*.js', async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto('./story.html', { waitUntil: 'domcontentloaded' });
    await expect.poll(() => asked, 'the story page’s code is held').toBe(true);
    await expect(page.locator('main.story-layout')).toHaveCount(0);
    await expect(sections(page)).toHaveCount(chapters.length);
    await expect(page.locator('.flat-story')).toBeHidden();
    await expect(page.locator('.masthead .live-only')).toBeVisible();
    await expect(page.locator('.masthead .flat-only')).toBeHidden();
    release();
    await expect(page.locator('main.story-layout .chapters > li')).toHaveCount(chapters.length);
  });

  test('on screen the story page replaces the flat story; on paper the flat story prints, not the live map', async ({ page }) => {
    await page.goto('./story.html');
    await expect(page.locator('main.story-layout .chapters [data-chapter]')).toHaveCount(chapters.length);
    await expect(page.locator('.flat-story')).toBeHidden();
    await expect(page.locator('.story-map')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.story-map')).toBeHidden();
    await expect(page.locator('main.story-layout')).toBeHidden();
    await expect(sections(page)).toHaveCount(chapters.length);
    for (const [i, chapter] of chapters.entries()) {
      const section = sections(page).nth(i);
      await expect(section).toHaveAttribute('data-flat-chapter', chapter.id);
      await expect(section).toBeVisible();
      await expect(section.locator('svg')).toBeVisible();
    }
    await page.screenshot({ path: `${SCREENS}/flat-story-print.png`, fullPage: true });
    // axe needs a script in the page, so it checks the flat story here, where print shows it.
    const axe = await new AxeBuilder({ page }).include('.flat-story').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.pdf({ path: `${SCREENS}/flat-story-print.pdf`, format: 'A4' });
  });
});
