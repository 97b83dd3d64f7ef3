// The image export's parts that need no browser: its words in three languages, the legend's rows for
// the visible layers, and the SVG file's font names.
import { describe, expect, it } from 'vitest';
import { EXPORT_WORDS, fillWords } from '../../src/lib/export-words.ts';
import { legendRows } from '../../src/lib/export/legend-rows.ts';
import { namedFontsFirst } from '../../src/lib/export/svg-file.ts';
import { LINE_KEY } from '../../src/lib/layers/kinds.ts';
import { STORY_LAYERS, layerById } from '../shared/layers.ts';

describe('export words', () => {
  it('has the same keys in en, vi and zh, each its own words, with the same blanks to fill', () => {
    const keys = Object.keys(EXPORT_WORDS.en).sort();
    for (const lang of ['vi', 'zh'] as const) {
      expect(Object.keys(EXPORT_WORDS[lang]).sort(), lang).toEqual(keys);
      for (const key of keys as (keyof typeof EXPORT_WORDS.en)[]) {
        const [en, other] = [EXPORT_WORDS.en[key], EXPORT_WORDS[lang][key]];
        expect(other.trim(), `${lang}.${key}`).not.toBe('');
        expect(other.match(/\{\w+\}/g) ?? [], `${lang}.${key} blanks`).toEqual(en.match(/\{\w+\}/g) ?? []);
        // Translated, but for the separator, the same in vi as in en.
        if (key !== 'separator') expect(other, `${lang}.${key}`).not.toBe(en);
      }
    }
  });

  it('fills its blanks and leaves unknown ones as they are', () => {
    expect(fillWords(EXPORT_WORDS.en.selected, { name: 'Hekou station' })).toBe('Selected: Hekou station');
    expect(fillWords(EXPORT_WORDS.zh.selected, { name: '河口站' })).toBe('已选：河口站');
    expect(fillWords('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
});

describe('the image legend', () => {
  it('lists every visible layer by its name in the language, then the keys those layers need', () => {
    const rows = legendRows(STORY_LAYERS, 'vi');
    expect(rows.filter((r) => r.layer).map((r) => r.text)).toEqual(STORY_LAYERS.map((l) => l.title.vi));
    // Layers first, then the keys.
    const firstKey = rows.findIndex((r) => !r.layer);
    expect(rows.slice(firstKey).every((r) => !r.layer)).toBe(true);
    for (const row of LINE_KEY)
      expect(
        rows.map((r) => r.text),
        row.key,
      ).toContain(row.words);
  });

  it('leaves out a hidden layer and the keys only it needed', () => {
    const seaOnly = legendRows([layerById('south-china-sea')], 'en');
    expect(seaOnly.filter((r) => r.layer).map((r) => r.text)).toEqual([layerById('south-china-sea').title.en]);
    // No railway or expressway in that layer: no key to them.
    for (const row of LINE_KEY)
      expect(
        seaOnly.map((r) => r.text),
        row.key,
      ).not.toContain(row.words);
    const withoutCentre = legendRows(
      STORY_LAYERS.filter((l) => l.id !== 'hainan-data-centre'),
      'en',
    );
    expect(withoutCentre.map((r) => r.text)).not.toContain(layerById('hainan-data-centre').title.en);
    expect(withoutCentre.map((r) => r.text)).not.toContain('Data centre');
    expect(legendRows(STORY_LAYERS, 'en').map((r) => r.text)).toContain('Data centre');
  });
});

describe('the SVG file', () => {
  it('names real fonts before the generic ones a drawing program does not know', () => {
    expect(namedFontsFirst('system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif')).toBe('"Noto Sans", "Noto Sans CJK SC", system-ui, sans-serif');
  });
});
