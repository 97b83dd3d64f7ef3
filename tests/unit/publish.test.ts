// The publishers' tools as the build and the dialog make them: the public address, the oEmbed
// document, each page's social card and discovery link, AMP's resize request and its code.
import { describe, expect, it } from 'vitest';
import { publicUrl } from '../../build/render/publish/public-url.ts';
import { oembedDocument, providerFromEnv } from '../../build/render/publish/oembed.ts';
import { THUMBNAIL_ALT, publishMeta } from '../../build/render/publish/page-meta.ts';
import { EMBED_TITLE, ampEmbedCode, iframeEmbedCode, scriptEmbedCode } from '../../src/lib/embed/embed-code.ts';
import { ampSizeMessage, askAmpForHeight, inAmpFrame } from '../../src/lib/embed/amp-size.ts';
import { viLater } from '../../src/lib/messages/later/vi.ts';

const BASE = 'https://news.example/maps/china-vietnam/';

describe('the public address (STORY_MAP_URL)', () => {
  it('is empty when not set, and a folder URL when set', () => {
    expect(publicUrl(undefined)).toBe('');
    expect(publicUrl('  ')).toBe('');
    expect(publicUrl('https://news.example/maps/china-vietnam')).toBe(BASE);
    expect(publicUrl(`${BASE}?utm=x#top`)).toBe(BASE);
  });

  it('refuses what is not an absolute http(s) address, naming the variable', () => {
    for (const bad of ['maps/china-vietnam/', 'javascript:alert(1)', 'ftp://news.example/', '//news.example/maps/']) {
      expect(() => publicUrl(bad)).toThrow(/STORY_MAP_URL/);
    }
  });
});

describe('the oEmbed document', () => {
  it('has what the spec requires of a rich type, and its html is the embed code for the initial view', () => {
    const doc = oembedDocument(BASE, providerFromEnv(BASE, {}));
    expect(doc).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 480, title: EMBED_TITLE });
    expect(doc.html).toBe(scriptEmbedCode(BASE, ''));
    expect(doc.html).toContain(`data-story-map="${BASE}embed.html"`);
    expect(doc.html).toContain(`<script src="${BASE}embed.js" async></script>`);
    // A thumbnail's URL comes with its size (the spec asks for all three or none).
    expect(doc).toMatchObject({ thumbnail_url: `${BASE}thumbnail.png`, thumbnail_width: 1200, thumbnail_height: 630 });
    expect(doc).toMatchObject({ provider_name: 'China–Vietnam story map', provider_url: `${BASE}index.html` });
  });

  it('names the publisher when the build is told, and is relative to itself without an address', () => {
    expect(providerFromEnv(BASE, { STORY_MAP_PROVIDER_NAME: 'News Desk', STORY_MAP_PROVIDER_URL: 'https://news.example/' })).toEqual({
      name: 'News Desk',
      url: 'https://news.example/',
    });
    const relative = oembedDocument('', providerFromEnv('', {}));
    expect(relative.html).toContain('data-story-map="embed.html"');
    expect(relative.thumbnail_url).toBe('thumbnail.png');
  });
});

describe('each page’s social card and discovery link', () => {
  const page = `<html><head>\n    <title>China &amp; Vietnam "map"</title>\n    <meta\n      name="description"\n      content="The places."\n    />\n  </head><body></body></html>`;

  it('takes the page’s own title and description, and points at the card and the oEmbed document', () => {
    const html = publishMeta(page, 'index.html', BASE);
    expect(html).toContain('<meta property="og:title" content="China &amp; Vietnam &quot;map&quot;" />');
    expect(html).toContain('<meta property="og:description" content="The places." />');
    expect(html).toContain(`<meta property="og:image" content="${BASE}thumbnail.png" />`);
    expect(html).toContain(`<meta property="og:url" content="${BASE}index.html" />`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).toContain(`<meta property="og:image:alt" content="${THUMBNAIL_ALT}" />`);
    expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${BASE}oembed.json"`);
    // In the head, once.
    expect(html.indexOf('og:image"')).toBeLessThan(html.indexOf('</head>'));
    expect(html.match(/og:title/g)).toHaveLength(1);
  });

  it('without an address: relative URLs (the site works under any path), no og:url, and a description for pages without one', () => {
    const html = publishMeta('<html><head><title>Map</title></head></html>', 'embed.html', '');
    expect(html).toContain('<meta property="og:image" content="thumbnail.png" />');
    expect(html).toContain('href="oembed.json"');
    expect(html).not.toContain('og:url');
    expect(html).toMatch(/<meta property="og:description" content="A map of the places behind two December 2023 articles/);
  });
});

describe('AMP', () => {
  it('asks only when amp-iframe frames the map (it adds #amp=1), never on its own or in another frame', () => {
    expect(inAmpFrame('#amp=1', true)).toBe(true);
    expect(inAmpFrame('#x=2&amp=1', true)).toBe(true);
    expect(inAmpFrame('#amp=1', false)).toBe(false);
    expect(inAmpFrame('', true)).toBe(false);
    expect(inAmpFrame('#amp=10', true)).toBe(false);
    expect(inAmpFrame('#camp=1', true)).toBe(false);
  });

  it('asks in AMP’s words for the height embed.js would give the frame at its width', () => {
    expect(ampSizeMessage(390)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 448 });
    expect(ampSizeMessage(800)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 600 });
    expect(ampSizeMessage(2000).height).toBe(688);
  });

  it('posts to the parent window only, once per height, again when the width changes', () => {
    const posted: [unknown, string][] = [];
    const listeners: (() => void)[] = [];
    const parent = { postMessage: (message: unknown, origin: string) => posted.push([message, origin]) };
    const frame = (hash: string, framed = true) => {
      const win = {
        location: { hash },
        innerWidth: 390,
        parent: null as unknown,
        addEventListener: (_: string, listener: () => void) => listeners.push(listener),
      };
      win.parent = framed ? parent : win;
      return win;
    };
    const ask = (win: ReturnType<typeof frame>) => askAmpForHeight(win as unknown as Window);
    const amp = frame('#amp=1');
    ask(amp);
    expect(posted).toEqual([[{ sentinel: 'amp', type: 'embed-size', height: 448 }, '*']]);
    listeners.forEach((l) => l()); // a resize that keeps the height asks nothing
    amp.innerWidth = 800;
    listeners.forEach((l) => l());
    expect(posted.map(([m]) => (m as { height: number }).height)).toEqual([448, 600]);
    // Not framed by AMP: nothing at all, and nothing listened to.
    posted.length = 0;
    listeners.length = 0;
    ask(frame(''));
    ask(frame('#amp=1', false));
    expect(posted).toEqual([]);
    expect(listeners).toEqual([]);
  });

  it('offers a resizable amp-iframe of the view with the overflow button AMP requires', () => {
    const code = ampEmbedCode(BASE, '?feature=kh-station-hanoi&lang=vi', viLater.ampOverflow);
    expect(code).toMatch(/^<amp-iframe src="https:\/\/news\.example\/maps\/china-vietnam\/embed\.html\?feature=kh-station-hanoi&lang=vi" /);
    expect(code).toContain(' resizable ');
    expect(code).toContain('sandbox="allow-scripts allow-same-origin"');
    expect(code).toContain('layout="responsive"');
    expect(code).toContain('<div overflow tabindex="0" role="button" aria-label="Xem toàn bộ bản đồ">Xem toàn bộ bản đồ</div>');
    expect(code.trimEnd().endsWith('</amp-iframe>')).toBe(true);
  });

  it('escapes a title in the embed codes’ attributes', () => {
    expect(iframeEmbedCode(BASE, '', 'A "quoted" <map> & more')).toContain('title="A &quot;quoted&quot; &lt;map> &amp; more"');
    expect(scriptEmbedCode(BASE, '', 'A "b"')).toContain('data-title="A &quot;b&quot;"');
  });
});
