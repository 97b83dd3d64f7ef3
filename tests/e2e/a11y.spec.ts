// Every reader: axe in each state, a keyboard-only walkthrough, the map's own keys, mobile, dark mode (print: labels.spec.ts, print.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { test, expect, sharedPage, waitForMap, afterIdle, pixelsOfColour, SCREENS } from './fixtures.ts';
import { LIGHT } from '../../src/lib/map/basemap-style.ts';

async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, `axe violations in ${state}`).toEqual([]);
}

test.describe('one page, from the initial view', () => {
  // Loaded once: each test puts back what it changes (panning is last).
  const shared = sharedPage('./');

  test('axe: initial view, panel open, a layer off', async () => {
    const { page } = shared;
    await expectNoAxeViolations(page, 'initial view');
    await page.locator('.feature-list button.row').first().click();
    await expect(page.locator('.panel')).toBeVisible();
    await expectNoAxeViolations(page, 'panel open');
    await page.locator('.legend li[data-layer-id="china-hanoi-links"] input').uncheck();
    await expectNoAxeViolations(page, 'a layer off');
    // Put back the initial view for the next tests.
    await afterIdle(page, () => page.locator('.legend li[data-layer-id="china-hanoi-links"] input').check());
    await page.keyboard.press('Escape');
    await expect(page.locator('.panel')).toHaveCount(0);
    await page.getByRole('button', { name: 'Reset view' }).click();
  });

  test('keyboard only: reach a feature via the list, read its excerpt, close with Escape, focus comes back', async () => {
    const { page } = shared;
    // Away from the row the last test left focused (Tab order wraps round to the list).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let onRow = false;
    for (let i = 0; i < 60 && !onRow; i++) {
      await page.keyboard.press('Tab');
      onRow = await page.evaluate(() => document.activeElement?.classList.contains('row') ?? false);
    }
    expect(onRow, 'a feature row is reachable with Tab').toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const rowId = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.featureId);
    await page.keyboard.press('Enter');
    const heading = page.locator('.panel h2');
    await expect(heading).toBeFocused();
    await expect(page.locator('.panel blockquote').first()).not.toBeEmpty();
    await expect(page.locator(`.feature-list button[data-feature-id="${rowId}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('[role=status][aria-live=polite]').last()).toContainText('Selected');
    await page.keyboard.press('Escape');
    await expect(page.locator('.panel')).toHaveCount(0);
    await expect(page.locator(`.feature-list button[data-feature-id="${rowId}"]`)).toBeFocused();
  });

  test('the focused map: N steps through features in view, Enter opens one, Escape returns to the map', async () => {
    const { page } = shared;
    const canvas = page.locator('.map canvas');
    await canvas.focus();
    await page.keyboard.press('n');
    const live = page.locator('p[role=status][aria-live=polite]');
    await expect(live).toContainText(/1 of \d+\. Press Enter to open\./);
    await page.keyboard.press('n');
    await expect(live).toContainText(/2 of \d+/);
    await page.keyboard.press('Enter');
    await expect(page.locator('.panel h2')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(canvas).toBeFocused();
  });

  test('pan buttons, unfolded from "Move the map", move the map without dragging', async () => {
    const { page } = shared;
    const before = await page.locator('.map canvas').screenshot();
    const move = page.getByRole('button', { name: 'Move the map' });
    await expect(page.getByRole('button', { name: 'Pan east' })).toBeHidden();
    await move.click();
    await expect(move).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('button', { name: 'Pan east' }).click();
    await expect.poll(async () => (await page.locator('.map canvas').screenshot()).equals(before)).toBe(false);
  });
});

test('axe: dark mode, and it is dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?feature=hainan-undersea-data-centre');
  await waitForMap(page);
  await page.screenshot({ path: `${SCREENS}/07-dark.png` });
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(21, 24, 28)');
  await expectNoAxeViolations(page, 'dark mode');
});

test.describe('narrow screen', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('legend and feature list collapse; the panel is a bottom sheet; axe passes with the list open', async ({ page }) => {
    await page.goto('./');
    await waitForMap(page);
    const disclosure = page.locator('.feature-list .disclosure');
    await expect(disclosure).toBeVisible();
    await expect(page.locator('.feature-list button.row').first()).toBeHidden();
    await disclosure.click();
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations(page, 'feature list open on mobile');
    await page.locator('.feature-list button.row[data-feature-id="hainan-undersea-data-centre"]').click();
    const sheet = page.locator('.sheet');
    await expect(sheet).toBeVisible();
    const box = (await sheet.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(630);
    expect(box.height).toBeLessThanOrEqual(320.5);
    // The selected feature (drawn in the selection colour) shows above the sheet.
    await expect
      .poll(async () => {
        const shot = PNG.sync.read(await page.screenshot({ path: `${SCREENS}/08-mobile-sheet.png` }));
        return pixelsOfColour(shot, LIGHT.select).filter((p) => p.y < box.y).length;
      })
      .toBeGreaterThan(10);
  });
});
