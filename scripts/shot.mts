// Scratch: screenshots of the static-first states (not part of the suite).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, executablePath } from '../tests/e2e/browser.ts';
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const url = process.argv[2] ?? 'http://localhost:4173/index.html';
for (const js of [false, true]) {
  const ctx = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(url);
  if (js) {
    await page.waitForSelector('[data-story-drawn="true"]', { timeout: 60000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/shots/js-live.png` });
    await page.evaluate(() => { document.querySelector('.static-map')!.classList.remove('swapped'); (document.querySelector('.map') as HTMLElement).style.visibility = 'hidden'; });
    await page.screenshot({ path: `/tmp/shots/js-svg.png` });
  } else {
    await page.screenshot({ path: `/tmp/shots/nojs.png` });
  }
  await ctx.close();
}
await browser.close();
