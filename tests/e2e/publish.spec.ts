// The publishers' tools as a CMS, a social network and an AMP page meet them (issue #20): the
// pages' discovery link and social card, the oEmbed document and its thumbnail, AMP's resize request
// and the AMP code in the Embed dialog. The fixture fails any test whose pages or frames request
// another origin than the page's and the map's.
import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { test, expect, waitForMap, SCREENS } from './fixtures.ts';
import { MAP_ORIGIN } from './article-host.ts';
import { PROJECT_ROOT, STORY_LAYERS } from '../shared/layers.ts';

const PAGES = ['index.html', 'embed.html', 'story.html', 'article.html'];

/** An attribute of the first tag matching a pattern in a page's HTML (tags as the build writes them). */
function attributeOf(html: string, tag: RegExp, attribute: string): string | null {
  const found = html.match(tag)?.[0];
  return found ? (new RegExp(`${attribute}="([^"]*)"`).exec(found)?.[1] ?? null) : null;
}

test('every page carries the oEmbed discovery link and a social card whose image resolves to the 1200 × 630 thumbnail', async ({ page, baseURL }) => {
  for (const path of PAGES) {
    const pageUrl = new URL(path, baseURL);
    const html = await (await page.request.get(pageUrl.href)).text();
    const oembed = attributeOf(html, /<link rel="alternate" type="application\/json\+oembed"[^>]*>/, 'href');
    expect(oembed, `${path}: discovery link`).not.toBeNull();
    expect(new URL(oembed!, pageUrl).href, path).toBe(new URL('oembed.json', baseURL).href);
    const image = attributeOf(html, /<meta property="og:image"[^>]*>/, 'content');
    expect(new URL(image!, pageUrl).href, `${path}: og:image`).toBe(new URL('thumbnail.png', baseURL).href);
    expect(attributeOf(html, /<meta property="og:title"[^>]*>/, 'content'), `${path}: og:title is the page's title`).toBe(
      /<title>([^<]*)<\/title>/.exec(html)![1],
    );
    expect(attributeOf(html, /<meta property="og:description"[^>]*>/, 'content')?.length, `${path}: og:description`).toBeGreaterThan(40);
    expect(attributeOf(html, /<meta name="twitter:card"[^>]*>/, 'content'), path).toBe('summary_large_image');
  }
  const response = await page.request.get(new URL('thumbnail.png', baseURL).href);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = PNG.sync.read(await response.body());
  expect([png.width, png.height]).toEqual([1200, 630]);
});

test('oEmbed: the document has the fields the spec requires of a rich embed, and its html is the Embed dialog’s code for the initial view', async ({
  page,
  baseURL,
}) => {
  const html = await (await page.request.get(new URL('index.html', baseURL).href)).text();
  const oembedUrl = new URL(attributeOf(html, /<link rel="alternate" type="application\/json\+oembed"[^>]*>/, 'href')!, new URL('index.html', baseURL));
  const response = await page.request.get(oembedUrl.href);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  const doc = (await response.json()) as Record<string, unknown>;
  expect(doc.version).toBe('1.0');
  expect(doc.type).toBe('rich');
  for (const field of ['html', 'title', 'provider_name', 'provider_url', 'thumbnail_url']) expect(typeof doc[field], field).toBe('string');
  for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
    expect(Number.isInteger(doc[field]) && (doc[field] as number) > 0, field).toBe(true);
  const thumbnail = PNG.sync.read(await (await page.request.get(new URL(doc.thumbnail_url as string, oembedUrl).href)).body());
  expect([thumbnail.width, thumbnail.height]).toEqual([doc.thumbnail_width, doc.thumbnail_height]);

  // Built without STORY_MAP_URL, its addresses are relative to the document: resolved, they are the dialog's.
  const resolved = (doc.html as string).replace(
    /(data-story-map|src)="([^"]*)"/g,
    (_, name: string, url: string) => `${name}="${new URL(url, oembedUrl).href}"`,
  );
  await page.goto('./');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  expect(await page.locator('#embed-code').inputValue()).toBe(resolved);
});

test('the Embed dialog offers the AMP code beside the others, in the reader’s language, at 1280 and 390 px', async ({ page, baseURL }) => {
  await page.goto('./?feature=kh-station-hanoi');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const amp = page.locator('#amp-embed-code');
  await expect(page.getByRole('heading', { name: 'For AMP pages' })).toBeVisible();
  await expect(page.getByLabel('AMP embed code')).toHaveValue(
    `<amp-iframe src="${baseURL}embed.html?feature=kh-station-hanoi" width="640" height="480" layout="responsive" sandbox="allow-scripts allow-same-origin" resizable title="Map: China–Vietnam rail corridor, rare earths and the South China Sea">\n` +
      `  <div overflow tabindex="0" role="button" aria-label="Show the whole map">Show the whole map</div>\n</amp-iframe>`,
  );
  // The script and iframe codes stay first.
  expect(
    await page.locator('dialog[open] :is(#embed-code, .iframe-code, #amp-embed-code)').evaluateAll((els) => els.map((el) => el.id || el.classList[0])),
  ).toEqual(['embed-code', 'iframe-code', 'amp-embed-code']);
  const axe = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  await page.getByRole('button', { name: 'Copy AMP code' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/90-embed-dialog-amp-1280.png` });
  await page.keyboard.press('Escape');

  // In Vietnamese, on a phone: the AMP words and the overflow button in Vietnamese, the view's language carried.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
  await page.getByRole('button', { name: 'Nhúng', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Cho trang AMP' })).toBeVisible();
  await expect(page.locator('section.amp')).toHaveAttribute('lang', 'vi');
  await expect(amp).toHaveValue(/embed\.html\?feature=kh-station-hanoi&lang=vi"/);
  await expect(amp).toHaveValue(/aria-label="Xem toàn bộ bản đồ">Xem toàn bộ bản đồ<\/div>/);
  // Nothing in the dialog runs off a phone's screen.
  const overflow = await page
    .locator('dialog[open]')
    .evaluate((dialog) =>
      [...dialog.querySelectorAll('h3, p, label, textarea, button')]
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
        .map((el) => el.outerHTML.slice(0, 60)),
    );
  expect(overflow).toEqual([]);
  await page.getByRole('button', { name: 'Sao chép mã AMP' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/91-embed-dialog-amp-390-vi.png` });
});

test.describe('AMP: an amp-iframe stand-in on another origin', () => {
  test.use({ otherOrigins: [MAP_ORIGIN] });

  test('receives the embed-size request with the height for its width, again when the width changes; an ordinary frame gets none', async ({
    page,
    baseURL,
  }) => {
    const host = `${baseURL}amp-host.html`;
    // As amp-iframe does: a sandboxed frame whose address gets #amp=1, resized to the height asked for.
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>AMP stand-in</title></head><body style="margin:0">
          <script>
            window.received = { amp: [], plain: [] };
            addEventListener('message', (event) => {
              for (const id of ['amp', 'plain']) {
                const frame = document.getElementById(id);
                if (event.source !== frame.contentWindow) continue;
                received[id].push({ origin: event.origin, data: event.data });
                const d = event.data;
                if (d && d.sentinel === 'amp' && d.type === 'embed-size' && d.height >= 100) frame.style.height = d.height + 'px';
              }
            });
          </script>
          <iframe id="amp" title="Map" src="${MAP_ORIGIN}/embed.html#amp=1" sandbox="allow-scripts allow-same-origin" style="display:block;border:0;width:390px;height:292px"></iframe>
          <iframe id="plain" title="Map, framed plainly" src="${MAP_ORIGIN}/embed.html" style="display:block;border:0;width:390px;height:480px"></iframe>
        </body></html>`,
      }),
    );
    await page.context().grantPermissions(['local-network-access']);
    await page.setViewportSize({ width: 1000, height: 1100 });
    await page.goto(host);
    type Received = { origin: string; data: { sentinel?: string; type?: string; height?: number; ns?: string } }[];
    const received = (id: 'amp' | 'plain') => page.evaluate((key) => (window as unknown as { received: Record<string, Received> }).received[key]!, id);
    const ampAsks = async () => (await received('amp')).filter((m) => m.data?.sentinel === 'amp');

    await expect.poll(async () => (await ampAsks()).length).toBeGreaterThan(0);
    expect((await ampAsks())[0]).toEqual({ origin: MAP_ORIGIN, data: { sentinel: 'amp', type: 'embed-size', height: 448 } });
    // The stand-in applied it, as AMP would: the map fills the taller frame, with nothing to scroll.
    await expect.poll(() => page.locator('#amp').evaluate((el) => el.clientHeight)).toBe(448);
    const inside = page.frameLocator('#amp');
    await expect(inside.locator('.embed')).toHaveCount(1);
    await expect.poll(() => inside.locator('html').evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0);

    // A wider column: asked again, for 0.75 × 800.
    await page.locator('#amp').evaluate((el) => (el.style.width = '800px'));
    await expect.poll(async () => (await ampAsks()).at(-1)?.data.height).toBe(600);
    await expect.poll(() => page.locator('#amp').evaluate((el) => el.clientHeight)).toBe(600);
    await page.screenshot({ path: `${SCREENS}/92-amp-stand-in.png` });

    // The plain frame's app is up (its protocol hello comes after the start, where AMP's request would go) and it asked AMP nothing.
    await expect.poll(async () => (await received('plain')).some((m) => m.data?.ns === 'china-vietnam-story-map')).toBe(true);
    expect((await received('plain')).filter((m) => m.data?.sentinel !== undefined)).toEqual([]);
  });
});

test.describe('events for publishers', () => {
  test.use({ otherOrigins: [MAP_ORIGIN] });

  test('the README’s sample analytics listener hears the map: the feature it opened on, and a reader’s layer toggle', async ({ page, baseURL }) => {
    const readme = readFileSync(`${PROJECT_ROOT}README.md`, 'utf8');
    const sample = /<!-- analytics-sample -->\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(sample, 'the sample in the README').toBeTruthy();
    const host = `${baseURL}analytics-host.html`;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Publisher</title></head><body style="margin:0">
          <div data-story-map="${MAP_ORIGIN}/embed.html?feature=kh-station-hanoi" style="width:640px" data-height="480"></div>
          <script>window.sent = []; function sendToAnalytics(name, data) { sent.push([name, data]); }</script>
          <script src="${MAP_ORIGIN}/embed.js"></script>
          <script>${sample}</script>
        </body></html>`,
      }),
    );
    await page.context().grantPermissions(['local-network-access']);
    await page.goto(host);
    const sent = () => page.evaluate(() => (window as unknown as { sent: [string, Record<string, string>][] }).sent);
    const ids = STORY_LAYERS.map((l) => l.id);
    await expect.poll(sent).toContainEqual(['map: feature opened', { feature: 'kh-station-hanoi' }]);
    expect(await sent()).toContainEqual(['map: layers shown', { layers: ids.join(',') }]);
    const frame = page.frameLocator('[data-story-map] iframe');
    await frame.locator('.key summary').click();
    await frame.locator('li[data-layer-id="hainan-data-centre"] input').uncheck();
    const rest = ids.filter((id) => id !== 'hainan-data-centre').join(',');
    await expect.poll(async () => (await sent()).at(-1)).toEqual(['map: layers shown', { layers: rest }]);
  });
});
