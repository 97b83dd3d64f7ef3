// Style builders: valid MapLibre styles and feature-state expressions.
import { describe, expect, it } from 'vitest';
import { validateStyleMin, expression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { basemapStyle, DARK, LIGHT } from '../../src/lib/map/basemap-style.ts';
import {
  APPROXIMATE_PERCENT,
  storyStyleBands,
  storyStyleLayers,
  storyPaint,
  interactiveLayerIds,
  sourceId,
  isDense,
  DENSE_POINTS,
} from '../../src/lib/map/layer-style.ts';
import { byInteraction } from '../../src/lib/map/expressions.ts';
import { STORY_LAYERS } from '../../src/lib/layers/index.ts';
import { styleOf } from '../../src/lib/layers/layer.ts';
import { SCHEMATIC_LINE } from '../../src/lib/layers/kinds.ts';
import { lineStrokes } from '../../src/lib/layers/line-symbol.ts';
import type { StyleSpecification } from 'maplibre-gl';
import { DARK_APPROXIMATE_PERCENT, darkLabelTint, mixColors, mixWithWhite } from '../../src/lib/labels/tint.ts';
import { readFileSync } from 'node:fs';
import { BANDS } from '../../src/lib/map/layer-order.ts';
import { labelLayers } from '../../src/lib/labels/label-style.ts';

function fullStyle(): StyleSpecification {
  const style = basemapStyle('http://localhost/');
  for (const layer of STORY_LAYERS) {
    style.sources[sourceId(layer)] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' };
    style.layers.push(...storyStyleLayers(layer));
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
  it('is a valid MapLibre style with every layer and the label layers', () => {
    const style = fullStyle();
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    expect(style.layers.filter((l) => l.type === 'symbol').every((l) => l.id.startsWith('story-labels-') || l.id.endsWith('-marker'))).toBe(true);
  });

  it('has no glyph, sprite or tile server', () => {
    const style = fullStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  it('gives each story layer unique style ids, and labels are not pickable', () => {
    const ids = STORY_LAYERS.flatMap((l) => storyStyleLayers(l).map((s) => s.id));
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

  it('draws the points of a dense layer as small dots, without marker glyphs', () => {
    const ids = (dense: boolean) => storyStyleLayers(hainan, dense).map((s) => s.id);
    expect(ids(false)).toEqual(expect.arrayContaining([`${hainan.id}-marker`, `${hainan.id}-point`]));
    expect(ids(true)).not.toContain(`${hainan.id}-marker`);
    expect(ids(true)).toContain(`${hainan.id}-point`);
    const at = (dense: boolean) => {
      const point = storyStyleLayers(hainan, dense).find((s) => s.id === `${hainan.id}-point`) as { paint: Record<string, unknown> };
      return evaluate(point.paint['circle-radius'], {}, {}, 'number');
    };
    expect(at(true)).toBeLessThan(at(false));
  });
});

describe('schematic lines', () => {
  const railLayer = STORY_LAYERS.find((l) => l.kinds.includes('railway'))!;
  /** The ids of the layer's line style layers that draw this feature. */
  function drawnBy(properties: Record<string, unknown>): string[] {
    return storyStyleLayers(railLayer)
      .filter((l) => l.type === 'line' && 'filter' in l && l.filter)
      .filter((l, i) => featureFilter((l as { filter: unknown }).filter as never, `layers[${i}].filter`).filter({ zoom: 5 }, { type: 2, properties } as never))
      .map((l) => l.id.replace(`${railLayer.id}-`, ''));
  }

  it('are drawn by the thin pale layers only (no casing, no ties): solid when built, dashed when planned', () => {
    expect(drawnBy({ kind: 'railway', status: 'built', precision: 'schematic' })).toEqual(['line-schematic']);
    expect(drawnBy({ kind: 'railway', status: 'planned', precision: 'schematic' })).toEqual(['line-schematic-dashed']);
    expect(drawnBy({ kind: 'railway', status: 'built', precision: 'approximate' })).toEqual(['casing', 'line', 'ties']);
  });

  it('a planned line of known route is dashed with no casing (a casing would run on between the dashes)', () => {
    expect(drawnBy({ kind: 'railway', status: 'planned', precision: 'approximate' })).toEqual(['line-dashed']);
  });

  it('stay thin and pale when selected, shown by their colour (heavy and solid they would pass for a surveyed route)', () => {
    const thin = storyStyleLayers(railLayer).find((l) => l.id.endsWith('line-schematic')) as { paint: Record<string, unknown> };
    const full = storyStyleLayers(railLayer).find((l) => l.id.endsWith('-line')) as { paint: Record<string, unknown> };
    const at = (paint: Record<string, unknown>, key: string, state: Record<string, boolean>) =>
      evaluate(paint[key], { kind: 'railway' }, state, 'number') as number;
    expect(at(thin.paint, 'line-width', { selected: true })).toBeGreaterThan(at(thin.paint, 'line-width', {}));
    expect(at(thin.paint, 'line-width', { selected: true })).toBeLessThan(at(full.paint, 'line-width', {}));
    expect(at(thin.paint, 'line-width', { selected: true }) - at(thin.paint, 'line-width', {}), 'one pixel wider at most').toBeLessThanOrEqual(1);
    expect(at(thin.paint, 'line-opacity', {})).toBe(SCHEMATIC_LINE.opacity);
    expect(at(thin.paint, 'line-opacity', { selected: true })).toBe(SCHEMATIC_LINE.opacity);
    const colour = (state: Record<string, boolean>) => evaluate(thin.paint['line-color'], { kind: 'railway' }, state);
    expect(JSON.stringify(colour({ selected: true }))).not.toBe(JSON.stringify(colour({})));
  });

  it('are thinner and paler, never dotted, from the kinds table; planned ones take long dashes', () => {
    const layers = storyStyleLayers(railLayer) as { id: string; layout?: Record<string, unknown>; paint: Record<string, unknown> }[];
    const built = layers.find((l) => l.id.endsWith('line-schematic'))!;
    const planned = layers.find((l) => l.id.endsWith('line-schematic-dashed'))!;
    expect(built.paint['line-dasharray']).toBeUndefined();
    expect(planned.paint['line-dasharray']).toEqual(SCHEMATIC_LINE.plannedDash);
    // Long dashes: at least a line width's dash and gap, so they never close up into dots.
    expect(Math.min(...SCHEMATIC_LINE.plannedDash)).toBeGreaterThanOrEqual(2);
    const width = styleOf(railLayer, 'railway').width;
    expect(evaluate(built.paint['line-width'], { kind: 'railway' }, {}, 'number')).toBeCloseTo(width * SCHEMATIC_LINE.widthScale);
  });
});

describe('expressions', () => {
  it('byInteraction: selected beats hover beats rest', () => {
    const expr = byInteraction(1, 2, 3);
    expect(evaluate(expr, {}, {}, 'number')).toBe(1);
    expect(evaluate(expr, {}, { hover: true }, 'number')).toBe(2);
    expect(evaluate(expr, {}, { hover: true, selected: true }, 'number')).toBe(3);
  });
});

describe('illustrative outlines (an island group’s soft extent)', () => {
  const seaLayer = STORY_LAYERS.find((l) => l.kinds.includes('island-group'))!;
  const outline = storyStyleLayers(seaLayer).find((l) => l.id.endsWith('outline')) as { paint: Record<string, unknown> };
  const fill = storyStyleLayers(seaLayer).find((l) => l.id.endsWith('fill')) as { paint: Record<string, unknown> };

  it('keep their own colour and a light weight when selected, so they never read as a border', () => {
    const props = { kind: 'island-group', illustrative: true };
    expect(evaluate(outline.paint['line-color'], props, { selected: true })).toEqual(evaluate(outline.paint['line-color'], props));
    expect(evaluate(outline.paint['line-width'], props, { selected: true }, 'number')).toBeLessThanOrEqual(2);
    expect(evaluate(fill.paint['fill-opacity'], props, { selected: true }, 'number')).toBeLessThan(0.35);
  });

  it('while other areas take the selection colour', () => {
    const props = { kind: 'island-group' };
    expect(evaluate(outline.paint['line-color'], props, { selected: true })).not.toEqual(evaluate(outline.paint['line-color'], props));
  });
});

describe('colour scheme', () => {
  const paintOf = (layer: (typeof STORY_LAYERS)[number], palette: typeof LIGHT, id: string, property: string) =>
    storyPaint(layer, false, palette).find(([i, p]) => i === id && p === property)?.[2];

  it('gives every solid story line a casing in the map’s halo colour, dark on dark maps', () => {
    const withLines = STORY_LAYERS.filter((l) => storyStyleLayers(l).some((s) => s.id.endsWith('-line')));
    expect(withLines.length).toBeGreaterThan(0);
    for (const layer of withLines) for (const palette of [LIGHT, DARK]) expect(paintOf(layer, palette, `${layer.id}-casing`, 'line-color')).toBe(palette.halo);
    expect(DARK.halo).not.toBe('#ffffff');
  });

  it('draws each layer in its colour on light maps and its light tint on dark ones, selected in the palette’s selection colour', () => {
    for (const layer of STORY_LAYERS) {
      const drawn = storyPaint(layer, false, DARK).filter(
        ([id, p]) => /-(line|line-dashed|line-schematic|fill|point)$/.test(id) && /^(line|fill|circle)-color$/.test(p),
      );
      expect(drawn.length, layer.id).toBeGreaterThan(0);
      for (const [id, property, value] of drawn) {
        expect(evaluate(value, {}), `${id} ${property}`).toEqual(evaluate(darkLabelTint(layer.color), {}));
        expect(evaluate(paintOf(layer, LIGHT, id, property), {}), `${id} ${property}`).toEqual(evaluate(layer.color, {}));
        if (!id.endsWith('-fill')) expect(evaluate(value, {}, { selected: true }), `${id} selected`).toEqual(evaluate(DARK.select, {}));
      }
    }
  });

  it('sets, on a change of scheme, every paint value the style was built with', () => {
    for (const layer of STORY_LAYERS) {
      const built = BANDS.flatMap((band) => storyStyleBands(layer, false, DARK)[band]) as unknown as { id: string; paint?: Record<string, unknown> }[];
      const painted = storyPaint(layer, false, DARK);
      for (const spec of built) for (const [property, value] of Object.entries(spec.paint ?? {})) expect(painted).toContainEqual([spec.id, property, value]);
    }
  });
});

describe('approximate points', () => {
  it('are their layer’s colour mixed with white unless selected, as the picture draws them in light and dark mode', () => {
    const layer = STORY_LAYERS.find((l) => storyStyleLayers(l).some((s) => s.id === `${l.id}-point`))!;
    const point = storyStyleLayers(layer).find((s) => s.id === `${layer.id}-point`) as { paint: Record<string, unknown> };
    const color = (properties: Record<string, unknown>, state = {}) => String(evaluate(point.paint['circle-color'], properties, state, 'string'));
    expect(color({ precision: 'approximate' })).toBe(String(evaluate(mixWithWhite(layer.color, APPROXIMATE_PERCENT), {})));
    expect(color({ precision: 'approximate' }, { selected: true })).not.toBe(color({ precision: 'approximate' }));
    const css = readFileSync(new URL('../../src/static-map.css', import.meta.url), 'utf8');
    const opacity = css.match(/\.story-svg \.approximate \.dot \{[^}]*stroke-opacity: ([\d.]+)/)?.[1];
    expect(Number(opacity) * 100, 'the picture’s opacity over its white halo').toBe(APPROXIMATE_PERCENT);
  });

  it('are dimmer than the exact places on a dark map (not paler: the exact places are a light tint there), the same in the picture and the key', () => {
    const layer = STORY_LAYERS.find((l) => storyStyleLayers(l).some((s) => s.id === `${l.id}-point`))!;
    const point = storyStyleLayers(layer, false, DARK).find((s) => s.id === `${layer.id}-point`) as { paint: Record<string, unknown> };
    const color = (properties: Record<string, unknown>) => String(evaluate(point.paint['circle-color'], properties, {}, 'string'));
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const exact = color({ precision: 'exact' });
    const estimated = color({ precision: 'approximate' });
    expect(estimated).toBe(String(evaluate(mixColors(mixWithWhite(layer.color, APPROXIMATE_PERCENT), DARK_APPROXIMATE_PERCENT, DARK.halo), {})));
    expect(luminance(estimated), `${estimated} against ${exact}`).toBeLessThan(luminance(exact) * 0.8);
    // The picture's CSS and the legend's key mix the same colours at the same percentages.
    const picture = readFileSync(new URL('../../src/static-map.css', import.meta.url), 'utf8');
    expect(picture).toContain(`color-mix(in srgb, color-mix(in srgb, currentColor ${APPROXIMATE_PERCENT}%, #fff) ${DARK_APPROXIMATE_PERCENT}%, var(--halo))`);
    const key = readFileSync(new URL('../../src/global.css', import.meta.url), 'utf8');
    expect(key).toContain(`[data-key='approximate'] .swatch-dot {\n    fill: color-mix(in srgb, currentColor ${DARK_APPROXIMATE_PERCENT}%, var(--halo));`);
  });
});

describe('rail and road symbols (one table: lineStrokes)', () => {
  const links = STORY_LAYERS.find((l) => l.kinds.includes('expressway') && l.kinds.includes('railway'))!;
  const corridor = STORY_LAYERS.find((l) => l.kinds.includes('railway') && styleOf(l, 'railway').ties)!;
  /** The style layers (by suffix) that draw a feature, and their paint. */
  function drawnBy(layer: typeof links, properties: Record<string, unknown>, palette = LIGHT) {
    return (storyStyleLayers(layer, false, palette) as unknown as { id: string; type: string; filter: unknown; paint: Record<string, unknown> }[])
      .filter((l) => l.type === 'line' && l.filter)
      .filter((l, i) => featureFilter(l.filter as never, `layers[${i}].filter`).filter({ zoom: 5 }, { type: 2, properties } as never))
      .map((l) => ({ ...l, id: l.id.replace(`${layer.id}-`, '') }));
  }

  it('draws an expressway as a hollow line (casing, ink, a core) and a railway as a solid one, from the same table', () => {
    const road = { kind: 'expressway', status: 'built', precision: 'approximate' };
    const rail = { kind: 'railway', status: 'built', precision: 'approximate' };
    expect(drawnBy(links, road).map((l) => l.id)).toEqual(['casing', 'line', 'core']);
    expect(drawnBy(links, rail).map((l) => l.id)).toEqual(['casing', 'line']);
    expect(drawnBy(corridor, rail).map((l) => l.id)).toEqual(['casing', 'line', 'ties']);
    // At rest each stroke is as wide as the table says.
    const strokes = lineStrokes(styleOf(links, 'expressway'), { planned: false, schematic: false });
    expect(strokes.map((s) => s.role)).toEqual(['casing', 'ink', 'core']);
    for (const [i, l] of drawnBy(links, road).entries()) expect(evaluate(l.paint['line-width'], road, {}, 'number'), l.id).toBeCloseTo(strokes[i]!.width);
  });

  it('draws a schematic or planned expressway with the same status and precision rules as a railway', () => {
    expect(drawnBy(links, { kind: 'expressway', status: 'built', precision: 'schematic' }).map((l) => l.id)).toEqual(['line-schematic', 'core-schematic']);
    const planned = drawnBy(links, { kind: 'expressway', status: 'planned', precision: 'approximate' });
    expect(planned.map((l) => l.id)).toEqual(['line-dashed', 'core-dashed']);
    // The core's dashes are the ink's in pixels: its pattern, in its narrower widths, is longer.
    const core = styleOf(links, 'expressway').core;
    const [ink, inner] = planned.map((l) => l.paint['line-dasharray'] as number[]);
    expect(inner![0]! * core).toBeCloseTo(ink![0]!);
    expect(inner![1]! * core).toBeCloseTo(ink![1]!);
  });

  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)('keeps a road’s core in the map’s halo colour and in proportion, selected or not, while its ink takes the selection colour (%s)', (_n, p) => {
    const road = { kind: 'expressway', status: 'built', precision: 'schematic' };
    const [ink, core] = drawnBy(links, road, p);
    for (const state of [{}, { selected: true }, { hover: true }]) {
      expect(evaluate(core!.paint['line-color'], road, state), JSON.stringify(state)).toBe(evaluate(p.halo, {}));
      const inkWidth = evaluate(ink!.paint['line-width'], road, state, 'number') as number;
      expect(evaluate(core!.paint['line-width'], road, state, 'number')).toBeCloseTo(inkWidth * styleOf(links, 'expressway').core);
      expect(evaluate(core!.paint['line-opacity'], road, state, 'number')).toBe(evaluate(ink!.paint['line-opacity'], road, state, 'number'));
    }
    expect(evaluate(ink!.paint['line-color'], road, { selected: true })).toBe(evaluate(p.select, {}));
    // Wide enough that the hollow reads: the ink shows at least 0.8 px either side of the core.
    const inkWidth = evaluate(ink!.paint['line-width'], road, {}, 'number') as number;
    expect((inkWidth * (1 - styleOf(links, 'expressway').core)) / 2).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the names of countries and of an island province', () => {
  // Hainan in the countries' spaced capitals read as a state of its own in a China–Vietnam piece.
  const layout = (cls: string) => {
    const layer = labelLayers().find((l) => l.id.endsWith(`-${cls}`)) as { layout?: Record<string, unknown> } | undefined;
    expect(layer, cls).toBeDefined();
    return layer!.layout ?? {};
  };
  it('sets countries in capitals and Hainan in ordinary letters, on the live map and in the picture', () => {
    expect(layout('country')['text-transform']).toBe('uppercase');
    expect(layout('region')['text-transform']).toBeUndefined();
    const css = readFileSync(new URL('../../src/static-map.css', import.meta.url), 'utf8');
    const rule = (selector: string) => css.slice(css.indexOf(`${selector} {`), css.indexOf('}', css.indexOf(`${selector} {`)));
    expect(rule('.story-svg .country')).toContain('text-transform: uppercase');
    expect(rule('.story-svg .region')).not.toContain('uppercase');
  });
});
