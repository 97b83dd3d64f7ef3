// The first-party basemap: Natural Earth land, borders and labels, as GeoJSON from our origin.
// No `glyphs` URL: MapLibre draws labels with the reader's local fonts.
import type { StyleSpecification } from 'maplibre-gl';
import { LABEL_SOURCE, labelLayers, labelPalette, labelSource } from '../labels/label-style.ts';

export interface BasemapPalette {
  sea: string;
  land: string;
  coast: string;
  border: string;
  seaLabel: string;
  countryLabel: string;
  cityLabel: string;
  halo: string;
  /** Island names and other neutral labels. */
  label: string;
  claimLabel: string;
  /** Story layers and their labels: each layer's own colour, or its light tint (labels/tint.ts) on
   * dark maps, where the dark colours would not reach 3:1 on the land. */
  storyColor: 'layer' | 'tint';
  /** A selected feature: neither red nor orange (the railway is red), 3:1 on the halo and the basemap,
   * and no label's colour (tests find the selection by it). */
  select: string;
}

export const LIGHT: BasemapPalette = {
  sea: '#cfe3ef',
  land: '#f4f1ea',
  coast: '#b9b2a6',
  border: '#8c7f73',
  seaLabel: '#2f5d7c',
  countryLabel: '#5c5349',
  cityLabel: '#333333',
  halo: '#ffffff',
  label: '#1a1a1a',
  claimLabel: '#00463d',
  storyColor: 'layer',
  select: '#000000',
};

export const DARK: BasemapPalette = {
  sea: '#0f2633',
  land: '#2b2f33',
  coast: '#4d545b',
  border: '#8d8478',
  seaLabel: '#9cc3dc',
  countryLabel: '#c9c2b8',
  // Dimmer than the story's own names (light tints of their layers' colours), still 4.5:1 on land and sea.
  cityLabel: '#a39e96',
  halo: '#15181c',
  label: '#f2efe9',
  claimLabel: '#8fd6c8',
  storyColor: 'tint',
  select: '#ffd54a',
};

/** Paint values that change with the colour scheme: [layer, property, value]. */
export function paletteProperties(p: BasemapPalette): [string, string, unknown][] {
  return [
    ['sea', 'background-color', p.sea],
    ['land', 'fill-color', p.land],
    ['land', 'fill-outline-color', p.coast],
    ['borders', 'line-color', p.border],
    ...labelPalette(p),
  ];
}

/** Credits shown in the map from its first frame (a source's attribution would appear only once it loads, and move the control). */

type Bounds = [[number, number], [number, number]];

/** Initial frame: the rail corridor from Kunming to Haiphong, the links to Hanoi, the Gulf of
 * Tonkin and Hainan, large enough to read; the South China Sea is in the locator inset. */
export const STORY_BOUNDS: Bounds = [
  [101.5, 17.6],
  [111.6, 25.7],
];

/** West, south, east, north of the basemap (clipped to this at build time), and so the farthest
 * the map can be panned or zoomed out. */
/** The closest zoom a reader can reach: 100 px are about 10 km (9.5 at 22° N, 512 px tiles). */
export const MAX_ZOOM = 9.5;

export const BASEMAP_BBOX: [number, number, number, number] = [76, -24, 160, 46];

/** The whole story: the corridor in Yunnan down to the southern Spratlys (the locator's frame). */
export const REGION_BOUNDS: Bounds = [
  [100.5, 5.5],
  [121, 26.2],
];

export function basemapStyle(dataBase: string, palette: BasemapPalette = LIGHT): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {
      land: { type: 'geojson', data: `${dataBase}data/basemap-land.geojson` },
      borders: { type: 'geojson', data: `${dataBase}data/basemap-borders.geojson` },
      [LABEL_SOURCE]: labelSource,
    },
    layers: [
      { id: 'sea', type: 'background', paint: {} },
      { id: 'land', type: 'fill', source: 'land', paint: {} },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-width': 1, 'line-dasharray': [4, 2] } },
      // Every name, laid out once for all renderers (src/lib/labels): filled in by StoryLabels.
      ...labelLayers(),
    ],
  };
  for (const [layerId, property, value] of paletteProperties(palette)) {
    const layer = style.layers.find((l) => l.id === layerId) as { paint?: Record<string, unknown> } | undefined;
    if (!layer) continue;
    layer.paint = { ...layer.paint, [property]: value };
  }
  return style;
}

/** Where the basemap's names are served (laid out with the story's in src/lib/labels). */
export const BASEMAP_LABELS_PATH = 'data/basemap-labels.geojson';
