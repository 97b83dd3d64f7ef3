// Where the built site will be served, for the URLs that must be absolute: a social card's og:image,
// and the oEmbed document's code and thumbnail, which are used on other sites. Set at build time:
//   STORY_MAP_URL=https://news.example/graphics/china-vietnam/ npm run build
// Without it every such URL is relative to the page or document that carries it (the site still
// works under any path, but crawlers and CMSs need the absolute form).

export function publicUrl(value = process.env.STORY_MAP_URL): string {
  const given = value?.trim();
  if (!given) return '';
  let url: URL | null = null;
  try {
    url = new URL(given);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`STORY_MAP_URL must be the absolute http(s) address of the map's folder, e.g. https://news.example/maps/china-vietnam/ (got "${given}")`);
  }
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
