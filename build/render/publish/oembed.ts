// The oEmbed document (https://oembed.com/, type "rich"): what a CMS fetches from the pages'
// discovery link to turn the map's address into its embed code, with a title and a thumbnail.
import { EMBED_TITLE, FIXED_FRAME, scriptEmbedCode } from '../../../src/lib/embed/embed-code.ts';
import { CARD } from '../thumbnail/card-svg.ts';

export const OEMBED_PATH = 'oembed.json';
export const THUMBNAIL_PATH = 'thumbnail.png';

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export interface Provider {
  name: string;
  url: string;
}

/** The provider named in the document: the publisher's, if the build is told (STORY_MAP_PROVIDER_NAME, _URL). */
export function providerFromEnv(base: string, env: Record<string, string | undefined> = process.env): Provider {
  return { name: env.STORY_MAP_PROVIDER_NAME?.trim() || 'China–Vietnam story map', url: env.STORY_MAP_PROVIDER_URL?.trim() || `${base}index.html` };
}

/** `base`: publicUrl(), or "" for addresses relative to the document. The code is the Embed dialog's for the initial view. */
export function oembedDocument(base: string, provider: Provider = providerFromEnv(base)): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    html: scriptEmbedCode(base, ''),
    width: FIXED_FRAME.width,
    height: FIXED_FRAME.height,
    title: EMBED_TITLE,
    provider_name: provider.name,
    provider_url: provider.url,
    thumbnail_url: `${base}${THUMBNAIL_PATH}`,
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
  };
}
