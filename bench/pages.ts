// How the bench opens and closes pages: Chromium as the browser tests start it, a fresh context per
// page at one window size, a pause after each page, and pairs of pages measured in turn.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, executablePath } from '../tests/e2e/browser.ts';

export const VIEWPORT = { width: 1280, height: 800 };

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath, args: CHROMIUM_ARGS });

export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  return { context, page: await context.newPage() };
}

/** Pause after closing a page before loading the next. Closing a page that drew with WebGL keeps
 * the software GPU busy for a while, and the next page pays for it: in a probe, a page loaded
 * right after the baseline took 1.5–2 s longer to reach idle (either page), and none longer with
 * this pause. Without it the page measured second in each round carried the first one's cost. */
let settleMs = 3000;

/** A smoke run measures nothing, so it needs no pause (it only checks that the bench runs). */
export function skipSettlePause(): void {
  settleMs = 0;
}

export async function closeAndSettle(context: BrowserContext) {
  await context.close();
  if (settleMs) await new Promise((r) => setTimeout(r, settleMs));
}

/** Runs a pair of measures for each round, in turn: the other way round in odd rounds, so neither
 * side is always the page loaded first (or right after the other). */
export async function inTurns(rounds: number, first: () => Promise<void>, second: () => Promise<void>) {
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      await first();
      await second();
    } else {
      await second();
      await first();
    }
  }
}
