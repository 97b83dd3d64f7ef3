// The live map draws the shared label layout (layout.ts) as it is: one GeoJSON source of placed
// labels, each with its anchor and offset, and MapLibre's own collision switched off so it
// neither moves nor drops any of them. Leader lines and city dots come from the same source.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { leaderStart, type PlacedLabel, type Point } from './layout.ts';
import { LABEL_SIZE, metaOf, type LabelClass, type LabelMeta } from './candidates.ts';
import type { BasemapPalette } from '../map/basemap-style.ts';
import { darkLabelTint } from './tint.ts';

export const LABEL_SOURCE = 'story-labels';
/** Story layers are inserted below this one, so every label stays on top. */
export const FIRST_LABEL_LAYER = 'story-labels-leader';

export const labelSource: SourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };

const FONTS: Record<LabelClass, string> = {
  claim: 'Noto Sans Italic',
  island: 'Noto Sans',
  story: 'Noto Sans Bold',
  city: 'Noto Sans',
  sea: 'Noto Sans Italic',
  region: 'Noto Sans',
  country: 'Noto Sans Bold',
};

const CLASSES = Object.keys(FONTS) as LabelClass[];

/** The layer ids and paint values that change with the colour scheme. */
export function labelPalette(p: BasemapPalette): [string, string, unknown][] {
  const text: Record<LabelClass, unknown> = {
    claim: p.claimLabel,
    island: p.label,
    // Story labels in their layer's colour on light maps, in its light tint on dark ones.
    story: ['get', p.storyColor === 'tint' ? 'tint' : 'color'],
    city: p.cityLabel,
    sea: p.seaLabel,
    region: p.label,
    country: p.countryLabel,
  };
  const halo: Record<LabelClass, string> = {
    claim: p.halo,
    island: p.halo,
    story: p.halo,
    city: p.halo,
    sea: p.sea,
    region: p.land,
    country: p.land,
  };
  return [
    ...CLASSES.flatMap((cls): [string, string, unknown][] => [
      [`story-labels-${cls}`, 'text-color', text[cls]],
      [`story-labels-${cls}`, 'text-halo-color', halo[cls]],
    ]),
    [FIRST_LABEL_LAYER, 'line-color', p.cityLabel],
    ['story-labels-city-dot', 'circle-color', p.cityLabel],
    ['story-labels-city-dot', 'circle-stroke-color', p.halo],
  ];
}

export function labelLayers(): LayerSpecification[] {
  const symbols = CLASSES.map((cls): LayerSpecification => ({
    id: `story-labels-${cls}`,
    type: 'symbol',
    source: LABEL_SOURCE,
    filter: ['==', ['get', 'cls'], cls],
    layout: {
      'text-field': ['get', 'text'],
      'text-font': [FONTS[cls], 'sans-serif'],
      'text-size': LABEL_SIZE[cls],
      'text-line-height': 1.2,
      // Wrapped by the layout already: MapLibre must not wrap again.
      'text-max-width': 1000,
      'text-anchor': ['get', 'anchor'],
      'text-offset': ['get', 'offset'],
      'text-justify': 'auto',
      'text-allow-overlap': true,
      'text-ignore-placement': true,
      // Countries in spaced capitals; an island province (Hainan) in ordinary letters, so it does not read as a state.
      ...(cls === 'country' ? { 'text-transform': 'uppercase', 'text-letter-spacing': 0.1 } : {}),
    },
    paint: { 'text-halo-width': cls === 'sea' ? 1 : 1.5 },
  }));
  return [
    { id: FIRST_LABEL_LAYER, type: 'line', source: LABEL_SOURCE, filter: ['==', ['get', 'cls'], 'leader'], paint: { 'line-width': 1.2 } },
    {
      id: 'story-labels-city-dot',
      type: 'circle',
      source: LABEL_SOURCE,
      filter: ['==', ['get', 'cls'], 'city-dot'],
      paint: { 'circle-radius': 3, 'circle-stroke-width': 1 },
    },
    ...symbols,
  ];
}

/** The placed labels as the source's features; `unproject` turns screen points back into places. */
export function labelFeatures(
  placed: PlacedLabel[],
  meta: Map<string, LabelMeta>,
  colors: Map<string, string>,
  unproject: (p: Point) => Position,
): FeatureCollection {
  const features: Feature<Geometry>[] = [];
  for (const label of placed) {
    const m = metaOf(label, meta);
    if (!m) continue;
    const color = m.layerId ? colors.get(m.layerId) : undefined;
    features.push({
      type: 'Feature',
      properties: {
        cls: m.cls,
        text: label.lines.join('\n'),
        anchor: label.anchor,
        offset: label.offset,
        ...(color ? { color, tint: darkLabelTint(color) } : {}),
      },
      // Where the layout set it: a claim's name may sit at another point along its line.
      geometry: { type: 'Point', coordinates: unproject(label.at) },
    });
    if (m.cls === 'city') features.push({ type: 'Feature', properties: { cls: 'city-dot' }, geometry: { type: 'Point', coordinates: m.lonLat } });
    for (const member of label.members ?? []) {
      const to = meta.get(member.id)?.lonLat ?? unproject(member.at);
      features.push({
        type: 'Feature',
        properties: { cls: 'leader' },
        geometry: { type: 'LineString', coordinates: [unproject(leaderStart(label.box, member.at)), to] },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
