// The story's chapters as served (data/chapters.json, built from geo/chapters.json by the data
// gate): fetched by the story page when it needs them, never on the map pages' first load. The
// gate has checked the file; here a shape check keeps a corrupted or stale copy from breaking the
// page (ids the loaded layers lack are reported by chapterView as `missing`).
import { fetchJson, FETCH_TIMEOUT_MS, type Loaded } from '../data/load.ts';
import type { ChapterFile } from '../schema/chapter.ts';

/** Where the build puts the chapters, relative to the site root (as `data/<layer>.geojson`). */
export const CHAPTERS_URL = 'data/chapters.json';

const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why one chapter cannot be used, or null. */
function chapterProblem(c: unknown): string | null {
  if (!isObject(c) || !isString(c.id) || !c.id) return 'has no id';
  if (!isObject(c.title) || !['en', 'vi', 'zh'].every((l) => isString((c.title as Record<string, unknown>)[l]))) return 'has no title in en, vi and zh';
  if (!Array.isArray(c.passages) || !c.passages.length || !c.passages.every((p) => isObject(p) && isString(p.article) && isString(p.text)))
    return 'has no passages';
  if (c.select !== undefined && !isString(c.select)) return '"select" is not an id';
  for (const key of ['highlight', 'layers', 'frame'] as const) if (!isStrings(c[key])) return `"${key}" is not a list of ids`;
  if (c.date !== undefined && !isString(c.date)) return '"date" is not a date';
  return null;
}

/** The file's problem, naming the chapter (its id or #index), or null. */
export function checkChapters(value: unknown): string | null {
  if (!isObject(value) || !Array.isArray(value.chapters) || !value.chapters.length) return 'expected { "chapters": [ … ] } with at least one chapter';
  const ids = new Set<string>();
  for (const [i, chapter] of value.chapters.entries()) {
    const problem = chapterProblem(chapter);
    const label = isObject(chapter) && isString(chapter.id) && chapter.id ? `"${chapter.id.slice(0, 60)}"` : `#${i}`;
    if (problem) return `chapter ${label} ${problem}`;
    const id = (chapter as { id: string }).id;
    if (ids.has(id)) return `chapter ${label} is listed twice`;
    ids.add(id);
  }
  return null;
}

/** `base`: the site root, as the map pages pass it to StoryState.load. */
export function loadChapters(base: string, fetcher?: typeof fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<Loaded<ChapterFile>> {
  return fetchJson<ChapterFile>(`${base}${CHAPTERS_URL}`, checkChapters, fetcher, timeoutMs);
}
