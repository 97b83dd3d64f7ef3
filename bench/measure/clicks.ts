// Clicks on the map's features, and what each costs: on the app, click → panel painted (and the
// earlier measure, press → panel); on any page, click → next presented frame (Event Timing).
import type { Page } from '@playwright/test';
import type { Target } from '../click-targets.ts';
import { observeClickPresentation, presentedClicks } from '../probes/event-timing.ts';
import { idleCount, idleCountAbove } from '../probes/idle-count.ts';
import { panelTimings, timePanels } from '../probes/panel-timing.ts';
import { settle } from '../probes/settle.ts';

/** Clicks each target as a reader would: point, wait for the hover's redraw, press, and wait for
 * the page to settle. Returns each click's Event Timing duration: from the click's input to the
 * next frame presented on screen, as browsers report interaction latency (INP). */
/** The longest a click's redraw is waited for (a redraw takes well under a second here). */
const CLICK_REDRAW_MS = 5_000;

export async function clickTargetsOn(page: Page, targets: Target[]): Promise<number[]> {
  const canvas = page.locator('canvas').first();
  const box = (await canvas.boundingBox())!;
  await page.evaluate(observeClickPresentation);
  for (const t of targets) {
    // A reader points, then presses: the pointer arrives, the hover highlight is drawn, and the
    // press comes later. Playwright's click does all three within a few ms, so the press landed
    // while the hover's redraw (about 0.1 s of software-GPU work here) was still in flight.
    await page.mouse.move(box.x + t.x, box.y + t.y);
    await page.evaluate(settle);
    const before = await page.evaluate(idleCount);
    await page.mouse.down();
    await page.mouse.up();
    // And each click starts from a settled page: MapLibre redraws the whole map after every click
    // (the bare page too), so clicks 80 ms apart queued behind the previous click's redraw and
    // measured that backlog (p95 about 230 ms), not the click.
    // A click that changes nothing (the bare map has no click handler, and no fading labels since
    // the story lays labels out itself) draws no frame and so brings no idle: that page is settled.
    if (Number.isFinite(before)) await page.waitForFunction(idleCountAbove, before, { timeout: CLICK_REDRAW_MS }).catch(() => undefined);
    await page.evaluate(settle);
  }
  await page.waitForTimeout(200);
  const presented = await page.evaluate(presentedClicks);
  // Clicks quicker than the observer's 16 ms threshold have no entry: they count as 16.
  return [...presented, ...Array<number>(Math.max(0, targets.length - presented.length)).fill(16)];
}

export type PanelClicks = { panel: number[]; fromPress: number[]; presented: number[] };

/** Clicks on the app's features. Each is timed from the click's input (the release, the pointerup's
 * event timestamp) to the end of the first frame that shows the new panel: a frame callback chain
 * started at that pointerup, before the app's handlers run, checks each frame for the panel and
 * queues its timer from there, ahead of the work the app itself defers until after that paint.
 * `fromPress` keeps the bench's earlier measure for comparison: from the press (pointerdown, so it
 * includes the gap between press and release) to a timer queued when the panel's markup changed,
 * which runs after the app's deferred tasks. Fails when fewer than `minShare` of the clicks opened
 * a panel. */
export async function clickToPanel(page: Page, targets: Target[], minShare = 1): Promise<PanelClicks> {
  await page.evaluate(timePanels);
  const presented = await clickTargetsOn(page, targets);
  const { panel, fromPress } = await page.evaluate(panelTimings);
  if (panel.length < Math.ceil(targets.length * minShare)) throw new Error(`bench: ${targets.length} clicks on features opened only ${panel.length} panels`);
  return { panel, fromPress, presented };
}
