// Everything the app loads by URL, built from geo/ and seeds/: validated, measured, ready to serve.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBasemap } from './basemap.ts';
import { loadFullLand } from './coast.ts';
import { enrichLayer } from './enrich.ts';
import { readStoryFiles } from './read-story.ts';
import { validateStory } from './validate-story.ts';
import type { Problem } from './problems.ts';
import { articleBodyHtml } from './article-html.ts';
import { staticMapSvg } from './static-svg.ts';
import { compactLegendHtml, staticLegendHtml } from './static-legend.ts';

export interface StoryOutput {
  problems: Problem[];
  /** URL path under the site root → file contents. */
  files: Map<string, string>;
  /** The demo article page's body (see article-html.ts). */
  articleBody: string;
  /** Pre-rendered pieces of index.html and embed.html, keyed by their placeholder comments. */
  pageSlots: Record<string, string>;
}

const MAP_TITLE = 'Map of the rail corridor from Kunming to Haiphong, the links from southern China to Hanoi, the rare-earth region, Hainan’s undersea data centre and the South China Sea';

/** The article's map slot: a static preview (drawn at build time) holds the space until the embed loads. */
function mapSlot(previewSvg: string): string {
  return `<figure class="story-map">
<div data-story-map="embed.html" data-title="Map: China–Vietnam rail corridor, rare earths and the South China Sea"><div class="story-map-preview">${previewSvg}</div></div>
<figcaption>Map: the places in these articles; the interactive map loads as you scroll to it. Basemap: Natural Earth. Sources are listed in the map.</figcaption>
</figure>`;
}

export function buildStoryOutput(root: string): StoryOutput {
  const input = readStoryFiles(root);
  const story = validateStory(input);
  const files = new Map<string, string>();
  const land = loadFullLand();
  for (const [id, collection] of Object.entries(story.layers)) {
    files.set(`data/${id}.geojson`, JSON.stringify(enrichLayer(collection, land)));
  }
  const labelsPath = join(root, 'geo', 'basemap', 'labels.geojson');
  const labels = existsSync(labelsPath) ? JSON.parse(readFileSync(labelsPath, 'utf8')) : { type: 'FeatureCollection', features: [] };
  const basemap = buildBasemap();
  files.set('data/basemap-land.geojson', JSON.stringify(basemap.land));
  files.set('data/basemap-borders.geojson', JSON.stringify(basemap.borders));
  files.set('data/basemap-labels.geojson', JSON.stringify(labels));
  files.set('data/articles.json', JSON.stringify(story.articles));
  files.set('data/sources.json', JSON.stringify(story.sources));
  const articleBody = articleBodyHtml(
    story.articles.flatMap((article) => {
      const text = input.articleTexts[article.file];
      return text === undefined ? [] : [{ article, text }];
    }),
    Object.values(story.layers),
    mapSlot(staticMapSvg({ ...basemap, labels }, story.layers, { title: `Preview: ${MAP_TITLE}`, langs: ['en'], features: false })),
  );
  const pageSlots = {
    '<!--story-map-svg-->': staticMapSvg({ ...basemap, labels }, story.layers, { title: MAP_TITLE }),
    '<!--story-legend-->': staticLegendHtml(story.layers),
    '<!--story-compact-legend-->': compactLegendHtml(story.layers),
  };
  return { problems: story.problems, files, articleBody, pageSlots };
}
