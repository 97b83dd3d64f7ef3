// What the image's legend lists: the visible layers, each with the swatch the page's legend gives it,
// then the keys to the line styles and symbols those layers draw (the legend's own tables: LINE_KEY,
// symbolKey), so a hidden layer takes its rows with it.
import { KIND_STYLES, LINE_KEY } from '../layers/kinds.ts';
import { lineStrokes } from '../layers/line-symbol.ts';
import { symbolKey } from '../layers/symbol-key.ts';
import type { LegendSwatch, StoryLayer } from '../layers/layer.ts';
import type { Lang } from '../types.ts';
import { en, type Messages } from '../messages/index.ts';

export interface Row {
  swatch: LegendSwatch;
  text: string;
  layer: boolean;
}

/** `inView`: the keys the image's map shows (in-view.ts); without it, every key the layers may need. */
export function legendRows(layers: readonly StoryLayer[], lang: Lang, words: Messages = en, inView?: ReadonlySet<string>): Row[] {
  const rows: Row[] = layers.map((layer) => ({ swatch: layer.swatch, text: layer.title[lang], layer: true }));
  const shown = (key: string) => !inView || inView.has(key);
  for (const row of LINE_KEY) {
    if (!layers.some((layer) => layer.kinds.includes(row.kind)) || !shown(row.key)) continue;
    const swatch: LegendSwatch = { shape: 'line', color: 'currentColor', dashed: false, marker: null, strokes: lineStrokes(KIND_STYLES[row.kind], row) };
    rows.push({ swatch, text: words.lineKey[row.key], layer: false });
  }
  for (const row of symbolKey(layers, words)) if (shown(row.key)) rows.push({ swatch: row.swatch, text: row.words, layer: false });
  return rows;
}
