// The build-time picture inlined in index.html and embed.html: every feature, honest names,
// the same projection as the live map, no inline styles or scripts, and small enough.
import { SCHEMATIC_LINE } from '../../src/lib/layers/kinds.ts';
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
