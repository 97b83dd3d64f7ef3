// A story layer: its entry in geo/layers.json with every kind's style resolved once, so the
// MapLibre style, the static SVG and the legend never apply defaults themselves.
import type { Kind, KindStyle, Lang, LayerEntry } from '../types.ts';
import { KIND_STYLES } from './kinds.ts';
import { lineStrokes, type Stroke } from './line-symbol.ts';

/** How the legend draws the layer's swatch, matching its map style. */
export interface LegendSwatch {
  shape: KindStyle['shape'];
  color: string;
  /** Areas: a dashed outline. */
  dashed: boolean;
  marker: string | null;
  /** Lines: the strokes the map draws for them (line-symbol.ts); none for other shapes. */
  strokes: Stroke[];
}

export interface StoryLayer {
  /** The geo file name without `.geojson`; also the `?layers=` value. */
  id: string;
  title: Record<Lang, string>;
  description: Record<Lang, string>;
  /** Lines, outlines and points. */
  color: string;
  /** The kinds of feature in the layer, in the manifest's order. */
  kinds: Kind[];
  /** Each kind's style: the kind's defaults with the layer's changes. */
  styles: Partial<Record<Kind, KindStyle>>;
  swatch: LegendSwatch;
}

export function resolveLayer(entry: LayerEntry): StoryLayer {
  const kinds = Object.keys(entry.kinds) as Kind[];
  const styles = Object.fromEntries(kinds.map((kind) => [kind, { ...KIND_STYLES[kind], ...entry.kinds[kind] }])) as Partial<Record<Kind, KindStyle>>;
  const shown = (entry.swatch ?? kinds.slice(0, 1)).map((kind) => styles[kind] ?? KIND_STYLES[kind]);
  const main = shown[0] ?? KIND_STYLES[kinds[0] ?? 'station'];
  const swatch: LegendSwatch = {
    shape: main.shape,
    color: entry.color,
    dashed: main.shape === 'area' && main.outline === 'dashed',
    marker: main.shape === 'line' ? null : (shown.find((s) => s.marker)?.marker ?? null),
    strokes: main.shape === 'line' ? lineStrokes(main, { planned: false, schematic: false }) : [],
  };
  return { id: entry.id, title: entry.title, description: entry.description, color: entry.color, kinds, styles, swatch };
}

/** The style of a kind in this layer (a kind the layer does not declare gets the defaults). */
export function styleOf(layer: StoryLayer, kind: Kind): KindStyle {
  return layer.styles[kind] ?? KIND_STYLES[kind];
}

/** The layer's kinds drawn with this shape. */
export function kindsShaped(layer: StoryLayer, shape: KindStyle['shape']): Kind[] {
  return layer.kinds.filter((k) => styleOf(layer, k).shape === shape);
}

/** The layer's kinds with one of these label rules. */
export function kindsLabelled(layer: StoryLayer, ...rules: KindStyle['label'][]): Kind[] {
  return layer.kinds.filter((k) => rules.includes(styleOf(layer, k).label));
}

export function dataUrl(layerId: string): string {
  return `data/${layerId}.geojson`;
}
