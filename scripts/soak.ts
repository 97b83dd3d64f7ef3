// npm run soak [-- --minutes N] [-- --reuse-build] [-- --seed N]; SOAK_SNAPSHOTS=dir also writes heap snapshots.
// Five minutes (by default) of random clicks on the map, keys on the focused map, layer toggles,
// list rows and language changes on the built app, in headless Chromium. Reports every console or
// page error, and the JS heap after forced garbage collection at minute 1 and at the end, from the
// same resting state (panel closed, every layer on, English). Fails on any error or on more than
// 1 MB of growth. Not part of `npm test` (it takes minutes); the last result is in docs/reliability.md.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, executablePath } from '../tests/e2e/browser.ts';
import { seeded } from '../tests/shared/fuzz.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const MINUTES = option('minutes', 5);
const SEED = option('seed', 21);
const MAX_GROWTH_BYTES = 1024 * 1024;
/** Beside the test ports, so it can run next to a test run: TEST_PORT_BASE + 3, or SOAK_PORT. */
const PORT = Number(process.env.SOAK_PORT ?? Number(process.env.TEST_PORT_BASE ?? 4173) + 3);
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** The same run for the same seed (mulberry32, shared with the fuzz tests). */
const random = seeded;

async function startServer() {
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return () => void server.kill();
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`soak: the preview server did not start on port ${PORT}`);
}

/** Closes the panel, turns every layer on, picks English and resets the view, then collects garbage twice and reads the heap. */
async function restingHeap(page: Page, cdp: CDPSession): Promise<number> {
  await page.keyboard.press('Escape');
  for (const box of await page.locator('.legend input[type=checkbox]').all()) if (!(await box.isChecked())) await box.check();
  await page.locator('.controls select').selectOption('en');
  await page.getByRole('button', { name: 'Reset view' }).click();
  await page.waitForTimeout(2000);
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  if (SNAPSHOTS) await writeSnapshot(cdp, `${SNAPSHOTS}/heap-${++snapshots}.heapsnapshot`);
  return used;
}

/** SOAK_SNAPSHOTS=dir writes a heap snapshot at each measurement, to see what grew (DevTools › Memory › Load, Comparison). */
const SNAPSHOTS = process.env.SOAK_SNAPSHOTS;
let snapshots = 0;
async function writeSnapshot(cdp: CDPSession, file: string) {
  mkdirSync(SNAPSHOTS!, { recursive: true });
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  writeFileSync(file, chunks.join(''));
}

type Action = (page: Page, rnd: () => number) => Promise<unknown>;
const pick = <T>(items: T[], rnd: () => number): T => items[Math.floor(rnd() * items.length)]!;

const ACTIONS: [string, Action][] = [
  [
    'click the map',
    async (page, rnd) => {
      const box = (await page.locator('.map canvas').boundingBox())!;
      await page.mouse.click(box.x + 20 + rnd() * (box.width - 40), box.y + 20 + rnd() * (box.height - 40));
    },
  ],
  [
    'key on the map',
    async (page, rnd) => {
      await page.locator('.map canvas').focus();
      await page.keyboard.press(pick(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', '+', '-', 'n', 'Shift+N', 'Enter', 'Escape'], rnd));
    },
  ],
  [
    'toggle a layer',
    async (page, rnd) => {
      const boxes = await page.locator('.legend input[type=checkbox]').all();
      await pick(boxes, rnd).click();
    },
  ],
  [
    'choose a list row',
    async (page, rnd) => {
      const rows = await page.locator('.feature-list button.row').all();
      if (rows.length) await pick(rows, rnd).click();
    },
  ],
  ['change language', (page, rnd) => page.locator('.controls select').selectOption(pick(['en', 'vi', 'zh'], rnd))],
  ['close the panel', (page) => page.keyboard.press('Escape')],
  ['reset the view', (page) => page.getByRole('button', { name: 'Reset view' }).click()],
];

async function main() {
  if (!args.includes('--reuse-build')) execSync('npm run build', { stdio: 'inherit' });
  else if (!existsSync('dist/index.html')) throw new Error('soak: --reuse-build needs the app built in dist/');
  const stop = await startServer();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(5000);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${ORIGIN}/`);
    await page.locator('[data-story-drawn="true"]').waitFor({ timeout: 60_000 });

    const rnd = random(SEED);
    const counts: Record<string, number> = {};
    const started = Date.now();
    const end = started + MINUTES * 60_000;
    /** The resting heap at each whole minute, and at the end. */
    const heaps: number[] = [];
    let actions = 0;
    while (Date.now() < end) {
      if (Date.now() - started >= (heaps.length + 1) * 60_000) {
        heaps.push(await restingHeap(page, cdp));
        console.log(`soak: heap at minute ${heaps.length}: ${(heaps.at(-1)! / 1e6).toFixed(2)} MB`);
      }
      const [name, action] = pick(ACTIONS, rnd);
      try {
        await action(page, rnd);
      } catch (err) {
        // A control covered or gone for a moment (a panel over a row) is not the app's error; note it.
        counts[`${name} (skipped)`] = (counts[`${name} (skipped)`] ?? 0) + 1;
        if (!(err instanceof Error) || !/Timeout|not visible|detached|intercepts pointer/i.test(err.message)) throw err;
        continue;
      }
      counts[name] = (counts[name] ?? 0) + 1;
      actions++;
      await page.waitForTimeout(50 + rnd() * 150);
    }
    const atEnd = await restingHeap(page, cdp);
    const first = heaps[0] ?? atEnd;
    const growth = atEnd - first;
    const result = {
      minutes: MINUTES,
      seed: SEED,
      actions,
      counts,
      errors,
      heapMinute1MB: +(first / 1e6).toFixed(2),
      heapEachMinuteMB: heaps.map((h) => +(h / 1e6).toFixed(2)),
      heapEndMB: +(atEnd / 1e6).toFixed(2),
      growthKB: Math.round(growth / 1024),
    };
    console.log(JSON.stringify(result, null, 2));
    const ok = errors.length === 0 && growth <= MAX_GROWTH_BYTES;
    console.log(ok ? 'soak: passed' : `soak: FAILED (${errors.length} error(s), heap growth ${Math.round(growth / 1024)} KB, limit 1024 KB)`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await browser.close();
    stop();
  }
}

await main();
