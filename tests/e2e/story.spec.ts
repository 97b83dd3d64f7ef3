// Story mode (story.html): the chapters of geo/chapters.json move the map as the reader scrolls or
// steps, the address follows, a fast scroll ends on the chapter in view, and reduced motion jumps.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, sharedPage, waitForMap, SCREENS } from './fixtures.ts';
import type { ChapterFile } from '../../src/lib/schema/chapter.ts';
import { FLIGHT_MS } from '../../src/lib/chapters/view.ts';

const { chapters } = JSON.parse(readFileSync(new URL('../../geo/chapters.json', import.meta.url), 'utf8')) as ChapterFile;
const main = (page: Page) => page.locator('main.story-layout');

/** The map settled on chapter `i`: what it shows is that chapter's, and so is the address. */
async function expectShown(page: Page, i: number) {
  const chapter = chapters[i]!;
  await expect(main(page)).toHaveAttribute('data-chapter-shown', chapter.id, { timeout: 20_000 });
  await expect.poll(() => visibleSorted(page)).toBe([...chapter.layers].sort().join(' '));
  await expect(main(page)).toHaveAttribute('data-selected', chapter.select ?? '');
  await expect.poll(() => new URL(page.url()).searchParams.get('chapter')).toBe(chapter.id);
  await expect(page.locator('p[role=status]')).toContainText(`Chapter ${i + 1} of ${chapters.length}`);
}

/** Visible layers in legend order, as the page lists them. */
async function visibleSorted(page: Page) {
  return ((await main(page).getAttribute('data-visible-layers')) ?? '').split(' ').sort().join(' ');
}

/** Steps to the next chapter; counts the changes to the scale bar, which MapLibre redraws on each
 * frame the camera moves (a jump changes it once or twice), and times the change. A flight lasts
 * its duration however few frames a busy machine draws: the time is a floor, never a deadline. */
function moveToNextChapter(page: Page): Promise<{ changes: number; ms: number }> {
  return page.evaluate(
    () =>
      new Promise<{ changes: number; ms: number }>((resolve) => {
        const root = document.querySelector('main.story-layout')!;
        let changes = 0;
        new MutationObserver(() => (changes += 1)).observe(document.querySelector('.maplibregl-ctrl-scale')!, {
          characterData: true,
          childList: true,
          subtree: true,
          attributes: true,
        });
        const start = performance.now();
        document.querySelector<HTMLButtonElement>('button[aria-label="Next chapter"]')!.click();
        const wait = () =>
          root.getAttribute('data-chapter-shown') === root.getAttribute('data-chapter-current')
            ? resolve({ changes, ms: performance.now() - start })
            : requestAnimationFrame(wait);
        requestAnimationFrame(wait);
      }),
  );
}

test.describe('the story page at 1280 px', () => {
  const shared = sharedPage('./story.html');

  test('scrolling through every chapter moves the map to each in turn', async () => {
    const { page } = shared;
    for (const [i, chapter] of chapters.entries()) {
      await page.locator(`[data-chapter="${chapter.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect(main(page)).toHaveAttribute('data-chapter-shown', chapter.id, { timeout: 20_000 });
      expect(await visibleSorted(page)).toBe([...chapter.layers].sort().join(' '));
      await expect(main(page)).toHaveAttribute('data-selected', chapter.select ?? '');
      await expect.poll(() => new URL(page.url()).searchParams.get('chapter')).toBe(chapter.id);
      await expect(page.locator('p[role=status]')).toContainText(`Chapter ${i + 1} of ${chapters.length}`);
      if (i === 2) await page.screenshot({ path: `${SCREENS}/story-desktop-chapter-3.png` });
    }
  });

  test('the stepper works by keyboard: arrows, Home and End', async () => {
    const { page } = shared;
    await page.getByRole('button', { name: 'Previous chapter' }).focus();
    await page.keyboard.press('Home');
    await expectShown(page, 0);
    await expect(page.getByRole('button', { name: 'Previous chapter' })).toBeDisabled();
    await page.getByRole('button', { name: 'Next chapter' }).focus();
    await page.keyboard.press('ArrowRight');
    // The focus stays on the stepper, so its keys go on working; End at once, while the page still scrolls.
    await expect(page.getByRole('button', { name: 'Next chapter' })).toBeFocused();
    await page.keyboard.press('End');
    await expectShown(page, chapters.length - 1);
    await page.getByRole('button', { name: 'Previous chapter' }).press('ArrowLeft');
    await expectShown(page, chapters.length - 2);
  });

  test('"Explore the map" frees the map; "Back to the story" returns it to the chapter', async () => {
    const { page } = shared;
    await page.getByRole('button', { name: 'Explore the map' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    const freed = await page.locator('.map').getAttribute('data-idle-count');
    await page.getByRole('button', { name: 'Back to the story' }).click();
    await expect(page.getByRole('button', { name: 'Explore the map' })).toBeVisible();
    await expect.poll(() => page.locator('.map').getAttribute('data-idle-count')).not.toBe(freed);
    await expectShown(page, chapters.length - 2);
  });

  test('a fast scroll to the end ends on the last chapter, with no flights queued behind it', async () => {
    const { page } = shared;
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectShown(page, 0);
    // Down the whole story in a few quick steps, faster than a flight.
    for (let k = 1; k <= 4; k++) await page.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight * f) / 4), k);
    await expectShown(page, chapters.length - 1);
    // Nothing else follows: the map stays on the last chapter once every flight has ended.
    const idles = await page.locator('.map').getAttribute('data-idle-count');
    await page.waitForTimeout(2500);
    await expect(main(page)).toHaveAttribute('data-chapter-shown', chapters.at(-1)!.id);
    expect(Number(await page.locator('.map').getAttribute('data-idle-count')) - Number(idles)).toBeLessThanOrEqual(1);
  });

  test('axe finds nothing in the story states', async () => {
    const { page } = shared;
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });

  // On the same page (the app reads the reader's motion preference at each chapter change): from the first chapter, at rest, to the second.
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    test(`with reducedMotion=${reducedMotion} the map ${reducedMotion === 'reduce' ? 'jumps' : 'flies'} to the next chapter`, async () => {
      const { page } = shared;
      await page.emulateMedia({ reducedMotion });
      await page.getByRole('button', { name: 'Previous chapter' }).focus();
      await page.keyboard.press('Home');
      await expectShown(page, 0);
      const { changes, ms } = await moveToNextChapter(page);
      await expectShown(page, 1);
      if (reducedMotion === 'reduce') expect(changes, 'a jump redraws the scale bar once or twice').toBeLessThanOrEqual(2);
      else {
        // The flight takes its FLIGHT_MS, over frames in between.
        expect(changes, 'frames drawn during the flight').toBeGreaterThanOrEqual(2);
        expect(ms, 'the change lasts the flight').toBeGreaterThanOrEqual(FLIGHT_MS - 50);
      }
    });
  }
});

test('a deep link opens on its chapter; an unknown chapter is a notice and the story starts', async ({ page }) => {
  const last = chapters.length - 1;
  await page.goto(`./story.html?chapter=${chapters[last]!.id}`);
  await waitForMap(page);
  await expectShown(page, last);
  await page.goto('./story.html?chapter=no-such-chapter');
  await expect(page.getByText('Ignored chapter “no-such-chapter”')).toBeVisible();
  await expectShown(page, 0);
});

test('on a phone the chapter text is under the map, never over it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('./story.html?chapter=rare-earths-along-the-line');
  await waitForMap(page);
  await expectShown(page, 4);
  const map = (await page.locator('.story-map').boundingBox())!;
  const card = (await page.locator('[data-chapter="rare-earths-along-the-line"]').boundingBox())!;
  expect(card.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
  await page.screenshot({ path: `${SCREENS}/story-phone-rare-earths.png` });
  await context.close();
});
