// The flat story in story.html (build/render/flat-story.ts): each chapter in order with a picture
// framed on its features as the live story map frames them, its layers only, and small enough.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoMercator } from 'd3-geo';
import { buildStoryOutput } from '../../build/render/story-output.ts';
import { fitBoundsFrame, type Bounds } from '../../build/render/static-map/fit-bounds.ts';
import { chapterAnnouncement } from '../../src/lib/chapters/announce.ts';
import { FeatureIndex } from '../../src/lib/feature-index.ts';
import { resolveLayer } from '../../src/lib/layers/layer.ts';
import type { ChapterFile } from '../../src/lib/schema/chapter.ts';
import type { StoryCollection } from '../../src/lib/types.ts';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** Web Mercator in world units (0…1 across), as MapLibre measures a view. */
const unit = geoMercator()
  .scale(1 / (2 * Math.PI))
  .translate([0.5, 0.5]);
const size = ([w, s, e, n]: Bounds) => {
  const [x0, y0] = unit([w, n])!;
  const [x1, y1] = unit([e, s])!;
  return [x1 - x0, y1 - y0] as const;
};

describe('fitBoundsFrame (MapLibre’s fitBounds, as a box)', () => {
  const fit = { padding: 40, maxZoom: 9 };

  it('fits the tighter side exactly, padded, and keeps the frame’s aspect and centre', () => {
    const wide: Bounds = [100, 20, 110, 22];
    const frame = fitBoundsFrame(wide, 640, 420, fit);
    const [fw, fh] = size(frame);
    const [bw] = size(wide);
    expect(fw / fh).toBeCloseTo(640 / 420, 6);
    // East to west fills the width less the padding on each side.
    expect((bw / fw) * 640).toBeCloseTo(640 - 80, 6);
    expect((frame[0] + frame[2]) / 2).toBeCloseTo(105, 6);
    expect(frame[1]).toBeLessThan(20);
    expect(frame[3]).toBeGreaterThan(22);
  });

  it('fits a tall box by its height', () => {
    const tall: Bounds = [105, 10, 106, 25];
    const frame = fitBoundsFrame(tall, 640, 420, fit);
    const [, fh] = size(frame);
    const [, bh] = size(tall);
    expect((bh / fh) * 420).toBeCloseTo(420 - 80, 6);
  });

  it('frames a single point no closer than maxZoom', () => {
    const frame = fitBoundsFrame([106, 21, 106, 21], 640, 420, fit);
    const [fw] = size(frame);
    // At zoom 9 a world is 512 × 2^9 pixels across.
    expect(fw * 512 * 2 ** 9).toBeCloseTo(640, 6);
    expect((frame[0] + frame[2]) / 2).toBeCloseTo(106, 6);
  });
});

describe('the flat story', async () => {
  const output = await buildStoryOutput(root);
  const html = output.pageSlots['<!--story-flat-chapters-->']!;
  const { chapters } = JSON.parse(readFileSync(`${root}/geo/chapters.json`, 'utf8')) as ChapterFile;
  const layers = output.manifest!.layers.map(resolveLayer);
  const index = new FeatureIndex();
  for (const layer of layers) index.add(layer, JSON.parse(readFileSync(`${root}/geo/${layer.id}.geojson`, 'utf8')) as StoryCollection);
  const sections = [...html.matchAll(/<section class="flat-chapter" id="flat-([^"]+)"[^>]*>(.*?)<\/section>/g)].map((m) => ({ id: m[1]!, body: m[2]! }));

  it('has one section per chapter, in order, each with one picture', () => {
    expect(sections.map((s) => s.id)).toEqual(chapters.map((c) => c.id));
    for (const s of sections) expect(s.body.match(/<svg /g), s.id).toHaveLength(1);
  });

  it('draws each chapter’s layers only, its selected feature selected, and says what it shows', () => {
    for (const [i, chapter] of chapters.entries()) {
      const body = sections[i]!.body;
      const drawn = new Set([...body.matchAll(/<g class="layer" data-layer="([^"]+)"/g)].map((m) => m[1]));
      expect([...drawn].sort(), chapter.id).toEqual([...chapter.layers].sort());
      const selected = [...body.matchAll(/<g class="feature [^"]*\bselected\b[^"]*" data-feature-id="([^"]+)"/g)].map((m) => m[1]);
      expect(selected, chapter.id).toEqual(chapter.select ? [chapter.select] : []);
      const label = chapterAnnouncement(chapter, i, chapters.length, { layers, index }, 'en').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      expect(body, chapter.id).toContain(`role="img" aria-label="${label}"`);
    }
  });

  it('frames each chapter on its features: every framing point inside the picture, clear of its edges', () => {
    let checked = 0;
    for (const [i, chapter] of chapters.entries()) {
      const body = sections[i]!.body;
      const [, width, height] = body.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!.map(Number);
      for (const id of chapter.frame) {
        const dot = body.match(new RegExp(`data-feature-id="${id}"><path class="halo-dot" d="M([\\d.-]+) ([\\d.-]+)h0"`));
        if (!dot) continue;
        const [x, y] = [Number(dot[1]), Number(dot[2])];
        checked++;
        expect(x, `${chapter.id}: ${id}`).toBeGreaterThanOrEqual(30);
        expect(x, `${chapter.id}: ${id}`).toBeLessThanOrEqual(width! - 30);
        expect(y, `${chapter.id}: ${id}`).toBeGreaterThanOrEqual(30);
        expect(y, `${chapter.id}: ${id}`).toBeLessThanOrEqual(height! - 30);
      }
    }
    expect(checked, 'framing points found in the pictures').toBeGreaterThanOrEqual(5);
  });

  it('keeps story.html under 40 KB gzipped with its pictures', () => {
    const page = Object.entries(output.pageSlots).reduce((h, [slot, content]) => h.replace(slot, () => content), readFileSync(`${root}/story.html`, 'utf8'));
    expect(page).toContain('class="flat-story"');
    expect(gzipSync(page).length / 1024).toBeLessThanOrEqual(40);
  });
});
