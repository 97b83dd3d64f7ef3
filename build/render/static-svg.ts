// The map's initial view as an SVG string, rendered at build time and inlined in index.html,
// embed.html and the article: the first paint, the printed map and the map without WebGL.
// Colours come from classes styled in src/static-map.css (light and dark), or from presentation
// attributes for each layer's colour, so the page's strict CSP needs no inline styles.
import { area, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { renderStaticMap, type StaticFeature, type StaticMap } from './static-map/render.ts';
import { placeLabels, wrapText, type LabelAnchor, type LabelCandidate } from './static-map/labels.ts';
import { claimLabelPoints } from '../../src/lib/map/line-labels.ts';
import { kindsLabelled, styleOf, type StoryLayer } from '../../src/lib/layers/layer.ts';
import { LANG_TAGS, isDisputed, nameIn, otherNames } from '../../src/lib/i18n.ts';
import { KIND_LABELS, precisionWords } from '../../src/lib/format.ts';
import { SCHEMATIC_LINE } from '../../src/lib/layers/kinds.ts';
import { LANGS, type Lang, type StoryCollection } from '../../src/lib/types.ts';
import { escapeHtml } from './html.ts';

export interface StaticSvgOptions {
  title: string;
  /** Languages whose labels are drawn; the first is shown until the page picks another. */
  langs?: readonly Lang[];
  /** Features are named and marked for the page's script to make them buttons. */
  features?: boolean;
}

/** Half an SVG unit (about half a pixel on a desktop map): invisible, and it halves the coastline's bytes. */
const LAND_TOLERANCE_DEG = 0.012;
const MIN_ISLAND_KM2 = 2;

type Named = { name_en: string; name_vi: string; name_zh: string; kind?: string };

/** As labelText in src/lib/map/expressions.ts: disputed places name every claimant, on a second line. */
function labelText(p: Named, lang: Lang): string {
  if (!isDisputed(p as never)) return nameIn(p as never, lang);
  return `${nameIn(p as never, lang)}\n${otherNames(p as never, lang)
    .map((o) => o.name)
    .join(' · ')}`;
}

interface LabelItem {
  cls: string;
  layerId?: string;
}

/** Label candidates by priority: claims (never an unlabelled claim line), disputed names, the basemap, the story's points. */
function labelCandidates(model: StaticMap, layers: { layer: StoryLayer; collection: StoryCollection }[], lang: Lang): LabelCandidate<LabelItem>[] {
  // Wrapping widths (ems) are the style's text-max-width for each kind of label.
  const candidate = (x: number, y: number, p: Named, anchor: LabelAnchor, size: number, item: LabelItem, maxEms = 14) => ({
    x,
    y,
    lines: wrapText(labelText(p, lang), maxEms),
    anchor,
    size,
    item,
  });
  const claims = layers.flatMap(({ layer, collection }) =>
    claimLabelPoints(layer, collection).features.map((c) => {
      const [x, y] = model.project(c.geometry.coordinates as [number, number]);
      return { ...candidate(x, y, c.properties as Named, 'right', 12, { cls: 'claim', layerId: layer.id }, 9), required: true };
    }),
  );
  const islands = model.features
    .filter((f) => kindsLabelled(f.layer, 'always').includes(f.properties.kind))
    .map((f) => ({ ...candidate(f.x, f.y, f.properties, 'below', 12, { cls: 'feature', layerId: f.layer.id }), required: true }));
  const basemap = model.labels.map((l) =>
    l.kind === 'city'
      ? candidate(l.x, l.y, l.properties as Named, 'right', 12, { cls: 'city' }, 99)
      : candidate(l.x, l.y, l.properties as Named, 'center', l.kind === 'country' ? 14 : 13, { cls: l.kind }, l.kind === 'sea' ? 12 : 99),
  );
  const points = model.features
    .filter((f) => f.shape === 'point' && kindsLabelled(f.layer, 'point').includes(f.properties.kind))
    .map((f) => candidate(f.x, f.y, f.properties, 'below', 12, { cls: 'feature', layerId: f.layer.id }));
  return [...claims, ...islands, ...basemap.filter((b) => b.anchor === 'center'), ...basemap.filter((b) => b.anchor === 'right'), ...points];
}

/** A label as text lines; offsets are in ems, so they follow the label's size (see --label-scale). */
function labelSvg(label: LabelCandidate<LabelItem>): string {
  const n = label.lines.length;
  const firstDy = label.anchor === 'below' ? 1.9 : label.anchor === 'above' ? -1.4 - 1.2 * (n - 1) : 0.35 - 0.6 * (n - 1);
  const dx = label.anchor === 'right' ? ' dx="0.6em"' : label.anchor === 'left' ? ' dx="-0.6em"' : '';
  const layer = label.item.layerId ? ` data-layer="${label.item.layerId}"` : '';
  const x = Math.round(label.x * 10) / 10;
  const y = Math.round(label.y * 10) / 10;
  const lines = label.lines
    .map((line, i) => `<tspan x="${x}"${dx} dy="${i === 0 ? Math.round(firstDy * 100) / 100 : 1.2}em">${escapeHtml(line)}</tspan>`)
    .join('');
  const side = label.anchor === 'right' ? ' right' : label.anchor === 'left' ? ' left' : '';
  return `<text class="${label.item.cls}${side}" y="${y}"${layer}>${lines}</text>`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One feature, drawn as the MapLibre style layers draw it (src/lib/map/layer-style.ts), widths in pixels. */
function featureSvg(f: StaticFeature, named: boolean): string {
  const { color } = f.layer;
  const style = styleOf(f.layer, f.properties.kind);
  const { radius, dash, ties, marker, outline, fillOpacity } = style;
  const approximate = f.properties.precision === 'approximate';
  const schematic = f.shape === 'line' && f.properties.precision === 'schematic';
  // Schematic lines: thinner and dotted (round caps on near-zero dashes), as in layer-style.ts.
  const width = schematic ? style.width * SCHEMATIC_LINE.widthScale : style.width;
  const classes = [
    'feature',
    f.shape,
    schematic ? 'schematic' : f.dashed || (f.shape === 'area' && outline === 'dashed') ? 'dashed' : '',
    approximate ? 'approximate' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const name = named ? ` aria-label="${escapeHtml(`${f.properties.name_en}: ${KIND_LABELS[f.properties.kind]}${precisionWords(f.properties)}`)}"` : '';
  const open = `<g class="${classes}" data-feature-id="${f.id}"${name}>`;
  if (f.shape === 'point') {
    const at = `M${f.x} ${f.y}h0`;
    const glyph = marker ? `<text class="marker" x="${f.x}" y="${f.y}" dy="0.35em" aria-hidden="true">${marker}</text>` : '';
    return `${open}<path class="halo-dot" d="${at}" stroke-width="${2 * radius + 4}"/><path class="dot" d="${at}" stroke="${color}" stroke-width="${2 * radius}"/>${glyph}</g>`;
  }
  if (f.shape === 'area') return `${open}<path d="${f.d}" fill="${color}" fill-opacity="${fillOpacity}" stroke="${color}"/></g>`;
  const dotted = schematic ? SCHEMATIC_LINE.dash : f.dashed ? dash : null;
  const dashes = dotted ? ` stroke-dasharray="${round2(dotted[0] * width)} ${round2(dotted[1] * width)}" stroke-linecap="${schematic ? 'round' : 'butt'}"` : '';
  const railTies =
    ties && !dotted
      ? `<path class="tie" d="${f.d}" stroke-width="${Math.max(1, width - 2.5)}" stroke-dasharray="${Math.max(1, width - 2.5)} ${3 * Math.max(1, width - 2.5)}"/>`
      : '';
  const casing = schematic ? '' : `<path class="casing" d="${f.d}" stroke-width="${width + 3}"/>`;
  return `${open}${casing}<path class="stroke" d="${f.d}" stroke="${color}" stroke-width="${width}"${dashes}/>${railTies}</g>`;
}

export function staticMapSvg(
  basemap: { land: FeatureCollection; borders: FeatureCollection; labels: FeatureCollection<Point> },
  storyLayers: readonly StoryLayer[],
  layers: Record<string, StoryCollection>,
  options: StaticSvgOptions,
): string {
  const { title, langs = LANGS, features: named = true } = options;
  const land: FeatureCollection = {
    type: 'FeatureCollection',
    features: basemap.land.features
      .filter((f) => area(f as Feature) > MIN_ISLAND_KM2 * 1e6)
      .map((f) => simplify(f as Feature, { tolerance: LAND_TOLERANCE_DEG })),
  };
  const present = storyLayers.flatMap((layer) => (layers[layer.id] ? [{ layer, collection: layers[layer.id]! }] : []));
  const model = renderStaticMap({ land, borders: simplify(basemap.borders, { tolerance: LAND_TOLERANCE_DEG }), labels: basemap.labels, layers: present });
  const order = (f: StaticFeature) => ['area', 'line', 'point'].indexOf(f.shape);
  const groups = present
    .map(({ layer }) => {
      const own = model.features.filter((f) => f.layer.id === layer.id).sort((a, b) => order(a) - order(b));
      return `<g class="layer" data-layer="${layer.id}">${own.map((f) => featureSvg(f, named)).join('')}</g>`;
    })
    .join('');
  const cities = model.labels
    .filter((l) => l.kind === 'city')
    .map((l) => `M${l.x} ${l.y}h0`)
    .join('');
  const labelGroups = langs
    .map(
      (lang) =>
        `<g class="labels" data-lang="${lang}" lang="${LANG_TAGS[lang]}">${placeLabels(labelCandidates(model, present, lang))
          .map(labelSvg)
          .join('')}</g>`,
    )
    .join('');
  return (
    `<svg class="story-svg" viewBox="0 0 ${model.width} ${model.height}" data-lang="${langs[0]}" role="img" aria-label="${escapeHtml(title)}" overflow="visible">` +
    `<path class="land" d="${model.land}"/><path class="borders" d="${model.borders}"/>${groups}<path class="city-dots" d="${cities}"/>${labelGroups}</svg>`
  );
}
