// The code a publisher pastes: the Embed dialog shows it for the current view, and the build's
// oEmbed document (build/render/publish/oembed.ts) carries it for the initial view, so the two agree.

import { en } from '../messages/en.ts';

/** The frame's name in the host page (the iframe's title): English unless the dialog gives the reader's. */
export const EMBED_TITLE = en.embedFrameTitle;
/** A standard frame the map fills (see "Frame sizes" in the README); embed.js makes it 4:3 too. */
export const FIXED_FRAME = { width: 640, height: 480 } as const;

/** For an attribute value: the title may come from a translation. `search` is URLSearchParams' output, already safe. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `base`: the map's folder URL, ending in "/"; `search`: the view ("" or "?feature=…"). */
export function scriptEmbedCode(base: string, search: string, title = EMBED_TITLE): string {
  return `<div data-story-map="${base}embed.html${search}" data-title="${attribute(title)}"></div>\n<script src="${base}embed.js" async></` + `script>`;
}

export function iframeEmbedCode(base: string, search: string, title = EMBED_TITLE): string {
  const { width, height } = FIXED_FRAME;
  return `<iframe src="${base}embed.html${search}" width="${width}" height="${height}" style="border:0" title="${attribute(title)}"></iframe>`;
}

/** AMP's resizable amp-iframe (the map asks for its height: amp-size.ts), with the `overflow` element
 * AMP requires: a button AMP shows when it cannot resize at once, which resizes it on a tap. */
export function ampEmbedCode(base: string, search: string, overflowLabel: string, title = EMBED_TITLE): string {
  const { width, height } = FIXED_FRAME;
  return (
    `<amp-iframe src="${base}embed.html${search}" width="${width}" height="${height}" layout="responsive" ` +
    `sandbox="allow-scripts allow-same-origin" resizable title="${attribute(title)}">\n` +
    `  <div overflow tabindex="0" role="button" aria-label="${attribute(overflowLabel)}">${attribute(overflowLabel)}</div>\n</amp-iframe>`
  );
}
