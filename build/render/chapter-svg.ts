// One story chapter's view as an SVG, drawn at build time for the flat story (story.html without
// JavaScript, and on paper): the chapter's layers only, framed on its `frame` features as the live
// story map frames them (fitBounds with its padding), its selected feature drawn selected, and the
// labels laid out by the one label layout (src/lib/labels) for that frame, once for a column on a
// wide screen and once, larger in the picture's units, for a phone's width.
import { CHAPTER_FIT } from '../../src/lib/chapters/view.ts';
import { area, bboxClip, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { renderStaticMap, storyFrame } from './static-map/render.ts';
import { fitBoundsFrame, type Bounds } from './static-map/fit-bounds.ts';
import { featureSvg, labelGroup } from './static-svg.ts';
import { labelLand } from './label-land.ts';
import { escapeHtml } from './html.ts';
import { BANDS, bottomToTop } from '../../src/lib/map/layer-order.ts';
import type { StoryLayer } from '../../src/lib/layers/layer.ts';
import type { StoryCollection } from '../../src/lib/types.ts';

/** The picture's size in SVG units: its size in CSS pixels in a wide column (flat-story.css). */
export const CHAPTER_WIDTH = 640;
export const CHAPTER_HEIGHT = 420;
/** The width it is shown at on a phone (390 px less the page's margins): its labels are laid out again for it. */
export const NARROW_WIDTH = 350;

export interface ChapterSvgInput {
  basemap: { land: FeatureCollection; borders: FeatureCollection; labels: FeatureCollection<Point> };
  layers: readonly StoryLayer[];
  collections: Record<string, StoryCollection>;
  /** The chapter's layers, its selected feature and the box of its frame features. */
  view: { layers: readonly string[]; selected: string | null; bounds: Bounds };
  /** What the picture shows, in a sentence (its aria-label). */
  label: string;
}

/** The basemap cut to the picture's box (a little beyond it) and simplified to about half a unit. */
function clippedBasemap(basemap: ChapterSvgInput['basemap'], [w, s, e, n]: Bounds) {
  const degPerUnit = (e - w) / CHAPTER_WIDTH;
  const margin = 10 * degPerUnit;
  const box: Bounds = [w - margin, s - margin, e + margin, n + margin];
  const tolerance = degPerUnit / 2;
  // Islands under about 2 × 2 units would be a speck: left out. (km per degree, near enough at these latitudes.)
  const minArea = (2 * degPerUnit * 111e3) ** 2;
  const land: FeatureCollection = {
    type: 'FeatureCollection',
    features: basemap.land.features
      .filter((f) => area(f as Feature) > minArea)
      .map((f) => bboxClip(f as Feature<Polygon | MultiPolygon>, box))
      .filter((f) => (f.geometry as Polygon).coordinates.length > 0)
      .map((f) => simplify(f, { tolerance })),
  };
  const borders: FeatureCollection = {
    type: 'FeatureCollection',
    features: basemap.borders.features
      .map((f) => bboxClip(f as Feature<LineString | MultiLineString>, box))
      .filter((f) => f.geometry.coordinates.length > 0)
      .map((f) => simplify(f, { tolerance })),
  };
  return { land, borders };
}

export function chapterSvg({ basemap, layers, collections, view, label }: ChapterSvgInput): string {
  const framed = fitBoundsFrame(view.bounds, CHAPTER_WIDTH, CHAPTER_HEIGHT, CHAPTER_FIT);
  const [w, s, e, n] = framed;
  const frame = storyFrame(CHAPTER_HEIGHT, [
    [w, s],
    [e, n],
  ]);
  const present = layers.flatMap((layer) => (view.layers.includes(layer.id) && collections[layer.id] ? [{ layer, collection: collections[layer.id]! }] : []));
  const model = renderStaticMap({ ...clippedBasemap(basemap, framed), layers: present }, frame);
  const groups = BANDS.flatMap((band) =>
    bottomToTop(present).flatMap(({ layer }) => {
      const own = model.features.filter((f) => f.layer.id === layer.id && f.shape === band);
      return own.length
        ? [
            `<g class="layer" data-layer="${layer.id}" data-band="${band}" color="${layer.color}">${own.map((f) => featureSvg(f, false, f.id === view.selected)).join('')}</g>`,
          ]
        : [];
    }),
  ).join('');
  // On a phone the picture is shown k times smaller: its labels are laid out in a frame k times
  // smaller and drawn k times larger, so they read at their size there too (flat-story.css picks one).
  const k = model.width / NARROW_WIDTH;
  const narrow = { width: model.width / k, height: model.height / k, project: (p: [number, number]) => model.project(p).map((v) => v / k) as [number, number] };
  const wideLabels = labelGroup(model, basemap.labels, present, 'en', labelLand());
  const narrowLabels = labelGroup(narrow, basemap.labels, present, 'en', labelLand());
  return (
    `<svg class="story-svg chapter-svg" viewBox="0 0 ${model.width} ${model.height}" data-lang="en" role="img" aria-label="${escapeHtml(label)}">` +
    `<path class="land" d="${model.land}"/><path class="borders" d="${model.borders}"/>${groups}` +
    `<g class="label-fit wide">${wideLabels}</g><g class="label-fit narrow" transform="scale(${Math.round(k * 1000) / 1000})">${narrowLabels}</g></svg>`
  );
}
