// Style builders: valid MapLibre styles, feature-state expressions, language and dispute labels.
import { describe, expect, it } from 'vitest';
import { validateStyleMin, expression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { basemapStyle } from '../../src/lib/map/basemap-style.ts';
import { storyStyleLayers, interactiveLayerIds, sourceId, claimLabelSourceId, isDense, DENSE_POINTS } from '../../src/lib/map/layer-style.ts';
import { byInteraction, labelText } from '../../src/lib/map/expressions.ts';
import { STORY_LAYERS } from '../../src/lib/layers/index.ts';
import { styleOf } from '../../src/lib/layers/layer.ts';
import { SCHEMATIC_LINE } from '../../src/lib/layers/kinds.ts';
import type { StyleSpecification } from 'maplibre-gl';

function fullStyle(lang: 'en' | 'vi' | 'zh'): StyleSpecification {
  const style = basemapStyle('http://localhost/', lang);
  for (const layer of STORY_LAYERS) {
    style.sources[sourceId(layer)] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' };
    style.sources[claimLabelSourceId(layer)] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    style.layers.push(...storyStyleLayers(layer, lang));
  }
  return style;
}

function evaluate(expr: unknown, properties: Record<string, unknown>, state: Record<string, unknown> = {}, type: 'string' | 'number' = 'string') {
  const compiled = expression.createExpression(expr, {
    type,
    'property-type': 'data-driven',
    expression: { interpolated: false, parameters: ['zoom', 'feature'] },
  } as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 5 }, { type: 'Point', properties } as never, state);
}

describe('map style', () => {
  it.each(['en', 'vi', 'zh'] as const)('is a valid MapLibre style in %s with every layer', (lang) => {
    expect(validateStyleMin(fullStyle(lang)).map((e) => e.message)).toEqual([]);
  });

  it('has no glyph, sprite or tile server', () => {
    const style = fullStyle('en');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  it('gives each story layer unique style ids, and labels are not pickable', () => {
    const ids = STORY_LAYERS.flatMap((l) => storyStyleLayers(l, 'en').map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of STORY_LAYERS) expect(interactiveLayerIds(layer).some((id) => id.endsWith('label'))).toBe(false);
  });
});

describe('dense point layers', () => {
  const points = (n: number) => ({ features: Array.from({ length: n }, () => ({ geometry: { type: 'Point' } })) });
  const hainan = STORY_LAYERS.find((l) => l.kinds.some((k) => styleOf(l, k).shape === 'point' && styleOf(l, k).marker))!;

  it('counts points only, above the threshold', () => {
    expect(isDense(points(DENSE_POINTS))).toBe(false);
    expect(isDense(points(DENSE_POINTS + 1))).toBe(true);
    expect(isDense({ features: Array.from({ length: DENSE_POINTS * 2 }, () => ({ geometry: { type: 'LineString' } })) })).toBe(false);
  });

  it('draws the points of a dense layer as dots: no point names or marker glyphs; island groups keep their names', () => {
    const ids = (dense: boolean) => storyStyleLayers(hainan, 'en', dense).map((s) => s.id);
    expect(ids(false)).toEqual(expect.arrayContaining([`${hainan.id}-label`, `${hainan.id}-marker`, `${hainan.id}-point`]));
    expect(ids(true)).not.toContain(`${hainan.id}-marker`);
    expect(ids(true)).toContain(`${hainan.id}-point`);
    const islands = STORY_LAYERS.find((l) => l.kinds.includes('island-group'))!;
    const labels = (dense: boolean, layer = hainan) => storyStyleLayers(layer, 'en', dense).find((s) => s.id === `${layer.id}-label`) as { filter: unknown };
    const shows = (dense: boolean, geometry: string, kind: string, layer = hainan) => {
      const compiled = expression.createExpression(labels(dense, layer).filter, {
        type: 'boolean',
        'property-type': 'data-driven',
        expression: { interpolated: false, parameters: ['zoom', 'feature'] },
      } as never);
      if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
      return compiled.value.evaluate({ zoom: 5 }, { type: geometry, properties: { kind } } as never);
    };
    const point = hainan.kinds.find((k) => styleOf(hainan, k).shape === 'point')!;
    expect(shows(false, 'Point', point)).toBe(true);
    expect(shows(true, 'Point', point)).toBe(false);
    expect(shows(true, 'Polygon', 'island-group', islands)).toBe(true);
    const at = (dense: boolean) => {
      const point = storyStyleLayers(hainan, 'en', dense).find((s) => s.id === `${hainan.id}-point`) as { paint: Record<string, unknown> };
      return evaluate(point.paint['circle-radius'], {}, {}, 'number');
    };
    expect(at(true)).toBeLessThan(at(false));
  });
});

describe('schematic lines', () => {
  const railLayer = STORY_LAYERS.find((l) => l.kinds.includes('railway'))!;
  /** The ids of the layer's line style layers that draw this feature. */
  function drawnBy(properties: Record<string, unknown>): string[] {
    return storyStyleLayers(railLayer, 'en')
      .filter((l) => l.type === 'line' && 'filter' in l && l.filter)
      .filter((l, i) => featureFilter((l as { filter: unknown }).filter as never, `layers[${i}].filter`).filter({ zoom: 5 }, { type: 2, properties } as never))
      .map((l) => l.id.replace(`${railLayer.id}-`, ''));
  }

  it('are drawn by the dotted layer only (no casing), whether built or planned', () => {
    for (const status of ['built', 'planned']) {
      expect(drawnBy({ kind: 'railway', status, precision: 'schematic' }), status).toEqual(['line-schematic']);
    }
    expect(drawnBy({ kind: 'railway', status: 'built', precision: 'approximate' })).toEqual(['casing', 'line', 'ties']);
  });

  it('are thinner and dotted with round caps, from the kinds table', () => {
    const dotted = storyStyleLayers(railLayer, 'en').find((l) => l.id.endsWith('line-schematic')) as {
      layout: Record<string, unknown>;
      paint: Record<string, unknown>;
    };
    expect(dotted.layout['line-cap']).toBe('round');
    expect(dotted.paint['line-dasharray']).toEqual(SCHEMATIC_LINE.dash);
    const width = styleOf(railLayer, 'railway').width;
    expect(evaluate(dotted.paint['line-width'], { kind: 'railway' }, {}, 'number')).toBeCloseTo(width * SCHEMATIC_LINE.widthScale);
  });
});

describe('expressions', () => {
  it('byInteraction: selected beats hover beats rest', () => {
    const expr = byInteraction(1, 2, 3);
    expect(evaluate(expr, {}, {}, 'number')).toBe(1);
    expect(evaluate(expr, {}, { hover: true }, 'number')).toBe(2);
    expect(evaluate(expr, {}, { hover: true, selected: true }, 'number')).toBe(3);
  });

  const hanoi = { name_en: 'Hanoi', name_vi: 'Hà Nội', name_zh: '河内', kind: 'station' };
  const paracels = { name_en: 'Paracel Islands', name_vi: 'Quần đảo Hoàng Sa', name_zh: '西沙群岛', kind: 'island-group' };

  it('labelText uses the reader language for ordinary places', () => {
    expect(evaluate(labelText('vi'), hanoi)).toBe('Hà Nội');
    expect(evaluate(labelText('zh'), hanoi)).toBe('河内');
  });

  it('labelText shows every name for disputed places, the reader language first', () => {
    expect(evaluate(labelText('en'), paracels)).toBe('Paracel Islands\nQuần đảo Hoàng Sa · 西沙群岛');
    expect(evaluate(labelText('zh'), paracels)).toBe('西沙群岛\nParacel Islands · Quần đảo Hoàng Sa');
    expect(evaluate(labelText('en'), { ...hanoi, kind: 'sea', names_contested: true })).toContain('Hà Nội');
  });
});
