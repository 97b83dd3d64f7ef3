// The demo article's marked sentences (article.html), in both articles: activating one (a click, a
// tap, Enter or Space) selects its feature on a map the reader can see. The map stays pinned through
// both articles; where it is off-screen (before it, in the first article) the sentence scrolls it into
// view first. On a phone only the map and its bar are pinned, and never over the text being read.
import type { Locator, Page } from '@playwright/test';
import { test, expect, SCREENS } from './fixtures.ts';

interface Heard {
  id: string | null;
  /** Was the map's frame wholly in the viewport when the host page heard the selection? */
  mapInView: boolean;
}

/** The real page (chapter markup and all), with the host's layout shifts and selections recorded from the start. */
async function openArticle(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number; heard: Heard[] };
    w.shifts = 0;
    w.heard = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('storymap:feature-selected', (e) => {
      const box = document.querySelector('[data-story-map]')!.getBoundingClientRect();
      w.heard.push({ id: (e as CustomEvent<{ id: string | null }>).detail.id, mapInView: box.top >= -1 && box.bottom <= innerHeight + 1 });
    });
  });
  await page.goto('./article.html');
}

const lastHeard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard.at(-1) ?? null);

/** The map's frame and the viewport, in the page's coordinates of the moment. */
const mapBox = (page: Page) =>
  page.locator('[data-story-map]').evaluate((el) => {
    const b = el.getBoundingClientRect();
    return { top: b.top, bottom: b.bottom, left: b.left, right: b.right, height: b.height, viewport: innerHeight };
  });

/** Puts the sentence where a reader reading it has it: its top at 60 % of the screen (below a pinned map). */
const readSentence = (sentence: Locator) =>
  sentence.evaluate((el) => scrollBy({ top: el.getBoundingClientRect().top - innerHeight * 0.6, behavior: 'instant' }));

/** Whether every line of the sentence on screen shows the sentence itself (nothing pinned over it). */
const uncovered = (sentence: Locator) =>
  sentence.evaluate((el) =>
    [...el.getClientRects()]
      .filter((r) => r.bottom > 0 && r.top < innerHeight)
      .every((r) => el.contains(document.elementFromPoint(r.left + Math.min(8, r.width / 2), (r.top + r.bottom) / 2))),
  );

const SIZES = [
  { width: 390, height: 844, phone: true },
  { width: 1280, height: 800, phone: false },
];

for (const { width, height, phone } of SIZES) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: phone });

    test('every marked sentence of both articles selects its feature on a map in view', async ({ page }) => {
      // Sixteen selections, each framed by a camera move under SwiftShader on a shared machine.
      test.setTimeout(240_000);
      await openArticle(page);
      const articles = page.locator('article.story');
      await expect(articles).toHaveCount(2);
      const frame = page.frameLocator('[data-story-map] iframe');
      const mapLoaded = page.locator('[data-story-map] iframe');
      let keyboard = 0;
      let selected: string | null = null;
      for (let a = 0; a < 2; a++) {
        const sentences = articles.nth(a).locator('.excerpt[data-feature]');
        const count = await sentences.count();
        expect(count, `marked sentences in article ${a + 1}`).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          const sentence = sentences.nth(i);
          const id = (await sentence.getAttribute('data-feature'))!;
          const where = `article ${a + 1}, sentence ${i + 1} (${id})`;
          await readSentence(sentence);
          const afterMap = await sentence.evaluate(
            (el) => !!(document.querySelector('[data-story-map]')!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
          );
          // In the second article the map is pinned in view, beside or above the text, before anything is selected.
          if (a === 1) {
            await expect(mapLoaded).toHaveCount(1);
            const box = await mapBox(page);
            expect(box.top >= -1 && box.bottom <= box.viewport + 1, `${where}: the map pinned in view while it is read`).toBe(true);
          }
          await page.evaluate(() => ((window as unknown as { heard: Heard[] }).heard = []));
          // Every third by keyboard (Enter and Space in turn), the others by a click or a tap.
          const byKeyboard = i % 3 === 1;
          if (byKeyboard) {
            await sentence.focus();
            await page.keyboard.press(keyboard++ % 2 ? ' ' : 'Enter');
          } else if (phone) await sentence.tap();
          else await sentence.click();
          if (id !== selected) {
            await expect.poll(async () => (await lastHeard(page))?.id, `${where}: the map reports the selection`).toBe(id);
            expect((await lastHeard(page))!.mapInView, `${where}: the map wholly in view when it selected`).toBe(true);
          }
          // (The same feature as the sentence before: still selected, nothing to report; the map comes into view all the same.)
          selected = id;
          // (The first selection starts the live map, the light embed's intent: it may take a map's boot.)
          await expect(frame.locator('.map-wrap'), `${where}: framed`).toHaveAttribute('data-framed', id, { timeout: 30_000 });
          await expect
            .poll(async () => mapBox(page).then((b) => b.top >= -1 && b.bottom <= b.viewport + 1), `${where}: the map wholly in view after`)
            .toBe(true);
          const box = await mapBox(page);
          // On the map: its layer shown, even where a chapter read before had switched it off.
          await expect(frame.locator('.hidden-layer'), `${where}: its layer on`).toHaveCount(0);
          await expect(frame.locator('.caption-strip', { hasText: 'switched off' }), `${where}: its layer on`).toHaveCount(0);
          await expect(sentence).toHaveAttribute('aria-current', 'true');
          // The focus stays where the reader is: on the sentence they chose with the keyboard.
          if (byKeyboard) await expect(sentence).toBeFocused();
          // Read beside or below the map, never under it.
          if (afterMap) expect(await uncovered(sentence), `${where}: the sentence is not under the map`).toBe(true);
          if (afterMap && !phone) expect((await sentence.boundingBox())!.x + (await sentence.boundingBox())!.width).toBeLessThanOrEqual(box.left);
        }
      }
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), 'host page layout shift').toBe(0);
    });

    test('a sentence of the second article, selected: the map in view beside or above it', async ({ page }) => {
      await openArticle(page);
      // A reader who has passed the map (its picture is up; the live map waits for intent) and read on into the second article.
      await page.locator('[data-story-map]').scrollIntoViewIfNeeded();
      const frame = page.frameLocator('[data-story-map] iframe');
      await expect(frame.locator('.embed[data-live-wanted]')).toHaveCount(1, { timeout: 30_000 });
      const sentence = page.locator('article.story').nth(1).locator('.excerpt', { hasText: 'Vietnam is estimated to possess' });
      const id = (await sentence.getAttribute('data-feature'))!;
      await readSentence(sentence);
      if (phone) await sentence.tap();
      else await sentence.click();
      await expect.poll(async () => (await lastHeard(page))?.id).toBe(id);
      expect((await lastHeard(page))!.mapInView, 'the map in view when it selected').toBe(true);
      await expect(frame.locator('.map-wrap')).toHaveAttribute('data-framed', id, { timeout: 30_000 });
      await frame.locator('.map').evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const box = await mapBox(page);
      if (phone) {
        // Only the map and its one-row bar are pinned: at the top, at most 55 % of the screen; the
        // caption has scrolled away with the text, and the sentence is below the map.
        expect(Math.abs(box.top), 'pinned at the top').toBeLessThanOrEqual(1);
        expect(box.bottom, 'the pinned part').toBeLessThanOrEqual(height * 0.55);
        const caption = (await page.locator('.story-map figcaption').boundingBox())!;
        expect(caption.y + caption.height, 'the caption scrolled away, not pinned').toBeLessThanOrEqual(0);
        expect((await sentence.boundingBox())!.y).toBeGreaterThanOrEqual(box.bottom);
      }
      expect(await uncovered(sentence)).toBe(true);
      await expect(frame.locator('.hidden-layer')).toHaveCount(0);
      // The boxes the layout dropped (display: contents) keep their roles and names for assistive technology.
      await expect(page.getByRole('article')).toHaveCount(2);
      await expect(page.getByRole('figure', { name: /^Map: the places in these articles/ })).toHaveCount(1);
      await page.screenshot({ path: `${SCREENS}/60-article-second-${width}.png` });
    });
  });
}

test.describe('before the map, with reduced motion', () => {
  test.use({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });

  test('a sentence above the map scrolls it into view at once (no smooth scroll), then selects', async ({ page }) => {
    await openArticle(page);
    // The first marked sentence of the first article, read at the top of the page: the map is below the screen.
    const sentence = page.locator('article.story').first().locator('.excerpt[data-feature]').first();
    const id = (await sentence.getAttribute('data-feature'))!;
    await sentence.scrollIntoViewIfNeeded();
    const before = await mapBox(page);
    expect(before.bottom, 'the map off-screen before').toBeGreaterThan(before.viewport);
    await sentence.focus();
    // The same task as the key press: a smooth scroll would not have moved yet.
    const moved = await sentence.evaluate((el) => {
      const y = scrollY;
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      return scrollY - y;
    });
    expect(moved).toBeCloseTo(before.bottom - before.viewport, 0);
    await expect.poll(async () => (await lastHeard(page))?.id).toBe(id);
    expect((await lastHeard(page))!.mapInView).toBe(true);
    await expect(sentence).toBeFocused();
  });
});
