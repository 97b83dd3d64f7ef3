// Embedding with the host page and the map on two different origins, as on a real news site.
import type { Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, sharedPage, startLiveMap, SCREENS } from './fixtures.ts';
import { PORT } from '../../playwright.config.ts';
import { MAP_ORIGIN, routeArticleToMapOrigin } from './article-host.ts';

test.use({ otherOrigins: [MAP_ORIGIN, `http://localhost:${PORT}`] });

/**
 * The demo article with its embed pointing at the map on another origin, as embed code pasted by a publisher does.
 * Without its chapter markup unless asked (story mode moves the map as the page scrolls: the other tests scroll too).
 */
async function openArticle(page: Page, width = 1280, height = 700, { chapters = false } = {}) {
  await page.setViewportSize({ width, height });
  // Layout shifts on the host page, from first paint on.
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // As a publisher pastes it: embed.js and the map from the map's origin.
  await routeArticleToMapOrigin(page, { chapters });
  await page.goto('./article.html');
}

async function scrollToMap(page: Page) {
  await page.locator('[data-story-map]').scrollIntoViewIfNeeded();
  const frame = page.frameLocator('[data-story-map] iframe');
  // In story mode a chapter starts the live map, once one crosses the reading line; otherwise the pointer over it does.
  if (await page.locator('[data-storymap-chapter]').count()) {
    await expect(frame.locator('.embed[data-live-wanted]')).toHaveCount(1, { timeout: 30_000 });
    return frame;
  }
  await startLiveMap(frame);
  await expect(frame.locator('[data-story-drawn="true"]')).toHaveCount(1, { timeout: 30_000 });
  return frame;
}

/** A frame from a third origin (`localhost`, not the page's 127.0.0.1) that posts `toHost` to the
 * article and `toFrames` to every frame of it, the map's included; resolves once it has run. */
async function addForeignFrame(page: Page, name: string, toHost: object, toFrames: object) {
  const url = `http://localhost:${PORT}/${name}`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<script>parent.postMessage(${JSON.stringify(toHost)}, '*');
        for (let i = 0; i < parent.frames.length; i++) parent.frames[i].postMessage(${JSON.stringify(toFrames)}, '*');</script>`,
    }),
  );
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, url);
  await expect(page.frameLocator(`iframe[src="${url}"]`).locator('script')).toHaveCount(1);
}

test('the map loads only when scrolled near, and reserves its space (no layout shift)', async ({ page }) => {
  const mapRequests: string[] = [];
  // embed.js itself comes from the map's origin; nothing else should before the map is near.
  page.on('request', (r) => r.url().startsWith(MAP_ORIGIN) && !r.url().endsWith('/embed.js') && mapRequests.push(r.url()));
  await openArticle(page);
  await page.waitForLoadState('networkidle');
  // The placeholder starts well below the fold (more than the 300 px look-ahead).
  expect((await page.locator('[data-story-map]').boundingBox())!.y).toBeGreaterThan(700 + 300);
  await page.waitForTimeout(500);
  await expect(page.locator('[data-story-map] iframe')).toHaveCount(0);
  expect(mapRequests).toEqual([]);
  const reserved = (await page.locator('[data-story-map]').boundingBox())!.height;
  // The preview below the fold is skipped by the first paint, and rendered once the page has
  // loaded, so a full-page capture or a print shows it.
  await expect(page.locator('.story-map-preview')).toHaveCSS('content-visibility', 'visible');
  await page.screenshot({ path: `${SCREENS}/11-article-top.png` });

  await scrollToMap(page);
  expect(mapRequests.some((u) => u.includes('/embed.html'))).toBe(true);
  expect((await page.locator('[data-story-map]').boundingBox())!.height).toBeCloseTo(reserved, 0);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  await page.screenshot({ path: `${SCREENS}/12-article-map.png` });
});

for (const width of [320, 768, 1280]) {
  test(`at ${width}px the iframe is as tall as its content (within 2 px)`, async ({ page }) => {
    await openArticle(page, width, 800);
    const frame = await scrollToMap(page);
    const content = await frame.locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
    await expect.poll(async () => Math.abs((await page.locator('[data-story-map] iframe').evaluate((el) => el.clientHeight)) - content)).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await page.screenshot({ path: `${SCREENS}/13-article-${width}.png` });
  });
}

test('messages from a third origin, from the wrong window, or of the wrong shape are ignored', async ({ page }) => {
  await openArticle(page);
  const frame = await scrollToMap(page);
  const iframe = page.locator('[data-story-map] iframe');
  const before = await iframe.evaluate((el) => el.clientHeight);
  const envelope = { ns: 'china-vietnam-story-map', v: 1 };

  // A frame from a third origin tries both directions.
  await addForeignFrame(page, 'attacker.html', { ...envelope, type: 'height', height: 90 }, { ...envelope, type: 'select-feature', id: 'scs-spratly-islands' });

  // The right windows, the wrong shapes.
  const garbage = [
    null,
    'x',
    42,
    [],
    { ...envelope, type: 'height', height: 'tall' },
    { ...envelope, type: 'select-feature', id: '<img src=x onerror=alert(1)>' },
    { ...envelope, v: 99, type: 'reset-view' },
    { type: 'select-feature', id: 'scs-spratly-islands' },
  ];
  await iframe.evaluate((el, messages) => {
    for (const m of messages) (el as HTMLIFrameElement).contentWindow!.postMessage(m, '*');
  }, garbage);
  await frame.locator('body').evaluate((_, messages) => {
    for (const m of messages) parent.postMessage(m, '*');
  }, garbage);
  // Even from the map itself a height changes nothing: the frame's height is the host's (the map fills it).
  await frame.locator('body').evaluate((_, env) => parent.postMessage({ ...env, type: 'height', height: 1e9 }, '*'), envelope);

  await page.waitForTimeout(500);
  await expect(frame.locator('.panel')).toHaveCount(0);
  const dialogs: string[] = [];
  page.on('dialog', (d) => dialogs.push(d.message()));
  expect(dialogs).toEqual([]);
  expect(before).toBeGreaterThan(150);
  expect(await iframe.evaluate((el) => el.clientHeight), 'the frame’s height, after the forged heights').toBe(before);
});

test.describe('one article page', () => {
  // Loaded once for these three: scrolling first (before a panel or list is open in the map), and
  // the axe test, which leaves for the embed page, last.
  const shared = sharedPage(null, (page) => openArticle(page), [MAP_ORIGIN, `http://localhost:${PORT}`]);

  test('scrolling over the map scrolls the article; "Explore map" lets the wheel zoom', async () => {
    const { page } = shared;
    await scrollToMap(page);
    const box = (await page.locator('[data-story-map] iframe').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(150, box.height / 3));
    const y0 = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(y0 + 100);

    const frame = page.frameLocator('[data-story-map] iframe');
    await page.locator('[data-story-map]').scrollIntoViewIfNeeded();
    await frame.getByRole('button', { name: 'Explore map' }).click();
    await expect(frame.getByRole('button', { name: 'Done exploring' })).toHaveAttribute('aria-pressed', 'true');
    const box2 = (await page.locator('[data-story-map] iframe').boundingBox())!;
    await page.mouse.move(box2.x + box2.width / 2, box2.y + Math.min(150, box2.height / 3));
    const y1 = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => scrollY)).toBe(y1);
  });

  test('clicking an article sentence selects its feature; selecting on the map marks its sentences', async () => {
    const { page } = shared;
    const frame = await scrollToMap(page);
    const sentence = page.locator('.excerpt', { hasText: 'China recently constructed an undersea data center' });
    await sentence.click();
    await expect(frame.locator('.panel')).toHaveAttribute('data-feature-id', 'hainan-undersea-data-centre');
    await expect(frame.locator('.panel blockquote').first()).toContainText('undersea data center');
    await expect(sentence).toHaveClass(/selected/);

    // Keyboard: Enter on another sentence.
    const rare = page.locator('.excerpt', { hasText: 'world’s second-largest rare earth deposits' });
    await rare.focus();
    await page.keyboard.press('Enter');
    await expect(frame.locator('.panel')).toHaveAttribute('data-feature-id', /^ree-/);
    await expect(rare).toHaveAttribute('aria-current', 'true');
    await expect(sentence).not.toHaveClass(/selected/);

    // From the map side: a feature chosen in the embed's list marks the article's sentences.
    await frame.locator('.panel .close').click();
    await frame.locator('.embed-menu > summary').click();
    await frame.getByRole('button', { name: 'Features on the map' }).click();
    await frame.locator('button.row[data-feature-id="scs-paracel-islands"]').click();
    await expect(page.locator('.excerpt.selected').first()).toContainText('South China Sea');
    await page.screenshot({ path: `${SCREENS}/14-article-linked.png` });
  });

  test('axe: the article page and the embed page', async () => {
    const { page } = shared;
    await scrollToMap(page);
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const article = await new AxeBuilder({ page }).withTags(tags).exclude('[data-story-map]').analyze();
    expect(article.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
    await page.goto(`${MAP_ORIGIN}/embed.html?feature=kh-rail-laocai-hanoi`);
    await startLiveMap(page);
    await expect(page.locator('[data-story-drawn="true"]')).toHaveCount(1, { timeout: 30_000 });
    await page.screenshot({ path: `${SCREENS}/15-embed-page.png` });
    const embed = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(embed.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
  });
});

test.describe('story mode in the article', () => {
  // One page for the three: the host's paragraphs marked with chapters drive the embed (embed.js).
  const shared = sharedPage(
    null,
    async (page) => {
      await openArticle(page, 1280, 800, { chapters: true });
      // What the host page hears: every storymap:chapter-shown and storymap:feature-selected, in order.
      await page.evaluate(() => {
        const heard: { type: string; id: string | null }[] = [];
        (window as unknown as { heard: typeof heard }).heard = heard;
        for (const type of ['chapter-shown', 'feature-selected'])
          document.addEventListener(`storymap:${type}`, (e) => heard.push({ type, id: (e as CustomEvent<{ id: string | null }>).detail.id }));
      });
    },
    [MAP_ORIGIN, `http://localhost:${PORT}`],
  );
  const heard = (page: Page, type: string) =>
    page.evaluate((t) => (window as unknown as { heard: { type: string; id: string | null }[] }).heard.filter((h) => h.type === t).map((h) => h.id), type);
  const marked = (page: Page) => page.locator('[data-storymap-chapter]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.storymapChapter!));
  /** Puts a marked paragraph across the middle of the viewport, as a reader scrolling to it does. */
  const readParagraph = (page: Page, id: string) =>
    page.locator(`[data-storymap-chapter="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));

  test('scrolling to each marked paragraph shows its chapter: layers, selection, no panel, no layout shift', async () => {
    const { page } = shared;
    const ids = await marked(page);
    expect(await heard(page, 'chapter-shown'), 'no chapter at the top of the page').toEqual([]);
    // The first marked paragraph may already be beside the map here (on wide screens they share a story run).
    const frame = await scrollToMap(page);
    expect(ids.length, 'paragraphs marked with a chapter').toBeGreaterThanOrEqual(2);
    const { chapters } = (await (await page.request.get(`${MAP_ORIGIN}/data/chapters.json`)).json()) as {
      chapters: { id: string; select?: string; layers: string[] }[];
    };
    for (const [i, id] of ids.entries()) {
      const chapter = chapters.find((ch) => ch.id === id)!;
      await readParagraph(page, id);
      await expect.poll(async () => (await heard(page, 'chapter-shown')).at(-1), { timeout: 30_000 }).toBe(id);
      await expect(frame.locator('.embed')).toHaveAttribute('data-chapter-shown', id);
      expect((await frame.locator('.embed').getAttribute('data-visible-layers'))!.split(' ').sort()).toEqual([...chapter.layers].sort());
      expect((await heard(page, 'feature-selected')).at(-1)).toBe(chapter.select ?? null);
      // The chapter's feature is selected on the map; the paragraph is its text, so no panel covers the map.
      await expect(frame.locator('.panel')).toHaveCount(0);
      await expect(page.locator(`[data-storymap-chapter="${id}"]`)).toHaveClass(/chapter-shown/);
      if (i === 0) {
        await page.evaluate(() => scrollBy(0, -200));
        await page.screenshot({ path: `${SCREENS}/16-article-chapter.png` });
        await readParagraph(page, id);
      }
    }
    // Each in turn, once: the host sends a chapter only when it changes.
    expect((await heard(page, 'chapter-shown')).slice(-ids.length)).toEqual(ids);
    await expect(page.locator('.chapter-shown')).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    // Axe in a chapter's state: the host page and, inside its frame, the map it drives.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
    // (A node inside a frame is targeted by the frame's selector, then its own.)
    expect(
      axe.passes.some((rule) => rule.nodes.some((n) => n.target.length > 1)),
      'axe read the embed inside its frame',
    ).toBe(true);
  });

  test('a fast scroll to the last marked paragraph ends on its chapter', async () => {
    const { page } = shared;
    const frame = page.frameLocator('[data-story-map] iframe');
    const ids = await marked(page);
    await readParagraph(page, ids[0]!);
    await expect(frame.locator('.embed')).toHaveAttribute('data-chapter-shown', ids[0]!);
    // Every marked paragraph across the line for one frame each, faster than the map can fly.
    await page.evaluate(async (all) => {
      for (const id of all) {
        document.querySelector(`[data-storymap-chapter="${id}"]`)!.scrollIntoView({ block: 'center', behavior: 'instant' });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
    }, ids);
    const last = ids.at(-1)!;
    await expect.poll(async () => (await heard(page, 'chapter-shown')).at(-1)).toBe(last);
    await expect(frame.locator('.embed')).toHaveAttribute('data-chapter-shown', last);
    // The reader's own choice still opens the panel while a chapter is shown. (Clicked where they are:
    // Playwright's click would scroll the host page to them, and so move on to another chapter.)
    const click = (button: Locator) => button.evaluate((el) => (el as HTMLElement).click());
    const features = frame.locator('.embed-menu button', { hasText: 'Features on the map' });
    await click(features);
    const row = frame.locator(`button.row:not([data-feature-id="${(await heard(page, 'feature-selected')).at(-1)}"])`).first();
    const chosen = await row.getAttribute('data-feature-id');
    await click(row);
    await expect(frame.locator('.panel')).toHaveAttribute('data-feature-id', chosen!);
    // Its panel holds the story (focus moving into the frame may scroll the page to another chapter)…
    await expect(frame.locator('.embed')).toHaveAttribute('data-chapter-current', last);
    await click(features);
    await click(frame.locator('.panel .close'));
    // …and closing it takes the map to the chapter in view.
    const inView = await page.evaluate(() => {
      const line = innerHeight / 2;
      const el = [...document.querySelectorAll<HTMLElement>('[data-storymap-chapter]')].filter((p) => p.getBoundingClientRect().top <= line).pop();
      return el?.dataset.storymapChapter;
    });
    await expect(frame.locator('.embed')).toHaveAttribute('data-chapter-shown', inView!);
    await page.screenshot({ path: `${SCREENS}/17-article-last-chapter.png` });
  });

  test('chapter messages from a third origin, or of the wrong shape, are ignored; an unknown chapter is a notice', async () => {
    const { page } = shared;
    const frame = page.frameLocator('[data-story-map] iframe');
    const iframe = page.locator('[data-story-map] iframe');
    const ids = await marked(page);
    const shownBefore = await frame.locator('.embed').getAttribute('data-chapter-shown');
    const heardBefore = await heard(page, 'chapter-shown');
    const other = ids.find((id) => id !== shownBefore)!;
    const envelope = { ns: 'china-vietnam-story-map', v: 1 };

    // A frame from a third origin, well-formed: a chapter to the map, a chapter shown to the host.
    await addForeignFrame(
      page,
      'attacker-chapters.html',
      { ...envelope, type: 'chapter-shown', id: 'forged', index: 0 },
      { ...envelope, type: 'show-chapter', id: other },
    );

    // The right windows, the wrong shapes.
    const toMap = [
      { ...envelope, type: 'show-chapter', id: `${other}<script>` },
      { ...envelope, type: 'show-chapter', id: [other] },
      { ...envelope, v: 2, type: 'show-chapter', id: other },
      { type: 'show-chapter', id: other },
    ];
    await iframe.evaluate((el, messages) => {
      for (const m of messages) (el as HTMLIFrameElement).contentWindow!.postMessage(m, '*');
    }, toMap);
    const toHost = [
      { ...envelope, type: 'chapter-shown', id: other, index: -1 },
      { ...envelope, type: 'chapter-shown', id: '<img src=x onerror=alert(1)>', index: 0 },
      { ...envelope, type: 'chapter-shown', id: other },
    ];
    await frame.locator('body').evaluate((_, messages) => {
      for (const m of messages) parent.postMessage(m, '*');
    }, toHost);

    // Then the host's own command for a chapter the story lacks: a notice in the embed, and nothing moves.
    await page
      .locator('[data-story-map]')
      .evaluate((el) => el.dispatchEvent(new CustomEvent('storymap:command', { detail: { type: 'show-chapter', id: 'no-such-chapter' } })));
    await expect(frame.locator('.embed-notices')).toContainText('Ignored chapter “no-such-chapter”');
    // Had any of the map's messages been taken, the chapter asked for would have changed by now (it does at once).
    await expect(frame.locator('.embed')).toHaveAttribute('data-chapter-current', shownBefore!);
    await expect(frame.locator('.embed')).toHaveAttribute('data-chapter-shown', shownBefore!);
    expect(await heard(page, 'chapter-shown')).toEqual(heardBefore);
  });
});

test('story mode in the article on a phone: the map pinned at the top, each paragraph shows its chapter below it', async ({ page }) => {
  await openArticle(page, 390, 844, { chapters: true });
  const frame = await scrollToMap(page);
  const map = page.locator('.story-run [data-story-map]');
  const ids = await page.locator('[data-storymap-chapter]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.storymapChapter!));
  for (const [i, id] of ids.entries()) {
    // The paragraph's top just above the middle of the part of the screen below the pinned map (only
    // the map and its bar are pinned: the caption scrolls with the text).
    const height = (await map.boundingBox())!.height;
    await page
      .locator(`[data-storymap-chapter="${id}"]`)
      .evaluate((el, h) => scrollBy(0, el.getBoundingClientRect().top - ((innerHeight + h) / 2 - 24)), height);
    // The first chapter starts the live map (the light embed), so it may take a map's boot.
    await expect(frame.locator('.embed')).toHaveAttribute('data-chapter-shown', id, { timeout: 30_000 });
    const pinned = (await map.boundingBox())!;
    // (The first paragraph comes right after the map, which is still in its place above it.)
    if (i > 0) expect(Math.abs(pinned.y), 'the map pinned at the top').toBeLessThanOrEqual(1);
    expect(pinned.height, 'the map and its bar leave the text at least 45 % of the screen').toBeLessThanOrEqual(844 * 0.55);
    const text = (await page.locator(`[data-storymap-chapter="${id}"]`).boundingBox())!;
    expect(text.y, 'the paragraph below the map, not under it').toBeGreaterThanOrEqual(pinned.y + pinned.height);
  }
  await page.screenshot({ path: `${SCREENS}/18-article-phone-chapter.png` });
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
});
