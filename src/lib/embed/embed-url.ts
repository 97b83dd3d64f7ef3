// Which map addresses embed.js may frame: http(s) on the origin embed.js itself came from, where the
// map is hosted beside it. A data-story-map attribute survives many sanitisers that strip scripts, so
// `javascript:`, `data:` or another site's page in it must never become an iframe.

export type EmbedUrl = { ok: true; url: URL } | { ok: false; reason: string };

export function checkEmbedUrl(value: string | undefined, scriptUrl: string): EmbedUrl {
  let own: URL;
  let url: URL;
  try {
    own = new URL(scriptUrl);
    // The URL parser also drops tabs and newlines inside the scheme ("java\tscript:"), as browsers do.
    url = new URL(value?.trim() || 'embed.html', own);
  } catch {
    return { ok: false, reason: 'its address is not a valid URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'its address must be an http or https URL' };
  if (url.origin !== own.origin) return { ok: false, reason: `its address must be on ${own.origin}, where embed.js is served` };
  return { ok: true, url };
}
