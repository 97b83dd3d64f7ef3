// geo/chapters.json: the story's chapters, checked against the layers, the features and the
// articles. Every message names the file, the chapter (its id, or #index) and the field.
import { chapterFileSchema, type Chapter, type ChapterFile } from '../../src/lib/schema/chapter.ts';
import { parseJsonWithPosition } from './json-text.ts';
import { describeIssue, issuePath } from './validate-properties.ts';
import { closestPassage, isVerbatim } from './excerpts.ts';
import type { Problem } from './problems.ts';
import { unionBounds, type Bounds } from '../../src/lib/chapters/view.ts';

export const CHAPTERS_FILE = 'geo/chapters.json';

export interface ChapterContext {
  /** The manifest's layer ids; null when geo/layers.json is itself broken (layers are then not checked). */
  layerIds: readonly string[] | null;
  /** Every feature id found in geo/*.geojson, with the id of the layer it is in. */
  featureLayers: ReadonlyMap<string, string>;
  /** Article id → its text in seeds/. */
  articles: ReadonlyMap<string, string>;
  /** Article id → its date (yyyy-mm-dd). */
  articleDates: ReadonlyMap<string, string>;
  /** [w, s, e, n] of each feature of a layer that passed (features of a broken layer are not measured). */
  featureBoxes: ReadonlyMap<string, Bounds>;
}

/** About 1 km: a selection on the frame's edge is inside it. */
const FRAME_TOLERANCE_DEG = 0.01;

const FEATURE_FIELDS = ['select', 'highlight', 'frame'] as const;

function chapterLabel(value: unknown, index: number): string {
  const chapters = (value as { chapters?: unknown } | null)?.chapters;
  const id = Array.isArray(chapters) ? (chapters[index] as { id?: unknown } | null)?.id : undefined;
  return typeof id === 'string' && id ? id : `#${index}`;
}

/** zod/mini carries no locale, so its type errors read "Invalid input": say what was expected. */
function describe(issue: Parameters<typeof describeIssue>[0]): string {
  if (issue.code !== 'invalid_type' || issue.input === undefined) return describeIssue(issue);
  const found = issue.input === null ? 'null' : Array.isArray(issue.input) ? 'a list' : typeof issue.input;
  const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
  return `must be ${expected}, found ${found}`;
}

/** Rules across files, for one chapter that matches the schema. */
function chapterProblems(chapter: Chapter, at: string, ctx: ChapterContext): [path: string, message: string][] {
  const found: [string, string][] = [];
  chapter.passages.forEach((passage, j) => {
    const article = ctx.articles.get(passage.article);
    if (article === undefined)
      found.push([
        `${at}.passages[${j}].article`,
        `names article "${passage.article}", which is not in seeds/articles.json (known: ${[...ctx.articles.keys()].join(', ')})`,
      ]);
    else if (!isVerbatim(article, passage.text))
      found.push([
        `${at}.passages[${j}].text`,
        `is not an exact substring of article "${passage.article}"; the closest passage is: "${closestPassage(article, passage.text)}"`,
      ]);
  });
  if (ctx.layerIds) {
    const known = ctx.layerIds;
    chapter.layers.forEach((layer, k) => {
      if (!known.includes(layer)) found.push([`${at}.layers[${k}]`, `layer "${layer}" is not in geo/layers.json (known: ${known.join(', ')})`]);
    });
  }
  for (const field of FEATURE_FIELDS) {
    const value = chapter[field];
    const ids = value === undefined ? [] : typeof value === 'string' ? [[field, value] as const] : value.map((id, k) => [`${field}[${k}]`, id] as const);
    for (const [path, id] of ids) {
      const layer = ctx.featureLayers.get(id);
      if (layer === undefined) found.push([`${at}.${path}`, `feature "${id}" is in none of the layer files in geo/: use a feature id from geo/*.geojson`]);
      else if (!chapter.layers.includes(layer))
        found.push([
          `${at}.${path}`,
          `feature "${id}" is in layer "${layer}", which this chapter does not show: add "${layer}" to its layers, or drop the feature`,
        ]);
    }
  }
  // The panel opens on the selection: the map must show it.
  const frame = unionBounds(
    chapter.frame.flatMap((id): Bounds[] => {
      const box = ctx.featureBoxes.get(id);
      return box ? [box] : [];
    }),
  );
  const selected = chapter.select === undefined ? undefined : ctx.featureBoxes.get(chapter.select);
  const shown = (id: string) => chapter.layers.includes(ctx.featureLayers.get(id) ?? '');
  if (frame && selected && shown(chapter.select!) && chapter.frame.every((id) => ctx.featureBoxes.has(id) && shown(id))) {
    const t = FRAME_TOLERANCE_DEG;
    if (selected[0] < frame[0] - t || selected[1] < frame[1] - t || selected[2] > frame[2] + t || selected[3] > frame[3] + t)
      found.push([
        `${at}.select`,
        `feature "${chapter.select}" reaches outside the chapter's frame (${frame.map((v) => v.toFixed(2)).join(', ')}): add it to frame, so the map shows what the panel opens on`,
      ]);
  }
  if (chapter.date !== undefined) {
    const dates = chapter.passages.flatMap((p) => ctx.articleDates.get(p.article) ?? []);
    const latest = dates.sort().at(-1);
    if (latest !== undefined && chapter.date > latest)
      found.push([`${at}.date`, `${chapter.date} is after the articles its passages quote (published by ${latest}): give a date the passages state`]);
  }
  return found;
}

/** The chapters when the file is sound; every problem is added to `problems`. */
export function validateChapters(text: string, ctx: ChapterContext, problems: Problem[]): ChapterFile | null {
  const file = CHAPTERS_FILE;
  const add = (feature: string, path: string, message: string) => problems.push({ file, feature, path, message, severity: 'error' });
  if (!text.trim()) {
    add('', '', 'the story’s chapters are missing: story mode reads them from geo/chapters.json (see geo/SCHEMA.md)');
    return null;
  }
  const parsed = parseJsonWithPosition(text);
  if (!parsed.ok) {
    add('', '', parsed.message);
    return null;
  }
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    add('', '', 'expected an object { "chapters": [ … ] }, the chapters in reading order (see geo/SCHEMA.md)');
    return null;
  }
  const result = chapterFileSchema.safeParse(parsed.value, { reportInput: true });
  // A chapter with a schema error is reported and not checked further; the others still are.
  const broken = new Set<number>();
  if (!result.success)
    for (const issue of result.error.issues) {
      const index = issue.path[0] === 'chapters' && typeof issue.path[1] === 'number' ? issue.path[1] : null;
      if (index !== null) broken.add(index);
      add(index === null ? '' : chapterLabel(parsed.value, index), issuePath(issue.path, ''), describe(issue));
    }
  const list = (parsed.value as { chapters?: unknown }).chapters;
  if (!Array.isArray(list)) return null;
  const before = problems.length;
  const seen = new Map<string, number>();
  (list as Chapter[]).forEach((chapter, i) => {
    if (broken.has(i)) return;
    const at = `chapters[${i}]`;
    const other = seen.get(chapter.id);
    if (other !== undefined) add(chapter.id, `${at}.id`, `duplicate chapter id "${chapter.id}" (also chapters[${other}]): each chapter has its own id`);
    else seen.set(chapter.id, i);
    for (const [path, message] of chapterProblems(chapter, at, ctx)) add(chapter.id, path, message);
  });
  return result.success && problems.length === before ? result.data : null;
}
