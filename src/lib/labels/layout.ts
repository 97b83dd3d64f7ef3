// One label layout for every renderer: labels are placed greedily in priority order, each on the
// first clear side of its anchor (right, left, above, below, then the diagonals), clear of labels
// already placed, of the story's markers and lines, and of the map's controls. Points that find no
// clear side are named with the neighbours of their own layer in one group label, with leader lines
// that cross no other label (labels of different layers are never joined). Screen pixels throughout: the
// caller projects (the build with d3-geo, the live map with MapLibre), so every picture agrees.
import { listNames, textEms } from './text.ts';

/** MapLibre's text-anchor: the part of the text that touches the anchor ("left": text to the right). */
export type Anchor = 'center' | 'left' | 'right' | 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
export type Box = [x0: number, y0: number, x1: number, y1: number];
export type Point = [x: number, y: number];

export interface LabelInput {
  id: string;
  at: Point;
  lines: string[];
  size: number;
  /** The sides tried, in order. */
  anchors: readonly Anchor[];
  /** Pixels between the anchor point and the text (a marker's radius and a gap). */
  gap: number;
  /** Wider than textEms says: capitals with letter-spacing (country names). */
  widthScale?: number;
  /** A story place: where no side is clear, named with a leader, even on a side a little crowded
   * (never with a line through its words or over another label). */
  required?: boolean;
  /** Other points the label may be set at when none of its sides is clear there, or when it is out
   * of view (along a claim line; inside a country's land). */
  alternatives?: Point[];
  /** Markers the label may sit over: an island group's name over its own islands, as in an atlas. */
  mayCover?: Point[];
  /** Where its box may stand, if not everywhere (a claim's name: off land). */
  fits?: (box: Box) => boolean;
  /** May join a group label with neighbours of the same key (its layer) when it finds no clear side. */
  groupable?: boolean;
  groupKey?: string;
}

export interface PlacedLabel {
  id: string;
  at: Point;
  lines: string[];
  size: number;
  anchor: Anchor;
  /** Offset of the text from `at`, in ems (MapLibre's text-offset). */
  offset: Point;
  box: Box;
  /** Ids of the points a group label names; leader lines run from the label to each. */
  members?: { id: string; at: Point }[];
}

export interface Obstacles {
  /** Story lines as projected polylines, with the half-width they are drawn with. */
  lines: { points: Point[]; halfWidth: number; /** The layer drawing it (a LabelInput's groupKey). */ key?: string }[];
  /** Markers and dots: centre and radius. */
  /** Markers and town dots; a story marker's key is its layer's id. */
  dots: { at: Point; radius: number; key?: string }[];
  /** Areas no label may enter (the map's controls and insets). */
  keepOut: Box[];
  /** The visible frame: labels stay inside it. */
  frame: Box;
}

export const POINT_ANCHORS: readonly Anchor[] = ['left', 'right', 'bottom', 'top', 'bottom-left', 'top-left', 'bottom-right', 'top-right'];
const LINE_HEIGHT = 1.2;
/** Space kept between a label and the frame's edge, in pixels. */
const FRAME_MARGIN = 4;
/** Clear space kept round every label box, in pixels. */
const PAD = 2;
const DIAGONAL = Math.SQRT1_2;

/** The direction from the anchor point to the text, as unit steps (x right, y down). */
function direction(anchor: Anchor): Point {
  const x = anchor.includes('left') ? 1 : anchor.includes('right') ? -1 : 0;
  const y = anchor.startsWith('top') ? 1 : anchor.startsWith('bottom') ? -1 : 0;
  return x && y ? [x * DIAGONAL, y * DIAGONAL] : [x, y];
}

export function textSize(lines: string[], size: number, widthScale = 1): [number, number] {
  return [Math.max(...lines.map(textEms)) * size * widthScale, lines.length * LINE_HEIGHT * size];
}

/** The label's box on screen, and its offset in ems, when set at this anchor. */
export function boxAt(input: Pick<LabelInput, 'at' | 'lines' | 'size' | 'gap' | 'widthScale'>, anchor: Anchor): { box: Box; offset: Point } {
  const [w, h] = textSize(input.lines, input.size, input.widthScale);
  const [dx, dy] = direction(anchor);
  const ax = input.at[0] + dx * input.gap;
  const ay = input.at[1] + dy * input.gap;
  const x0 = anchor.includes('left') ? ax : anchor.includes('right') ? ax - w : ax - w / 2;
  const y0 = anchor.startsWith('top') ? ay : anchor.startsWith('bottom') ? ay - h : ay - h / 2;
  return { box: [x0, y0, x0 + w, y0 + h], offset: [(dx * input.gap) / input.size, (dy * input.gap) / input.size] };
}

const grow = (b: Box, by: number): Box => [b[0] - by, b[1] - by, b[2] + by, b[3] + by];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
const inside = (a: Box, frame: Box) => a[0] >= frame[0] && a[1] >= frame[1] && a[2] <= frame[2] && a[3] <= frame[3];

/** Clips segment p→q to a box (Liang–Barsky); null where it misses it. */
export function clipSegment(p: Point, q: Point, b: Box): [Point, Point] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  for (const [pe, qe] of [
    [-dx, p[0] - b[0]],
    [dx, b[2] - p[0]],
    [-dy, p[1] - b[1]],
    [dy, b[3] - p[1]],
  ] as const) {
    if (pe === 0) {
      if (qe < 0) return null;
      continue;
    }
    const t = qe / pe;
    if (pe < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [
    [p[0] + t0 * dx, p[1] + t0 * dy],
    [p[0] + t1 * dx, p[1] + t1 * dy],
  ];
}

/** Whether segment p→q passes through box b. */
export function segmentHitsBox(p: Point, q: Point, b: Box): boolean {
  return clipSegment(p, q, b) !== null;
}

function dotHitsBox(at: Point, radius: number, b: Box): boolean {
  const cx = Math.max(b[0], Math.min(at[0], b[2]));
  const cy = Math.max(b[1], Math.min(at[1], b[3]));
  return (cx - at[0]) ** 2 + (cy - at[1]) ** 2 < radius ** 2;
}

type Segment = [Point, Point];

/** Whether a segment passes within `radius` of a point (a leader through a marker). */
export function segmentNearPoint([a, b]: Segment, p: Point, radius: number): boolean {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]) < radius;
}

/** A leader without its last pixels: where it meets its own marker (on its own line) is no crossing. */
const MARKER_CLEARANCE = 7;
/** Markers this close to a leader's place are its neighbours: any leader to it passes them. */
export const NEIGHBOUR_RADIUS = 14;
/** A leader longer than this points a reader at its place; a shorter one sits beside it. */
const FAR_LEADER = 16;
function shortOfMarker([start, end]: Segment): Segment {
  const length = Math.hypot(end[0] - start[0], end[1] - start[1]);
  const keep = Math.max(0, length - MARKER_CLEARANCE) / (length || 1);
  return [start, [start[0] + (end[0] - start[0]) * keep, start[1] + (end[1] - start[1]) * keep]];
}

const turn = (a: Point, b: Point, c: Point) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
/** Whether two segments cross (touching at an end counts: a leader that meets a line there reads as crossing it). */
function segmentsCross([p, q]: Segment, [r, t]: Segment): boolean {
  return turn(p, q, r) !== turn(p, q, t) && turn(r, t, p) !== turn(r, t, q);
}

const segmentHitsAny = (segments: Segment[], b: Box) => segments.filter(([p, q]) => segmentHitsBox(p, q, b)).length;

/** How many things a box would cover: other labels, dots, lines and leaders, controls, the frame's edge. */
function conflicts(box: Box, placed: Box[], leaders: Segment[], obstacles: Obstacles, ownDot?: Point, mayCover: Point[] = []): number {
  const b = grow(box, PAD);
  // Weights: a label cut by the frame's edge or under a control is worse than any crowding; text over
  // text is worse than text over a few dots or lines (its halo keeps it legible there); a line through
  // a word is worse than a leader crossing a line.
  let n = inside(grow(box, FRAME_MARGIN), obstacles.frame) ? 0 : 50;
  for (const p of placed) if (overlaps(b, p)) n += 10;
  for (const k of obstacles.keepOut) if (overlaps(b, k)) n += 20;
  const covered = (at: Point) => at === ownDot || mayCover.some((p) => p[0] === at[0] && p[1] === at[1]);
  for (const d of obstacles.dots) if (!covered(d.at) && dotHitsBox(d.at, d.radius, b)) n += 2;
  for (const line of obstacles.lines) {
    const wide = grow(b, line.halfWidth);
    for (let i = 1; i < line.points.length; i++) {
      if (segmentHitsBox(line.points[i - 1]!, line.points[i]!, wide)) {
        n += 3;
        break;
      }
    }
  }
  return n + segmentHitsAny(leaders, b);
}

/** What a required label may cost and still be placed: below a line through a word (3). */
const TOLERATED = 2;
/** Points within this many pixels of each other may share a group label. Further apart, each keeps its
 * own name (Hekou and Lao Cai, 14 px apart at the closest zoom, were one "Hekou · Lao Cai" there). */
const GROUP_RADIUS = 12;
/** A group label's wrapping width in ems. */
const GROUP_EMS = 13;
/** Places this close read as one blot at this zoom. */
const CROWD_RADIUS = 24;

/** Indexes of points chained together, each within `radius` of another in its chain. */
export function chainsOf(points: Point[], radius: number): number[][] {
  const chains: number[][] = [];
  for (const [i, p] of points.entries()) {
    const near = chains.filter((c) => c.some((j) => Math.hypot(points[j]![0] - p[0], points[j]![1] - p[1]) <= radius));
    const merged = near.flat();
    for (const c of near) chains.splice(chains.indexOf(c), 1);
    chains.push([...merged, i]);
  }
  return chains;
}

/** Neighbours within `radius` of each other, of one key (layer): places of different layers are
 * never named in one label (a reader would take them for one place). */
function groupsOf(items: LabelInput[], radius = GROUP_RADIUS): LabelInput[][] {
  const groups: LabelInput[][] = [];
  for (const item of items) {
    const near = groups.find((g) => g[0]!.groupKey === item.groupKey && g.some((o) => Math.hypot(o.at[0] - item.at[0], o.at[1] - item.at[1]) <= radius));
    if (near) near.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** Lays labels out in the order given (highest priority first). */
export function layoutLabels(inputs: LabelInput[], obstacles: Obstacles): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [];
  const leaders: Segment[] = [];
  const leadersOf = (box: Box, members: { at: Point }[]): Segment[] => members.map((m) => [leaderStart(box, m.at), m.at]);
  const place = (label: PlacedLabel) => {
    placed.push(label);
    boxes.push(grow(label.box, PAD));
    if (label.members) leaders.push(...leadersOf(label.box, label.members));
  };
  const unplace = (label: PlacedLabel) => {
    const i = placed.indexOf(label);
    placed.splice(i, 1);
    boxes.splice(i, 1);
    leaders.splice(0, leaders.length, ...placed.flatMap((l) => (l.members ? leadersOf(l.box, l.members) : [])));
  };
  const storySegments: Segment[] = obstacles.lines.flatMap((l) => l.points.slice(1).map((q, i): Segment => [l.points[i]!, q]));
  /** A leader through a label is as bad as a label over it; across another leader it tangles (1); across a
   * story line it is a thin grey stroke over a coloured one, and reads (a half). */
  const leaderCost = (own: Segment[]) =>
    own
      .map(shortOfMarker)
      .reduce(
        (n, seg) =>
          n +
          10 * boxes.filter((b) => segmentHitsBox(seg[0], seg[1], b)).length +
          leaders.filter((other) => segmentsCross(seg, other)).length +
          storySegments.filter((other) => segmentsCross(seg, other)).length / 2,
        0,
      );
  /** Markers a leader runs through: it reads as pointing at them (Friendship Pass named under Haiphong,
   * its leader through Haiphong's marker, sent readers 150 km south). A side whose leaders do so
   * ranks after every side whose leaders do not, and is never taken: the place waits for a closer
   * zoom or joins its neighbours' label. */
  const markersCrossed = (own: Segment[]) =>
    own.reduce((n, seg) => {
      const short = shortOfMarker(seg);
      const [, place] = seg;
      // A marker beside the place itself is passed by a leader from any side: that one does not count.
      const beside = (at: Point) => Math.hypot(at[0] - place[0], at[1] - place[1]) <= NEIGHBOUR_RADIUS;
      return n + obstacles.dots.filter((dot) => !beside(dot.at) && segmentNearPoint(short, dot.at, dot.radius)).length;
    }, 0);
  /** Another layer's markers nearer a far label than its own places are: the name reads as theirs
   * (Mong Cai's name under Hanoi at 320 px, its leader passing Haiphong). Counted as crossed. A
   * station of its own line nearer is not: the leader picks it out along the line. */
  const markersNearer = (box: Box, members: { at: Point }[], key?: string) => {
    const away = (at: Point) => Math.hypot(...([0, 1] as const).map((k) => leaderStart(box, at)[k] - at[k]));
    const own = Math.min(...members.map((m) => away(m.at)));
    if (own <= FAR_LEADER) return 0;
    const beside = (at: Point) => members.some((m) => Math.hypot(at[0] - m.at[0], at[1] - m.at[1]) <= NEIGHBOUR_RADIUS);
    return obstacles.dots.filter((dot) => dot.key !== undefined && dot.key !== key && !beside(dot.at) && away(dot.at) < own).length;
  };
  const misleads = (box: Box, members: { at: Point }[], key?: string) => markersCrossed(leadersOf(box, members)) + markersNearer(box, members, key);
  /** The least crowded side; for a group label, its leaders must not cross a placed label either. */
  const best = (input: LabelInput, ownDot?: Point, members?: { at: Point }[], limit = Infinity) => {
    let choice: { anchor: Anchor; box: Box; offset: Point; cost: number; rank: number } | null = null;
    for (const anchor of input.anchors) {
      const { box, offset } = boxAt(input, anchor);
      let cost = conflicts(box, boxes, leaders, obstacles, ownDot, input.mayCover) + (input.fits && !input.fits(box) ? 50 : 0);
      const own = members ? leadersOf(box, members) : [];
      if (members) cost += leaderCost(own);
      // Sides beyond the limit rank after every side within it.
      const rank = cost + (members && misleads(box, members, input.groupKey) ? 500 : 0) + (cost > limit ? 1000 : 0);
      if (!choice || rank < choice.rank) choice = { anchor, box, offset, cost, rank };
      if (rank === 0) break;
    }
    return choice!;
  };
  const inView = (p: Point) => inside([p[0], p[1], p[0], p[1]], obstacles.frame);

  /** One label naming the group, beside it, further out if its surroundings are crowded (a longer leader).
   * A cluster too tight for a leader to each member gets one leader, to its middle. */
  const placeGroup = (group: LabelInput[], oneLeader = false) => {
    const xs = group.map((g) => g.at[0]);
    const ys = group.map((g) => g.at[1]);
    const centre: Point = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
    const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 2;
    const names = group.map((g) => g.lines.join(' '));
    // A cluster's names are a list, one per line: narrow enough to fit beside it.
    const lines = group.length === 1 ? group[0]!.lines : oneLeader ? names : listNames(names, GROUP_EMS);
    const input: LabelInput = {
      id: group.map((g) => g.id).join('+'),
      at: centre,
      lines,
      size: group[0]!.size,
      anchors: POINT_ANCHORS,
      gap: spread + 14,
      required: group.some((g) => g.required),
      widthScale: group[0]!.widthScale ?? 1,
      ...(group[0]!.groupKey ? { groupKey: group[0]!.groupKey } : {}),
    };
    const targets = oneLeader ? [{ id: input.id, at: centre }] : group.map((g) => ({ id: g.id, at: g.at }));
    const limit = input.required ? TOLERATED : 0;
    let choice = best(input, undefined, targets, limit);
    // Leaders longer than this lose their place: a name that far off reads as another place's. A
    // cluster's one leader points at a patch of markers, not a dot, and may reach a little further.
    for (const extra of oneLeader ? [24, 48, 72] : [24, 48]) {
      if (choice.rank === 0) break;
      const further = best({ ...input, gap: input.gap + extra }, undefined, targets, limit);
      if (further.rank < choice.rank) choice = further;
    }
    // A place that must be named may have its leader cross a line or graze a marker, but no line
    // runs through its words and no leader through another label: it waits for a closer zoom.
    if (choice.cost > limit || misleads(choice.box, targets, input.groupKey)) return false;
    place({ ...input, anchor: choice.anchor, offset: choice.offset, box: choice.box, members: targets });
    return true;
  };

  // Crowds (three or more places of one layer, each within a few pixels of the next) are the hardest to name, so they
  // are named first among the story's places: as a list beside them with one leader to their middle.
  // A crowd that fits nowhere is named place by place, as any other.
  const crowds = groupsOf(
    inputs.filter((i) => i.groupable && inView(i.at) && !onOwnLine(i, obstacles)),
    CROWD_RADIUS,
  ).filter((g) => g.length >= 3);
  const crowdOf = new Map<LabelInput, LabelInput[]>();
  const placeCrowds = () => {
    for (const crowd of crowds.splice(0)) if (placeGroup(crowd, true)) for (const i of crowd) crowdOf.set(i, crowd);
  };
  // Places that found no clear side: named with their neighbours, with a leader line to each,
  // before any label of lower priority takes their room.
  const ungrouped: LabelInput[] = [];
  const placeUngrouped = () => {
    for (const group of groupsOf(ungrouped)) placeGroup(group);
    ungrouped.length = 0;
  };
  for (let input of inputs) {
    // A layer's places are all named (or grouped) before the next layer's: the manifest's order is the priority.
    if (ungrouped.length && (!input.required || input.groupKey !== ungrouped[0]!.groupKey)) placeUngrouped();
    // Only what is in view is named: where its own point is out of view, at the first of its others in view.
    if (!inView(input.at)) {
      const seen = input.alternatives?.find(inView);
      if (!seen) continue;
      input = { ...input, at: seen };
    }
    if (input.required) placeCrowds();
    if (crowdOf.has(input)) continue;
    const dot = obstacles.dots.find((d) => d.at[0] === input.at[0] && d.at[1] === input.at[1])?.at;
    let choice = best(input, dot);
    // (Its other places are asked for only when its own is not clear: a country's are found on the land.)
    for (const at of choice.cost === 0 ? [] : (input.alternatives ?? [])) {
      if (choice.cost === 0) break;
      if (!inView(at)) continue;
      const there = best({ ...input, at });
      if (there.cost < choice.cost) {
        choice = there;
        input = { ...input, at };
      }
    }
    if (choice.cost === 0 || (input.required && !input.groupable)) {
      place({ id: input.id, at: input.at, lines: input.lines, size: input.size, anchor: choice.anchor, offset: choice.offset, box: choice.box });
    } else if (input.groupable) ungrouped.push(input);
  }
  placeUngrouped();
  joinUnnamed(
    inputs.filter((i) => i.required && i.groupable && inView(i.at)),
    placed,
    { place, unplace, placeGroup },
    obstacles,
  );
  return placed;
}

/** Places strung along their own layer's line (stations) are named one by one beside it, never
 * listed in a cluster's label far from the line. */
function onOwnLine(input: LabelInput, obstacles: Obstacles): boolean {
  const spot = grow([...input.at, ...input.at], 1.5);
  return obstacles.lines.some((l) => l.key === input.groupKey && l.points.slice(1).some((q, k) => segmentHitsBox(l.points[k]!, q, spot)));
}

/** A neighbour's label this far off may take in an unnamed place. */
const JOIN_RADIUS = 64;

type Placer = {
  place: (label: PlacedLabel) => void;
  unplace: (label: PlacedLabel) => void;
  placeGroup: (group: LabelInput[], oneLeader?: boolean) => boolean;
};

/** The places a label names (a one-leader cluster's id joins its members' ids with "+"). */
export const namesOf = (label: PlacedLabel) => (label.members?.map((m) => m.id) ?? [label.id]).flatMap((id) => id.split('+'));

/** A story place still unnamed (its own label and its group's would cross a word or a label) joins
 * the label of its nearest named neighbour of the same layer: that label is laid out again as a
 * group naming both. Where that fits nowhere either, the whole cluster is named in one label with
 * one leader to its middle. Failing that, the labels stay as they were. */
function joinUnnamed(candidates: LabelInput[], placed: PlacedLabel[], { place, unplace, placeGroup }: Placer, obstacles: Obstacles) {
  const byId = new Map(candidates.map((i) => [i.id, i]));
  const unnamed = (input: LabelInput) => !placed.some((l) => namesOf(l).includes(input.id));
  const near = (input: LabelInput) => (m: LabelInput) =>
    m.groupKey === input.groupKey && Math.hypot(m.at[0] - input.at[0], m.at[1] - input.at[1]) <= JOIN_RADIUS;
  const relayout = (old: PlacedLabel[], group: LabelInput[], oneLeader: boolean) => {
    old.forEach(unplace);
    if (!placeGroup(group, oneLeader)) old.forEach(place);
  };
  for (const input of candidates.filter(unnamed)) {
    const nearest = placed
      .map((label) => ({ label, members: namesOf(label).map((id) => byId.get(id)) }))
      .filter((n): n is { label: PlacedLabel; members: LabelInput[] } => n.members.every((m) => m !== undefined && near(input)(m)))
      .sort((a, b) => a.members.length - b.members.length)[0];
    if (nearest) relayout([nearest.label], [...nearest.members, input], false);
  }
  for (const input of candidates.filter((i) => unnamed(i) && !onOwnLine(i, obstacles))) {
    const cluster = candidates.filter((i) => near(input)(i) && !onOwnLine(i, obstacles));
    const ids = new Set(cluster.map((m) => m.id));
    relayout(
      placed.filter((l) => namesOf(l).every((id) => ids.has(id))),
      cluster,
      true,
    );
  }
}

/** Where a leader line leaves a group label: the point of its box nearest the member. */
export function leaderStart(box: Box, member: Point): Point {
  return [Math.max(box[0], Math.min(member[0], box[2])), Math.max(box[1], Math.min(member[1], box[3]))];
}
