// Story mode (story.html): chapter change to map settled, with flights and with reduced motion, and
// a reader's scroll through the whole story (the longest main-thread task, the layout shift).
import type { Browser, Page } from '@playwright/test';
import { longestTaskAndCls, nextChapterSettles, observeLongTasks } from '../probes/story.ts';
import { closeAndSettle, newPage } from '../pages.ts';
import { ORIGIN } from '../server.ts';
import { articleWithMapElsewhere } from './cross-site-article.ts';

export interface StoryFigures {
  /** Chapter change → settled, ms, each change of each round. */
  flights: number[];
  reducedMotion: number[];
  /** The longest task and the layout shift while scrolling through the story, per round. */
  scroll: { longestTask: number; cls: number }[];
  /** The same on the host page while scrolling through the article, whose chapter markup drives its embedded map. */
  articleScroll: { longestTask: number; cls: number }[];
}

/** A reader's wheel: 100 px steps, 16 ms apart, to the end of the page. */
async function wheelToEnd(page: Page) {
  for (let y = 0; y < 30_000; y += 100) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(16);
    if (await page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2)) break;
  }
}

async function stepThrough(browser: Browser, motion: 'reduce' | 'no-preference', changes: number): Promise<number[]> {
  const { context, page } = await newPage(browser);
  await page.emulateMedia({ reducedMotion: motion });
  await page.goto(`${ORIGIN}/story.html`);
  await page.locator('[data-story-drawn="true"]').waitFor({ timeout: 60_000 });
  await page.locator('main.story-layout[data-chapter-shown]:not([data-chapter-shown=""])').waitFor({ timeout: 30_000 });
  const count = await page.locator('[data-chapter]').count();
  const times: number[] = [];
  const idles = () => page.locator('.map').getAttribute('data-idle-count').then(Number);
  // The first change too starts from a page at rest. The frame after the live map replaces the
  // picture takes the software GPU 0.4–0.6 s here (a bare requestAnimationFrame waits that long with
  // no change asked for): that is the load's, not a chapter change's (docs/performance.md).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(300);
  for (let i = 1; i < Math.min(count, changes + 1); i++) {
    // Each change starts from a map at rest, as a reader's does: the last change's frames drawn
    // (on a software GPU they queue, and the next change would wait for them).
    const before = await idles();
    times.push(await page.evaluate(nextChapterSettles));
    await page.waitForFunction((n) => Number(document.querySelector('.map')?.getAttribute('data-idle-count')) > n, before, { timeout: 30_000 });
    await page.waitForTimeout(300);
  }
  await closeAndSettle(context);
  return times;
}

async function scrollThrough(browser: Browser): Promise<{ longestTask: number; cls: number }> {
  const { context, page } = await newPage(browser);
  await page.addInitScript(observeLongTasks);
  await page.goto(`${ORIGIN}/story.html`);
  await page.locator('[data-story-drawn="true"]').waitFor({ timeout: 60_000 });
  // Only the scroll is measured: the load's own long tasks are behind the first idle.
  await page.evaluate(() => ((window as unknown as { longestTask: number }).longestTask = 0));
  const last = await page.locator('[data-chapter]').last().getAttribute('data-chapter');
  await wheelToEnd(page);
  await page.locator(`main.story-layout[data-chapter-shown="${last}"]`).waitFor({ timeout: 30_000 });
  const result = await page.evaluate(longestTaskAndCls);
  await closeAndSettle(context);
  return result;
}

/** The article read to its end with the wheel: its marked paragraphs move the embedded map (show-chapter),
 * and the host page's own tasks and layout shifts are what its reader feels. The map is served from
 * another site, as a publisher embeds it, so its frame's tasks run in its own process. */
async function scrollArticle(browser: Browser): Promise<{ longestTask: number; cls: number }> {
  const { context, page } = await newPage(browser);
  await page.addInitScript(observeLongTasks);
  await articleWithMapElsewhere(context, page, { chapters: true });
  await page.goto(`${ORIGIN}/article.html`);
  await page.waitForLoadState('networkidle');
  const last = await page.locator('[data-storymap-chapter]').last().getAttribute('data-storymap-chapter');
  await page.evaluate(() => ((window as unknown as { longestTask: number }).longestTask = 0));
  await wheelToEnd(page);
  // Until the map has settled on the last marked chapter.
  await page.waitForFunction((id) => (window as unknown as { chaptersShown: string[] }).chaptersShown.at(-1) === id, last, { timeout: 60_000 });
  const result = await page.evaluate(longestTaskAndCls);
  await closeAndSettle(context);
  return result;
}

export async function measureStory(browser: Browser, rounds: number, changes = Infinity): Promise<StoryFigures> {
  const figures: StoryFigures = { flights: [], reducedMotion: [], scroll: [], articleScroll: [] };
  for (let round = 0; round < rounds; round++) {
    figures.flights.push(...(await stepThrough(browser, 'no-preference', changes)));
    figures.reducedMotion.push(...(await stepThrough(browser, 'reduce', changes)));
    figures.scroll.push(await scrollThrough(browser));
    figures.articleScroll.push(await scrollArticle(browser));
  }
  return figures;
}
