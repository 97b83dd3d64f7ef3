// The legend's key to the map's point and outline symbols (the line styles have their own key,
// LINE_KEY): one row per symbol the layers draw, from the layers' kinds and colours, so a layer
// added in geo/layers.json brings its symbols with it.
import type { Kind } from '../types.ts';
import { en, type Messages } from '../messages/index.ts';
import { styleOf, type LegendSwatch, type StoryLayer } from './layer.ts';
import { lineStrokes } from './line-symbol.ts';
import { mixWithWhite } from '../labels/tint.ts';
import { APPROXIMATE_PERCENT } from '../map/layer-style.ts';

export interface SymbolRow {
  key: string;
  swatch: LegendSwatch;
  words: string;
}

/** Kinds keyed here: the line key covers routes, and a region is its layer's own swatch. */
const KEYED = (kind: Kind) => kind !== 'railway' && kind !== 'expressway' && kind !== 'region';

export function symbolKey(layers: readonly StoryLayer[], m: Messages = en): SymbolRow[] {
  const rows = layers.flatMap((layer) =>
    layer.kinds.filter(KEYED).map((kind): SymbolRow => {
      const style = styleOf(layer, kind);
      const swatch: LegendSwatch = {
        shape: style.shape,
        color: layer.color,
        dashed: style.shape === 'area' && style.outline === 'dashed',
        marker: style.marker,
        strokes: style.shape === 'line' ? lineStrokes(style, { planned: false, schematic: false }) : [],
      };
      return { key: `${layer.id}:${kind}`, swatch, words: m.kinds[kind] };
    }),
  );
  // Estimated positions are drawn paler (their colour mixed with white, as on the map): keyed once, on the first plain dot.
  const dot = rows.find((r) => r.swatch.shape === 'point' && !r.swatch.marker);
  if (dot)
    rows.push({
      key: 'approximate',
      swatch: { ...dot.swatch, color: mixWithWhite(dot.swatch.color, APPROXIMATE_PERCENT) },
      words: m.estimatedKey,
    });
  return rows;
}
