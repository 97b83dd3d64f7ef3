// The legends painted before any script: the app's own Legend and CompactLegend components,
// rendered to HTML at build time. Loaded through Vite (see prerender.ts), which compiles them.
import { render } from 'svelte/server';
import Legend from '../../src/components/Legend.svelte';
import CompactLegend from '../../src/components/CompactLegend.svelte';
import type { StoryLayer } from '../../src/lib/layers/layer.ts';
import type { LayerLoad } from '../../src/lib/story-state.svelte.ts';
import type { StoryCollection } from '../../src/lib/types.ts';

export function legendsHtml(layers: readonly StoryLayer[], collections: Record<string, StoryCollection>): { full: string; compact: string } {
  const present = layers.filter((l) => collections[l.id]);
  const loads: Record<string, LayerLoad> = Object.fromEntries(present.map((l) => [l.id, { status: 'ready', collection: collections[l.id]!, rejected: [] }]));
  return {
    full: render(Legend, { props: { layers: present, loads, base: '' } }).body,
    compact: render(CompactLegend, { props: { layers: present, loads } }).body,
  };
}
