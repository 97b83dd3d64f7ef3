// MapLibre style layers for one story layer, built from its typed description.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { StoryLayer } from '../layers/layer.ts';
import { byInteraction, geometryIs, isIllustrative, isPlanned, isSchematic, kindIn } from './expressions.ts';
import { SCHEMATIC_LINE } from '../layers/kinds.ts';
import { kindsShaped, styleOf } from '../layers/layer.ts';
import type { Kind, KindStyle } from '../types.ts';
import { BANDS, type Band } from './layer-order.ts';
import { LIGHT, type BasemapPalette } from './basemap-style.ts';
import { darkLabelTint, mixWithWhite } from '../labels/tint.ts';

export const HALO = '#ffffff';
/** How much of its layer's colour an approximate point keeps (the rest white); the picture draws it at this opacity over its white halo. */
export const APPROXIMATE_PERCENT = 70;

export function sourceId(layer: StoryLayer): string {
  return `story-${layer.id}`;
}

/** Layers a pointer can pick features from (labels are not). */
export function interactiveLayerIds(layer: StoryLayer): string[] {
  return storyStyleLayers(layer)
    .filter((l) => l.type !== 'symbol')
    .map((l) => l.id);
}

/** Above this many points a layer's points are drawn as dots only: no name labels, no marker glyphs.
 * Labels that dense would mostly be dropped by collision anyway, and placing and drawing them
 * dominated load and redraw in the bench's scaling runs (names still show in the panel). */
export const DENSE_POINTS = 500;

const DENSE_RADIUS = 3;

export function isDense(collection: { features: { geometry: { type: string } }[] }): boolean {
  return collection.features.filter((f) => f.geometry.type === 'Point').length > DENSE_POINTS;
}

/** A style value of the layer's kinds: a constant when they agree, else a match on `kind`. */
function byKind<T extends number | string>(layer: StoryLayer, kinds: Kind[], pick: (s: KindStyle) => T): T | ExpressionSpecification {
  const values = kinds.map((k) => pick(styleOf(layer, k)));
  const first = values[0];
  if (first === undefined || values.every((v) => v === first)) return (first ?? 0) as T;
  return ['match', ['get', 'kind'], ...kinds.flatMap((k, i) => [k, values[i]!]), first] as unknown as ExpressionSpecification;
}

/** A value that grows by `hover` when hovered and by `selected` when selected. */
function grown(value: number | ExpressionSpecification, hover: number, selected: number): ExpressionSpecification {
  if (typeof value === 'number') return byInteraction(value, value + hover, value + selected);
  return ['+', value, byInteraction(0, hover, selected)] as ExpressionSpecification;
}

/** What every part of a layer's style shares. */
interface Parts {
  layer: StoryLayer;
  source: string;
  id: (suffix: string) => string;
  palette: BasemapPalette;
  /** The layer's colour on this map: its own, or its light tint on dark maps. */
  color: string;
  /** `color`, or the palette's selection colour when selected. */
  lineColor: ExpressionSpecification;
}

/** Areas: a fill, and one outline layer per outline style in use. */
function areaLayers({ layer, source, id, color, lineColor }: Parts, kinds: Kind[]): LayerSpecification[] {
  if (!kinds.length) return [];
  const fillOpacity = byKind(layer, kinds, (s) => s.fillOpacity);
  const outlines = [...new Set(kinds.map((k) => styleOf(layer, k).outline))];
  return [
    {
      id: id('fill'),
      type: 'fill',
      source,
      filter: geometryIs('Polygon'),
      // A selected illustrative outline stays faint: filled strongly it would read as a territory.
      paint: { 'fill-color': color, 'fill-opacity': ['case', isIllustrative, grown(fillOpacity, 0.05, 0.08), grown(fillOpacity, 0.15, 0.25)] },
    },
    ...outlines.map((outline, i): LayerSpecification => ({
      id: id(i === 0 ? 'outline' : `outline-${outline}`),
      type: 'line',
      source,
      filter: outlines.length > 1 ? ['all', geometryIs('Polygon'), kindIn(kinds.filter((k) => styleOf(layer, k).outline === outline))] : geometryIs('Polygon'),
      paint: {
        // An illustrative outline keeps its own colour and weight when selected (the panel and the fill say it is chosen): a
        // heavy outline in the selection colour would draw it as a border.
        'line-color': ['case', isIllustrative, color, lineColor],
        'line-width': ['case', isIllustrative, byInteraction(1, 1.5, 2), byInteraction(1.5, 3, 3.5)],
        ...(outline === 'dashed' ? { 'line-dasharray': [3, 2] } : {}),
      },
    })),
  ];
}

/** `width` times `factor`, as a constant when it is one. */
function scaled(width: number | ExpressionSpecification, factor: number): number | ExpressionSpecification {
  return typeof width === 'number' ? width * factor : (['*', width, factor] as ExpressionSpecification);
}

/** Lines: a white casing, solid lines (with railway ties), dashed lines (planned, or claims), and
 * thin pale schematic lines (route not known), solid or dashed as built or planned. */
function lineLayers({ layer, source, id, palette, lineColor }: Parts, kinds: Kind[]): LayerSpecification[] {
  if (!kinds.length) return [];
  const width = byKind(layer, kinds, (s) => s.width);
  const lineWidth = grown(width, 2, 3);
  // Thin lines grow less than full ones when chosen: they stay thinner than a traced route.
  const schematicWidth = grown(scaled(width, SCHEMATIC_LINE.widthScale), 1, 1.5);
  const routes = geometryIs('LineString');
  const lines: FilterSpecification = ['all', routes, ['!', isSchematic]];
  // Claims are always dashed; other lines when planned or proposed.
  const alwaysDashed = kinds.filter((k) => styleOf(layer, k).dashed === 'always');
  const dashed: ExpressionSpecification = alwaysDashed.length ? ['any', isPlanned, kindIn(alwaysDashed)] : isPlanned;
  const solid: FilterSpecification = ['all', lines, ['!', dashed]];
  const tieKinds = kinds.filter((k) => styleOf(layer, k).ties);
  // One dashed layer per dash pattern (line-dasharray cannot vary by feature).
  const dashes = [...new Set(kinds.map((k) => styleOf(layer, k).dash.join(',')))];
  const solidLines: LayerSpecification[] =
    alwaysDashed.length === kinds.length
      ? []
      : [
          {
            id: id('line'),
            type: 'line',
            source,
            filter: solid,
            layout: { 'line-cap': 'round', 'line-join': 'round' },
            paint: { 'line-color': lineColor, 'line-width': lineWidth },
          },
        ];
  const ties: LayerSpecification[] = tieKinds.length
    ? [
        {
          // The classic railway symbol: white ties along built lines, so the layer reads without colour.
          id: id('ties'),
          type: 'line',
          source,
          filter: ['all', solid, kindIn(tieKinds)],
          paint: { 'line-color': HALO, 'line-width': Math.max(1, styleOf(layer, tieKinds[0]!).width - 2.5), 'line-dasharray': [1, 3] },
        },
      ]
    : [];
  return [
    {
      // Only solid lines are cased. Schematic lines have none: light dots over the basemap read as "not a
      // surveyed route". Nor have dashed ones: a continuous casing runs on between the dashes as a tube.
      id: id('casing'),
      type: 'line',
      source,
      filter: solid,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': palette.halo, 'line-width': grown(plus3(width), 2, 3), 'line-opacity': 0.85 },
    },
    ...solidLines,
    ...ties,
    ...dashes.map((pattern, i): LayerSpecification => ({
      id: id(i === 0 ? 'line-dashed' : `line-dashed-${i + 1}`),
      type: 'line',
      source,
      filter: dashes.length > 1 ? ['all', lines, dashed, kindIn(kinds.filter((k) => styleOf(layer, k).dash.join(',') === pattern))] : ['all', lines, dashed],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': lineColor, 'line-width': lineWidth, 'line-dasharray': pattern.split(',').map(Number) },
    })),
    // Route not known: thinner and paler (full strength when chosen), solid when built, long dashes when planned.
    ...([false, true] as const).map((planned): LayerSpecification => ({
      id: id(planned ? 'line-schematic-dashed' : 'line-schematic'),
      type: 'line',
      source,
      filter: ['all', routes, isSchematic, planned ? dashed : ['!', dashed]],
      layout: { 'line-cap': planned ? 'butt' : 'round', 'line-join': 'round' },
      paint: {
        'line-color': lineColor,
        'line-width': schematicWidth,
        'line-opacity': byInteraction(SCHEMATIC_LINE.opacity, 0.8, 1),
        ...(planned ? { 'line-dasharray': SCHEMATIC_LINE.plannedDash } : {}),
      },
    })),
  ];
}

function plus3(width: number | ExpressionSpecification): number | ExpressionSpecification {
  return typeof width === 'number' ? width + 3 : (['+', width, 3] as ExpressionSpecification);
}

/** Points: a dot, and a marker glyph for the kinds that have one (not when dense). */
function pointLayers({ layer, source, id, color, lineColor }: Parts, kinds: Kind[], dense: boolean): LayerSpecification[] {
  if (!kinds.length) return [];
  // Dense layers get small dots: each dot's pixels are drawn at every redraw, so big ones
  // multiply the cost by the number of points (and overlap into a blot).
  const radius = dense ? DENSE_RADIUS : byKind(layer, kinds, (s) => s.radius);
  const markerKinds = kinds.filter((k) => styleOf(layer, k).marker);
  const marker: LayerSpecification[] =
    markerKinds.length && !dense
      ? [
          {
            id: id('marker'),
            type: 'symbol',
            source,
            filter: ['all', geometryIs('Point'), kindIn(markerKinds)],
            layout: {
              'text-field': byKind(layer, markerKinds, (s) => s.marker ?? ''),
              'text-font': ['Noto Sans', 'sans-serif'],
              'text-size': byKind(layer, markerKinds, (s) => s.radius * 1.5),
              'text-allow-overlap': true,
              'text-ignore-placement': true,
            },
            paint: { 'text-color': HALO },
          },
        ]
      : [];
  return [
    {
      id: id('point'),
      type: 'circle',
      source,
      filter: geometryIs('Point'),
      paint: {
        // Approximate positions are drawn lighter (the panel says why), unless selected: their colour
        // mixed with white, as the picture draws them (a 70% dot over its white halo), on light and dark maps alike.
        'circle-color': [
          'case',
          ['all', ['==', ['get', 'precision'], 'approximate'], ['!', ['boolean', ['feature-state', 'selected'], false]]],
          mixWithWhite(color, APPROXIMATE_PERCENT),
          lineColor,
        ],
        'circle-radius': grown(radius, 2, 3),
        'circle-stroke-color': HALO,
        'circle-stroke-width': dense ? 1 : 2,
      },
    },
    ...marker,
  ];
}

/** Every paint value of a story layer's style layers in `palette`: what to set when the reader's
 * colour scheme changes (unchanged values are no-ops for MapLibre). */
export function storyPaint(layer: StoryLayer, dense: boolean, palette: BasemapPalette): [string, string, unknown][] {
  return storyStyleLayers(layer, dense, palette).flatMap((spec) =>
    'paint' in spec && spec.paint ? Object.entries(spec.paint).map(([property, value]): [string, string, unknown] => [spec.id, property, value]) : [],
  );
}

/** The MapLibre style layers of one story layer by band (areas, lines, points; see layer-order.ts):
 * only those its kinds need, in `palette`'s colours. On dark maps, lines are cased in the dark halo
 * (a white casing round a line on a dark map reads as a white tube) and the layer's colour is its
 * light tint (the dark colours would not reach 3:1 on the land); the selection colour is the
 * palette's. Names are not here: every label is laid out once for all renderers (src/lib/labels). */
export function storyStyleBands(layer: StoryLayer, dense = false, palette: BasemapPalette = LIGHT): Record<Band, LayerSpecification[]> {
  const color = palette.storyColor === 'tint' ? darkLabelTint(layer.color) : layer.color;
  const parts: Parts = {
    layer,
    source: sourceId(layer),
    id: (suffix) => `${layer.id}-${suffix}`,
    palette,
    color,
    lineColor: byInteraction(color, color, palette.select),
  };
  return {
    area: areaLayers(parts, kindsShaped(layer, 'area')),
    line: lineLayers(parts, kindsShaped(layer, 'line')),
    point: pointLayers(parts, kindsShaped(layer, 'point'), dense),
  };
}

/** The same, bottom to top in one list. */
export function storyStyleLayers(layer: StoryLayer, dense = false, palette: BasemapPalette = LIGHT): LayerSpecification[] {
  const bands = storyStyleBands(layer, dense, palette);
  return BANDS.flatMap((band) => bands[band]);
}
