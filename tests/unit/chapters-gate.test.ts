// The data gate on geo/chapters.json: one broken copy of the real file per rule, each problem
// named by file, chapter and field. The real story is validated once; each fixture then runs
// only the chapter rules, against the real layers, features and articles.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readStoryFiles } from '../../build/gate/read-story.ts';
import { validateStory } from '../../build/gate/validate-story.ts';
import { CHAPTERS_FILE, validateChapters, type ChapterContext } from '../../build/gate/validate-chapters.ts';
import { formatProblem, type Problem } from '../../build/gate/problems.ts';
import { bbox } from '@turf/turf';
import type { Bounds } from '../../src/lib/chapters/view.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const real = readStoryFiles(root);
const story = validateStory(real);
const F = CHAPTERS_FILE;

const ctx: ChapterContext = {
  layerIds: story.layers.map((l) => l.id),
  featureLayers: new Map(Object.entries(story.collections).flatMap(([layer, c]) => c.features.map((f) => [f.properties.id, layer] as const))),
  articles: new Map(story.articles.map((a) => [a.id, real.articleTexts[a.file]!])),
  articleDates: new Map(story.articles.map((a) => [a.id, a.date])),
  featureBoxes: new Map(
    Object.values(story.collections).flatMap((c) => c.features.map((f) => [f.properties.id, bbox(f, { recompute: true }) as Bounds] as const)),
  ),
};

type Chapters = { chapters: Record<string, unknown>[] };
const chapters = () => JSON.parse(real.chaptersJson) as Chapters;
const run = (text: string) => {
  const problems: Problem[] = [];
  const result = validateChapters(text, ctx, problems);
  return { result, lines: problems.map(formatProblem) };
};
/** Problems after `edit` changes a copy of the real file. */
const withEdit = (edit: (file: Chapters) => void) => {
  const file = chapters();
  edit(file);
  return run(JSON.stringify(file, null, 2)).lines;
};
const first = chapters().chapters[0]!;
const railway = chapters().chapters.find((c) => Array.isArray(c.layers) && (c.layers as string[]).length === 1 && c.layers[0] === 'kunming-haiphong-rail')!;
const at = (id: string) => chapters().chapters.findIndex((c) => c.id === id);

describe('data gate: geo/chapters.json', () => {
  it('the real chapters pass, and the whole story still passes with them', () => {
    expect(run(real.chaptersJson).lines).toEqual([]);
    expect(story.problems.map(formatProblem)).toEqual([]);
    expect(story.chapters?.chapters.length).toBeGreaterThanOrEqual(6);
  });

  it('the real titles are written in each language: Vietnamese with its diacritics, Chinese in Han characters', () => {
    for (const c of story.chapters!.chapters) {
      expect(c.title.vi.normalize('NFD'), c.id).toMatch(/\p{Script=Latin}\p{M}|[đĐ]/u);
      expect(c.title.vi, c.id).not.toBe(c.title.en);
      expect(c.title.zh, c.id).toMatch(/^[\p{Script=Han}，、：—]+$/u);
    }
  });

  it('a missing file is an error, reported through the whole gate', () => {
    expect(validateStory({ ...real, chaptersJson: '' }).problems.map(formatProblem)).toEqual([
      `error ${F}: the story’s chapters are missing: story mode reads them from geo/chapters.json (see geo/SCHEMA.md)`,
    ]);
  });

  it('invalid JSON is reported with its line and column', () => {
    const text = real.chaptersJson.replace('"title"', '"title" "');
    const { lines, result } = run(text);
    expect(result).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^error ${F}: not valid JSON at line \\d+, column \\d+ `));
  });

  it('a schema error names the chapter and the field', () => {
    expect(
      withEdit((f) => {
        delete (f.chapters[0]!.title as Record<string, unknown>).vi;
      }),
    ).toEqual([`error ${F}:${first.id}:chapters[0].title.vi: is missing: add it (see geo/SCHEMA.md)`]);
    expect(withEdit((f) => (f.chapters[1]!.id = 'Rail Upgrade'))).toEqual([
      `error ${F}:Rail Upgrade:chapters[1].id: must be kebab-case (lowercase letters, digits and single hyphens)`,
    ]);
    expect(withEdit((f) => (f.chapters[0]!.colour = 'red'))).toEqual([`error ${F}:${first.id}:chapters[0]: unknown key "colour" (see geo/SCHEMA.md)`]);
    expect(withEdit((f) => (f.chapters[0]!.passages = []))).toEqual([
      `error ${F}:${first.id}:chapters[0].passages: a chapter needs a passage from the articles`,
    ]);
  });

  it('an unknown feature id is an error in select, highlight and frame', () => {
    const i = at(railway.id as string);
    expect(
      withEdit((f) => {
        const c = f.chapters[i]!;
        c.select = 'kh-station-nowhere';
        (c.highlight as string[]).push('kh-station-atlantis');
        c.frame = ['kh-station-elsewhere'];
      }),
    ).toEqual([
      `error ${F}:${railway.id}:chapters[${i}].select: feature "kh-station-nowhere" is in none of the layer files in geo/: use a feature id from geo/*.geojson`,
      `error ${F}:${railway.id}:chapters[${i}].highlight[${(railway.highlight as string[]).length}]: feature "kh-station-atlantis" is in none of the layer files in geo/: use a feature id from geo/*.geojson`,
      `error ${F}:${railway.id}:chapters[${i}].frame[0]: feature "kh-station-elsewhere" is in none of the layer files in geo/: use a feature id from geo/*.geojson`,
    ]);
  });

  it('an unknown layer id is an error that lists the known layers', () => {
    expect(withEdit((f) => (f.chapters[0]!.layers as string[]).push('moon-bases'))).toEqual([
      `error ${F}:${first.id}:chapters[0].layers[${(first.layers as string[]).length}]: layer "moon-bases" is not in geo/layers.json (known: ${ctx.layerIds!.join(', ')})`,
    ]);
  });

  it('an unknown article id is an error that lists the known articles', () => {
    expect(withEdit((f) => ((f.chapters[0]!.passages as { article: string }[])[0]!.article = 'reuters-2099-01-01'))).toEqual([
      `error ${F}:${first.id}:chapters[0].passages[0].article: names article "reuters-2099-01-01", which is not in seeds/articles.json (known: icaro-2023-12-11, hanoi-2023-12-13)`,
    ]);
  });

  it('a passage that is not verbatim is an error showing the closest passage', () => {
    const i = at(railway.id as string);
    expect(
      withEdit((f) => {
        const passage = (f.chapters[i]!.passages as { article: string; text: string }[])[0]!;
        passage.article = 'icaro-2023-12-11';
        passage.text = 'China offered grants to upgrade the railway between Kunming and the port city of Haiphong.';
      }),
    ).toEqual([
      `error ${F}:${railway.id}:chapters[${i}].passages[0].text: is not an exact substring of article "icaro-2023-12-11"; the closest passage is: "China has expressed its willingness to offer grants to Vietnam to enhance the railway between Kunming and the port city of Haiphong, along with other transport links from southern China to Hanoi, according to Vietnamese state paper Tuoi Tre."`,
    ]);
  });

  it('a duplicate chapter id is an error on the second', () => {
    expect(withEdit((f) => (f.chapters[2]!.id = f.chapters[0]!.id))).toEqual([
      `error ${F}:${first.id}:chapters[2].id: duplicate chapter id "${first.id}" (also chapters[0]): each chapter has its own id`,
    ]);
  });

  it('a feature whose layer the chapter does not show is an error, in select, highlight and frame', () => {
    const i = at(railway.id as string);
    expect(
      withEdit((f) => {
        const c = f.chapters[i]!;
        c.select = 'ree-dong-pao';
        c.highlight = ['hainan-undersea-data-centre'];
        c.frame = ['kh-station-hanoi', 'scs-paracel-islands'];
      }),
    ).toEqual([
      `error ${F}:${railway.id}:chapters[${i}].select: feature "ree-dong-pao" is in layer "rare-earth-region", which this chapter does not show: add "rare-earth-region" to its layers, or drop the feature`,
      `error ${F}:${railway.id}:chapters[${i}].highlight[0]: feature "hainan-undersea-data-centre" is in layer "hainan-data-centre", which this chapter does not show: add "hainan-data-centre" to its layers, or drop the feature`,
      `error ${F}:${railway.id}:chapters[${i}].frame[1]: feature "scs-paracel-islands" is in layer "south-china-sea", which this chapter does not show: add "south-china-sea" to its layers, or drop the feature`,
    ]);
  });

  it('a selection the frame does not show is an error', () => {
    const i = at(railway.id as string);
    const [kunming, yuxi] = ['kh-station-kunming-north', 'kh-station-yuxi'].map((id) => ctx.featureBoxes.get(id)!);
    const frame = [Math.min(kunming![0], yuxi![0]), Math.min(kunming![1], yuxi![1]), Math.max(kunming![2], yuxi![2]), Math.max(kunming![3], yuxi![3])]
      .map((v) => v.toFixed(2))
      .join(', ');
    expect(
      withEdit((f) => {
        f.chapters[i]!.select = 'kh-station-lao-cai';
        f.chapters[i]!.frame = ['kh-station-kunming-north', 'kh-station-yuxi'];
      }),
    ).toEqual([
      `error ${F}:${railway.id}:chapters[${i}].select: feature "kh-station-lao-cai" reaches outside the chapter's frame (${frame}): add it to frame, so the map shows what the panel opens on`,
    ]);
  });

  it('a date that is not a real yyyy-mm-dd date is an error', () => {
    for (const date of ['2023-02-30', '11 Dec 2023', '2023-12-1'])
      expect(withEdit((f) => (f.chapters[0]!.date = date))).toEqual([`error ${F}:${first.id}:chapters[0].date: must be a real date written yyyy-mm-dd`]);
  });

  it('a date after the articles its passages quote is an error', () => {
    expect(withEdit((f) => (f.chapters[0]!.date = '2024-01-05'))).toEqual([
      `error ${F}:${first.id}:chapters[0].date: 2024-01-05 is after the articles its passages quote (published by 2023-12-11): give a date the passages state`,
    ]);
  });

  it('a chapter with a schema error is not checked further, and the other chapters still are', () => {
    const lines = withEdit((f) => {
      f.chapters[0]!.frame = 'kh-station-hanoi';
      f.chapters[1]!.layers = ['moon-bases', ...(f.chapters[1]!.layers as string[])];
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^error ${F}:${first.id}:chapters\\[0\\]\\.frame: `));
    expect(lines[1]).toMatch(new RegExp(`^error ${F}:${chapters().chapters[1]!.id}:chapters\\[1\\]\\.layers\\[0\\]: layer "moon-bases"`));
  });

  it('a file that is not { "chapters": [...] } says so', () => {
    for (const text of ['[]', 'null', '"chapters"'])
      expect(run(text).lines).toEqual([`error ${F}: expected an object { "chapters": [ … ] }, the chapters in reading order (see geo/SCHEMA.md)`]);
    expect(run('{"chapters": {}}').lines).toEqual([`error ${F}:chapters: must be a list, found object`]);
    expect(run('{"chapters": []}').lines).toEqual([`error ${F}:chapters: list at least one chapter`]);
  });

  it('a value of the wrong type says what was expected, with the chapter and field', () => {
    expect(withEdit((f) => (f.chapters[0]!.highlight = 'kh-station-hanoi'))).toEqual([
      `error ${F}:${first.id}:chapters[0].highlight: must be a list, found string`,
    ]);
  });
});
