// MapLibre style layers for one story layer, built from its typed description.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { StoryLayer } from '../layers/layer.ts';
import { byInteraction, geometryIs, isIllustrative, isPlanned, isSchematic, isSelected, kindIn } from './expressions.ts';
import { SCHEMATIC_LINE } from '../layers/kinds.ts';
import { lineStrokes, lineVariants, type StrokeRole } from '../layers/line-symbol.ts';
import { kindsShaped, styleOf } from '../layers/layer.ts';
import type { Kind, KindStyle } from '../types.ts';
import { BANDS, type Band } from './layer-order.ts';
import { LIGHT, type BasemapPalette } from './basemap-style.ts';
import { DARK_APPROXIMATE_PERCENT, darkLabelTint, mixColors, mixWithWhite } from '../labels/tint.ts';

export const HALO = '#ffffff';
/** How much of its layer's colour an approximate point keeps (the rest white); the picture draws it at this opacity over its white halo. */
export const APPROXIMATE_PERCENT = 70;

/** An estimated position's dot: paler on a light map, dimmer on a dark one (the picture's CSS and the
 * legend's key give the same colours; a unit test keeps them equal). */
export function approximateColor(layerColor: string, palette: BasemapPalette): string {
  const pale = mixWithWhite(layerColor, APPROXIMATE_PERCENT);
  return palette.storyColor === 'tint' ? mixColors(pale, DARK_APPROXIMATE_PERCENT, palette.halo) : pale;
}

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

/** A point's ring in the halo colour, and how much its dot grows when hovered or selected: the label
 * layout keeps a name clear of the marker as drawn in any state (candidates.ts). */
export const POINT_RING = 2;
export const POINT_GROWTH = { hover: 2, selected: 2 } as const;

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

/** The fill opacity of a selected area (not an illustrative one): pale, so the names over it keep
 * 4.5:1 in light and dark mode; its heavy outline in the selection colour shows it is chosen. The
 * picture's selected fill (src/static-map.css) is the same. */
export const SELECTED_AREA_FILL = 0.04;

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
      // A selected illustrative outline stays faint: filled strongly it would read as a territory. Other
      // selected areas go pale (SELECTED_AREA_FILL) and take a heavy outline.
      paint: {
        'fill-color': color,
        'fill-opacity': ['case', isIllustrative, grown(fillOpacity, 0.05, 0.08), isSelected, SELECTED_AREA_FILL, grown(fillOpacity, 0.15, 0)],
      },
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
function scaled(width: number | ExpressionSpecification, factor: number | ExpressionSpecification): number | ExpressionSpecification {
  return typeof width === 'number' && typeof factor === 'number' ? width * factor : (['*', width, factor] as ExpressionSpecification);
}

/** How much a line's ink widens when hovered and when selected: a schematic one less, so it stays thinner than a traced route. */
const GROWTH = { traced: [2, 3], schematic: [1, 1] } as const;
const ROLE_IDS: Record<StrokeRole, string> = { casing: 'casing', ink: 'line', core: 'core', ties: 'ties' };

/** Lines, from the table of line symbols (lineStrokes): for each variant (traced or schematic, solid or
 * dashed) one style layer per stroke of the symbol (casing, ink, a road's core, a railway's ties), split
 * where the kinds' dash patterns differ (line-dasharray cannot vary by feature). */
function lineLayers({ layer, source, id, palette, lineColor }: Parts, kinds: Kind[]): LayerSpecification[] {
  if (!kinds.length) return [];
  const routes = geometryIs('LineString');
  // Claims are always dashed; other lines when planned or proposed.
  const alwaysDashed = kinds.filter((k) => styleOf(layer, k).dashed === 'always');
  const dashed: ExpressionSpecification = alwaysDashed.length ? ['any', isPlanned, kindIn(alwaysDashed)] : isPlanned;
  const variants = lineVariants({ dashed: 'when-planned' });
  return variants.flatMap(({ planned, schematic }) => {
    const drawn = kinds.filter((k) => lineVariants(styleOf(layer, k)).some((v) => v.planned === planned && v.schematic === schematic));
    const strokeOf = (style: KindStyle, role: StrokeRole) => lineStrokes(style, { planned, schematic }).find((t) => t.role === role);
    const widthOf = (role: StrokeRole) => (style: KindStyle) => strokeOf(style, role)?.width ?? 0;
    const suffix = `${schematic ? '-schematic' : ''}${planned ? '-dashed' : ''}`;
    const variant: FilterSpecification = ['all', routes, schematic ? isSchematic : ['!', isSchematic], planned ? dashed : ['!', dashed]];
    const [hover, selected] = GROWTH[schematic ? 'schematic' : 'traced'];
    // A selected schematic line changes colour only: drawn heavy and solid it would pass for a surveyed route.
    const opacity = schematic ? { 'line-opacity': SCHEMATIC_LINE.opacity } : {};
    return (Object.keys(ROLE_IDS) as StrokeRole[]).flatMap((role) => {
      const having = drawn.filter((k) => strokeOf(styleOf(layer, k), role));
      const patternOf = (k: Kind) => JSON.stringify(strokeOf(styleOf(layer, k), role)!.dash);
      return [...new Set(having.map(patternOf))].map((pattern, i): LayerSpecification => {
        const group = having.filter((k) => patternOf(k) === pattern);
        const stroke = strokeOf(styleOf(layer, group[0]!), role)!;
        const inkWidth = grown(byKind(layer, group, widthOf('ink')), hover, selected);
        const paint: Record<StrokeRole, Record<string, unknown>> = {
          casing: { 'line-color': palette.halo, 'line-width': grown(byKind(layer, group, widthOf('casing')), hover, selected), 'line-opacity': stroke.opacity },
          ink: { 'line-color': lineColor, 'line-width': inkWidth, ...opacity },
          // A road's core keeps its share of the ink's width as the ink grows, and the halo colour when selected.
          core: {
            'line-color': palette.halo,
            'line-width': scaled(
              inkWidth,
              byKind(layer, group, (s) => s.core),
            ),
            ...opacity,
          },
          ties: { 'line-color': HALO, 'line-width': byKind(layer, group, widthOf('ties')) },
        };
        return {
          id: id(`${ROLE_IDS[role]}${suffix}${i ? `-${i + 1}` : ''}`),
          type: 'line',
          source,
          filter: group.length === kinds.length ? variant : ['all', variant, kindIn(group)],
          layout: { 'line-cap': stroke.cap, 'line-join': 'round' },
          paint: { ...paint[role], ...(stroke.dash ? { 'line-dasharray': stroke.dash } : {}) },
        } as LayerSpecification;
      });
    });
  });
}

/** Points: a dot, and a marker glyph for the kinds that have one (not when dense). */
function pointLayers({ layer, source, id, palette, lineColor }: Parts, kinds: Kind[], dense: boolean): LayerSpecification[] {
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
        // Approximate positions are drawn apart (the panel says why), unless selected: on a light map
        // paler (their colour mixed with white, as the picture draws them: a 70% dot over its white
        // halo), on a dark map dimmer (that colour mixed with the dark halo), where exact places are a light tint.
        'circle-color': [
          'case',
          ['all', ['==', ['get', 'precision'], 'approximate'], ['!', ['boolean', ['feature-state', 'selected'], false]]],
          approximateColor(layer.color, palette),
          lineColor,
        ],
        'circle-radius': grown(radius, POINT_GROWTH.hover, POINT_GROWTH.selected),
        'circle-stroke-color': HALO,
        'circle-stroke-width': dense ? 1 : POINT_RING,
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
