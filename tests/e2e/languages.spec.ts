// The whole interface in the reader's language (issue #20, part 1): ?lang=, else the browser's
// languages, else English; the document's lang follows; the articles' words stay verbatim English,
// marked lang="en"; and no text is cut or pushed off the page in Vietnamese (the longest) or Chinese.
import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, waitForMap, SCREENS } from './fixtures.ts';
import { PROJECT_ROOT, STORY_LAYERS } from '../shared/layers.ts';

const SEED_TEXT = readdirSync(`${PROJECT_ROOT}seeds`)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`${PROJECT_ROOT}seeds/${f}`, 'utf8'))
  .join('\n');

/** Lao Cai station's note as geo/ writes it in each language (the panel must show the reader's). */
const LAO_CAI_NOTES = (() => {
  const collection = JSON.parse(readFileSync(`${PROJECT_ROOT}geo/kunming-haiphong-rail.geojson`, 'utf8')) as {
    features: { properties: Record<string, string> }[];
  };
  const p = collection.features.find((f) => f.properties.id === 'kh-station-lao-cai')!.properties;
  return { en: p.note_en!, vi: p.note_vi!, zh: p.note_zh! };
})();

/**
 * Text the reader cannot read whole: an element whose own text is wider or taller than a box that
 * clips it (overflow hidden, clip or an ellipsis), a box of text that scrolls sideways, or text past
 * the viewport's right edge. Visually hidden text, the map's labels and the code box are not looked at.
 */
async function cutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!ownText(el) || !el.checkVisibility({ visibilityProperty: true }) || el.closest('svg, textarea, code, .visually-hidden, .maplibregl-map')) continue;
      const style = getComputedStyle(el);
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${el.textContent!.trim().slice(0, 40)}”`;
      const clipsX = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clipsX && el.scrollWidth > el.clientWidth + 1) out.push(`${name}: ${el.scrollWidth} px of text in ${el.clientWidth} px`);
      if (style.overflowY === 'hidden' || style.overflowY === 'clip')
        if (el.scrollHeight > el.clientHeight + 1) out.push(`${name}: ${el.scrollHeight} px tall in ${el.clientHeight} px`);
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > innerWidth + 1) out.push(`${name}: ends at ${Math.round(box.right)} px of ${innerWidth}`);
    }
    if (document.documentElement.scrollWidth > innerWidth) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    return out;
  });
}

test('?lang=vi puts the whole page in Vietnamese, and the language picker switches it to Chinese', async ({ page }) => {
  await page.goto('./?lang=vi&feature=kh-station-lao-cai');
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('.masthead h1')).toHaveText(/^Trung Quốc và Việt Nam/);
  await expect(page).toHaveTitle(/^Trung Quốc và Việt Nam/);
  // The credit in Vietnamese: the publishers' names as published, our words around them translated.
  await expect(page.locator('.masthead .credit-label')).toHaveText('Nguồn:');
  await expect(page.locator('.masthead .credit-names[lang="vi"]')).toHaveText(
    'ICARO Media Group (theo Reuters); Bản tin Hà Nội (không rõ cơ quan đăng tải); Natural Earth',
  );
  await expect(page.locator('.masthead .credit-names[lang="en"]')).toBeHidden();
  await expect(page.locator('.legend h2')).toHaveText('Lớp');
  await expect(page.locator('.legend [data-layer-id="kunming-haiphong-rail"] .title')).toHaveText(STORY_LAYERS[0]!.title.vi);
  for (const name of ['Nguồn', 'Nhúng']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Ngôn ngữ' })).toHaveValue('vi');
  await expect(page.getByRole('button', { name: 'Phóng to' })).toBeVisible();

  const panel = page.locator('.panel');
  await expect(panel.getByRole('heading', { name: 'Trích nguyên văn các bài báo (tiếng Anh)' })).toBeVisible();
  await expect(panel.locator('.facts dt').first()).toHaveText('Loại');
  await expect(panel.locator('.facts dd').first()).toHaveText('Ga đường sắt');
  // Our note on how the point was placed: in Vietnamese, said to be Vietnamese.
  await expect(panel.locator('.note')).toHaveText(LAO_CAI_NOTES.vi);
  await expect(panel.locator('.note')).toHaveAttribute('lang', 'vi');
  // The articles' words: verbatim English, marked as English; their dates in Vietnamese.
  const quotes = panel.locator('blockquote');
  expect(await quotes.count()).toBeGreaterThan(0);
  for (const quote of await quotes.all()) {
    await expect(quote).toHaveAttribute('lang', 'en');
    expect(SEED_TEXT).toContain((await quote.innerText()).replace(/^“|”$/g, ''));
  }
  await expect(panel.locator('figcaption time').first()).toHaveText(/^\d{1,2}\/12\/2023$/);
  await expect(panel.locator('figcaption').first()).toContainText('ICARO Media Group, theo tin của Reuters');
  await page.screenshot({ path: `${SCREENS}/95-lang-vi-1280.png` });

  await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('.legend h2')).toHaveText('图层');
  await expect(panel.getByRole('heading', { name: '文章原文' })).toBeVisible();
  await expect(panel.locator('.note')).toHaveText(LAO_CAI_NOTES.zh);
  await expect(panel.locator('.note')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('button', { name: '来源', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/lang=zh/);
  await page.screenshot({ path: `${SCREENS}/95-lang-zh-1280.png` });

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.masthead h1')).toHaveText('China and Vietnam: the places behind Xi Jinping’s December 2023 visit');
  await expect(page.locator('.legend h2')).toHaveText('Layers');
  await expect(panel.locator('.note')).toHaveText(LAO_CAI_NOTES.en);
  await expect(panel.locator('.note')).toHaveAttribute('lang', 'en');
});

test.describe('the browser’s language', () => {
  test.use({ locale: 'zh-CN' });

  test('chooses the language when the address does not, and the embed code carries it', async ({ page, baseURL }) => {
    await page.goto('./');
    await waitForMap(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('.legend h2')).toHaveText('图层');
    await page.getByRole('button', { name: '嵌入', exact: true }).click();
    await expect(page.locator('#embed-code')).toHaveValue(new RegExp(`data-story-map="${baseURL}embed\\.html\\?lang=zh"`));
    await page.keyboard.press('Escape');
  });

  test('gives way to ?lang=', async ({ page }) => {
    await page.goto('./?lang=en');
    await waitForMap(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.legend h2')).toHaveText('Layers');
  });
});

/** Each page with a selection open (the panel or the caption), at the widths it is read at. */
const PAGES = [
  {
    path: './?feature=link-crossing-mong-cai-dongxing',
    sizes: [
      [1280, 800],
      [768, 1024],
      [390, 844],
      [320, 640],
    ],
  },
  {
    path: './embed.html?feature=link-crossing-mong-cai-dongxing',
    sizes: [
      [640, 480],
      [320, 480],
    ],
  },
  {
    path: './story.html',
    sizes: [
      [1280, 800],
      [390, 844],
    ],
  },
] as const;

for (const lang of ['vi', 'zh'] as const) {
  test(`no text is cut or pushed off the page in ${lang}, from 320 to 1280 px`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const { path, sizes } of PAGES) {
      await page.setViewportSize({ width: sizes[0][0], height: sizes[0][1] });
      await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'vi');
      // The data and the interface's words are in (the embed's picture is its map until the reader shows intent).
      if (path.includes('embed')) await expect(page.locator('.caption-strip, .panel').first()).toBeVisible({ timeout: 30_000 });
      else await waitForMap(page);
      for (const [width, height] of sizes) {
        await page.setViewportSize({ width, height });
        const name = `${path.replace(/^\.\/|\?.*$/g, '') || 'index'}-${lang}-${width}`;
        expect(await cutText(page), `${name}: text cut`).toEqual([]);
        await page.screenshot({ path: `${SCREENS}/96-${name}.png` });
        if (path.includes('embed')) {
          // The bar's menu, open: its items in the language, none cut.
          await page.locator('.embed-menu > summary').click();
          expect(await cutText(page), `${name}, menu open: text cut`).toEqual([]);
          // And its "Download image" choices, open in it.
          await page.locator('.embed-menu .download-image > summary').click();
          expect(await cutText(page), `${name}, download choices open: text cut`).toEqual([]);
          await page.screenshot({ path: `${SCREENS}/96-${name}-menu.png` });
          await page.locator('.embed-menu .download-image > summary').click();
          await page.keyboard.press('Escape');
        }
      }
    }
  });
}
