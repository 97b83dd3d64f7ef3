// The article page's LCP and layout shift, with the lazy embed and with the embed's figure cut out.
import type { Browser } from '@playwright/test';
import { lcpAndCls, observeLcpAndCls, type LcpAndCls } from '../probes/article.ts';
import { closeAndSettle, inTurns, newPage } from '../pages.ts';
import { ORIGIN } from '../server.ts';

function articleWithoutMap(html: string) {
  return html.replace(/<figure class="story-map">[\s\S]*?<\/figure>/, '');
}

async function articleMetrics(browser: Browser, withMap: boolean): Promise<LcpAndCls> {
  const { context, page } = await newPage(browser);
  if (!withMap)
    await page.route('**/article.html', async (route) =>
      route.fulfill({ response: await route.fetch(), body: articleWithoutMap(await (await route.fetch()).text()) }),
    );
  await page.addInitScript(observeLcpAndCls);
  await page.goto(`${ORIGIN}/article.html`);
  await page.waitForLoadState('networkidle');
  // To the map, or where it would be (after the first four paragraphs: build/render/article-html.ts).
  // (Not the article element: around the pinned map it is display: contents, never "visible".)
  await (withMap ? page.locator('[data-story-map]') : page.locator('article.story p').nth(4)).scrollIntoViewIfNeeded();
  // The embed up: its picture is its map until the reader shows intent (a chapter of the article's markup is one).
  if (withMap) await page.frameLocator('[data-story-map] iframe').locator('.embed[data-live-wanted]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  const result = await page.evaluate(lcpAndCls);
  await closeAndSettle(context);
  return result;
}

export async function measureArticle(browser: Browser, rounds: number) {
  const article = { withMap: [] as LcpAndCls[], without: [] as LcpAndCls[] };
  await inTurns(
    rounds,
    async () => void article.without.push(await articleMetrics(browser, false)),
    async () => void article.withMap.push(await articleMetrics(browser, true)),
  );
  return article;
}
