// The shared label layout: the story's places named at the first view in every language, no two
// labels overlapping, no word crossed by a story line, crowds named as one group.
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { FeatureCollection, Point as GeoPoint } from 'geojson';
import {
  layoutLabels,
  NEIGHBOUR_RADIUS,
  namesOf,
  segmentHitsBox,
  segmentNearPoint,
  boxAt,
  leaderStart,
  type LabelInput,
  type PlacedLabel,
  type Box,
} from '../../src/lib/labels/layout.ts';
import { planLabels, metaOf } from '../../src/lib/labels/candidates.ts';
import { SharedLayout } from '../../src/lib/labels/view.ts';
import { labelText, listNames, wrapText } from '../../src/lib/labels/text.ts';
import { isDense } from '../../src/lib/map/layer-style.ts';
import { storyFrame, storyProjection } from '../../build/render/static-map/render.ts';
import { readStoryFiles } from '../../build/gate/read-story.ts';
import { validateStory } from '../../build/gate/validate-story.ts';
import { LANGS } from '../../src/lib/types.ts';
import { ARTICLE_PLACES, PROJECT_ROOT } from '../shared/layers.ts';

const story = validateStory(readStoryFiles(PROJECT_ROOT));
const layers = story.layers.map((layer) => ({ layer, collection: story.collections[layer.id]!, dense: isDense(story.collections[layer.id]!) }));
const basemap = story.labels as FeatureCollection<GeoPoint>;
const frame = storyFrame();
const project = (lonLat: number[]) => frame.projection(lonLat as [number, number]) as [number, number];
/** The first view's projection, `zoom` times as close round `centre`, which lands at `at` (the frame's middle by default). */
function zoomedRound(centre: number[], zoom: number, at: [number, number] = [frame.width / 2, frame.height / 2]) {
  const [cx, cy] = project(centre);
  return (lonLat: number[]): [number, number] => {
    const [x, y] = project(lonLat);
    return [(x - cx) * zoom + at[0], (y - cy) * zoom + at[1]];
  };
}

function firstView(lang: (typeof LANGS)[number]) {
  const plan = planLabels(basemap, layers, lang, project);
  const placed = layoutLabels(plan.inputs, { ...plan.obstacles, keepOut: [], frame: [0, 0, frame.width, frame.height] });
  return { plan, placed };
}

const overlap = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
/** Every id a placed label names (a group names its members). */
const named = (placed: PlacedLabel[]) => new Set(placed.flatMap(namesOf));

describe('label layout at the first view', () => {
  it.each(LANGS)('names the story’s places in %s', (lang) => {
    const { placed } = firstView(lang);
    const ids = named(placed);
    // The places the articles name, wherever they are in the first view (the rest are in the locator inset).
    for (const id of ARTICLE_PLACES) {
      expect(ids.has(id), `${lang}: ${id}`).toBe(true);
    }
  });

  it.each(LANGS)('places no label over another in %s', (lang) => {
    const { placed } = firstView(lang);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!.box, placed[j]!.box), `${placed[i]!.id} / ${placed[j]!.id}`).toBe(false);
  });

  it.each(LANGS)('lets no story line run through a word in %s', (lang) => {
    const { plan, placed } = firstView(lang);
    for (const label of placed) {
      for (const line of plan.obstacles.lines) {
        const hit = line.points.some((p, i) => i > 0 && segmentHitsBox(line.points[i - 1]!, p, label.box));
        expect(hit, `${lang}: ${label.lines.join(' ')}`).toBe(false);
      }
    }
  });

  it('names the towns at the ends of the links (Pingxiang, Lang Son…) only on a closer view than the first', () => {
    const towns = basemap.features.filter((f) => f.properties?.detail === true).map((f) => f.properties!.name_en as string);
    expect(towns).toEqual(expect.arrayContaining(['Pingxiang', 'Lang Son', 'Dong Dang', 'Ha Long', 'Noi Bai']));
    const planned = (zoom: number) => {
      // The first view's projection, `zoom` times closer around Lang Son.
      const plan = planLabels(basemap, layers, 'en', zoomedRound([106.76, 21.85], zoom));
      return plan.inputs.map((i) => i.lines.join(' '));
    };
    for (const town of towns) expect(planned(1), town).not.toContain(town);
    const close = planned(4);
    for (const town of towns) expect(close, town).toContain(town);
  });

  it('names a crowd of deposits once, by their region, where they read as one blot, and each deposit where they do not', () => {
    const deposits = story.collections['rare-earth-region']!.features.filter((f) => f.properties.kind === 'deposit').map((f) => f.properties.id);
    expect(deposits).toHaveLength(4);
    const planned = (zoom: number) => {
      // The first view's projection, `zoom` times as close round the deposits.
      return planLabels(basemap, layers, 'en', zoomedRound([103.9, 22.2], zoom)).inputs.map((i) => i.id);
    };
    // A phone's scale (about half the desktop's) and a 640 px embed's: one name, the region's.
    for (const zoom of [0.45, 0.72]) {
      const ids = planned(zoom);
      expect(ids, `at ${zoom}×`).toContain('ree-region');
      for (const id of deposits) expect(ids, `${id} at ${zoom}×`).not.toContain(id);
    }
    // The desktop's first view and closer: each deposit by its own name.
    for (const zoom of [1, 3]) {
      const ids = planned(zoom);
      for (const id of deposits) expect(ids, `${id} at ${zoom}×`).toContain(id);
      expect(ids).not.toContain('ree-region');
    }
  });

  it.each(LANGS)('names the rare-earth region on a phone’s first view in %s, after the places the articles name', (lang) => {
    // The story's frame in a 390 × 844 phone's map (390 × 590 px below the masthead), as the live map fits it.
    const phone = storyProjection(390, 590, 20);
    const plan = planLabels(basemap, layers, lang, (lonLat) => phone(lonLat as [number, number]) as [number, number]);
    const placed = layoutLabels(plan.inputs, { ...plan.obstacles, keepOut: [], frame: [0, 0, 390, 590] });
    const ids = named(placed);
    for (const id of ARTICLE_PLACES) expect(ids.has(id), id).toBe(true);
    expect(ids.has('ree-region')).toBe(true);
  });

  it.each(LANGS)('in %s, never hangs a name by a leader nearer another layer’s marker, or through a marker, at any size', (lang) => {
    const views: [string, (lonLat: number[]) => [number, number], Box][] = [
      ['first view', project, [0, 0, frame.width, frame.height]],
      ['phone', (lonLat) => storyProjection(390, 590, 20)(lonLat as [number, number]) as [number, number], [0, 0, 390, 590]],
      // A 320 px embed's scale (Mong Cai's name once hung under Hanoi here, Friendship Pass's under Haiphong).
      ['320 px embed', zoomedRound([104.5, 23], 0.36, [160, 200]), [0, 0, 320, 400]],
    ];
    for (const [view, projection, box] of views) {
      const plan = planLabels(basemap, layers, lang, projection);
      const placed = layoutLabels(plan.inputs, { ...plan.obstacles, keepOut: [], frame: box });
      const keyOf = new Map(plan.inputs.map((i) => [i.id, i.groupKey]));
      for (const label of placed)
        for (const member of label.members ?? []) {
          const start = leaderStart(label.box, member.at);
          const length = Math.hypot(start[0] - member.at[0], start[1] - member.at[1]);
          const key = keyOf.get(member.id.split('+')[0]!);
          for (const dot of plan.obstacles.dots) {
            if (Math.hypot(dot.at[0] - member.at[0], dot.at[1] - member.at[1]) <= NEIGHBOUR_RADIUS) continue;
            const where = `${view}: ${label.id}'s leader and the marker at ${dot.at.map(Math.round)}`;
            const shortened = Math.max(0, length - 7) / (length || 1);
            const end: [number, number] = [start[0] + (member.at[0] - start[0]) * shortened, start[1] + (member.at[1] - start[1]) * shortened];
            expect(segmentNearPoint([start, end], dot.at, dot.radius), where).toBe(false);
            if (length > 16 && dot.key && dot.key !== key) {
              const toDot = leaderStart(label.box, dot.at);
              expect(Math.hypot(toDot[0] - dot.at[0], toDot[1] - dot.at[1]), where).toBeGreaterThanOrEqual(length);
            }
          }
        }
    }
  });

  it('at the closest zoom names Hekou and Lao Cai apart, each by its own name', () => {
    // A point selected: about 16 km per 100 px round the crossing, where the two stations' markers part.
    const perDegree = Math.abs(project([104, 22])[0] - project([103, 22])[0]);
    const close = zoomedRound([103.972, 22.5017], 640 / perDegree, [350, 280]);
    for (const lang of LANGS) {
      const plan = planLabels(basemap, layers, lang, close, { frame: [0, 0, 700, 560] });
      const placed = layoutLabels(plan.inputs, { ...plan.obstacles, keepOut: [], frame: [0, 0, 700, 560] });
      const naming = (id: string) => placed.filter((l) => namesOf(l).includes(id)).map((l) => namesOf(l));
      expect(naming('kh-station-hekou'), lang).toEqual([['kh-station-hekou']]);
      expect(naming('kh-station-lao-cai'), lang).toEqual([['kh-station-lao-cai']]);
    }
  });

  it('on a small map leaves a place on the way unnamed rather than name it by a leader, and names the places the articles single out first', () => {
    const minor = new Set(
      Object.values(story.collections)
        .flatMap((c) => c.features)
        .filter((f) => f.properties.minor_place)
        .map((f) => f.properties.id),
    );
    expect(minor.size).toBeGreaterThan(0);
    // A 320 px embed's scale: about a third of the desktop's, round the corridor.
    const small = zoomedRound([104.5, 23], 0.36, [160, 200]);
    const plan = planLabels(basemap, layers, 'en', small);
    const placed = layoutLabels(plan.inputs, { ...plan.obstacles, keepOut: [], frame: [0, 0, 320, 400] });
    const ids = named(placed);
    for (const label of placed) if (namesOf(label).some((id) => minor.has(id))) expect(label.members, `${label.id} has no leader`).toBeUndefined();
    for (const id of ARTICLE_PLACES.filter((id) => id !== 'hainan-undersea-data-centre')) expect(ids.has(id), id).toBe(true);
    expect([...minor].filter((id) => ids.has(id)).length, 'some places on the way give way').toBeLessThan(minor.size);
  });

  it('names an island group beside its outline, clear of its islands, where the sea round it is open', () => {
    const sea = story.collections['south-china-sea']!.features;
    for (const group of sea.filter((f) => f.properties.kind === 'island-group')) {
      const ring = (group.geometry as { coordinates: number[][][] }).coordinates[0]!;
      const lons = ring.map((p) => p[0]!);
      const lats = ring.map((p) => p[1]!);
      const centre = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
      // Centred on the group, at the scale that draws its outline 300 px wide in an 864 × 700 map.
      const zoom = 300 / (project([Math.max(...lons), centre[1]!])[0] - project([Math.min(...lons), centre[1]!])[0]);
      const close = zoomedRound(centre, zoom, [432, 350]);
      const plan = planLabels(basemap, layers, 'en', close);
      const placed = layoutLabels(plan.inputs, { ...plan.obstacles, keepOut: [], frame: [0, 0, 864, 700] });
      const label = placed.find((l) => l.id === group.properties.id);
      expect(label, group.properties.id).toBeDefined();
      const outline = ring.map(close);
      const halfWidth = (Math.max(...outline.map((p) => p[0])) - Math.min(...outline.map((p) => p[0]))) / 2;
      const [x0, y0, x1, y1] = label!.box;
      // The nearest point of the label's box to the outline's middle lies outside the outline's inner part.
      const dx = Math.max(x0 - 432, 0, 432 - x1);
      const dy = Math.max(y0 - 350, 0, 350 - y1);
      expect(Math.hypot(dx, dy), `${group.properties.id}: its name off its outline`).toBeGreaterThan(halfWidth * 0.6);
      const pointOf = (f: (typeof sea)[number]) => (f.geometry as GeoPoint).coordinates;
      const islands = sea.filter((f) => f.properties.kind === 'island' && booleanPointInPolygon(pointOf(f), group.geometry as Polygon));
      for (const island of islands) {
        const [x, y] = close(pointOf(island));
        expect(x > x0 && x < x1 && y > y0 && y < y1, `${island.properties.id} under the name`).toBe(false);
      }
    }
  });

  it('names the islands of a disputed group, with every claimant’s name, on a closer view than the first', () => {
    const woody = 'scs-island-woody';
    const planned = (zoom: number) => planLabels(basemap, layers, 'en', zoomedRound([112.0, 16.6], zoom));
    expect(planned(1).inputs.map((i) => i.id)).not.toContain(woody);
    // About as close as the Paracels framed at 1280 px: Woody Island named in all three languages.
    const close = planned(2.2).inputs.find((i) => i.id === woody);
    expect(close, woody).toBeDefined();
    expect(close!.lines.join(' ').replaceAll('\u00a0', ' ')).toMatch(/Woody Island.*Đảo Phú Lâm.*永兴岛/);
  });

  it('does not name a marker drawn where another layer’s marker already is, and names it where they part', () => {
    const crossing = 'link-crossing-lao-cai-hekou';
    const planned = (zoom: number) => {
      return planLabels(basemap, layers, 'en', zoomedRound([103.972, 22.502], zoom)).inputs.map((i) => i.id);
    };
    // The first view: the crossing's marker lies on the stations' (1.2 km either side of it).
    expect(planned(1)).not.toContain(crossing);
    expect(planned(1)).toContain('kh-station-lao-cai');
    // Ten times closer (about 12 km per 100 px, near the closest zoom a reader can reach): apart, each named.
    expect(planned(10)).toContain(crossing);
  });

  it('lists several places’ names breaking lines only between names, never inside one', () => {
    const lines = listNames(['Dong Pao', 'Nam Xe', 'Ben Den', 'Yen Phu'], 12).map((line) => line.replaceAll('\u00a0', ' '));
    expect(lines.join(' · ')).toBe('Dong Pao · Nam Xe · Ben Den · Yen Phu');
    expect(lines.length).toBeGreaterThan(1);
    for (const name of ['Dong Pao', 'Nam Xe', 'Ben Den', 'Yen Phu'])
      expect(
        lines.some((line) => line.includes(name)),
        name,
      ).toBe(true);
  });

  it('names a disputed place with every claimant’s name, and never names places of different layers in one label', () => {
    const paracels = story.collections['south-china-sea']?.features.find((f) => f.properties.kind === 'island-group');
    expect(paracels).toBeDefined();
    expect(labelText(paracels!.properties, 'en').split('\n')).toHaveLength(2);
    // Narrow: the other names go one to a line, whole, with no separator left hanging.
    const narrow = wrapText(labelText(paracels!.properties, 'en'), 6).map((line) => line.replaceAll('\u00a0', ' '));
    expect(narrow).toEqual(['Paracel', 'Is.', 'Hoàng Sa', '西沙群岛']);
    expect(wrapText(labelText(paracels!.properties, 'en'), 12).at(-1)!.replaceAll('\u00a0', ' ')).toBe('Hoàng Sa · 西沙群岛');
    for (const lang of LANGS) {
      const { plan, placed } = firstView(lang);
      for (const group of placed.filter((l) => (l.members?.length ?? 0) > 1)) {
        const layerIds = new Set(group.members!.map((m) => plan.meta.get(m.id)?.layerId));
        expect(layerIds.size, `${lang}: ${group.lines.join(' ')}`).toBe(1);
        expect(metaOf(group, plan.meta)?.cls).toBe('story');
      }
    }
  });

  it.each(LANGS)('runs no leader line through another label in %s', (lang) => {
    const { placed } = firstView(lang);
    for (const group of placed.filter((l) => l.members)) {
      for (const m of group.members!) {
        const start = leaderStart(group.box, m.at);
        for (const other of placed.filter((l) => l !== group))
          expect(segmentHitsBox(start, m.at, other.box), `${lang}: leader of ${group.lines.join(' ')} through ${other.lines.join(' ')}`).toBe(false);
      }
    }
  });
});

describe('layout rules', () => {
  const label = (id: string, x: number, y: number, extra: Partial<LabelInput> = {}): LabelInput => ({
    id,
    at: [x, y],
    lines: [id],
    size: 12,
    anchors: ['left', 'right', 'bottom', 'top'],
    gap: 6,
    ...extra,
  });
  const open = { lines: [], dots: [], keepOut: [], frame: [0, 0, 400, 400] as Box };

  it('segmentHitsBox finds crossings and misses', () => {
    expect(segmentHitsBox([0, 5], [20, 5], [5, 0, 10, 10])).toBe(true);
    expect(segmentHitsBox([0, 20], [20, 20], [5, 0, 10, 10])).toBe(false);
    expect(segmentHitsBox([7, 7], [8, 8], [5, 0, 10, 10])).toBe(true);
  });

  it('moves a label to the clear side of a line', () => {
    const input = label('Hekou', 100, 100);
    const right = boxAt(input, 'left').box;
    const line = { points: [[right[0] + 5, 0] as [number, number], [right[0] + 5, 400] as [number, number]], halfWidth: 2 };
    const [placed] = layoutLabels([input], { ...open, lines: [line] });
    expect(placed!.anchor).not.toBe('left');
    expect(segmentHitsBox(line.points[0]!, line.points[1]!, placed!.box)).toBe(false);
  });

  it('names four places a few pixels apart as one list, with one leader to their middle', () => {
    const crowd = ['A', 'B', 'C', 'D'].map((id, i) => label(id, 200 + i * 3, 200, { required: true, groupable: true, groupKey: 'x' }));
    const placed = layoutLabels(crowd, open);
    expect(placed).toHaveLength(1);
    expect(namesOf(placed[0]!)).toEqual(['A', 'B', 'C', 'D']);
    expect(placed[0]!.lines).toEqual(['A', 'B', 'C', 'D']);
    expect(placed[0]!.members).toEqual([{ id: 'A+B+C+D', at: [204.5, 200] }]);
  });

  it('of sides that cost the same, takes one whose leader runs through no other marker', () => {
    const crowd = ['A', 'B', 'C'].map((id, i) => label(id, 200 + i * 3, 200, { required: true, groupable: true, groupKey: 'x' }));
    const [first] = layoutLabels(crowd, open);
    const [member] = first!.members!;
    const start = leaderStart(first!.box, member!.at);
    // Another place's marker on that leader, past the place's own neighbours (markers that close are passed by a leader from any side).
    const along = Math.min(0.5, 1 - (NEIGHBOUR_RADIUS + 2) / Math.hypot(start[0] - member!.at[0], start[1] - member!.at[1]));
    const marker = {
      at: [member!.at[0] + (start[0] - member!.at[0]) * (1 - along), member!.at[1] + (start[1] - member!.at[1]) * (1 - along)] as [number, number],
      radius: 3,
    };
    expect(Math.hypot(marker.at[0] - member!.at[0], marker.at[1] - member!.at[1])).toBeGreaterThan(NEIGHBOUR_RADIUS);
    const [moved] = layoutLabels(crowd, { ...open, dots: [marker] });
    const [to] = moved!.members!;
    expect(moved!.anchor).not.toBe(first!.anchor);
    expect(segmentNearPoint([leaderStart(moved!.box, to!.at), to!.at], marker.at, marker.radius)).toBe(false);
  });

  it('names crowded places of two layers in two labels, each leader clear of the other label', () => {
    const crowd = [
      ...['A', 'B', 'C'].map((id, i) => label(id, 200 + i * 3, 200, { required: true, groupable: true, groupKey: 'x' })),
      label('D', 204, 202, { required: true, groupable: true, groupKey: 'y' }),
    ];
    const placed = layoutLabels(crowd, open);
    expect(placed.map((l) => namesOf(l).join(''))).toEqual(['ABC', 'D']);
    for (const l of placed)
      for (const m of l.members ?? [])
        for (const other of placed.filter((o) => o !== l)) expect(segmentHitsBox(leaderStart(l.box, m.at), m.at, other.box)).toBe(false);
  });

  it('names stations strung along their own line one by one, never as a list', () => {
    const stations = ['A', 'B', 'C'].map((id, i) => label(id, 200 + i * 12, 200 + i * 12, { required: true, groupable: true, groupKey: 'rail' }));
    const line = { points: [[150, 150] as [number, number], [300, 300] as [number, number]], halfWidth: 2, key: 'rail' };
    const placed = layoutLabels(stations, { ...open, lines: [line] });
    expect(placed.every((l) => namesOf(l).length === 1 || !l.members?.some((m) => m.id.includes('+')))).toBe(true);
    expect(named(placed)).toEqual(new Set(['A', 'B', 'C']));
    // The same places off any line of their layer are a crowd, listed in one label.
    const loose = layoutLabels(stations, { ...open, lines: [{ ...line, key: 'other' }] });
    expect(loose.map((l) => namesOf(l))).toEqual([['A', 'B', 'C']]);
  });

  it('names a place with no clear side of its own in one label with its named neighbour', () => {
    // Four lines of another layer cross at B, through every side its name could take; its neighbour A, 30 px off, has room.
    const a = label('A', 200, 200, { required: true, groupable: true, groupKey: 'x' });
    const b = label('B', 230, 200, { required: true, groupable: true, groupKey: 'x' });
    const through = (dx: number, dy: number) => ({
      points: [
        [230 - dx * 300, 200 - dy * 300],
        [230 + dx * 300, 200 + dy * 300],
      ] as [number, number][],
      halfWidth: 1,
    });
    const walls = { ...open, frame: [-400, -400, 800, 800] as Box, lines: [through(1, 0), through(0, 1), through(1, 1), through(1, -1)] };
    const placed = layoutLabels([a, b], walls);
    expect(named(placed)).toEqual(new Set(['A', 'B']));
    expect(placed.filter((l) => namesOf(l).length === 2)).toHaveLength(1);
    // Without the join, B alone would go unnamed.
    expect(layoutLabels([b], walls)).toEqual([]);
  });

  it('drops an optional label that has no clear side, and keeps labels inside the frame', () => {
    const placed = layoutLabels([label('first', 200, 200, { anchors: ['center'] }), label('second', 201, 200, { anchors: ['center'] })], open);
    expect(placed.map((l) => l.id)).toEqual(['first']);
    expect(layoutLabels([label('outside', 500, 200)], open)).toEqual([]);
  });
});

describe('one layout shared by the picture and the live map', () => {
  const inputs = (shift: number, lang: (typeof LANGS)[number] = 'en') => ({
    basemapLabels: basemap,
    layers,
    lang,
    project: (lonLat: number[]) => {
      const [x, y] = project(lonLat);
      return [x + shift, y + shift] as [number, number];
    },
    size: { width: frame.width, height: frame.height },
    keepOut: [],
    land: null,
  });

  it('gives the second renderer at the same view (its projection a fraction of a pixel off) the first one’s placement', () => {
    const shared = new SharedLayout();
    const picture = shared.layout(inputs(0));
    expect(shared.layout(inputs(0.4))).toBe(picture);
  });

  it('lays out again for another view, another language or other layers', () => {
    const shared = new SharedLayout();
    const first = shared.layout(inputs(0));
    const moved = shared.layout(inputs(30));
    expect(moved).not.toBe(first);
    expect(moved.placed[0]!.at[0]).toBeCloseTo(first.placed[0]!.at[0] + 30, 5);
    expect(shared.layout(inputs(30, 'vi'))).not.toBe(moved);
    const fewer = { ...inputs(30, 'vi'), layers: layers.slice(1) };
    expect(shared.layout(fewer).placed.some((l) => metaOf(l, shared.layout(fewer).meta)?.layerId === layers[0]!.layer.id)).toBe(false);
  });
});
