// The locator inset: the whole region, small, with the South China Sea's disputed islands and
// China's claimed line named, and a box showing where the main map is. Drawn at build time and
// kept as it is by the live map (which only moves the box), the printed map and the no-JS page.
import { area, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { renderStaticMap, storyFrame, type StaticFeature } from './static-map/render.ts';
import { BANDS, bottomToTop } from '../../src/lib/map/layer-order.ts';
import { placedLabelSvg } from './static-map/label-svg.ts';
import { labelLand } from './label-land.ts';
import { claimWhereIslandsFit } from './locator-claim.ts';
import { planLabels } from '../../src/lib/labels/candidates.ts';
import { layoutLabels, POINT_ANCHORS } from '../../src/lib/labels/layout.ts';
import { wrapText } from '../../src/lib/labels/text.ts';
import { styleOf, type StoryLayer } from '../../src/lib/layers/layer.ts';
import { REGION_BOUNDS, STORY_BOUNDS } from '../../src/lib/map/basemap-style.ts';
import { LANG_TAGS } from '../../src/lib/i18n.ts';
import { LANGS, type Lang, type StoryCollection } from '../../src/lib/types.ts';

/** The inset's height in SVG units: its size in CSS pixels on a large map (src/static-map.css). */
export const LOCATOR_HEIGHT = 270;
/** Its height on small maps (phones, embeds), where its labels are laid out again, larger in its units. */
const SMALL_HEIGHT = 170;
/** Label size in CSS pixels, at either size. */
const LABEL_PX = 11;
/** On small maps the inset's labels are a little smaller, so the disputed names fit beside the claim's. */
const SMALL_LABEL_PX = 10;
/** Wrapping width of the inset's labels, in ems. */
const LINE_EMS = 12;
/** The sea's name in three short lines: it fits in the open water beside the main view's box. */
const SEA_EMS = 7.5;
/** On small maps the inset is narrower than its names: three short lines. */
const SMALL_LINE_EMS = 8;
/** The claim's name is wrapped at each of these widths in turn, until it fits at sea beside its line. */
const CLAIM_EMS = [LINE_EMS, 10, SMALL_LINE_EMS];
const MIN_ISLAND_KM2 = 300;
/** Coastline simplification for a 200-pixel inset: about a pixel. */
const TOLERANCE_DEG = 0.12;

function featureSvg(f: StaticFeature): string {
  const { color } = f.layer;
  const layer = ` data-layer="${f.layer.id}"`;
  if (f.shape === 'point')
    return `<path${layer} class="dot" d="M${f.x} ${f.y}h0" stroke="${color}" color="${color}" stroke-width="${Math.min(5, styleOf(f.layer, f.properties.kind).radius)}"/>`;
  if (f.shape === 'area') return `<path${layer} class="area" d="${f.d}" fill="${color}" color="${color}" stroke="${color}"/>`;
  const claim = f.properties.kind === 'claim-line' ? ' claim-line' : '';
  return `<path${layer} class="line${f.dashed ? ' dashed' : ''}${claim}" d="${f.d}" stroke="${color}" color="${color}"/>`;
}

/** The inset's drawing and its names' layout for each language and size (the tests measure it). */
export function locatorLayout(
  basemap: { land: FeatureCollection; borders: FeatureCollection },
  storyLayers: readonly StoryLayer[],
  layers: Record<string, StoryCollection>,
  basemapLabels: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] },
) {
  const f = storyFrame(LOCATOR_HEIGHT, REGION_BOUNDS);
  const land: FeatureCollection = {
    type: 'FeatureCollection',
    features: basemap.land.features.filter((l) => area(l as Feature) > MIN_ISLAND_KM2 * 1e6).map((l) => simplify(l as Feature, { tolerance: TOLERANCE_DEG })),
  };
  const present = storyLayers.flatMap((layer) => (layers[layer.id] ? [{ layer, collection: layers[layer.id]! }] : []));
  // The seas the main view does not reach (the South China Sea) are named here.
  const [[w0, s0], [e0, n0]] = STORY_BOUNDS;
  const outOfMainView = ([lon, lat]: number[]) => lon! < w0 || lon! > e0 || lat! < s0 || lat! > n0;
  const seas: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: basemapLabels.features.filter((l) => l.properties?.kind === 'sea' && outOfMainView(l.geometry.coordinates)),
  };
  const model = renderStaticMap({ land, borders: simplify(basemap.borders, { tolerance: TOLERANCE_DEG }), layers: present }, f);
  const [[w, s], [e, n]] = STORY_BOUNDS;
  const [vx0, vy0] = model.project([w, n]);
  const [vx1, vy1] = model.project([e, s]);
  // Only the names the main view cannot show: the disputed islands and the claim; laid out for
  // each size the inset is shown at, so they read at 10 px on every screen.
  const labels = (lang: Lang, size: 'large' | 'small') => {
    const units = size === 'large' ? LABEL_PX : (SMALL_LABEL_PX * LOCATOR_HEIGHT) / SMALL_HEIGHT;
    const frame: [number, number, number, number] = [0, 0, model.width, model.height];
    // The claim's name at sea, as on the main map (src/lib/labels/land.ts).
    const plan = planLabels(
      seas,
      present.map((p) => ({ ...p, dense: true })),
      lang,
      (lonLat) => model.project(lonLat as [number, number]),
      // The inset's coastline is coarse too: a smaller margin, at ten kilometres a pixel.
      { land: labelLand(), frame, landMargin: 1.5, wrapEms: { island: size === 'large' ? LINE_EMS : SMALL_LINE_EMS, sea: SEA_EMS } },
    );
    // Narrow lines (the inset is small), and any side of its place.
    // Islands first: their names are longer, and a claim's name can sit anywhere along its line.
    // On small maps only the islands are named: the claim's three lines would not fit beside them, so
    // there the claimed line is not drawn either (the main map draws and names it; static-map.css).
    const isSea = (i: (typeof plan.inputs)[number]) => plan.meta.get(i.id)?.cls === 'sea';
    const shown = (size === 'large' ? plan.inputs : plan.inputs.filter((i) => plan.meta.get(i.id)?.cls !== 'claim')).filter((i) => !isSea(i));
    // Islands first (a claim's name can sit anywhere along its line), the southernmost first: the
    // inset's bottom edge leaves its name the fewest places.
    const isClaim = (i: (typeof shown)[number]) => Number(plan.meta.get(i.id)?.cls === 'claim');
    const byPriority = [...shown].sort((a, b) => isClaim(a) - isClaim(b) || b.at[1] - a.at[1]);
    const inputs = byPriority.map((i) => ({
      ...i,
      lines: i.lines.flatMap((line) => wrapText(line, size === 'large' && !isClaim(i) ? LINE_EMS : SMALL_LINE_EMS)),
      anchors: POINT_ANCHORS,
      // The inset is where these are always named.
      required: true,
      size: units,
      gap: (Math.min(i.gap, 6) * units) / LABEL_PX,
    }));
    // On small maps the three names cannot all fit below the main view's frame: there they may sit
    // over it (it is drawn under them), which is better than over each other.
    const keepOut: [number, number, number, number][] = size === 'large' ? [[vx0, vy0, vx1, vy1]] : [];
    // Names never cover the inset's own places (the data centre, the islands' markers).
    const dots = model.features.flatMap((f) => (f.shape === 'point' ? [{ at: [f.x, f.y] as [number, number], radius: 2.5 }] : []));
    // Where the claim is drawn, no name touches its dashes (drawn 1.5 units wide here).
    const claimLayers = new Set(shown.filter(isClaim).map((i) => plan.meta.get(i.id)?.layerId));
    const lines = plan.obstacles.lines.filter((l) => claimLayers.has(l.key)).map((l) => ({ ...l, halfWidth: 1.5 }));
    const obstacles = { lines, dots, keepOut, frame };
    // The claim's name on as few lines as fit (its plan's lines are unwrapped names).
    const claim = inputs.find(isClaim);
    const claimPlan = shown.find(isClaim);
    const wraps = claim && claimPlan ? CLAIM_EMS.map((ems) => ({ ...claim, lines: claimPlan.lines.flatMap((line) => wrapText(line, ems)) })) : [];
    const seaInputs = plan.inputs.filter(isSea).map((i) => ({ ...i, anchors: ['center' as const, ...POINT_ANCHORS], size: units }));
    const islands = inputs.filter((i) => !isClaim(i));
    // The claim where the islands and the sea's name still fit; else where the islands do.
    const withSea = claimWhereIslandsFit(wraps, [...islands, ...seaInputs], obstacles);
    const placed = withSea ?? claimWhereIslandsFit(wraps, islands, obstacles) ?? layoutLabels(inputs, obstacles);
    // Else last, the sea's name, in the open water the others leave (or not at all: it has no marker to name).
    const sea = withSea ? [] : layoutLabels(seaInputs, { ...obstacles, keepOut: [...keepOut, ...placed.map((l) => l.box)] });
    const cls = (l: (typeof placed)[number]) => plan.meta.get(l.id)?.cls ?? 'island';
    return { placed: [...placed, ...sea], cls, units };
  };
  return { frame: f, land, model, present, view: [vx0, vy0, vx1, vy1] as const, labels };
}

export function locatorSvg(
  basemap: { land: FeatureCollection; borders: FeatureCollection },
  storyLayers: readonly StoryLayer[],
  layers: Record<string, StoryCollection>,
  langs: readonly Lang[] = LANGS,
  basemapLabels?: FeatureCollection<Point>,
): string {
  const {
    model,
    present,
    view: [vx0, vy0, vx1, vy1],
    labels,
  } = locatorLayout(basemap, storyLayers, layers, basemapLabels);
  const labelGroup = (lang: Lang, size: 'large' | 'small') => {
    const { placed, cls, units } = labels(lang, size);
    // Under the names, a wide halo of each (CSS): it closes the gap between a name's lines, so the main
    // view's box, which follows the live map under the names, never shows there as a strike-through.
    // Drawn apart from the names, so no line's halo covers the descenders of the line above.
    const text = [...placed.map((l) => placedLabelSvg(l, `${cls(l)} underlay`)), ...placed.map((l) => placedLabelSvg(l, cls(l)))];
    const fontSize = Math.round(units * 10) / 10;
    return `<g class="labels ${size}" data-lang="${lang}" lang="${LANG_TAGS[lang]}" font-size="${fontSize}" stroke-width="${Math.round(fontSize * 3.5) / 10}">${text.join('')}</g>`;
  };
  const labelGroups = langs.flatMap((lang) => [labelGroup(lang, 'large'), labelGroup(lang, 'small')]);
  const r = (v: number) => Math.round(v * 10) / 10;
  return (
    `<svg class="locator-svg" viewBox="0 0 ${model.width} ${model.height}" data-lang="${langs[0]}" aria-hidden="true" ` +
    `data-region="${REGION_BOUNDS.flat().join(',')}">` +
    `<rect class="water" width="${model.width}" height="${model.height}"/>` +
    `<path class="land" d="${model.land}"/><path class="borders" d="${model.borders}"/>` +
    // Areas, lines, points, as in the main picture (src/lib/map/layer-order.ts); the model is in the manifest's order.
    BANDS.flatMap((band) =>
      bottomToTop(present).flatMap(({ layer }) => model.features.filter((f) => f.shape === band && f.layer.id === layer.id).map(featureSvg)),
    ).join('') +
    `<rect class="view" x="${r(vx0)}" y="${r(vy0)}" width="${r(vx1 - vx0)}" height="${r(vy1 - vy0)}"/>` +
    labelGroups.join('') +
    `</svg>`
  );
}
