// The labels of one view, in priority order, and what they must keep clear of: built from the
// basemap's names and the visible story layers, for any projection (d3 at build time, MapLibre
// in the browser).
import type { Feature, FeatureCollection, Geometry, Point as GeoPoint, Polygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { POINT_ANCHORS, chainsOf, namesOf, textSize, type Anchor, type LabelInput, type Obstacles, type PlacedLabel, type Point, type Box } from './layout.ts';
import { labelText, wrapText, type LabelNames } from './text.ts';
import { kindsLabelled, styleOf, type StoryLayer } from '../layers/layer.ts';
import type { Lang, StoryCollection, StoryProperties } from '../types.ts';
import { isDense, POINT_RING } from '../map/layer-style.ts';
import { landMask, landMargin, type LandCollection, type LandMask } from './land.ts';

/** How a label is drawn: each class has its font, size and colours in both renderers. */
export type LabelClass = 'claim' | 'island' | 'story' | 'city' | 'sea' | 'region' | 'country';

export interface LabelMeta {
  cls: LabelClass;
  lonLat: Position;
  /** The story layer a label names a feature of (hidden with it). */
  layerId?: string;
}

export const LABEL_SIZE: Record<LabelClass, number> = { claim: 12, island: 12, story: 12, city: 12, sea: 13, region: 12, country: 13 };
/** Wrapping widths in ems (MapLibre's text-max-width). */
// Island groups' names are narrow (three short lines), so they fit beside the islands on a phone.
const MAX_EMS: Record<LabelClass, number> = { claim: 10, island: 8, story: 12, city: 99, sea: 10, region: 99, country: 99 };
const CITY_DOT_RADIUS = 3;
/** A claim is named beside its line: left or right first, above or below where the sides are taken. */
const CLAIM_ANCHORS: readonly Anchor[] = ['right', 'left', 'bottom', 'top', 'bottom-right', 'top-right', 'bottom-left', 'top-left'];
const STORY_COUNTRY_ANCHORS: readonly Anchor[] = ['center', 'bottom', 'top', 'left', 'right'];
/** Story names are bold: a little wider than textEms estimates. */
const BOLD_WIDTH = 1.08;
/** Country names are set in spaced capitals: about this much wider than textEms estimates. */
const COUNTRY_WIDTH = 1.4;

export interface ViewLayer {
  layer: StoryLayer;
  collection: StoryCollection;
  /** Dense layers (thousands of points) are not named point by point. */
  dense: boolean;
}

export interface LabelPlan {
  inputs: LabelInput[];
  meta: Map<string, LabelMeta>;
  obstacles: Omit<Obstacles, 'frame' | 'keepOut'>;
}

function positions(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Point':
      return [[geometry.coordinates]];
    case 'MultiPoint':
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    default:
      return [];
  }
}

/** The middle of a shape's extent: where an area's name goes. */
function middle(geometry: Geometry): Position {
  const all = positions(geometry).flat();
  const xs = all.map((p) => p[0]!);
  const ys = all.map((p) => p[1]!);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/** A claim is named beside the middle of its part nearest the middle of the view (of the claim's own
 * extent when the frame is not known): the dash off Vietnam's coast at the whole region, not one at
 * the view's edge. Where that is crowded or out of view, beside the middles of its other parts, nearest
 * first, then any vertex along it. */
function claimAnchors(geometry: Geometry, project: (lonLat: Position) => Point, frame?: Box): Position[] {
  const parts = positions(geometry).filter((part) => part.length > 0);
  const middleOf = (part: Position[]) => part[Math.floor(part.length / 2)]!;
  const [cx, cy] = frame ? [(frame[0] + frame[2]) / 2, (frame[1] + frame[3]) / 2] : project(middle(geometry));
  const distance = (part: Position[]) => {
    const [x, y] = project(middleOf(part));
    return Math.hypot(x - cx!, y - cy!);
  };
  const nearest = parts
    .map((part) => ({ part, d: distance(part) }))
    .sort((a, b) => a.d - b.d)
    .map(({ part }) => part);
  return [...nearest.map(middleOf), ...nearest.flat()];
}

type BasemapNames = LabelNames & { kind: string; detail?: boolean; story_country?: boolean; alternatives?: Position[] };

/** Towns marked `detail` are named from about one zoom level in from the desktop's first view (80 px a degree). */
const DETAIL_PX_PER_DEGREE = 150;
/** From this scale the islands of a disputed group are named (the Paracels framed at 1280 px is about 140; the first view about 65). */
const ISLAND_PX_PER_DEGREE = 100;
/** The view's scale: pixels a degree of longitude spans at the story's latitude. */
const pxPerDegree = (project: (lonLat: Position) => Point) => Math.abs(project([107, 22])[0] - project([106, 22])[0]);

const sameName = (a: LabelNames, b: LabelNames) => (a.label_en ?? a.name_en) === (b.label_en ?? b.name_en);

/** Spots for a country's name where its own point is out of view or crowded: on a grid over the
 * frame, nearest its own point first and spread out, where the name fits wholly inside the country's land. */
const SPOT_GRID = 16;
const SPOTS = 24;
/** Spots this far apart, so that a control or a crowd near one leaves others. */
const SPOT_SPACING = 40;
/** Pixels between a spot's name and the frame's edge (the layout's frame margin and padding). */
const EDGE = 6;
function countrySpots(input: LabelInput, name: string, land: LandMask, frame: Box, margin: number): Point[] {
  if (!land.has(name)) return [];
  // Centred on a spot, the name's box reaches this far either way.
  const [w, h] = textSize(input.lines, input.size, input.widthScale).map((n) => n / 2 + EDGE) as [number, number];
  const grid: { at: Point; away: number }[] = [];
  for (let y = frame[1] + h; y <= frame[3] - h; y += SPOT_GRID)
    for (let x = frame[0] + w; x <= frame[2] - w; x += SPOT_GRID) grid.push({ at: [x, y], away: (x - input.at[0]) ** 2 + (y - input.at[1]) ** 2 });
  grid.sort((a, b) => a.away - b.away);
  const spots: Point[] = [];
  for (const { at } of grid) {
    // The spot itself first (one cell), then the whole name.
    if (!land.inCountry([at[0], at[1], at[0], at[1]], name, 0)) continue;
    if (spots.some((s) => Math.hypot(s[0] - at[0], s[1] - at[1]) < SPOT_SPACING)) continue;
    if (land.inCountry([at[0] - w + EDGE, at[1] - h + EDGE, at[0] + w - EDGE, at[1] + h - EDGE], name, margin)) spots.push(at);
    if (spots.length === SPOTS) break;
  }
  return spots;
}

export interface PlanOptions {
  /** The coarse land (src/lib/labels/land.ts): claims are named off it, countries inside their own. */
  land?: LandCollection | null;
  /** The view's frame in pixels: where a country out of view may be named instead. */
  frame?: Box;
  /** The least pixels kept between a claim's name and the land (LAND_MARGIN; less in the small locator inset). */
  landMargin?: number;
  /** Wrapping widths in ems, by class, where they differ from the main map's (the locator inset's). */
  wrapEms?: Partial<Record<LabelClass, number>>;
}

export function planLabels(
  basemapLabels: FeatureCollection<GeoPoint>,
  layers: ViewLayer[],
  lang: Lang,
  project: (lonLat: Position) => Point,
  options: PlanOptions = {},
): LabelPlan {
  const frame = options.frame;
  // Drawn only when a label asks (a claim's name, a country's moved into view): tens of ms a view.
  let mask: LandMask | null | undefined;
  const land = () => (mask === undefined ? (mask = options.land && frame ? landMask(options.land, project, frame) : null) : mask);
  const margin = landMargin(project, options.landMargin);
  const offLand = options.land && frame ? (box: Box) => !land()!.onLand(box, margin) : undefined;
  const maxEms = { ...MAX_EMS, ...options.wrapEms };
  const inputs: LabelInput[] = [];
  const meta = new Map<string, LabelMeta>();
  const obstacles: LabelPlan['obstacles'] = { lines: [], dots: [] };
  const add = (
    id: string,
    lonLat: Position,
    names: LabelNames,
    cls: LabelClass,
    rest: Partial<LabelInput> & { anchors: readonly Anchor[] },
    layerId?: string,
  ) => {
    const size = LABEL_SIZE[cls];
    inputs.push({ id, at: project(lonLat), lines: wrapText(labelText(names, lang), maxEms[cls]), size, gap: 0, ...rest });
    meta.set(id, { cls, lonLat, ...(layerId ? { layerId } : {}) });
  };
  const storyPoints: { f: Feature<Geometry, StoryProperties>; layer: StoryLayer; gap: number }[] = [];
  const claims: (() => void)[] = [];
  const islands: (() => void)[] = [];
  const islandPoints: { f: Feature<Geometry, StoryProperties>; layer: StoryLayer; gap: number }[] = [];
  for (const { layer, collection, dense } of layers) {
    const beside = kindsLabelled(layer, 'beside-line');
    const always = kindsLabelled(layer, 'always');
    const named = dense ? [] : kindsLabelled(layer, 'point');
    for (const f of collection.features) {
      const p = f.properties;
      const style = styleOf(layer, p.kind);
      if (style.shape === 'line') {
        for (const part of positions(f.geometry)) obstacles.lines.push({ points: part.map(project), halfWidth: style.width / 2 + 1.5, key: layer.id });
      }
      if (style.shape === 'point' && f.geometry.type === 'Point' && !dense) {
        obstacles.dots.push({ at: project(f.geometry.coordinates), radius: style.radius + 2, key: layer.id });
      }
      if (beside.includes(p.kind)) {
        const [at, ...others] = claimAnchors(f.geometry, project, frame);
        const alternatives = others.map(project);
        // Named at sea: a claim's name over a coast reads as a claim to that land.
        const rest = { anchors: CLAIM_ANCHORS, gap: 8, alternatives, ...(offLand ? { fits: offLand } : {}) };
        if (at) claims.push(() => add(p.id, at, p, 'claim', rest, layer.id));
      } else if (always.includes(p.kind)) {
        const islandsIn = collection.features.filter(
          (g) => g.geometry.type === 'Point' && f.geometry.type !== 'Point' && booleanPointInPolygon(g.geometry.coordinates, f.geometry as Polygon),
        );
        const mayCover = islandsIn.map((g) => project((g.geometry as GeoPoint).coordinates));
        // Beside the group's outline, 4 px off it, not over its islands; on the outline's middle only
        // where no side is clear (a small outline in a crowded view).
        const outline = positions(f.geometry).flat().map(project);
        const halfExtent = Math.max(...[0, 1].map((axis) => (Math.max(...outline.map((q) => q[axis]!)) - Math.min(...outline.map((q) => q[axis]!))) / 2));
        islands.push(() => add(p.id, middle(f.geometry), p, 'island', { anchors: [...POINT_ANCHORS, 'center'], gap: halfExtent + 4, mayCover }, layer.id));
      } else if (p.kind === 'island' && f.geometry.type === 'Point' && !dense) {
        islandPoints.push({ f, layer, gap: style.radius + 3 });
      } else if (named.includes(p.kind) && f.geometry.type === 'Point') {
        // Clear of the dot; a marker's disc (the data centre's is the largest) by 3 px beyond its ring.
        storyPoints.push({ f, layer, gap: style.radius + 3 + (style.marker ? POINT_RING : 0) });
      }
    }
  }
  // Disputed names first, then claims (which can move along their line), the story's places, the basemap's.
  // The first two are named in the locator inset at every size, so where they find no clear place
  // in the main view they are left to it.
  for (const place of [...islands, ...claims]) place();
  const folded = foldCrowds(storyPoints, layers, project);
  const nameCrowd = ({ area, layer, members, lonLats }: (typeof folded)[number]) => {
    const xs = members.map((m) => m[0]);
    const ys = members.map((m) => m[1]);
    const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 2;
    // Named beside the crowd's middle, the space the places leave round it.
    const lons = lonLats.map((p) => p[0]!);
    const lats = lonLats.map((p) => p[1]!);
    const middleOfCrowd = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
    // Beside the cluster with no leader (a leader to a cluster points at no one marker), else at
    // the area's middle; where neither is clear it waits for a closer view, where the places are named.
    const alternatives = [project(middle(area.geometry))];
    // Stacked, as an area's name is: narrow enough for the side of the crowd its neighbours leave.
    const lines = wrapText(labelText(area.properties, lang), CROWD_EMS);
    const rest = { anchors: POINT_ANCHORS, gap: spread + 6, alternatives, widthScale: BOLD_WIDTH, lines };
    add(area.properties.id, middleOfCrowd, area.properties, 'story', rest, layer.id);
  };
  const foldedIds = new Set(folded.flatMap((c) => c.ids));
  // A marker drawn where another layer's marker already is reads as that one: its own name would
  // point at nothing the reader can tell apart (the Lao Cai crossing between the two stations, at
  // overview scales). It is named where the markers part, on a closer view.
  const shown: { at: Point; radius: number; layerId: string }[] = [];
  const coincides = (at: Point, radius: number, layerId: string) =>
    shown.some((o) => o.layerId !== layerId && Math.hypot(o.at[0] - at[0], o.at[1] - at[1]) < Math.max(o.radius, radius));
  const namePoint = ({ f, layer, gap }: (typeof storyPoints)[number]) => {
    if (foldedIds.has(f.properties.id)) return;
    const at = project((f.geometry as GeoPoint).coordinates);
    const radius = styleOf(layer, f.properties.kind).radius;
    if (coincides(at, radius, layer.id)) return;
    shown.push({ at, radius, layerId: layer.id });
    const key = !f.properties.minor_place;
    add(
      f.properties.id,
      (f.geometry as GeoPoint).coordinates,
      f.properties,
      'story',
      { anchors: POINT_ANCHORS, gap, required: key, groupable: key, groupKey: layer.id, widthScale: BOLD_WIDTH },
      layer.id,
    );
  };
  // The places the articles single out first (Hekou and Lào Cai before the deposits' belt beside
  // them); a crowd's one name next; a place on the way (minor_place) last, named only where its
  // name fits beside it: on a small map a leader to every station is a tangle.
  storyPoints.filter(({ f }) => !f.properties.minor_place).forEach(namePoint);
  folded.forEach(nameCrowd);
  storyPoints.filter(({ f }) => f.properties.minor_place).forEach(namePoint);
  const basemap = basemapLabels.features.map((f, i) => ({ f, id: `basemap-${i}`, names: f.properties as unknown as BasemapNames }));
  const addArea = ({ f, id, names }: (typeof basemap)[number], cls: 'sea' | 'region' | 'country') =>
    add(id, f.geometry.coordinates, names, cls, {
      // A story country's name may sit to any side of each of its places.
      anchors: names.story_country ? STORY_COUNTRY_ANCHORS : ['center'],
      widthScale: cls === 'country' ? COUNTRY_WIDTH : 1,
      ...(names.alternatives ? { alternatives: names.alternatives.map(project) } : {}),
    });
  // The countries the story is about are named before any other basemap name: a map of China and
  // Vietnam that names Laos but not Vietnam has lost its subject.
  for (const label of basemap) if (label.names.story_country) addArea(label, 'country');
  const closeView = pxPerDegree(project) >= DETAIL_PX_PER_DEGREE;
  // The islands of a disputed group (Woody Island, Itu Aba…) are dots at overview scales, where their
  // group's name speaks for them; on a closer view (the Paracels selected) each is named, with every
  // claimant's name, where its name fits.
  if (pxPerDegree(project) >= ISLAND_PX_PER_DEGREE)
    for (const { f, layer, gap } of islandPoints)
      add(f.properties.id, (f.geometry as GeoPoint).coordinates, f.properties, 'island', { anchors: POINT_ANCHORS, gap }, layer.id);
  for (const { f, id, names } of basemap) {
    if (names.kind !== 'city' || storyPoints.some(({ f: s }) => sameName(s.properties, names))) continue;
    if (names.detail && !closeView) continue;
    const at = project(f.geometry.coordinates);
    obstacles.dots.push({ at, radius: CITY_DOT_RADIUS + 1 });
    // A town on a story line (a `detail` town: a line's waypoint) may also sit at a corner, and a little
    // further out: the line runs through its dot, and a name at the usual gap would touch the line's stroke.
    const onLine = names.detail === true;
    add(id, f.geometry.coordinates, names, 'city', {
      anchors: onLine ? POINT_ANCHORS : ['left', 'right', 'bottom', 'top'],
      gap: CITY_DOT_RADIUS + (onLine ? 7 : 3),
    });
  }
  for (const cls of ['sea', 'region', 'country'] as const) {
    for (const label of basemap) if (label.names.kind === cls && !label.names.story_country) addArea(label, cls);
  }
  // A country whose name is out of view (a close frame, the printed map) or crowded there is named
  // where its land is clear, so the reader knows which side of a border is which. Only one of its
  // names moves: the first in view, or else its first.
  if (frame && options.land) {
    const countries = inputs.filter((i) => meta.get(i.id)?.cls === 'country');
    const nameOf = (i: LabelInput) => basemap.find((b) => b.id === i.id)!.names.name_en;
    const inView = (p: Point) => p[0] >= frame[0] && p[0] <= frame[2] && p[1] >= frame[1] && p[1] <= frame[3];
    for (const input of countries) {
      const same = countries.filter((c) => nameOf(c) === nameOf(input));
      if ((same.find((c) => inView(c.at)) ?? same[0]) !== input) continue;
      // Its own places first (geo/basemap/labels.geojson), then the clear spots of its land, found
      // only if the layout looks past its own point (out of view or crowded).
      const own = input.alternatives ?? [];
      let spots: Point[] | undefined;
      Object.defineProperty(input, 'alternatives', {
        get: () => (spots ??= [...own, ...countrySpots(input, nameOf(input), land()!, frame, margin)]),
        enumerable: true,
        configurable: true,
      });
    }
  }
  return { inputs, meta, obstacles };
}

/** Places within this many pixels of the next read as one cluster: the four deposits do on a phone,
 * in a 640 px embed and at the whole region, not at the desktop's or a tablet's first view. */
const FOLD_RADIUS = 44;

/** A crowd's one name wraps at this width ("Rare-earth / region"). */
const CROWD_EMS = 6;

/** Places of one layer so close at this scale that they read as one cluster (three or more, each
 * within FOLD_RADIUS of the next: a phone's, an embed's or the whole region's view) and inside
 * their layer's one area are named once, by the area's name; each is named when the reader zooms
 * in or selects it. Names listed beside a blot cannot say which marker is which. */
function foldCrowds(storyPoints: { f: Feature<Geometry, StoryProperties>; layer: StoryLayer }[], layers: ViewLayer[], project: (lonLat: Position) => Point) {
  return layers.flatMap(({ layer, collection }) => {
    const areas = collection.features.filter((f) => styleOf(layer, f.properties.kind).shape === 'area');
    if (areas.length !== 1) return [];
    const area = areas[0]!;
    const own = storyPoints.filter((s) => s.layer.id === layer.id && booleanPointInPolygon((s.f.geometry as GeoPoint).coordinates, area.geometry as Polygon));
    const at = own.map((s) => project((s.f.geometry as GeoPoint).coordinates));
    return chainsOf(at, FOLD_RADIUS)
      .filter((chain) => chain.length >= 3)
      .map((chain) => ({
        area,
        layer,
        members: chain.map((i) => at[i]!),
        lonLats: chain.map((i) => (own[i]!.f.geometry as GeoPoint).coordinates),
        ids: chain.map((i) => own[i]!.f.properties.id),
      }));
  });
}

/** The story's loaded, visible layers, as the layout takes them. */
export function visibleLayers(story: {
  layers: readonly StoryLayer[];
  loads: Record<string, { status: string; collection?: StoryCollection }>;
  isVisible(id: string): boolean;
}): ViewLayer[] {
  return story.layers.flatMap((layer) => {
    const load = story.loads[layer.id];
    return load?.status === 'ready' && load.collection && story.isVisible(layer.id)
      ? [{ layer, collection: load.collection, dense: isDense(load.collection) }]
      : [];
  });
}

/** How a placed label is drawn: a group label names places of one layer, and is drawn as they are. */
export function metaOf(label: PlacedLabel, meta: Map<string, LabelMeta>): LabelMeta | undefined {
  return meta.get(namesOf(label)[0]!);
}

/** A box in screen pixels from a DOM rect relative to the map's container. */
export function boxOf(rect: { left: number; top: number; right: number; bottom: number }, origin: { left: number; top: number }): Box {
  return [rect.left - origin.left, rect.top - origin.top, rect.right - origin.left, rect.bottom - origin.top];
}
