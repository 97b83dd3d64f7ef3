// The image export's parts that need no browser (its words are in the message catalogue): the legend's rows for
// the visible layers, and the SVG file's font names.
import { describe, expect, it } from 'vitest';
import { legendRows } from '../../src/lib/export/legend-rows.ts';
import { keysOf } from '../../src/lib/export/in-view.ts';
import { en } from '../../src/lib/messages/en.ts';
import { vi } from '../../src/lib/messages/vi.ts';
import { namedFontsFirst } from '../../src/lib/export/svg-file.ts';
import { LINE_KEY } from '../../src/lib/layers/kinds.ts';
import { STORY_LAYERS, layerById } from '../shared/layers.ts';

describe('the image legend', () => {
  it('lists every visible layer by its name in the language, then the keys those layers need', () => {
    const rows = legendRows(STORY_LAYERS, 'vi', vi);
    expect(rows.filter((r) => r.layer).map((r) => r.text)).toEqual(STORY_LAYERS.map((l) => l.title.vi));
    // Layers first, then the keys.
    const firstKey = rows.findIndex((r) => !r.layer);
    expect(rows.slice(firstKey).every((r) => !r.layer)).toBe(true);
    for (const row of LINE_KEY)
      expect(
        rows.map((r) => r.text),
        row.key,
      ).toContain(vi.lineKey[row.key]);
  });

  it('leaves out a hidden layer and the keys only it needed', () => {
    const seaOnly = legendRows([layerById('south-china-sea')], 'en');
    expect(seaOnly.filter((r) => r.layer).map((r) => r.text)).toEqual([layerById('south-china-sea').title.en]);
    // No railway or expressway in that layer: no key to them.
    for (const row of LINE_KEY)
      expect(
        seaOnly.map((r) => r.text),
        row.key,
      ).not.toContain(en.lineKey[row.key]);
    const withoutCentre = legendRows(
      STORY_LAYERS.filter((l) => l.id !== 'hainan-data-centre'),
      'en',
    );
    expect(withoutCentre.map((r) => r.text)).not.toContain(layerById('hainan-data-centre').title.en);
    expect(withoutCentre.map((r) => r.text)).not.toContain('Data centre');
    expect(legendRows(STORY_LAYERS, 'en').map((r) => r.text)).toContain('Data centre');
  });
});

describe('the image legend keys what its map shows', () => {
  it('keys a line by how it is drawn, a point by its kind, and an estimated dot once', () => {
    expect(keysOf('rail', { kind: 'railway', precision: 'exact' })).toEqual(['rail:railway', 'built']);
    expect(keysOf('rail', { kind: 'railway', precision: 'exact', status: 'proposed' })).toEqual(['rail:railway', 'planned']);
    expect(keysOf('links', { kind: 'expressway', precision: 'schematic' })).toEqual(['links:expressway', 'schematic', 'expressway']);
    expect(keysOf('rail', { kind: 'station', precision: 'approximate' })).toEqual(['rail:station', 'approximate']);
    expect(keysOf('sea', { kind: 'island-group', precision: 'approximate' })).toEqual(['sea:island-group']);
  });

  it('leaves out the keys to what is not in view, and keeps every visible layer’s own row', () => {
    const inView = new Set(['kunming-haiphong-rail:station', 'built']);
    const rows = legendRows(STORY_LAYERS, 'en', en, inView);
    expect(rows.filter((r) => r.layer)).toHaveLength(STORY_LAYERS.length);
    expect(rows.filter((r) => !r.layer).map((r) => r.text)).toEqual([en.lineKey.built, en.kinds.station]);
  });
});

describe('the SVG file', () => {
  it('names real fonts before the generic ones a drawing program does not know', () => {
    expect(namedFontsFirst('system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif')).toBe('"Noto Sans", "Noto Sans CJK SC", system-ui, sans-serif');
  });
});
