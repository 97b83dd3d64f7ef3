// The image's legend: the visible layers, each with the swatch the page's legend gives it, then the
// keys to their line styles and symbols (the same tables as the legend: LINE_KEY, symbolKey). The
// swatches are LayerSwatch itself, mounted off screen and copied standalone (inline-svg.ts), so the
// image draws each symbol exactly as the legend does, in light or dark.
import { flushSync, mount, unmount } from 'svelte';
import LayerSwatch from '../../components/LayerSwatch.svelte';
import { KIND_STYLES, LINE_KEY } from '../layers/kinds.ts';
import { lineStrokes } from '../layers/line-symbol.ts';
import { symbolKey } from '../layers/symbol-key.ts';
import type { LegendSwatch, StoryLayer } from '../layers/layer.ts';
import type { Lang } from '../types.ts';
import { inlineSvg } from './inline-svg.ts';

export interface LegendItem {
  /** The swatch's drawing, 28 × 16 px. */
  swatch: SVGSVGElement;
  text: string;
  /** A layer's own row (its name), not a row of the keys. */
  layer: boolean;
}

interface Row {
  swatch: LegendSwatch;
  text: string;
  layer: boolean;
}

export function legendRows(layers: readonly StoryLayer[], lang: Lang): Row[] {
  const rows: Row[] = layers.map((layer) => ({ swatch: layer.swatch, text: layer.title[lang], layer: true }));
  for (const row of LINE_KEY) {
    if (!layers.some((layer) => layer.kinds.includes(row.kind))) continue;
    const swatch: LegendSwatch = { shape: 'line', color: 'currentColor', dashed: false, marker: null, strokes: lineStrokes(KIND_STYLES[row.kind], row) };
    rows.push({ swatch, text: row.words, layer: false });
  }
  for (const row of symbolKey(layers)) rows.push({ swatch: row.swatch, text: row.words, layer: false });
  return rows;
}

/** The rows with their swatches drawn; `keyColor` is the keys' ink (the legend's muted text). */
export function legendItems(layers: readonly StoryLayer[], lang: Lang, keyColor: string): LegendItem[] {
  const holder = document.createElement('div');
  // In the page, for its styles (the dark tints), but out of sight and out of the accessibility tree.
  holder.setAttribute('aria-hidden', 'true');
  holder.style.setProperty('position', 'fixed');
  holder.style.setProperty('left', '-1000px');
  holder.style.setProperty('top', '0');
  holder.style.setProperty('color', keyColor);
  document.body.append(holder);
  try {
    return legendRows(layers, lang).map((row) => {
      const component = mount(LayerSwatch, { target: holder, props: { swatch: row.swatch } });
      flushSync();
      const swatch = inlineSvg(holder.querySelector('svg')!, 1);
      void unmount(component);
      holder.replaceChildren();
      return { swatch, text: row.text, layer: row.layer };
    });
  } finally {
    holder.remove();
  }
}
