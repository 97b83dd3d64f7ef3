// Reads geo/ and seeds/ from disk as text, so validation itself stays pure and testable.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface StoryFiles {
  /** geo/layers.json as text ('' when missing). */
  layersJson: string;
  /** geo/*.geojson by file name. */
  geo: Record<string, string>;
  /** geo/chapters.json as text ('' when missing): the story's chapters in reading order. */
  chaptersJson: string;
  /** geo/basemap/labels.geojson as text ('' when missing). */
  labelsJson: string;
  sourcesMarkdown: string;
  /** seeds/articles.json as text. */
  articlesJson: string;
  /** seeds/*.txt by file name. */
  articleTexts: Record<string, string>;
}

function readAll(dir: string, ending: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(ending))
    .sort();
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

function readOr(path: string, fallback: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : fallback;
}

/** The folder holding geo/ and seeds/: the project, or $STORY_DATA_ROOT (tests build a copy with a layer added). */
export function dataRoot(projectRoot: string): string {
  return process.env.STORY_DATA_ROOT || projectRoot;
}

export function readStoryFiles(root: string): StoryFiles {
  return {
    layersJson: readOr(join(root, 'geo', 'layers.json'), ''),
    geo: readAll(join(root, 'geo'), '.geojson'),
    chaptersJson: readOr(join(root, 'geo', 'chapters.json'), ''),
    labelsJson: readOr(join(root, 'geo', 'basemap', 'labels.geojson'), ''),
    sourcesMarkdown: readOr(join(root, 'geo', 'SOURCES.md'), ''),
    articlesJson: readOr(join(root, 'seeds', 'articles.json'), ''),
    articleTexts: readAll(join(root, 'seeds'), '.txt'),
  };
}
