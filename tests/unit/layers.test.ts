// A layer is data: a manifest entry resolves to one style per kind (defaults applied once), and the
// MapLibre style, the swatch and the claim labels all follow it.
import { describe, expect, it } from 'vitest';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import { resolveLayer, styleOf } from '../../src/lib/layers/layer.ts';
import { KIND_STYLES } from '../../src/lib/layers/kinds.ts';
import { lineStrokes } from '../../src/lib/layers/line-symbol.ts';
import { storyStyleLayers } from '../../src/lib/map/layer-style.ts';
import { symbolKey } from '../../src/lib/layers/symbol-key.ts';
import type { LayerEntry } from '../../src/lib/types.ts';

const text = { en: 'A layer', vi: 'Một lớp', zh: '图层' };
const entry = (kinds: LayerEntry['kinds'], swatch?: LayerEntry['swatch']): LayerEntry => ({
  id: 'test-layer',
  title: text,
  description: text,
  color: '#1f5fa8',
  kinds,
  ...(swatch ? { swatch } : {}),
});

function evaluate(expr: unknown, properties: Record<string, unknown>, geometry = 'LineString', state: Record<string, unknown> = {}) {
  const compiled = expression.createExpression(expr, {
    type: typeof expr === 'number' ? 'number' : 'number',
    'property-type': 'data-driven',
    expression: { interpolated: false, parameters: ['zoom', 'feature'] },
  } as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 5 }, { type: geometry, properties } as never, state);
}
function passes(filter: unknown, properties: Record<string, unknown>, geometry: string) {
  const compiled = expression.createExpression(filter, {
    type: 'boolean',
    'property-type': 'data-driven',
    expression: { interpolated: false, parameters: ['zoom', 'feature'] },
  } as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 5 }, { type: geometry, properties } as never);
}
const spec = (layer: ReturnType<typeof resolveLayer>, suffix: string) =>
  storyStyleLayers(layer).find((s) => s.id === `test-layer-${suffix}`) as unknown as
    { filter: unknown; paint: Record<string, unknown>; layout: Record<string, unknown> } | undefined;

describe('resolveLayer', () => {
  it('applies the kind defaults once, then the layer’s changes', () => {
    const layer = resolveLayer(entry({ railway: { width: 4, ties: true }, station: {} }));
    expect(layer.kinds).toEqual(['railway', 'station']);
    expect(styleOf(layer, 'railway')).toEqual({ ...KIND_STYLES.railway, width: 4, ties: true });
    expect(styleOf(layer, 'station')).toEqual(KIND_STYLES.station);
  });

  it('draws the swatch from the first kind, with a point kind’s marker on areas', () => {
    const rail = resolveLayer(entry({ railway: { ties: true }, station: {} }));
    expect(rail.swatch).toEqual({
      shape: 'line',
      color: '#1f5fa8',
      dashed: false,
      marker: null,
      strokes: lineStrokes(styleOf(rail, 'railway'), { planned: false, schematic: false }),
    });
    expect(rail.swatch.strokes.map((s) => s.role)).toEqual(['casing', 'ink', 'ties']);
    expect(resolveLayer(entry({ region: {}, deposit: {} }, ['region', 'deposit'])).swatch).toEqual({
      shape: 'area',
      color: '#1f5fa8',
      dashed: false,
      marker: '◆',
      strokes: [],
    });
    expect(resolveLayer(entry({ 'island-group': {}, 'claim-line': {} })).swatch.dashed).toBe(true);
  });
});

describe('the MapLibre style follows the kinds', () => {
  it('a value kinds share is a constant; one they do not share varies by kind', () => {
    const same = resolveLayer(entry({ railway: {}, expressway: { width: KIND_STYLES.railway.width } }));
    expect(spec(same, 'line')!.paint['line-width']).toEqual(expect.arrayContaining(['case']));
    expect(evaluate(spec(same, 'line')!.paint['line-width'], { kind: 'railway' })).toBe(KIND_STYLES.railway.width);
    const mixed = resolveLayer(entry({ railway: { width: 4 }, expressway: { width: 5 } }));
    const width = spec(mixed, 'line')!.paint['line-width'];
    expect(evaluate(width, { kind: 'railway' })).toBe(4);
    expect(evaluate(width, { kind: 'expressway' })).toBe(5);
    expect(evaluate(width, { kind: 'railway' }, 'LineString', { selected: true })).toBe(7);
  });

  it('ties only on the kinds that have them; claims only dashed, with their own pattern', () => {
    const layer = resolveLayer(entry({ railway: { ties: true }, expressway: {}, 'claim-line': {} }));
    const ties = spec(layer, 'ties')!;
    expect(passes(ties.filter, { kind: 'railway', status: 'built' }, 'LineString')).toBe(true);
    expect(passes(ties.filter, { kind: 'expressway', status: 'built' }, 'LineString')).toBe(false);
    expect(passes(spec(layer, 'line')!.filter, { kind: 'claim-line' }, 'LineString')).toBe(false);
    const patterns = storyStyleLayers(layer).filter((s) => s.id.startsWith('test-layer-line-dashed')) as unknown as {
      filter: unknown;
      paint: Record<string, unknown>;
    }[];
    expect(patterns.map((p) => p.paint['line-dasharray'])).toEqual([KIND_STYLES.railway.dash, KIND_STYLES['claim-line'].dash]);
    expect(passes(patterns[1]!.filter, { kind: 'claim-line' }, 'LineString')).toBe(true);
    expect(passes(patterns[0]!.filter, { kind: 'railway', status: 'planned' }, 'LineString')).toBe(true);
  });

  it('a layer gets only the style layers its kinds need', () => {
    const ids = storyStyleLayers(resolveLayer(entry({ 'data-centre': {} }))).map((s) => s.id);
    expect(ids).toEqual(['test-layer-point', 'test-layer-marker']);
  });

  it('a layer of lines that are all claims has no solid line', () => {
    expect(spec(resolveLayer(entry({ 'claim-line': {} })), 'line')).toBeUndefined();
  });

  it('markers by kind', () => {
    const layer = resolveLayer(entry({ station: {}, 'border-crossing': {}, 'island-group': {} }));
    expect(passes(spec(layer, 'marker')!.filter, { kind: 'station' }, 'Point')).toBe(false);
    expect(passes(spec(layer, 'marker')!.filter, { kind: 'border-crossing' }, 'Point')).toBe(true);
  });
});

describe('the legend’s key to symbols', () => {
  it('has a row for each point, outline and claim symbol the layers draw, in the layer’s colour and marker, and one for estimated positions', () => {
    const rail = resolveLayer({ ...entry({ railway: {}, station: {} }), id: 'rail', color: '#b22222' });
    const sea = resolveLayer({ ...entry({ 'island-group': {}, island: {}, 'claim-line': {}, 'cable-landing': {} }), id: 'sea', color: '#0f6e6e' });
    const rows = symbolKey([rail, sea]);
    expect(rows.map((r) => r.key)).toEqual(['rail:station', 'sea:island-group', 'sea:island', 'sea:claim-line', 'sea:cable-landing', 'approximate']);
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('sea:cable-landing').swatch).toMatchObject({ shape: 'point', color: '#0f6e6e', marker: '▲' });
    expect(row('sea:island-group').swatch).toMatchObject({ shape: 'area', dashed: true });
    // The claim's dashes, as the map draws them.
    expect(row('sea:claim-line').swatch.strokes).toEqual(lineStrokes(styleOf(sea, 'claim-line'), { planned: false, schematic: false }));
    expect(row('sea:claim-line').swatch.strokes.some((s) => s.dash)).toBe(true);
    // Paler: the first plain dot's colour mixed with white.
    expect(row('approximate').swatch.color).not.toBe('#b22222');
    expect(row('approximate').swatch.shape).toBe('point');
  });
});
