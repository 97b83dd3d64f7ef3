// China's claimed line is named at sea (the graphics editor's review, P9): a claim's name over
// another state's coast reads as a claim to that land. At the whole-region view (the locator's
// click) at 1280×800 and 390×844, and in the locator inset, in every language, its name is placed,
// its box reaches no land the map draws and touches none of the line's dashes.
import { describe, expect, it } from 'vitest';
import { bbox, bboxPolygon, booleanIntersects } from '@turf/turf';
import type { Feature, FeatureCollection, Point as GeoPoint, Position } from 'geojson';
import type { GeoProjection } from 'd3-geo';
import { buildBasemap } from '../../build/render/basemap.ts';
import { labelLand } from '../../build/render/label-land.ts';
import { locatorLayout } from '../../build/render/locator-svg.ts';
import { storyProjection } from '../../build/render/static-map/render.ts';
import { readStoryFiles } from '../../build/gate/read-story.ts';
import { validateStory } from '../../build/gate/validate-story.ts';
import { layoutView } from '../../src/lib/labels/view.ts';
import { segmentHitsBox, type Box, type PlacedLabel } from '../../src/lib/labels/layout.ts';
import { isDense } from '../../src/lib/map/layer-style.ts';
import { REGION_BOUNDS } from '../../src/lib/map/basemap-style.ts';
import { LANGS } from '../../src/lib/types.ts';
import { PROJECT_ROOT } from '../shared/layers.ts';

const story = validateStory(readStoryFiles(PROJECT_ROOT));
const basemap = buildBasemap();
const layers = story.layers.map((layer) => ({ layer, collection: story.collections[layer.id]!, dense: isDense(story.collections[layer.id]!) }));
const claims = Object.values(story.collections)
  .flatMap((c) => c.features)
  .filter((f) => f.properties.kind === 'claim-line');
const claimIds = claims.map((f) => f.properties.id);
const claimParts: Position[][] = claims.flatMap((f) =>
  f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : f.geometry.type === 'LineString' ? [f.geometry.coordinates] : [],
);

/** Whether any of this land reaches into a box of the view (its corners taken back to lon/lat). */
function onLand(box: Box, projection: GeoProjection, land: FeatureCollection): boolean {
  const [west, south] = projection.invert!([box[0], box[3]])!;
  const [east, north] = projection.invert!([box[2], box[1]])!;
  const area = bboxPolygon([west, south, east, north]);
  return land.features.some((f) => {
    const [w, s, e, n] = bbox(f);
    return w < east && e > west && s < north && n > south && booleanIntersects(area, f as Feature);
  });
}

/** Whether a dash of the claimed line (drawn `halfWidth` px either side) touches the box. */
function touchesDash(box: Box, projection: GeoProjection, halfWidth: number): boolean {
  const grown: Box = [box[0] - halfWidth, box[1] - halfWidth, box[2] + halfWidth, box[3] + halfWidth];
  return claimParts.some((part) =>
    part.some((p, i) => i > 0 && segmentHitsBox(projection(part[i - 1] as [number, number])!, projection(p as [number, number])!, grown)),
  );
}

const claimLabel = (placed: PlacedLabel[]) => placed.find((l) => claimIds.includes(l.id));

/** The map's size and what covers it (the locator inset, 270 or 170 px tall, and the controls) at each screen, as the page lays them out. */
const VIEWS = [
  {
    screen: '1280×800',
    width: 864,
    height: 703,
    covers: [
      [10, 423, 266, 693],
      [826, 8, 856, 141],
      [744, 671, 818, 693],
      [830, 637, 854, 661],
    ] as Box[],
  },
  {
    screen: '390×844',
    width: 390,
    height: 591,
    covers: [
      [10, 411, 172, 581],
      [352, 8, 382, 141],
      [270, 559, 337, 581],
      [356, 525, 380, 549],
    ] as Box[],
  },
];

describe('the claimed line’s name', () => {
  for (const view of VIEWS) {
    it.each(LANGS)(`at the whole-region view at ${view.screen} is named at sea, clear of its dashes, in %s`, (lang) => {
      // The locator's click: fitBounds(REGION_BOUNDS) with 20 px padding.
      const projection = storyProjection(view.width, view.height, 20, REGION_BOUNDS);
      const project = (lonLat: Position) => projection(lonLat as [number, number]) as [number, number];
      const { placed } = layoutView(story.labels as FeatureCollection<GeoPoint>, layers, lang, project, view, view.covers, labelLand());
      const label = claimLabel(placed);
      expect(label, `${lang}: the claim is named at ${view.screen}`).toBeDefined();
      expect(onLand(label!.box, projection, basemap.land), `${lang}: "${label!.lines.join(' ')}" over land at ${label!.box.map(Math.round)}`).toBe(false);
      expect(touchesDash(label!.box, projection, 2), `${lang}: "${label!.lines.join(' ')}" touches a dash`).toBe(false);
      // Beside a dash near the middle of the view: on the desktop, the western arm off Vietnam, not the
      // dash by Taiwan at the view's edge. (A phone's narrow frame leaves no room off Vietnam.)
      const [east] = projection.invert!([(label!.box[0] + label!.box[2]) / 2, (label!.box[1] + label!.box[3]) / 2])!;
      if (view.screen === '1280×800') expect(east, `${lang}: "${label!.lines.join(' ')}" named at ${east.toFixed(1)}°E`).toBeLessThan(113);
    });
  }

  it.each(LANGS)('in the locator inset is named at sea, clear of its dashes, in %s', (lang) => {
    const inset = locatorLayout(basemap, story.layers, story.collections);
    const label = claimLabel(inset.labels(lang, 'large').placed);
    expect(label, `${lang}: the claim is named in the inset`).toBeDefined();
    // The inset's own coastline, which is what the reader sees there.
    expect(onLand(label!.box, inset.frame.projection, inset.land), `${lang}: "${label!.lines.join(' ')}" over land at ${label!.box.map(Math.round)}`).toBe(
      false,
    );
    expect(touchesDash(label!.box, inset.frame.projection, 1), `${lang}: "${label!.lines.join(' ')}" touches a dash`).toBe(false);
  });
});
