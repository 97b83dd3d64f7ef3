// Everything the app loads by URL, built from geo/ and seeds/: validated, measured, ready to serve.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildBasemap } from './basemap.ts';
import { loadFullLand } from './coast.ts';
import { enrichLayer } from './enrich.ts';
import { readStoryFiles } from './read-story.ts';
import { validateStory } from './validate-story.ts';
import type { Problem } from './problems.ts';

export interface StoryOutput {
  problems: Problem[];
  /** URL path under the site root → file contents. */
  files: Map<string, string>;
}

export function buildStoryOutput(root: string): StoryOutput {
  const story = validateStory(readStoryFiles(root));
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
  return { problems: story.problems, files };
}
