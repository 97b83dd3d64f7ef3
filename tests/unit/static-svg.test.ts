// The build-time picture inlined in index.html and embed.html: every feature, honest names,
// the same projection as the live map, no inline styles or scripts, and small enough.
import { KIND_STYLES, LINE_KEY, SCHEMATIC_LINE, SQUARE_MARKER } from '../../src/lib/layers/kinds.ts';
import { en } from '../../src/lib/messages/en.ts';
import { lineStrokes } from '../../src/lib/layers/line-symbol.ts';
import { STORY_LAYERS } from '../../src/lib/layers/index.ts';
import { styleOf } from '../../src/lib/layers/layer.ts';
import type { Kind } from '../../src/lib/types.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildStoryOutput } from '../../build/render/story-output.ts';
import { storyFrame } from '../../build/render/static-map/render.ts';
import { LANGS } from '../../src/lib/types.ts';
import { readLayers } from '../../build/gate/read-layers.ts';
import { stackRank } from '../../src/lib/map/layer-order.ts';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const output = await buildStoryOutput(root);
const svg = output.pageSlots['<!--story-map-svg-->']!;
const layers = readLayers(root).map((l) => l.id);
const features = layers.flatMap(
  (id) =>
    JSON.parse(readFileSync(`${root}/geo/${id}.geojson`, 'utf8')).features as {
      properties: Record<string, string>;
      geometry: { type: string; coordinates: number[] };
    }[],
);

/** The text of every label group in a language: the main map's and the locator inset's (large screens). */
function labelsIn(lang: string, kind = '(?: large)?'): string {
  const groups = [...svg.matchAll(new RegExp(`<g class="labels${kind}" data-lang="${lang}"[^>]*>(.*?)</g>`, 'g'))].map((m) => m[1]);
  const group = groups.join(' ');
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return group
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, (e) => entities[e] ?? e)
    .replace(/\s+/g, ' ');
}

describe('the pre-rendered map', () => {
  it('draws every feature of every layer', () => {
    for (const id of layers) expect(svg).toContain(`data-layer="${id}"`);
    for (const f of features) expect(svg, f.properties.id).toContain(`data-feature-id="${f.properties.id}"`);
  });

  it('draws areas, then lines, then points, the manifest’s first layer on top in each band (no station under another layer’s line)', () => {
    const main = svg.slice(0, svg.indexOf('</svg>'));
    const groups = [...main.matchAll(/<g class="layer" data-layer="([^"]+)" data-band="([^"]+)"[^>]*>/g)].map((m) => ({ layer: m[1]!, band: m[2]! }));
    const rank = (g: { layer: string; band: string }) => ['area', 'line', 'point'].indexOf(g.band) * 100 + stackRank(layers.indexOf(g.layer), layers.length);
    expect(groups.some((g) => g.band === 'point')).toBe(true);
    expect(groups.map(rank)).toEqual([...groups.map(rank)].sort((a, b) => a - b));
    for (const id of layers)
      expect(
        groups.some((g) => g.layer === id),
        id,
      ).toBe(true);
  });

  it('names disputed islands with every claimant’s name and labels the claim line as a claim, in each language', () => {
    const disputed = features.filter((f) => f.properties.kind === 'island-group');
    const claims = features.filter((f) => f.properties.kind === 'claim-line');
    expect(disputed.length).toBeGreaterThan(1);
    expect(claims.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const text = labelsIn(lang) + labelsIn(lang, ' small');
      for (const f of disputed)
        for (const l of LANGS) expect(text, `${lang}: ${f.properties.id} in ${l}`).toContain(f.properties[`label_${l}`] ?? f.properties[`name_${l}`]!);
      for (const f of claims) expect(text, `${lang}: ${f.properties.id}`).toContain(f.properties[`label_${lang}`] ?? f.properties[`name_${lang}`]!);
    }
    expect(labelsIn('en')).toMatch(/claim/i);
  });

  it('puts points where the live map’s projection puts them (the story’s bounds fill the viewBox)', () => {
    const frame = storyFrame();
    expect(svg).toContain(`viewBox="0 0 ${frame.width} ${frame.height}"`);
    for (const f of features.filter((g) => g.geometry.type === 'Point')) {
      const [x, y] = frame.projection(f.geometry.coordinates as [number, number])!;
      const drawn = svg.match(new RegExp(`data-feature-id="${f.properties.id}"[^>]*><path class="halo-dot" d="M([-\\d.]+) ([-\\d.]+)h0"`));
      expect(drawn, f.properties.id).not.toBeNull();
      expect(Math.abs(Number(drawn![1]) - x), f.properties.id).toBeLessThanOrEqual(0.05);
      expect(Math.abs(Number(drawn![2]) - y), f.properties.id).toBeLessThanOrEqual(0.05);
    }
  });

  it('draws schematic lines thinner and paler, never dotted: solid when built, long dashes when planned', () => {
    const schematic = features.filter((f) => f.properties.precision === 'schematic');
    expect(schematic.length, 'the data has schematic lines').toBeGreaterThan(0);
    for (const f of schematic) {
      const group = svg.match(new RegExp(`<g class="([^"]*)" data-feature-id="${f.properties.id}"[^>]*>(.*?)</g>`));
      expect(group?.[1], f.properties.id).toContain('schematic');
      expect(group?.[2], f.properties.id).toContain(`stroke-opacity="${SCHEMATIC_LINE.opacity}"`);
      const planned = f.properties.status === 'planned' || f.properties.status === 'proposed';
      if (planned) expect(group?.[2], f.properties.id).toMatch(/class="stroke"[^>]*stroke-dasharray="[\d.]+ [\d.]+"/);
      else expect(group?.[2], f.properties.id).not.toContain('stroke-dasharray');
      expect(group?.[2], `${f.properties.id} has no railway ties or casing`).not.toMatch(/class="(tie|casing)"/);
    }
  });

  it('cases solid lines only, as the live map does', () => {
    const groups = [...svg.matchAll(/<g class="feature line( dashed| schematic)?[^"]*" data-feature-id="[^"]+"[^>]*>(.*?)<\/g>/g)];
    expect(groups.some((g) => g[1] === ' dashed')).toBe(true);
    for (const g of groups) expect(g[2]!.includes('class="casing"'), g[0].slice(0, 80)).toBe(g[1] === undefined);
  });

  it('draws each line with the strokes of the table of line symbols: expressways hollow (with a core), railways solid', () => {
    const lines = features.filter((f) => f.geometry.type === 'LineString');
    const kinds = new Set(lines.map((f) => f.properties.kind));
    expect(kinds.has('expressway') && kinds.has('railway')).toBe(true);
    for (const f of lines) {
      const layer = STORY_LAYERS.find((l) => readFileSync(`${root}/geo/${l.id}.geojson`, 'utf8').includes(`"id": "${f.properties.id}"`))!;
      const group = svg.match(new RegExp(`<g class="[^"]*" data-feature-id="${f.properties.id}"[^>]*>(.*?)</g>`))?.[1] ?? '';
      const drawn = [...group.matchAll(/<path class="([a-z]+)"[^>]*stroke-width="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])]);
      const planned = f.properties.status === 'planned' || f.properties.status === 'proposed';
      const strokes = lineStrokes(styleOf(layer, f.properties.kind as Kind), { planned, schematic: f.properties.precision === 'schematic' });
      const classes = { casing: 'casing', ink: 'stroke', core: 'core', ties: 'tie' } as const;
      expect(drawn, f.properties.id).toEqual(strokes.map((s) => [classes[s.role], Math.round(s.width * 100) / 100]));
      expect(group.includes('class="core"'), f.properties.id).toBe(f.properties.kind === 'expressway');
    }
  });

  it('keeps a road’s core in the halo colour when selected (only its ink takes the selection colour)', () => {
    const css = readFileSync(`${root}/src/static-map.css`, 'utf8');
    expect(css).toMatch(/\.story-svg :is\(\.casing, \.core\) \{\s*[^}]*stroke: var\(--halo\)/);
    const selectedRule = css.match(/([^}]*)\{\s*stroke: var\(--select\)/)?.[1] ?? '';
    expect(selectedRule).toMatch(/\.selected(:not\(\.schematic\))? \.stroke/);
    expect(selectedRule).not.toContain('.core');
  });

  it('the legend keys each line symbol in a row, drawn with the strokes the map draws', () => {
    const legend = output.pageSlots['<!--story-legend-->']!;
    const lineKey = legend.slice(legend.indexOf('aria-label="Line styles"')).split('</ul>')[0]!;
    const rows = [...lineKey.matchAll(/<li data-key="([a-z]+)"[^>]*>(.*?)<\/li>/gs)];
    expect(rows.map((r) => r[1])).toEqual(LINE_KEY.map((r) => r.key));
    for (const [i, row] of LINE_KEY.entries()) {
      const html = rows[i]![2]!;
      expect(html, row.key).toContain(en.lineKey[row.key]);
      const lines = [...html.matchAll(/<line[^>]*>/g)].map((m) => m[0]);
      const strokes = lineStrokes(KIND_STYLES[row.kind], row);
      expect(lines.length, row.key).toBe(strokes.length);
      strokes.forEach((s, j) => {
        expect(lines[j], `${row.key} ${s.role}`).toContain(`stroke-width="${s.width}"`);
        if (s.dash) expect(lines[j], `${row.key} ${s.role}`).toContain(`stroke-dasharray="${s.dash[0] * s.width} ${s.dash[1] * s.width}"`);
        else expect(lines[j], `${row.key} ${s.role}`).not.toContain('stroke-dasharray');
      });
    }
    // Rail and road read apart: the road's swatch has a core, the railway's none.
    const roles = (key: string) =>
      lineStrokes(
        KIND_STYLES[LINE_KEY.find((r) => r.key === key)!.kind],
        LINE_KEY.find((r) => r.key === key)!,
      ).map((s) => s.role);
    expect(roles('expressway')).toContain('core');
    expect(roles('built')).not.toContain('core');
  });

  it('draws a square marker as a square the size of the live map’s glyph, in the picture and the legend alike (not a font’s ■)', () => {
    const layer = STORY_LAYERS.find((l) => l.kinds.some((k) => styleOf(l, k).marker === SQUARE_MARKER.glyph))!;
    const kind = layer.kinds.find((k) => styleOf(layer, k).marker === SQUARE_MARKER.glyph)!;
    const f = features.find((g) => g.properties.kind === kind)!;
    const group = svg.match(new RegExp(`data-feature-id="${f.properties.id}"[^>]*>(.*?)</g>`))?.[1] ?? '';
    expect(group).not.toContain(SQUARE_MARKER.glyph);
    const side = SQUARE_MARKER.scale * styleOf(layer, kind).radius;
    expect(group).toMatch(new RegExp(`<rect class="marker" [^>]*width="${side}" height="${side}"`));
    const legend = output.pageSlots['<!--story-legend-->']!;
    const swatch = legend.match(new RegExp(`data-layer-id="${layer.id}"[^]*?</svg>`))?.[0] ?? '';
    const r = Number(swatch.match(/<circle[^>]* r="([\d.]+)"/)?.[1]);
    expect(Number(swatch.match(/<rect[^>]* width="([\d.]+)"/)?.[1]) / r).toBeCloseTo(SQUARE_MARKER.scale);
    expect(swatch).not.toContain(SQUARE_MARKER.glyph);
  });

  it('needs no inline style or script, so the strict CSP holds', () => {
    for (const slot of Object.values(output.pageSlots)) {
      expect(slot).not.toMatch(/\sstyle=|<style|<script|\son[a-z]+=|javascript:/i);
    }
  });

  it('keeps each page’s HTML with its picture under 30 KB gzipped', () => {
    for (const page of ['index.html', 'embed.html']) {
      const html = Object.entries(output.pageSlots).reduce((h, [slot, content]) => h.replace(slot, () => content), readFileSync(`${root}/${page}`, 'utf8'));
      expect(html).toContain('class="story-svg"');
      expect(gzipSync(html).length / 1024, page).toBeLessThanOrEqual(30);
    }
  });
});
