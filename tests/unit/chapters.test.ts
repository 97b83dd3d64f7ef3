// Story mode's pure logic: a chapter resolved to what the map shows, the sentence a screen reader
// hears, ?chapter= in the URL, the served file's check, and "last one wins" for chapter changes.
import { describe, expect, it } from 'vitest';
import { readStoryFiles } from '../../build/gate/read-story.ts';
import { validateStory } from '../../build/gate/validate-story.ts';
import { FeatureIndex } from '../../src/lib/feature-index.ts';
import { resolveLayer } from '../../src/lib/layers/layer.ts';
import { chapterView, unionBounds } from '../../src/lib/chapters/view.ts';
import { chapterAnnouncement, MAX_NAMED } from '../../src/lib/chapters/announce.ts';
import { checkChapters, loadChapters, CHAPTERS_URL } from '../../src/lib/chapters/load.ts';
import { parseView } from '../../src/lib/url-state.ts';
import { parseStoryView, resolveChapter, serializeStoryView } from '../../src/lib/chapters/url.ts';
import type { Chapter } from '../../src/lib/schema/chapter.ts';
import type { LayerEntry, StoryCollection, StoryFeature } from '../../src/lib/types.ts';
import { LANGS } from '../../src/lib/types.ts';
import { PROJECT_ROOT, STORY_LAYERS } from '../shared/layers.ts';

// A small made-up story: two layers, four places.
const text = (en: string, vi = `${en} (vi)`, zh = `${en} (zh)`) => ({ en, vi, zh });
const entry = (id: string, title: string, kinds: LayerEntry['kinds']): LayerEntry => ({
  id,
  title: text(title),
  description: text(id),
  color: '#1f5fa8',
  kinds,
});
const RAIL = resolveLayer(entry('rail', 'Rail corridor', { railway: {}, station: {} }));
const SEA = resolveLayer(entry('sea', 'Sea dispute area', { island: {} }));

function place(id: string, name: string, coordinates: [number, number], label?: string): StoryFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      id,
      name_en: name,
      name_vi: `${name} (vi)`,
      name_zh: `${name} (zh)`,
      ...(label ? { label_en: label, label_vi: `${label} (vi)`, label_zh: `${label} (zh)` } : {}),
      kind: 'station',
      precision: 'exact',
      sources: ['s'],
      excerpts: [{ article: 'a', text: 't' }],
    },
  };
}
const KUNMING = place('kunming', 'Kunming North station', [102.7, 25.1], 'Kunming');
const LAO_CAI = place('lao-cai', 'Lao Cai station', [103.97, 22.49], 'Lao Cai');
const HAIPHONG = place('haiphong', 'Haiphong station', [106.68, 20.86], 'Haiphong');
const HEKOU = place('hekou', 'Hekou station', [103.95, 22.51], 'Hekou');
const ISLAND = place('island', 'Woody Island', [112.33, 16.83]);
const collection = (...features: StoryFeature[]): StoryCollection => ({ type: 'FeatureCollection', features });

function smallIndex(): FeatureIndex {
  const index = new FeatureIndex();
  index.add(RAIL, collection(KUNMING, LAO_CAI, HAIPHONG, HEKOU));
  index.add(SEA, collection(ISLAND));
  return index;
}
const UPGRADE: Chapter = {
  id: 'upgrade',
  title: text('The railway’s upgrade', 'Nâng cấp đường sắt', '铁路升级'),
  passages: [{ article: 'a', text: 't' }],
  select: 'lao-cai',
  highlight: ['hekou', 'lao-cai'],
  layers: ['rail'],
  frame: ['kunming', 'haiphong'],
};

describe('chapterView', () => {
  it('resolves the selection, the highlights, the layers and the frame features’ combined box', () => {
    const view = chapterView(UPGRADE, smallIndex());
    expect(view.selected?.feature).toBe(LAO_CAI);
    expect(view.selected?.layer).toBe(RAIL);
    expect(view.highlighted.map((h) => h.feature)).toEqual([HEKOU, LAO_CAI]);
    expect(view.layers).toEqual(['rail']);
    expect(view.bounds).toEqual([102.7, 20.86, 106.68, 25.1]);
    expect(view.missing).toEqual([]);
  });

  it('frames by the served bbox when the feature has a sound one, and measures it otherwise', () => {
    const index = new FeatureIndex();
    const line: StoryFeature = {
      ...KUNMING,
      bbox: [100, 10, 101, 11],
      geometry: {
        type: 'LineString',
        coordinates: [
          [100, 10],
          [101, 11],
        ],
      },
    };
    const broken: StoryFeature = { ...HAIPHONG, bbox: [1e308, 0, 0, 0] as unknown as [number, number, number, number] };
    index.add(RAIL, collection(line, broken));
    expect(chapterView({ ...UPGRADE, select: undefined, highlight: [], frame: ['kunming'] }, index).bounds).toEqual([100, 10, 101, 11]);
    // A served bbox that is not sound is measured again from the geometry.
    expect(chapterView({ ...UPGRADE, select: undefined, highlight: [], frame: ['haiphong'] }, index).bounds).toEqual([106.68, 20.86, 106.68, 20.86]);
  });

  it('lists ids whose layer has not loaded as missing, once, and frames on what is there', () => {
    const index = new FeatureIndex();
    index.add(RAIL, collection(HAIPHONG));
    const view = chapterView({ ...UPGRADE, highlight: ['lao-cai', 'hekou'], frame: ['kunming', 'haiphong'] }, index);
    expect(view.selected).toBeNull();
    expect(view.highlighted).toEqual([]);
    expect(view.missing).toEqual(['lao-cai', 'hekou', 'kunming']);
    expect(view.bounds).toEqual([106.68, 20.86, 106.68, 20.86]);
    expect(chapterView(UPGRADE, new FeatureIndex()).bounds).toBeNull();
  });

  it('unionBounds takes the outermost edges', () => {
    expect(
      unionBounds([
        [1, 2, 3, 4],
        [0, 3, 2, 5],
      ]),
    ).toEqual([0, 2, 3, 5]);
    expect(unionBounds([])).toBeNull();
  });
});

describe('chapterAnnouncement', () => {
  const lookup = { layers: [RAIL, SEA], index: smallIndex() };

  it('says where the chapter is in the story, its title, what is shown, selected, highlighted and framed', () => {
    expect(chapterAnnouncement(UPGRADE, 1, 7, lookup, 'en')).toBe(
      'Chapter 2 of 7: The railway’s upgrade. Showing Rail corridor; Lao Cai station selected; highlighted: Hekou; map framed on Kunming and Haiphong.',
    );
  });

  it('leaves out what the chapter does not do, and features that have not loaded', () => {
    const plain: Chapter = { ...UPGRADE, select: undefined, highlight: [], layers: ['rail', 'sea'], frame: ['kunming', 'not-loaded'] };
    expect(chapterAnnouncement(plain, 0, 3, lookup, 'en')).toBe(
      'Chapter 1 of 3: The railway’s upgrade. Showing Rail corridor and Sea dispute area; map framed on Kunming.',
    );
  });

  it('names at most MAX_NAMED features in a list and counts the rest', () => {
    const many = ['kunming', 'lao-cai', 'haiphong', 'hekou', 'island', 'kunming'].slice(0, MAX_NAMED + 1);
    const sentence = chapterAnnouncement({ ...UPGRADE, select: undefined, highlight: many, layers: ['rail', 'sea'] }, 0, 1, lookup, 'en');
    expect(sentence).toMatch(new RegExp(`highlighted: (\\w[\\w ]*, ){${MAX_NAMED - 2}}\\w[\\w ]*, and 2 more;`));
  });

  it('speaks Vietnamese and Chinese with their own names, titles and punctuation', () => {
    expect(chapterAnnouncement(UPGRADE, 1, 7, lookup, 'vi')).toBe(
      'Chương 2/7: Nâng cấp đường sắt. Đang hiển thị Rail corridor (vi); đã chọn Lao Cai station (vi); làm nổi bật Hekou (vi); bản đồ tập trung vào Kunming (vi) và Haiphong (vi).',
    );
    expect(chapterAnnouncement(UPGRADE, 1, 7, lookup, 'zh')).toBe(
      '第2章（共7章）：铁路升级。显示Rail corridor (zh)；已选中Lao Cai station (zh)；突出显示Hekou (zh)；地图范围：Kunming (zh)和Haiphong (zh)。',
    );
  });

  it('for every real chapter, in every language, names its title, its layers and its selection, and nothing undefined', () => {
    const story = validateStory(readStoryFiles(PROJECT_ROOT));
    const index = new FeatureIndex();
    for (const layer of STORY_LAYERS) index.add(layer, story.collections[layer.id]!);
    const chapters = story.chapters!.chapters;
    chapters.forEach((chapter, i) => {
      for (const lang of LANGS) {
        const sentence = chapterAnnouncement(chapter, i, chapters.length, { layers: STORY_LAYERS, index }, lang);
        expect(sentence).toContain(chapter.title[lang]);
        for (const id of chapter.layers) expect(sentence).toContain(STORY_LAYERS.find((l) => l.id === id)!.title[lang]);
        if (chapter.select) expect(sentence).toContain(index.get(chapter.select)!.feature.properties[`name_${lang}`]);
        expect(sentence).not.toMatch(/undefined|null|\[object/);
      }
      expect(chapterView(chapter, index).missing).toEqual([]);
      expect(chapterView(chapter, index).bounds).not.toBeNull();
    });
  });
});

describe('?chapter= in the URL', () => {
  const LAYERS = ['rail', 'sea'];
  const CHAPTERS = ['intro', 'upgrade'];

  it('reads a known chapter on the story page, with the map pages’ parameters', () => {
    expect(parseStoryView('?chapter=upgrade&lang=vi&layers=sea', LAYERS, CHAPTERS)).toEqual({
      state: { feature: null, layers: ['sea'], lang: 'vi', chapter: 'upgrade' },
      notices: [],
    });
    expect(parseStoryView('', LAYERS, CHAPTERS).state.chapter).toBeNull();
  });

  it('drops an unknown chapter with a notice, as an unknown feature is, keeps the other notices, and never throws', () => {
    const { state, notices } = parseStoryView('?chapter=atlantis&utm=1', LAYERS, CHAPTERS);
    expect(state.chapter).toBeNull();
    expect(notices).toEqual(['Ignored the unknown URL parameter “utm”.', 'Ignored chapter “atlantis”: the story has no chapter with that id.']);
    expect(() => parseStoryView('?chapter=%E0%A4%A&layers=%', LAYERS, CHAPTERS)).not.toThrow();
    expect(parseStoryView(`?chapter=${'x'.repeat(5000)}`, LAYERS, CHAPTERS).notices[0]!.length).toBeLessThan(200);
  });

  it('stays an unknown parameter on the map pages, which have no story', () => {
    const { state, notices } = parseView('?chapter=upgrade', LAYERS);
    expect(state).not.toHaveProperty('chapter');
    expect(notices).toEqual(['Ignored the unknown URL parameter “chapter”.']);
  });

  it('resolveChapter: the same rule for a page that learns the chapters after reading the URL', () => {
    expect(resolveChapter('upgrade', CHAPTERS)).toEqual({ chapter: 'upgrade', notice: null });
    expect(resolveChapter(null, CHAPTERS)).toEqual({ chapter: null, notice: null });
    expect(resolveChapter('nope', CHAPTERS).notice).toMatch(/“nope”/);
  });

  it('is written first, and round-trips', () => {
    const state = { feature: null, layers: ['rail'], lang: 'zh' as const, chapter: 'upgrade' };
    const search = serializeStoryView(state, LAYERS);
    expect(search).toBe('?chapter=upgrade&layers=rail&lang=zh');
    expect(parseStoryView(search, LAYERS, CHAPTERS).state).toEqual(state);
    expect(serializeStoryView({ feature: null, layers: LAYERS, lang: 'en', chapter: 'intro' }, LAYERS)).toBe('?chapter=intro');
    expect(serializeStoryView({ feature: null, layers: LAYERS, lang: 'en', chapter: null }, LAYERS)).toBe('');
  });
});

describe('the served chapters (data/chapters.json)', () => {
  const real = readStoryFiles(PROJECT_ROOT).chaptersJson;
  const file = () => JSON.parse(real) as { chapters: Record<string, unknown>[] };

  it('accepts the real file, and names the chapter of a file that would break the page', () => {
    expect(checkChapters(file())).toBeNull();
    const id = file().chapters[1]!.id;
    const broken = (edit: (c: Record<string, unknown>) => void) => {
      const f = file();
      edit(f.chapters[1]!);
      return checkChapters(f);
    };
    expect(broken((c) => (c.layers = 'rail'))).toBe(`chapter "${id}" "layers" is not a list of ids`);
    expect(broken((c) => delete c.passages)).toBe(`chapter "${id}" has no passages`);
    expect(broken((c) => (c.title = { en: 'x' }))).toBe(`chapter "${id}" has no title in en, vi and zh`);
    expect(broken((c) => (c.id = file().chapters[0]!.id))).toBe(`chapter "${file().chapters[0]!.id}" is listed twice`);
    expect(broken((c) => delete c.id)).toBe('chapter #1 has no id');
    expect(checkChapters([])).toMatch(/expected \{ "chapters"/);
    expect(checkChapters({ chapters: [] })).toMatch(/at least one chapter/);
  });

  it('loads from the site root, and reports a bad or missing file by name', async () => {
    const serve = (body: string | null) =>
      (async (url: string) => {
        expect(url).toBe(`http://test/${CHAPTERS_URL}`);
        return body === null ? new Response('', { status: 404, statusText: 'Not Found' }) : new Response(body);
      }) as typeof fetch;
    const loaded = await loadChapters('http://test/', serve(real));
    expect(loaded.ok && loaded.value.chapters.map((c) => c.id)).toEqual(file().chapters.map((c) => c.id));
    expect(await loadChapters('http://test/', serve(null))).toEqual({ ok: false, error: 'data/chapters.json answered 404 Not Found' });
    expect(await loadChapters('http://test/', serve('{"chapters": ['))).toEqual({
      ok: false,
      error: 'data/chapters.json is not valid JSON (truncated or corrupted)',
    });
    expect(await loadChapters('http://test/', serve('{"chapters": [{"id": "x"}]}'))).toEqual({
      ok: false,
      error: 'data/chapters.json: chapter "x" has no title in en, vi and zh',
    });
  });
});
