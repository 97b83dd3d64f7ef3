// Which chunk a module is bundled in. The first view's code is one chunk ('story'): one request,
// compressed as one. Left to itself, rolldown splits out each module that a later chunk also uses
// (the layer kinds, clsx), each a request of its own before the map is idle. Kept out:
// each page's own entry and app shell, the code fetched after the first view (any `later/` folder;
// its loader, src/lib/load-later.svelte.ts, is first-view code) and the browser's check of a changed
// layer file with its schema.
const MAPLIBRE = /node_modules[\\/]maplibre-gl[\\/]/;
// The live map's own code goes with MapLibre: the embed fetches both only when its reader shows
// intent (src/embed/live-map.ts), the full page at once, in the same one request as before. Nothing
// the picture's code imports may be here, or the first view's chunk would import MapLibre's.
const LIVE_MAP =
  /[\\/]src[\\/](components[\\/](LiveMap|MapView|StoryLayerView|StoryLabels|MapInteractions)\.svelte|lib[\\/]map[\\/](map-workers|trusted-types|text-attribution|color-scheme\.svelte)\.ts|embed[\\/]live-map\.ts)/;
const LATER = /[\\/]src[\\/].*[\\/]later[\\/]/;
// The image export (src/lib/export/), loaded only when a reader asks for an image.
const EXPORT = /[\\/]src[\\/]lib[\\/]export[\\/]/;
const LAYER_CHECK = /[\\/]src[\\/]lib[\\/](data[\\/](check-layer|depth)\.ts|schema[\\/]feature\.ts)|[\\/]build[\\/]gate[\\/]/;
// The legends too: each page passes its own to the shared wiring (StoryLegend.svelte). The story
// page's chapters and stepper are its own: the map pages never load them.
const PAGE_OWN =
  /[\\/]src[\\/](main\.ts|start-page\.ts|App\.svelte|EmbedApp\.svelte|StoryPage\.svelte|embed[\\/]|article[\\/]|story[\\/]|lib[\\/]embed[\\/]|lib[\\/]chapters[\\/]|lib[\\/]schema[\\/]chapter\.ts|components[\\/]story[\\/]|lib[\\/]after-paint\.ts|components[\\/](Compact)?Legend\.svelte)/;
// The interface's words in Vietnamese and Chinese: fetched only by readers who choose them.
const OTHER_WORDS = /[\\/]src[\\/]lib[\\/]messages[\\/](?:later[\\/])?(vi|zh)\.ts$/;
const FIRST_VIEW = /[\\/]src[\\/]|virtual:story-|node_modules[\\/]clsx[\\/]/;

/** Stylesheet files stay with their importers: the pages link theirs before they paint (the
 * components' own styles go with their components). */
const STYLE_FILE = /^[^?]*\.css($|\?)/;

export function chunkOf(id: string): string | null {
  if (MAPLIBRE.test(id) || LIVE_MAP.test(id)) return 'maplibre';
  // (Before LATER: a language's later words go with its first ones.)
  const words = OTHER_WORDS.exec(id);
  if (words) return `words-${words[1]}`;
  if (LATER.test(id)) return 'later';
  if (EXPORT.test(id)) return 'export';
  if (STYLE_FILE.test(id) || LAYER_CHECK.test(id) || PAGE_OWN.test(id)) return null;
  return FIRST_VIEW.test(id) ? 'story' : null;
}
