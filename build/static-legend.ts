// The legend as plain HTML for the pre-rendered page: what the reader sees before the script
// runs, or if it never does. The script replaces it with the interactive legend.
import { STORY_LAYERS } from '../src/lib/layers/index.ts';
import { dataUrl, type LegendSwatch } from '../src/lib/layers/layer.ts';
import type { StoryCollection } from '../src/lib/types.ts';
import { escapeHtml } from './html.ts';

/** The same picture as src/components/LayerSwatch.svelte. */
function swatchSvg(s: LegendSwatch): string {
  const dash = (d: string) => (s.dashed ? ` stroke-dasharray="${d}"` : '');
  const shape =
    s.shape === 'line'
      ? `<line x1="2" y1="8" x2="26" y2="8" stroke="#fff" stroke-width="6" stroke-linecap="round"/><line x1="2" y1="8" x2="26" y2="8" stroke="${s.color}" stroke-width="3" stroke-linecap="round"${dash('5 3')}/>` +
        (s.ties ? '<line x1="3" y1="8" x2="25" y2="8" stroke="#fff" stroke-width="1.5" stroke-dasharray="1.5 3.5"/>' : '')
      : s.shape === 'area'
        ? `<rect x="2" y="2" width="24" height="12" fill="${s.color}" fill-opacity="0.3" stroke="${s.color}" stroke-width="2"${dash('4 2')}/>`
        : `<circle cx="14" cy="8" r="6" fill="${s.color}" stroke="#fff" stroke-width="2"/>`;
  const marker = s.marker ? `<text x="14" y="11.5" text-anchor="middle" font-size="9" fill="#fff">${s.marker}</text>` : '';
  return `<svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true">${shape}${marker}</svg>`;
}

const plural = (n: number) => `${n} ${n === 1 ? 'feature' : 'features'}`;

/** The full page's legend: each layer's look, name, feature count, description and data. */
export function staticLegendHtml(layers: Record<string, StoryCollection>): string {
  const items = STORY_LAYERS.filter((l) => layers[l.id])
    .map(
      (l) =>
        `<li>${swatchSvg(l.swatch)} <strong>${escapeHtml(l.title)}</strong> <span>${plural(layers[l.id]!.features.length)}</span>` +
        `<p>${escapeHtml(l.description)} <a href="${dataUrl(l.id)}" download="${l.id}.geojson">Download GeoJSON<span class="visually-hidden"> for ${escapeHtml(l.title)}</span></a></p></li>`,
    )
    .join('');
  return `<section class="static-legend" aria-labelledby="static-legend-title"><h2 id="static-legend-title">Layers</h2><ul>${items}</ul></section>`;
}

/** The embed's one-line legend: swatch and name of each layer. */
export function compactLegendHtml(layers: Record<string, StoryCollection>): string {
  const items = STORY_LAYERS.filter((l) => layers[l.id])
    .map((l) => `<li>${swatchSvg(l.swatch)} ${escapeHtml(l.title)}</li>`)
    .join('');
  return `<ul class="static-legend compact" aria-label="Layers">${items}</ul>`;
}
