// MapLibre style layers for one story layer, built from its typed description.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { StoryLayer } from '../layers/layer.ts';
import type { Lang } from '../types.ts';
import { byInteraction, geometryIs, isPlanned, labelText } from './expressions.ts';

export const HALO = '#ffffff';
/** Deep orange: at least 3:1 against the white halo and both basemaps (see tests/unit/contrast.test.ts). */
export const SELECTED_COLOR = '#d84315';

export function sourceId(layer: StoryLayer): string {
  return `story-${layer.id}`;
}

/** Label anchors for the layer's claim lines (see line-labels.ts). */
export function claimLabelSourceId(layer: StoryLayer): string {
  return `story-${layer.id}-claim-labels`;
}

/** Style layers whose text follows the reader's language. */
export function labelLayerIds(layer: StoryLayer): string[] {
  return [`${layer.id}-label`, `${layer.id}-line-label`];
}

/** Layers a pointer can pick features from (labels are not). */
export function interactiveLayerIds(layer: StoryLayer): string[] {
  return storyStyleLayers(layer, 'en').filter((l) => l.type !== 'symbol').map((l) => l.id);
}

/** Above this many points a layer's points are drawn as dots only: no name labels, no marker glyphs.
 * Labels that dense would mostly be dropped by collision anyway, and placing and drawing them
 * dominated load and redraw in the bench's scaling runs (names still show in the panel). */
export const DENSE_POINTS = 500;

const DENSE_RADIUS = 3;

export function isDense(collection: { features: { geometry: { type: string } }[] }): boolean {
  return collection.features.filter((f) => f.geometry.type === 'Point').length > DENSE_POINTS;
}

export function storyStyleLayers(layer: StoryLayer, lang: Lang, dense = false): LayerSpecification[] {
  const source = sourceId(layer);
  const { color, width = 2.5, radius: styleRadius = 5, fillOpacity = 0.2, dash = [2, 1.5], alwaysDashed = false, ties = false, marker, solidOutline = false } = layer.style;
  // Dense layers get small dots: each dot's pixels are drawn at every redraw, so big ones
  // multiply the cost by the number of points (and overlap into a blot).
  const radius = dense ? DENSE_RADIUS : styleRadius;
  const lineWidth = byInteraction(width, width + 2, width + 3);
  const lineColor = byInteraction(color, color, SELECTED_COLOR);
  const lines = geometryIs('LineString');
  const islandGroups: ExpressionSpecification = ['==', ['get', 'kind'], 'island-group'];
  const id = (suffix: string) => `${layer.id}-${suffix}`;
  // Layers whose every line is dashed (claims) have no solid-line layer.
  const solidLines: LayerSpecification[] = alwaysDashed
    ? []
    : [
        {
          id: id('line'),
          type: 'line',
          source,
          filter: ['all', lines, ['!', isPlanned]],
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': lineColor, 'line-width': lineWidth },
        },
        ...(ties
          ? [
              {
                // The classic railway symbol: white ties along built lines, so the layer reads without colour.
                id: id('ties'),
                type: 'line',
                source,
                filter: ['all', lines, ['!', isPlanned]],
                paint: { 'line-color': HALO, 'line-width': Math.max(1, width - 2.5), 'line-dasharray': [1, 3] },
              } satisfies LayerSpecification,
            ]
          : []),
      ];
  return [
    {
      id: id('fill'),
      type: 'fill',
      source,
      filter: geometryIs('Polygon'),
      paint: { 'fill-color': color, 'fill-opacity': byInteraction(fillOpacity, fillOpacity + 0.15, fillOpacity + 0.25) },
    },
    {
      id: id('outline'),
      type: 'line',
      source,
      filter: geometryIs('Polygon'),
      paint: { 'line-color': lineColor, 'line-width': byInteraction(1.5, 3, 3.5), ...(solidOutline ? {} : { 'line-dasharray': [3, 2] }) },
    },
    {
      id: id('casing'),
      type: 'line',
      source,
      filter: lines,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': HALO, 'line-width': byInteraction(width + 3, width + 5, width + 6), 'line-opacity': 0.85 },
    },
    ...solidLines,
    {
      id: id('line-dashed'),
      type: 'line',
      source,
      filter: alwaysDashed ? lines : ['all', lines, isPlanned],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': lineColor, 'line-width': lineWidth, 'line-dasharray': dash },
    },
    {
      id: id('point'),
      type: 'circle',
      source,
      filter: geometryIs('Point'),
      paint: {
        'circle-color': lineColor,
        'circle-radius': byInteraction(radius, radius + 2, radius + 3),
        'circle-stroke-color': HALO,
        'circle-stroke-width': dense ? 1 : 2,
        // Approximate positions are drawn lighter (the panel says why), unless selected.
        'circle-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, ['==', ['get', 'precision'], 'approximate'], 0.7, 1],
      },
    },
    ...(marker && !dense
      ? [
          {
            id: id('marker'),
            type: 'symbol',
            source,
            filter: geometryIs('Point'),
            layout: { 'text-field': marker, 'text-font': ['Noto Sans', 'sans-serif'], 'text-size': radius * 1.5, 'text-allow-overlap': true, 'text-ignore-placement': true },
            paint: { 'text-color': HALO },
          } satisfies LayerSpecification,
        ]
      : []),
    {
      // Island groups are always named (with every claimant's name); points only when not dense.
      id: id('label'),
      type: 'symbol',
      source,
      filter: dense ? islandGroups : ['any', geometryIs('Point'), islandGroups],
      layout: {
        'text-field': labelText(lang),
        'text-font': ['Noto Sans', 'sans-serif'],
        'text-size': 12,
        'text-max-width': 14,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': '#1a1a1a', 'text-halo-color': HALO, 'text-halo-width': 1.5 },
    },
    {
      // Claims are named on the map beside the line, so no reader mistakes one for a boundary.
      id: id('line-label'),
      type: 'symbol',
      source: claimLabelSourceId(layer),
      layout: {
        'text-field': labelText(lang),
        'text-font': ['Noto Sans Italic', 'sans-serif'],
        'text-size': 12,
        'text-max-width': 9,
        'text-anchor': 'left',
        'text-offset': [0.8, 0],
      },
      paint: { 'text-color': '#00463d', 'text-halo-color': HALO, 'text-halo-width': 2 },
    },
  ];
}
