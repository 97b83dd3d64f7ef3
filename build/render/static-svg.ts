// The map's initial view as an SVG string, rendered at build time and inlined in index.html,
// embed.html and the article: the first paint, the printed map and the map without WebGL.
// Colours come from classes styled in src/static-map.css (light and dark), or from presentation
// attributes for each layer's colour, so the page's strict CSP needs no inline styles.
import { area, bboxClip, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { renderStaticMap, storyFrame, type StaticFeature, type StaticFrame, type StaticMap } from './static-map/render.ts';
import { layoutLabels, type Box } from '../../src/lib/labels/layout.ts';
import type { LandCollection } from '../../src/lib/labels/land.ts';
import { labelLand } from './label-land.ts';
import { placedLabelSvg } from './static-map/label-svg.ts';
import { metaOf, planLabels } from '../../src/lib/labels/candidates.ts';
import { isDense } from '../../src/lib/map/layer-style.ts';
import { BANDS, bottomToTop } from '../../src/lib/map/layer-order.ts';
import { styleOf, type StoryLayer } from '../../src/lib/layers/layer.ts';
import { LANG_TAGS } from '../../src/lib/i18n.ts';
import { STORY_BOUNDS } from '../../src/lib/map/basemap-style.ts';
import { featureLabel } from '../../src/lib/format.ts';
import { lineStrokes, type Stroke, type StrokeRole } from '../../src/lib/layers/line-symbol.ts';
import { SQUARE_MARKER } from '../../src/lib/layers/kinds.ts';
import { LANGS, type Lang, type StoryCollection } from '../../src/lib/types.ts';
import { escapeHtml } from './html.ts';

export interface StaticSvgOptions {
  title: string;
  /** Languages whose labels are drawn; the first is shown until the page picks another. */
  langs?: readonly Lang[];
  /** Features are named and marked for the page's script to make them buttons. */
  features?: boolean;
  /** The frame drawn (the story's bounds at 760 units tall by default); the thumbnails lay out their own. */
  frame?: StaticFrame;
}

/** Half an SVG unit (about half a pixel on a desktop map): invisible, and it halves the coastline's bytes. */
const LAND_TOLERANCE_DEG = 0.012;
const MIN_ISLAND_KM2 = 4;
/** The land the picture can show: the first view and what a very tall or wide screen sees round it. */
const PICTURE_BBOX: [number, number, number, number] = [96, 6, 117, 34];

/** The view's labels laid out once (src/lib/labels), as the live map lays them out. */
export function labelGroup(
  model: Pick<StaticMap, 'width' | 'height' | 'project'>,
  basemapLabels: FeatureCollection<Point>,
  present: { layer: StoryLayer; collection: StoryCollection }[],
  lang: Lang,
  land: LandCollection | null = null,
): string {
  const frame: Box = [0, 0, model.width, model.height];
  const plan = planLabels(
    basemapLabels,
    present.map((p) => ({ ...p, dense: isDense(p.collection) })),
    lang,
    (lonLat) => model.project(lonLat as [number, number]),
    { land, frame },
  );
  const placed = layoutLabels(plan.inputs, { ...plan.obstacles, keepOut: [], frame });
  const colors = new Map(present.map(({ layer }) => [layer.id, layer.color]));
  const dots = placed.filter((l) => plan.meta.get(l.id)?.cls === 'city').map((l) => `M${l.at[0]} ${l.at[1]}h0`);
  const text = placed.map((l) => {
    const meta = metaOf(l, plan.meta)!;
    const color = meta.cls === 'story' && meta.layerId ? colors.get(meta.layerId) : undefined;
    return placedLabelSvg(l, meta.cls, `${meta.layerId ? ` data-layer="${meta.layerId}"` : ''}${color ? ` fill="${color}" color="${color}"` : ''}`);
  });
  return `<g class="labels" data-lang="${lang}" lang="${LANG_TAGS[lang]}"><path class="city-dots" d="${dots.join('')}"/>${text.join('')}</g>`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The SVG classes of a line's strokes (styled in src/static-map.css: casing and core in the halo colour, ties white). */
const STROKE_CLASSES: Record<StrokeRole, string> = { casing: 'casing', ink: 'stroke', core: 'core', ties: 'tie' };

/** A line's strokes from the table of line symbols (line-symbol.ts), as the live map draws them. */
export function lineSvg(d: string, color: string, strokes: Stroke[]): string {
  return strokes
    .map((s) => {
      const ink = s.role === 'ink' ? ` stroke="${color}"` : '';
      const dash = s.dash ? ` stroke-dasharray="${round2(s.dash[0] * s.width)} ${round2(s.dash[1] * s.width)}"` : '';
      const opacity = s.opacity < 1 ? ` stroke-opacity="${s.opacity}"` : '';
      return `<path class="${STROKE_CLASSES[s.role]}" d="${d}"${ink} stroke-width="${round2(s.width)}"${dash}${opacity} stroke-linecap="${s.cap}"/>`;
    })
    .join('');
}

/** One feature, drawn as the MapLibre style layers draw it (src/lib/map/layer-style.ts), widths in pixels. */
export function featureSvg(f: StaticFeature, named: boolean, selected = false): string {
  const { color } = f.layer;
  const style = styleOf(f.layer, f.properties.kind);
  const { radius, marker, outline, fillOpacity } = style;
  const approximate = f.properties.precision === 'approximate';
  const schematic = f.shape === 'line' && f.properties.precision === 'schematic';
  const classes = [
    'feature',
    f.shape,
    schematic ? 'schematic' : f.dashed || (f.shape === 'area' && outline === 'dashed') ? 'dashed' : '',
    approximate ? 'approximate' : '',
    f.properties.illustrative ? 'illustrative' : '',
    // Drawn selected at build time (the story's chapter pictures); on the map pages the page's script marks it.
    selected ? 'selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const name = named ? ` aria-label="${escapeHtml(featureLabel(f.properties, 'en'))}"` : '';
  const open = `<g class="${classes}" data-feature-id="${f.id}"${name}>`;
  if (f.shape === 'point') {
    const at = `M${f.x} ${f.y}h0`;
    // A square marker as a square (its CSS keeps it at this size in pixels at any scale, as the labels).
    const side = round2(SQUARE_MARKER.scale * radius);
    const glyph =
      marker === SQUARE_MARKER.glyph
        ? `<rect class="marker" x="${round2(f.x - side / 2)}" y="${round2(f.y - side / 2)}" width="${side}" height="${side}"/>`
        : marker
          ? `<text class="marker" x="${f.x}" y="${f.y}" dy="0.35em" aria-hidden="true">${marker}</text>`
          : '';
    return `${open}<path class="halo-dot" d="${at}" stroke-width="${2 * radius + 4}"/><path class="dot" d="${at}" stroke="${color}" stroke-width="${2 * radius}"/>${glyph}</g>`;
  }
  if (f.shape === 'area') return `${open}<path d="${f.d}" fill="${color}" color="${color}" fill-opacity="${fillOpacity}" stroke="${color}"/></g>`;
  return `${open}${lineSvg(f.d, color, lineStrokes(style, { planned: f.dashed, schematic }))}</g>`;
}

export function staticMapSvg(
  basemap: { land: FeatureCollection; borders: FeatureCollection; labels: FeatureCollection<Point> },
  storyLayers: readonly StoryLayer[],
  layers: Record<string, StoryCollection>,
  options: StaticSvgOptions,
): string {
  const { title, langs = LANGS, features: named = true, frame = storyFrame() } = options;
  const land: FeatureCollection = {
    type: 'FeatureCollection',
    features: basemap.land.features
      .filter((f) => area(f as Feature) > MIN_ISLAND_KM2 * 1e6)
      .map((f) => simplify(bboxClip(f as Feature<Polygon | MultiPolygon>, PICTURE_BBOX), { tolerance: LAND_TOLERANCE_DEG }))
      .filter((f) => (f.geometry as Polygon).coordinates.length > 0),
  };
  const present = storyLayers.flatMap((layer) => (layers[layer.id] ? [{ layer, collection: layers[layer.id]! }] : []));
  const model = renderStaticMap({ land, borders: simplify(basemap.borders, { tolerance: LAND_TOLERANCE_DEG }), layers: present }, frame);
  // Areas, lines, points, the manifest's first layer on top in each, as on the live map (src/lib/map/layer-order.ts):
  // a layer has a group per band it draws in, and toggling a layer shows or hides all of them.
  const groups = BANDS.flatMap((band) =>
    bottomToTop(present).flatMap(({ layer }) => {
      const own = model.features.filter((f) => f.layer.id === layer.id && f.shape === band);
      return own.length
        ? [`<g class="layer" data-layer="${layer.id}" data-band="${band}" color="${layer.color}">${own.map((f) => featureSvg(f, named)).join('')}</g>`]
        : [];
    }),
  ).join('');
  const labelGroups = langs.map((lang) => labelGroup(model, basemap.labels, present, lang, labelLand())).join('');
  return (
    `<svg class="story-svg" viewBox="0 0 ${model.width} ${model.height}" data-bounds="${STORY_BOUNDS.flat().join(',')}" data-lang="${langs[0]}" role="img" aria-label="${escapeHtml(title)}" overflow="visible">` +
    `<path class="land" d="${model.land}"/><path class="borders" d="${model.borders}"/>${groups}${labelGroups}</svg>`
  );
}
