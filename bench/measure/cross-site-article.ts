// The demo article as a publisher serves it: the page from one site (127.0.0.1), embed.js and the
// map's frame from another (localhost), so the frame runs in a process of its own, as on a news site.
import type { BrowserContext, Page } from '@playwright/test';
import { ORIGIN } from '../server.ts';

export const MAP_ORIGIN = ORIGIN.replace('127.0.0.1', 'localhost');

/** Routes the page's article.html to load the map from MAP_ORIGIN; without its chapter markup unless
 * `chapters` (a chapter is intent: the light embed's measure reads the article without it). */
export async function articleWithMapElsewhere(context: BrowserContext, page: Page, { chapters }: { chapters: boolean }) {
  await context.grantPermissions(['local-network-access']);
  await page.route('**/article.html', async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    delete headers['content-length'];
    headers['content-security-policy'] = (headers['content-security-policy'] ?? '').replace("script-src 'self'", `script-src 'self' ${MAP_ORIGIN}`);
    let body = (await response.text())
      .replace('src="./embed.js"', `src="${MAP_ORIGIN}/embed.js"`)
      .replace('data-story-map="embed.html"', `data-story-map="${MAP_ORIGIN}/embed.html"`);
    if (!chapters) body = body.replace(/ data-storymap-chapter="[^"]*"/g, '');
    await route.fulfill({ response, headers, body });
  });
}
