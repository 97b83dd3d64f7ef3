// The main pair of pages, the baseline (bare MapLibre) and the app, loaded in turn each round. From
// the same loads: time to first idle with all layers, JS heap, what each fetched until then, the
// app's click → panel and both pages' Event Timing for the same clicks.
import type { Browser } from '@playwright/test';
import type { Target } from '../click-targets.ts';
import { closeAndSettle, inTurns } from '../pages.ts';
import { clickTargetsOn, clickToPanel } from './clicks.ts';
import { load } from './load.ts';
import { expectMapSize, peerQuery, type Size } from './map-size.ts';

export interface FirstIdleAndClicks {
  idle: { app: number[]; baseline: number[] };
  heap: { app: number[]; baseline: number[] };
  clicks: { panel: number[]; fromPress: number[]; presented: number[]; baselinePresented: number[] };
  /** What each page fetched until its first idle, in the last round. */
  appFiles: string[];
  baselineFiles: string[];
}

export async function measureFirstIdleAndClicks(browser: Browser, size: Size, targets: Target[], rounds: number): Promise<FirstIdleAndClicks> {
  const m: FirstIdleAndClicks = {
    idle: { app: [], baseline: [] },
    heap: { app: [], baseline: [] },
    clicks: { panel: [], fromPress: [], presented: [], baselinePresented: [] },
    appFiles: [],
    baselineFiles: [],
  };
  const measureBaseline = async () => {
    const b = await load(browser, `/peers/baseline/index.html${peerQuery(size)}`, 'data-drawn');
    await expectMapSize(b.page, size, 'baseline');
    m.idle.baseline.push(b.drawnMs);
    m.heap.baseline.push(b.heapMb);
    m.baselineFiles = b.fetched;
    // The same clicks on the bare map: what any click costs MapLibre here, with no panel.
    m.clicks.baselinePresented.push(...(await clickTargetsOn(b.page, targets)));
    await closeAndSettle(b.context);
  };
  const measureApp = async () => {
    const a = await load(browser, '/', 'data-story-drawn');
    await expectMapSize(a.page, size, 'app');
    m.idle.app.push(a.drawnMs);
    m.heap.app.push(a.heapMb);
    m.appFiles = a.fetched;
    const c = await clickToPanel(a.page, targets);
    m.clicks.panel.push(...c.panel);
    m.clicks.fromPress.push(...c.fromPress);
    m.clicks.presented.push(...c.presented);
    await closeAndSettle(a.context);
  };
  await inTurns(rounds, measureBaseline, measureApp);
  return m;
}
