// The first-party basemap: Natural Earth land, borders and labels, as GeoJSON from our origin.
// No `glyphs` URL: MapLibre draws labels with the reader's local fonts.
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../types.ts';
import { labelText } from './expressions.ts';

export interface BasemapPalette {
  sea: string;
  land: string;
  coast: string;
  border: string;
  seaLabel: string;
  countryLabel: string;
  cityLabel: string;
  halo: string;
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
};

export const DARK: BasemapPalette = {
  sea: '#0f2633',
  land: '#2b2f33',
  coast: '#4d545b',
  border: '#8d8478',
  seaLabel: '#9cc3dc',
  countryLabel: '#c9c2b8',
  cityLabel: '#e6e3de',
  halo: '#15181c',
};

/** Paint values that change with the colour scheme: [layer, property, value]. */
export function paletteProperties(p: BasemapPalette): [string, string, string][] {
  return [
    ['sea', 'background-color', p.sea],
    ['land', 'fill-color', p.land],
    ['land', 'fill-outline-color', p.coast],
    ['borders', 'line-color', p.border],
    ['labels-sea', 'text-color', p.seaLabel],
    ['labels-sea', 'text-halo-color', p.sea],
    ['labels-country', 'text-color', p.countryLabel],
    ['labels-country', 'text-halo-color', p.land],
    ['labels-city', 'text-color', p.cityLabel],
    ['labels-city', 'text-halo-color', p.halo],
    ['city-dots', 'circle-color', p.cityLabel],
    ['city-dots', 'circle-stroke-color', p.halo],
  ];
}

/** Credits shown in the map from its first frame (a source's attribution would appear only once it loads, and move the control). */
export const MAP_ATTRIBUTION = ['Story data: see Sources', 'Basemap: Natural Earth (public domain)'];

/** Initial frame: the rail corridor in Yunnan down to the southern Spratlys. */
export const STORY_BOUNDS: [[number, number], [number, number]] = [
  [100.5, 5.5],
  [118.5, 26.2],
];

export function basemapStyle(dataBase: string, lang: Lang, palette: BasemapPalette = LIGHT): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {
      land: { type: 'geojson', data: `${dataBase}data/basemap-land.geojson` },
      borders: { type: 'geojson', data: `${dataBase}data/basemap-borders.geojson` },
      labels: { type: 'geojson', data: `${dataBase}data/basemap-labels.geojson` },
    },
    layers: [
      { id: 'sea', type: 'background', paint: {} },
      { id: 'land', type: 'fill', source: 'land', paint: {} },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-width': 1, 'line-dasharray': [4, 2] } },
      {
        id: 'labels-sea',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'sea'],
        layout: { 'text-field': labelText(lang), 'text-font': ['Noto Sans Italic', 'sans-serif'], 'text-size': 13, 'text-max-width': 12 },
        paint: { 'text-halo-width': 1 },
      },
      {
        id: 'labels-country',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'country'],
        layout: {
          'text-field': labelText(lang),
          'text-font': ['Noto Sans Bold', 'sans-serif'],
          'text-size': 14,
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.1,
        },
        paint: { 'text-halo-width': 1.5 },
      },
      {
        id: 'city-dots',
        type: 'circle',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'city'],
        paint: { 'circle-radius': 3, 'circle-stroke-width': 1 },
      },
      {
        id: 'labels-city',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'city'],
        layout: {
          'text-field': labelText(lang),
          'text-font': ['Noto Sans', 'sans-serif'],
          'text-size': 12,
          'text-anchor': 'left',
          'text-offset': [0.6, 0],
          'icon-optional': true,
        },
        paint: { 'text-halo-width': 1.5 },
      },
    ],
  };
  for (const [layerId, property, value] of paletteProperties(palette)) {
    const layer = style.layers.find((l) => l.id === layerId) as { paint?: Record<string, unknown> };
    layer.paint = { ...layer.paint, [property]: value };
  }
  return style;
}

/** Basemap layers whose labels follow the reader's language. */
export const BASEMAP_LABEL_LAYERS = ['labels-sea', 'labels-country', 'labels-city'];
