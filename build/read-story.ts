// Reads geo/ and seeds/ from disk as text, so validation itself stays pure and testable.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface StoryFiles {
  /** geo/*.geojson by file name. */
  geo: Record<string, string>;
  sourcesMarkdown: string;
  /** seeds/articles.json as text. */
  articlesJson: string;
  /** seeds/*.txt by file name. */
  articleTexts: Record<string, string>;
}

function readAll(dir: string, ending: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const files = readdirSync(dir).filter((f) => f.endsWith(ending)).sort();
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

function readOr(path: string, fallback: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : fallback;
}

export function readStoryFiles(root: string): StoryFiles {
  return {
    geo: readAll(join(root, 'geo'), '.geojson'),
    sourcesMarkdown: readOr(join(root, 'geo', 'SOURCES.md'), ''),
    articlesJson: readOr(join(root, 'seeds', 'articles.json'), ''),
    articleTexts: readAll(join(root, 'seeds'), '.txt'),
  };
}
