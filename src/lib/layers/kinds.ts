// How each kind of feature is drawn, whatever its layer: one table read by the MapLibre style,
// the static SVG and the legend swatch. A layer changes values for its own kinds in geo/layers.json.
import type { Kind, KindStyle } from '../types.ts';
import type { Messages } from '../messages/index.ts';

const line: KindStyle = {
  shape: 'line',
  width: 2.5,
  radius: 5,
  fillOpacity: 0,
  dash: [2, 1.5],
  dashed: 'when-planned',
  outline: 'solid',
  ties: false,
  core: 0,
  marker: null,
  label: 'none',
};
const point: KindStyle = { ...line, shape: 'point', label: 'point' };
const area: KindStyle = { ...line, shape: 'area', fillOpacity: 0.2, label: 'none' };

export const KIND_STYLES: Record<Kind, KindStyle> = {
  railway: { ...line },
  // A road symbol: a hollow line (the layer's colour either side of a core in the map's halo colour),
  // wider than a railway's solid line, so the two read apart in one colour (line-symbol.ts).
  expressway: { ...line, width: 5, core: 0.45 },
  // A claim is never drawn as a boundary: always dashed, and named beside the line.
  'claim-line': { ...line, dash: [3, 2], dashed: 'always', label: 'beside-line' },
  station: { ...point, radius: 5 },
  'border-crossing': { ...point, radius: 6, marker: '×' },
  deposit: { ...point, radius: 7, marker: '◆' },
  'data-centre': { ...point, radius: 8, marker: '■' },
  'cable-landing': { ...point, radius: 7, marker: '▲' },
  region: { ...area, fillOpacity: 0.25 },
  // Disputed island groups: a soft extent (faint fill, dashed outline) only showing where the
  // islands lie, always named with every claimant's name; the islands themselves are points.
  'island-group': { ...area, fillOpacity: 0.06, outline: 'dashed', label: 'always' },
  island: { ...point, radius: 3.5, label: 'none' },
};

/** The side of a square marker (■) over its dot's radius: the live map's glyph (text size 1.5 × the
 * radius) is that big. The picture and the legend draw it as a square, not a glyph: fonts' ■ vary, and
 * a large one left only a ring of the disc (it read as a hollow ring). */
export const SQUARE_MARKER = { glyph: '■', scale: 0.75 } as const;

/** Lines whose route is not known (`"precision": "schematic"`): thinner and paler, solid when built
 * and with long dashes when planned, in the live map, the static picture and the legend alike. Dots
 * are not used: at small sizes they read as the dashes of a planned line. `plannedDash` is in line widths. */
export const SCHEMATIC_LINE = { widthScale: 0.6, opacity: 0.7, plannedDash: [4, 3] as [number, number] };

/** The legend's key to line symbols, one row each, drawn by LayerSwatch from the same strokes as the
 * map (lineStrokes in line-symbol.ts): a railway built and planned, an expressway, a schematic line. */
export const LINE_KEY = [
  { key: 'built', kind: 'railway', planned: false, schematic: false },
  { key: 'planned', kind: 'railway', planned: true, schematic: false },
  { key: 'expressway', kind: 'expressway', planned: false, schematic: false },
  { key: 'schematic', kind: 'railway', planned: false, schematic: true },
] as const satisfies readonly { key: keyof Messages['lineKey']; kind: Kind; planned: boolean; schematic: boolean }[];

/** Kinds always named in every language, whatever the reader chose: disputed places. */
export const ALL_NAMES_KINDS: readonly Kind[] = (Object.keys(KIND_STYLES) as Kind[]).filter((k) => KIND_STYLES[k].label === 'always');
