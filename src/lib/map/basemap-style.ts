// The first-party basemap: Natural Earth land, borders and labels, as GeoJSON from our origin.
// No `glyphs` URL: MapLibre draws labels with the reader's local fonts.
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../types.ts';
import { labelText } from './expressions.ts';

export const SEA = '#cfe3ef';
export const LAND = '#f4f1ea';
export const BORDER = '#8c7f73';

/** Initial frame: the rail corridor in Yunnan down to the southern Spratlys. */
export const STORY_BOUNDS: [[number, number], [number, number]] = [
  [100.5, 5.5],
  [118.5, 26.2],
];

export function basemapStyle(dataBase: string, lang: Lang): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: `${dataBase}data/basemap-land.geojson`, attribution: 'Basemap: Natural Earth (public domain)' },
      borders: { type: 'geojson', data: `${dataBase}data/basemap-borders.geojson` },
      labels: { type: 'geojson', data: `${dataBase}data/basemap-labels.geojson` },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': LAND, 'fill-outline-color': '#b9b2a6' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': BORDER, 'line-width': 1, 'line-dasharray': [4, 2] } },
      {
        id: 'labels-sea',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'sea'],
        layout: { 'text-field': labelText(lang), 'text-font': ['Noto Sans Italic', 'sans-serif'], 'text-size': 13, 'text-max-width': 12 },
        paint: { 'text-color': '#2f5d7c', 'text-halo-color': SEA, 'text-halo-width': 1 },
      },
      {
        id: 'labels-country',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'country'],
        layout: { 'text-field': labelText(lang), 'text-font': ['Noto Sans Bold', 'sans-serif'], 'text-size': 14, 'text-transform': 'uppercase', 'text-letter-spacing': 0.1 },
        paint: { 'text-color': '#5c5349', 'text-halo-color': LAND, 'text-halo-width': 1.5 },
      },
      {
        id: 'city-dots',
        type: 'circle',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'city'],
        paint: { 'circle-radius': 3, 'circle-color': '#333333', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
      },
      {
        id: 'labels-city',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'city'],
        layout: { 'text-field': labelText(lang), 'text-font': ['Noto Sans', 'sans-serif'], 'text-size': 12, 'text-anchor': 'left', 'text-offset': [0.6, 0], 'icon-optional': true },
        paint: { 'text-color': '#333333', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
    ],
  };
}

/** Basemap layers whose labels follow the reader's language. */
export const BASEMAP_LABEL_LAYERS = ['labels-sea', 'labels-country', 'labels-city'];
