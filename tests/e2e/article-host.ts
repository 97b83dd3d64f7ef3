// The demo article served as a publisher's page would serve it: its embed code pointing at the map
// on another origin (embed.js frames only its own origin), and the host's CSP allowing that script.
import type { Page } from '@playwright/test';
import { MAP_PORT } from '../../playwright.config.ts';

export const MAP_ORIGIN = `http://127.0.0.1:${MAP_PORT}`;

/** Routes article.html so its embed comes from MAP_ORIGIN; without its chapter markup unless asked. */
export async function routeArticleToMapOrigin(page: Page, { chapters = false } = {}): Promise<void> {
  // The page comes through route(), so Chromium counts it as public and asks before it loads a script
  // from 127.0.0.1: granted, as a real host and map share no such boundary.
  await page.context().grantPermissions(['local-network-access']);
  await page.route('**/article.html', async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    delete headers['content-length'];
    headers['content-security-policy'] = headers['content-security-policy']!.replace("script-src 'self'", `script-src 'self' ${MAP_ORIGIN}`);
    const body = (await response.text())
      .replace('src="./embed.js"', `src="${MAP_ORIGIN}/embed.js"`)
      .replace('data-story-map="embed.html"', `data-story-map="${MAP_ORIGIN}/embed.html"`)
      .replace(chapters ? /^$/ : / data-storymap-chapter="[^"]*"/g, '');
    await route.fulfill({ response, headers, body });
  });
}
