// What each page tells crawlers and CMSs in its head: the social card (Open Graph, and Twitter's
// large-image card) and the oEmbed discovery link. Title and description are the page's own.
import { escapeHtml } from '../html.ts';
import { CARD } from '../thumbnail/card-svg.ts';
import { OEMBED_PATH, THUMBNAIL_PATH } from './oembed.ts';
import { EMBED_TITLE } from '../../../src/lib/embed/embed-code.ts';

/** For pages without a description of their own (the embed, the demo article). */
const MAP_DESCRIPTION =
  'A map of the places behind two December 2023 articles on China–Vietnam ties: the Kunming–Haiphong rail corridor, the links to Hanoi, the rare-earth region, Hainan’s undersea data centre and the South China Sea.';
export const THUMBNAIL_ALT =
  'Map of the rail corridor from Kunming to Haiphong, the links from southern China to Hanoi, the rare-earth belt and Hainan’s undersea data centre';

/** The text of a page's element as written in its HTML (already escaped there), made safe for an attribute. */
const asAttribute = (html: string) => html.trim().replace(/\s+/g, ' ').replace(/"/g, '&quot;');

/** `page`: the page's file name; `base`: publicUrl(), or "" for relative addresses. */
export function publishMeta(html: string, page: string, base: string): string {
  const title = asAttribute(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? escapeHtml(EMBED_TITLE));
  const description = asAttribute(/<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1] ?? escapeHtml(MAP_DESCRIPTION));
  const tags = [
    `<link rel="alternate" type="application/json+oembed" href="${base}${OEMBED_PATH}" title="${escapeHtml(EMBED_TITLE)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    ...(base ? [`<meta property="og:url" content="${base}${page}" />`] : []),
    `<meta property="og:image" content="${base}${THUMBNAIL_PATH}" />`,
    `<meta property="og:image:type" content="image/png" />`,
    `<meta property="og:image:width" content="${CARD.width}" />`,
    `<meta property="og:image:height" content="${CARD.height}" />`,
    `<meta property="og:image:alt" content="${escapeHtml(THUMBNAIL_ALT)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
  ];
  return html.replace(/\s*<\/head>/, () => `${tags.map((t) => `\n    ${t}`).join('')}\n  </head>`);
}
