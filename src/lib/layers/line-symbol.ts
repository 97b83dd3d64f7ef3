// The strokes that draw one line, bottom to top: the one table of line symbols read by the live map's
// style (layer-style.ts), the static picture (build/render/static-svg.ts) and the legend's swatches
// (LayerSwatch.svelte), so the three agree. A railway is a solid line (with ties where its layer
// asks); an expressway a hollow one (its layer's colour either side of a core in the halo colour).
// Status and precision change every symbol alike: long dashes when planned or proposed, thinner and
// paler when its route is not traced (SCHEMATIC_LINE).
import type { KindStyle } from '../types.ts';
import { SCHEMATIC_LINE } from './kinds.ts';

/** What a stroke is drawn in: `casing` and `core` in the map's halo colour (white on light maps, dark on
 * dark ones), `ink` in the layer's colour (the selection colour when selected), `ties` white. */
export type StrokeRole = 'casing' | 'ink' | 'core' | 'ties';

export interface Stroke {
  role: StrokeRole;
  /** In pixels, at rest. */
  width: number;
  opacity: number;
  /** Dash and gap in this stroke's own widths (as MapLibre's line-dasharray), or solid. */
  dash: [number, number] | null;
  cap: 'round' | 'butt';
}

export interface LineVariant {
  /** Planned or proposed (claims are dashed whatever this says). */
  planned: boolean;
  /** Route not traced (`"precision": "schematic"`). */
  schematic: boolean;
}

const CASING_EXTRA = 3;
const CASING_OPACITY = 0.85;

/** The width of a line's ties: what is left of the line after a casing-wide margin, at least a pixel. */
export const tieWidth = (lineWidth: number) => Math.max(1, lineWidth - 2.5);

/** The strokes of a line of this kind's style, bottom to top. */
export function lineStrokes(style: KindStyle, { planned, schematic }: LineVariant): Stroke[] {
  const dashed = planned || style.dashed === 'always';
  const width = schematic ? style.width * SCHEMATIC_LINE.widthScale : style.width;
  const opacity = schematic ? SCHEMATIC_LINE.opacity : 1;
  const dash = dashed ? (schematic ? SCHEMATIC_LINE.plannedDash : style.dash) : null;
  const cap = dash ? 'butt' : 'round';
  const strokes: Stroke[] = [];
  // Only solid traced lines are cased: around dashes a casing runs on between them as a tube, and a
  // schematic line without one reads as "not a surveyed route".
  if (!dash && !schematic) strokes.push({ role: 'casing', width: width + CASING_EXTRA, opacity: CASING_OPACITY, dash: null, cap: 'round' });
  strokes.push({ role: 'ink', width, opacity, dash, cap });
  // The core's dashes keep the ink's lengths in pixels: its pattern is in its own, narrower, widths.
  if (style.core > 0) strokes.push({ role: 'core', width: width * style.core, opacity, dash: dash ? [dash[0] / style.core, dash[1] / style.core] : null, cap });
  if (style.ties && !dash && !schematic) strokes.push({ role: 'ties', width: tieWidth(width), opacity: 1, dash: [1, 3], cap: 'butt' });
  return strokes;
}

/** Every variant a kind of line can be drawn in (a claim is always dashed, so never solid). */
export function lineVariants(style: Pick<KindStyle, 'dashed'>): LineVariant[] {
  const plannedOnly = style.dashed === 'always';
  return [false, true].flatMap((schematic) => (plannedOnly ? [true] : [false, true]).map((planned) => ({ planned, schematic })));
}
