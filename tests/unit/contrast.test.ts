// WCAG 2.2 AA for the map itself: graphics 3:1 against what they sit on, label text 4.5:1 against its halo.
import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/lib/contrast.ts';
import { STORY_LAYERS } from '../../src/lib/layers/index.ts';
import { DARK, LIGHT } from '../../src/lib/map/basemap-style.ts';
import { HALO } from '../../src/lib/map/layer-style.ts';
import { TINT_LAYER_PERCENT, darkLabelTint } from '../../src/lib/labels/tint.ts';
import { readFileSync } from 'node:fs';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import { storyStyleLayers } from '../../src/lib/map/layer-style.ts';
import { styleOf } from '../../src/lib/layers/layer.ts';

/** A MapLibre paint value for a feature in a state. */
function evaluateNumber(value: unknown, properties: Record<string, unknown>, state: Record<string, unknown>): number {
  const compiled = expression.createExpression(value, {
    type: 'number',
    'property-type': 'data-driven',
    expression: { interpolated: false, parameters: ['zoom', 'feature'] },
  } as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 5 }, { type: 'Polygon', properties } as never, state) as number;
}

/** `fg` at `alpha` over `bg`, as the map composites a translucent fill. */
function over(fg: string, alpha: number, bg: string): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(fg, i) * alpha + channel(bg, i) * (1 - alpha))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

describe('map contrast', () => {
  it('every layer colour reaches 3:1 against the white halo it is drawn on', () => {
    for (const layer of STORY_LAYERS) expect(contrast(layer.color, HALO), layer.id).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)('the selection colour reaches 3:1 against the halo and the basemap, and is neither red nor orange (%s)', (_name, p) => {
    for (const background of [p.halo, p.land, p.sea]) expect(contrast(p.select, background), background).toBeGreaterThanOrEqual(3);
    // Hue: the railway is red, so a selection in red or orange (hue 0–40°) would read as part of it.
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(p.select.slice(i, i + 2), 16) / 255) as [number, number, number];
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const hue =
      max === min
        ? null
        : max === r
          ? (60 * ((g - b) / (max - min)) + 360) % 360
          : max === g
            ? 60 * ((b - r) / (max - min)) + 120
            : 60 * ((r - g) / (max - min)) + 240;
    expect(hue === null || (hue > 40 && hue < 340), `hue ${hue}`).toBe(true);
  });

  it('every layer’s colour on the dark map (its light tint) reaches 3:1 against the dark land and sea', () => {
    for (const layer of STORY_LAYERS)
      for (const background of [DARK.land, DARK.sea]) expect(contrast(darkLabelTint(layer.color), background), layer.id).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)('basemap labels reach 4.5:1 against their halos (%s)', (_name, p) => {
    expect(contrast(p.countryLabel, p.land)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.seaLabel, p.sea)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.cityLabel, p.halo)).toBeGreaterThanOrEqual(4.5);
  });

  it('story labels in dark mode keep their layer’s hue, tinted to reach 4.5:1 on the dark halo', () => {
    const tints = STORY_LAYERS.map((layer) => darkLabelTint(layer.color));
    STORY_LAYERS.forEach((layer, i) => {
      expect(contrast(tints[i]!, DARK.halo), layer.id).toBeGreaterThanOrEqual(4.5);
      expect(contrast(layer.color, LIGHT.halo), `${layer.id} on light`).toBeGreaterThanOrEqual(4.5);
    });
    expect(new Set(tints).size).toBe(STORY_LAYERS.length);
    expect(darkLabelTint('#b3261e')).toBe('#d9938f'); // 0.5 × (179, 38, 30) + 0.5 × 255
    // The pictures mix in CSS at the same percentage.
    expect(readFileSync('src/static-map.css', 'utf8')).toContain(`color-mix(in srgb, currentColor ${TINT_LAYER_PERCENT}%, #fff)`);
  });

  it('story labels in dark mode reach 4.5:1 on the dark land and sea too, not only on their thin halo', () => {
    // About 11 px bold with a 1.5 px halo: the text's own edges meet the map round it.
    for (const layer of STORY_LAYERS)
      for (const [name, background] of [
        ['land', DARK.land],
        ['sea', DARK.sea],
      ])
        expect(contrast(darkLabelTint(layer.color), background!), `${layer.id} on the dark ${name}`).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)('names over a selected area keep 4.5:1: its fill stays pale, the outline shows the selection (%s)', (_name, p) => {
    const names = [...STORY_LAYERS.map((l) => (p.storyColor === 'tint' ? darkLabelTint(l.color) : l.color)), p.cityLabel, p.countryLabel];
    const areas = STORY_LAYERS.flatMap((layer) =>
      layer.kinds.filter((k) => styleOf(layer, k).shape === 'area' && k !== 'island-group').map((kind) => ({ layer, kind })),
    );
    expect(areas.length).toBeGreaterThan(0);
    for (const { layer, kind } of areas) {
      const fill = storyStyleLayers(layer, false, p).find((s) => s.id === `${layer.id}-fill`) as { paint: Record<string, unknown> };
      const opacity = evaluateNumber(fill.paint['fill-opacity'], { kind }, { selected: true });
      const color = p.storyColor === 'tint' ? darkLabelTint(layer.color) : layer.color;
      const selected = over(color, opacity, p.land);
      for (const name of names) expect(contrast(name, selected), `${name} over ${layer.id} ${kind} selected (${selected})`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the picture draws a selected area’s fill as pale as the live map does', () => {
    const layer = STORY_LAYERS.find((l) => l.kinds.includes('region'))!;
    const fill = storyStyleLayers(layer).find((s) => s.id === `${layer.id}-fill`) as { paint: Record<string, unknown> };
    const css = readFileSync('src/static-map.css', 'utf8');
    const picture = css.match(/\.story-svg \.feature\.selected\.area:not\(\.illustrative\) path \{[^}]*fill-opacity: ([\d.]+)/)?.[1];
    expect(Number(picture)).toBe(evaluateNumber(fill.paint['fill-opacity'], { kind: 'region' }, { selected: true }));
  });

  it('story labels (dark text on a white halo) reach 4.5:1', () => {
    expect(contrast('#1a1a1a', HALO)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
