// The words readers see: source credits without working notes, and English texts that spell
// Vietnamese places as English-language news does (no diacritics, like the map's labels).
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readStoryFiles } from '../../build/gate/read-story.ts';
import { validateStory } from '../../build/gate/validate-story.ts';
import { parseSources } from '../../build/gate/sources.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = readStoryFiles(root);
const story = validateStory(files);
const features = Object.values(story.collections).flatMap((l) => l.features);

/** A Latin letter carrying a mark (Vietnamese tone and vowel marks), or đ. */
const hasDiacritic = (s: string) => /\p{Script=Latin}\p{M}/u.test(s.normalize('NFD')) || /[đĐ]/.test(s);
/** How a source was read or checked: for the Working notes, not for the reader's credit. */
const WORKING_NOTE =
  /geo-facts|project'?s reference|shared\/reference|\.(md|json|geojson)\b|\bnpm\b|\bpackages?\b|code index|index id|read (via|from|on)|as recorded|within \d+ ?m\b|mirror|Debian|pscoast|simplified to/i;
/** Property names and file names. */
const CODE_TERM = /\b[a-z]+_[a-z0-9_]+\b|\.(md|json|geojson|ts)\b|geo-facts/;

describe('source credits (the source column of geo/SOURCES.md)', () => {
  it('carry no working notes', () => {
    expect(story.sources.length).toBeGreaterThan(0);
    for (const s of story.sources) {
      expect(s.title, s.id).not.toBe('');
      expect(s.title, s.id).not.toMatch(WORKING_NOTE);
    }
  });

  it('do not include the table header (its "id" cell looks like an id)', () => {
    const table = '| id | source | url | supports |\n|---|---|---|---|\n| some-source | Publisher, “Title” | https://example.org/ | a vertex |\n';
    expect(parseSources(table).map((s) => [s.id, s.title])).toEqual([['some-source', 'Publisher, “Title”']]);
    expect(story.sources.map((s) => s.id)).not.toContain('id');
  });

  it('name only features that exist in what they support (the Sources list shows their names)', () => {
    const ids = new Set(features.map((f) => f.properties.id));
    const featureLike = /(?<![\w-])(?:kh|link|ree|scs|hainan)-[a-z0-9]+(?:-[a-z0-9]+)*(?![\w-])/g;
    for (const s of story.sources) for (const [id] of s.supports.matchAll(featureLike)) expect(ids.has(id), `${s.id} supports ${id}`).toBe(true);
  });

  it('keep their working notes in a section the app does not read, naming only listed sources', () => {
    const [, notes] = files.sourcesMarkdown.split(/^## Working notes$/m);
    expect(notes, 'geo/SOURCES.md has a "## Working notes" section').toBeDefined();
    expect(parseSources(notes!)).toEqual([]);
    const ids = [...notes!.matchAll(/^- `([a-z0-9-]+)`: \S/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    const listed = new Set(story.sources.map((s) => s.id));
    for (const id of ids) expect(listed.has(id!), `working note for unknown source ${id}`).toBe(true);
  });
});

describe('English texts', () => {
  const texts: [string, string][] = [
    ...features.flatMap((f) => {
      const p = f.properties;
      return (['name_en', 'label_en', 'note_en'] as const).flatMap((key) => (p[key] ? [[`${p.id}.${key}`, p[key]] as [string, string]] : []));
    }),
    ...story.layers.flatMap((l) => [[`${l.id}.title.en`, l.title.en] as [string, string], [`${l.id}.description.en`, l.description.en] as [string, string]]),
    ...(story.chapters?.chapters ?? []).map((c) => [`geo/chapters.json:${c.id}.title.en`, c.title.en] as [string, string]),
    ...(story.labels?.features ?? []).map((f) => [`basemap label ${f.properties.name_en}`, f.properties.name_en] as [string, string]),
  ];

  it('write Vietnamese places without diacritics, as the English map labels do', () => {
    expect(texts.length).toBeGreaterThan(features.length);
    for (const [where, text] of texts) expect(hasDiacritic(text), `${where}: ${text}`).toBe(false);
  });

  it('use no property or file names', () => {
    for (const [where, text] of texts) expect(text, where).not.toMatch(CODE_TERM);
  });
});
