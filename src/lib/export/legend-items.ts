// The image's legend (legend-rows.ts) drawn: its swatches are LayerSwatch itself, mounted off screen and
// copied standalone (inline-svg.ts), so the image draws each symbol exactly as the legend does, in
// light or dark.
import { flushSync, mount, unmount } from 'svelte';
import LayerSwatch from '../../components/LayerSwatch.svelte';
import type { StoryLayer } from '../layers/layer.ts';
import type { Lang } from '../types.ts';
import { inlineSvg } from './inline-svg.ts';
import type { Messages } from '../messages/index.ts';
import { legendRows } from './legend-rows.ts';

export interface LegendItem {
  /** The swatch's drawing, 28 × 16 px. */
  swatch: SVGSVGElement;
  text: string;
  /** A layer's own row (its name), not a row of the keys. */
  layer: boolean;
}

/** The rows with their swatches drawn; `keyColor` is the keys' ink (the legend's muted text). */
export function legendItems(layers: readonly StoryLayer[], lang: Lang, words: Messages, keyColor: string, inView?: ReadonlySet<string>): LegendItem[] {
  const holder = document.createElement('div');
  // In the page, for its styles (the dark tints), but out of sight and out of the accessibility tree.
  holder.setAttribute('aria-hidden', 'true');
  holder.style.setProperty('position', 'fixed');
  holder.style.setProperty('left', '-1000px');
  holder.style.setProperty('top', '0');
  holder.style.setProperty('color', keyColor);
  document.body.append(holder);
  try {
    return legendRows(layers, lang, words, inView).map((row) => {
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
