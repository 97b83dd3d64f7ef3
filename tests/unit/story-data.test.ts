// The real geo/ and seeds/: verbatim excerpts, required properties, unique ids, lengths within 5%.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readStoryFiles } from '../../build/gate/read-story.ts';
import { validateStory, drawnLengthKm, LENGTH_TOLERANCE } from '../../build/gate/validate-story.ts';
import { formatProblem } from '../../build/gate/problems.ts';
import type { Article } from '../../src/lib/types.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = readStoryFiles(root);
const story = validateStory(files);
const features = Object.values(story.collections).flatMap((l) => l.features);
const articles = JSON.parse(files.articlesJson) as (Article & { sha256: string })[];

describe('geo/ and seeds/', () => {
  it('pass the data gate with no errors', () => {
    expect(story.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(Object.keys(story.collections).sort()).toEqual(story.layers.map((l) => l.id).sort());
    expect(story.layers.length).toBeGreaterThan(0);
  });

  it('every excerpt is an exact substring of the article it names', () => {
    let checked = 0;
    for (const f of features) {
      expect(f.properties.excerpts.length, f.properties.id).toBeGreaterThan(0);
      for (const e of f.properties.excerpts) {
        const article = articles.find((a) => a.id === e.article);
        expect(article, `${f.properties.id} names ${e.article}`).toBeDefined();
        expect(files.articleTexts[article!.file]!.includes(e.text), `${f.properties.id}: "${e.text}"`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(features.length);
  });

  it('every feature has the required properties and a unique kebab-case id', () => {
    const ids = new Set<string>();
    for (const f of features) {
      const p = f.properties;
      for (const key of ['id', 'name_en', 'name_vi', 'name_zh', 'kind', 'precision'] as const) expect(p[key], `${p.id}.${key}`).toBeTruthy();
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(ids.has(p.id), `duplicate ${p.id}`).toBe(false);
      ids.add(p.id);
    }
  });

  it('every source a feature names is listed in geo/SOURCES.md', () => {
    const listed = new Set(story.sources.map((s) => s.id));
    for (const f of features) for (const s of f.properties.sources) expect(listed.has(s), `${f.properties.id}: ${s}`).toBe(true);
  });

  it('seeds are the articles byte for byte', () => {
    for (const a of articles) {
      const bytes = readFileSync(`${root}/seeds/${a.file}`);
      expect(createHash('sha256').update(bytes).digest('hex'), a.file).toBe(a.sha256);
      const shared = `${root}/../shared/seeds/${a.file}`;
      if (existsSync(shared)) expect(bytes.equals(readFileSync(shared)), a.file).toBe(true);
    }
  });
});

describe('drawn lengths', () => {
  const byId = (id: string) => {
    const f = features.find((x) => x.properties.id === id);
    expect(f, id).toBeDefined();
    return f!;
  };
  const offBy = (drawn: number, published: number) => Math.abs(drawn - published) / published;

  // Published figures from the foundation issue that the drawing reaches.
  // Not reached (see the issue note): Kunming–Hekou metre gauge 466 km (drawn about 394 km) and
  // Hanoi–Dong Dang 162 km (drawn about 149 km to Dong Dang): with no track geometry reachable here,
  // their chords between sourced stations run short, and those lines carry no published_length_km.
  const required: [string, number][] = [
    ['kh-rail-laocai-hanoi', 294],
    ['kh-rail-kunming-hekou-sg', 388],
  ];

  it.each(required)('%s is drawn within 5 percent of its published %i km', (id, km) => {
    const feature = byId(id);
    expect(feature.properties.published_length_km).toBe(km);
    const drawn = drawnLengthKm(feature)!;
    expect(offBy(drawn, km), `${id}: drawn ${drawn.toFixed(1)} km`).toBeLessThanOrEqual(LENGTH_TOLERANCE);
  });

  it('the Vietnamese part of the metre-gauge line is drawn within 5 percent of its published 389 km', () => {
    const vietnam = features.filter((f) => f.properties.kind === 'railway' && f.properties.section === 'vietnam');
    expect(vietnam.map((f) => f.properties.id).sort()).toEqual(['kh-rail-hanoi-haiphong', 'kh-rail-laocai-hanoi']);
    const drawn = vietnam.reduce((km, f) => km + drawnLengthKm(f)!, 0);
    expect(offBy(drawn, 389), `drawn ${drawn.toFixed(1)} km`).toBeLessThanOrEqual(LENGTH_TOLERANCE);
  });

  it('every line that states a published length is within 5% of it', () => {
    let checked = 0;
    for (const f of features) {
      const published = f.properties.published_length_km;
      if (published === undefined) continue;
      const drawn = drawnLengthKm(f);
      expect(drawn, f.properties.id).not.toBeNull();
      expect(offBy(drawn!, published), `${f.properties.id}: ${drawn!.toFixed(1)} vs ${published}`).toBeLessThanOrEqual(LENGTH_TOLERANCE);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('a line drawn short of its published length tells the reader both figures', () => {
    for (const [id, km] of [
      ['kh-rail-yunnan', 466],
      ['link-rail-hanoi-dong-dang', 162],
    ] as const) {
      const f = byId(id);
      expect(f.properties.published_length_km, `${id} must not claim a length its drawing misses`).toBeUndefined();
      expect(f.properties.note_en, id).toContain(`${km} km`);
    }
  });
});

describe('honesty of positions and claims', () => {
  it('approximate features say why', () => {
    for (const f of features.filter((x) => x.properties.precision === 'approximate')) {
      expect(f.properties.note_en, f.properties.id).toBeTruthy();
    }
  });

  it('disputed island groups carry every claimant, and the claim line is named as a claim', () => {
    const islands = features.filter((f) => f.properties.kind === 'island-group');
    expect(islands.map((f) => f.properties.id).sort()).toEqual(['scs-paracel-islands', 'scs-spratly-islands']);
    for (const f of islands) expect(f.properties.claimants).toEqual(expect.arrayContaining(['China', 'Vietnam']));
    const claim = features.find((f) => f.properties.kind === 'claim-line')!;
    expect(claim.properties.name_en).toMatch(/claim/i);
    expect(claim.properties.note_en).toMatch(/2016/);
  });
});
