import { test } from '@playwright/test';
test('shot', async ({ page }) => {
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto('/');
  await page.waitForFunction(() => document.querySelectorAll('[data-layer-id] .count').length === 5 && ![...document.querySelectorAll('.count')].some(e => e.textContent?.includes('loading')));
  await page.waitForTimeout(4000);
  await page.screenshot({ path: 'test-results/try.png' });
});
