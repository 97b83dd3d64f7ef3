// Everything the app loads by URL, built from geo/ and seeds/: validated, measured, ready to serve.
import { buildBasemap } from './basemap.ts';
import { loadFullLand } from './coast.ts';
import { creditHtml } from './credit-line.ts';
import { enrichLayer } from './enrich.ts';
import { notesPath, splitNotes, TRANSLATED_NOTES, type NotesByFeature } from './served-notes.ts';
import { readStoryFiles } from '../gate/read-story.ts';
import { validateStory } from '../gate/validate-story.ts';
import type { Problem } from '../gate/problems.ts';
import type { LayerManifest } from '../../src/lib/types.ts';
import { articleBodyHtml } from './article-html.ts';
import { staticMapSvg } from './static-svg.ts';
import { locatorSvg } from './locator-svg.ts';
import { labelLand } from './label-land.ts';
import { LABEL_LAND_PATH } from '../../src/lib/labels/land.ts';
import { loadLegendRenderer } from './prerender.ts';
import { CHAPTERS_URL } from '../../src/lib/chapters/load.ts';
import { flatStoryHtml } from './flat-story.ts';
import { cardSvg } from './thumbnail/card-svg.ts';
import { rasterise } from './thumbnail/rasterise.ts';
import { OEMBED_PATH, THUMBNAIL_PATH, oembedDocument } from './publish/oembed.ts';

export interface StoryOutput {
  problems: Problem[];
  /** geo/layers.json as checked, for the app's bundle (null when it is invalid). */
  manifest: LayerManifest | null;
  /** URL path under the site root → file contents. */
  files: Map<string, string>;
  /** URL path under the site root → a binary file's bytes (the social card and oEmbed thumbnail). */
  images: Map<string, Uint8Array>;
  /** The demo article page's body (see article-html.ts). */
  articleBody: string;
  /** Pre-rendered pieces of index.html, embed.html and story.html, keyed by their placeholder comments. */
  pageSlots: Record<string, string>;
}

const MAP_TITLE =
  'Map of the rail corridor from Kunming to Haiphong, the links from southern China to Hanoi, the rare-earth region, Hainan’s undersea data centre and the South China Sea';

/** The article's map slot: a static preview (drawn at build time) holds the space until the embed loads. */
function mapSlot(previewSvg: string): string {
  return `<figure class="story-map">
<div data-story-map="embed.html" data-title="Map: China–Vietnam rail corridor, rare earths and the South China Sea"><div class="story-map-preview">${previewSvg}</div></div>
<figcaption>Map: the places in these articles. Sources: the two articles, with rail operators, news reports and surveys for positions (listed in the map). Positions approximate where marked. Basemap: Natural Earth.</figcaption>
</figure>`;
}

export interface OutputOptions {
  /** The site's public address (build/render/publish/public-url.ts), or "" for relative URLs. */
  base?: string;
}

export async function buildStoryOutput(root: string, { base = '' }: OutputOptions = {}): Promise<StoryOutput> {
  const input = readStoryFiles(root);
  const story = validateStory(input);
  const files = new Map<string, string>();
  const land = loadFullLand();
  const notes = { vi: {}, zh: {} } as Record<(typeof TRANSLATED_NOTES)[number], NotesByFeature>;
  for (const [id, collection] of Object.entries(story.collections)) {
    const { served, notes: layerNotes } = splitNotes(enrichLayer(collection, land));
    files.set(`data/${id}.geojson`, JSON.stringify(served));
    for (const lang of TRANSLATED_NOTES) Object.assign(notes[lang], layerNotes[lang]);
  }
  for (const lang of TRANSLATED_NOTES) files.set(notesPath(lang), JSON.stringify(notes[lang]));
  const labels = story.labels ?? { type: 'FeatureCollection', features: [] };
  const basemap = buildBasemap();
  files.set('data/basemap-land.geojson', JSON.stringify(basemap.land));
  files.set('data/basemap-borders.geojson', JSON.stringify(basemap.borders));
  files.set('data/basemap-labels.geojson', JSON.stringify(labels));
  files.set(LABEL_LAND_PATH, JSON.stringify(labelLand()));
  files.set('data/articles.json', JSON.stringify(story.articles));
  files.set('data/sources.json', JSON.stringify(story.sources));
  // The story page fetches its chapters; the map pages never load them.
  if (story.chapters) files.set(CHAPTERS_URL, JSON.stringify(story.chapters));
  // For CMSs (oEmbed) and social cards: the embed code and a picture of the initial view.
  files.set(OEMBED_PATH, JSON.stringify(oembedDocument(base), null, 2));
  const images = new Map([[THUMBNAIL_PATH, rasterise(cardSvg({ ...basemap, labels }, story.layers, story.collections, MAP_TITLE))]]);
  const articleBody = articleBodyHtml(
    story.articles.flatMap((article) => {
      const text = input.articleTexts[article.file];
      return text === undefined ? [] : [{ article, text }];
    }),
    Object.values(story.collections),
    mapSlot(
      staticMapSvg({ ...basemap, labels }, story.layers, story.collections, { title: `Preview: ${MAP_TITLE}`, langs: ['en'], features: false }) +
        locatorSvg(basemap, story.layers, story.collections, ['en'], labels),
    ),
    4,
    story.chapters?.chapters ?? [],
  );
  const legends = (await loadLegendRenderer())(story.layers, story.collections);
  const pageSlots = {
    '<!--story-map-svg-->':
      staticMapSvg({ ...basemap, labels }, story.layers, story.collections, { title: MAP_TITLE }) +
      locatorSvg(basemap, story.layers, story.collections, undefined, labels),
    '<!--story-legend-->': legends.full,
    '<!--story-credit-->': creditHtml(story.articles),
    '<!--story-compact-legend-->': legends.compact,
    // story.html: the chapters with a picture each, read without JavaScript and printed.
    '<!--story-flat-chapters-->': story.chapters
      ? flatStoryHtml({
          chapters: story.chapters.chapters,
          articles: story.articles,
          layers: story.layers,
          collections: story.collections,
          basemap: { ...basemap, labels },
        })
      : '',
  };
  return { problems: story.problems, manifest: story.manifest, files, images, articleBody, pageSlots };
}
