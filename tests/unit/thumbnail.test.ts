// The social card and oEmbed thumbnail, decoded: the size social networks ask for, the map's colours,
// and its names drawn in the fonts the build ships (a missing font would leave the names out).
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { readStoryFiles } from '../../build/gate/read-story.ts';
import { validateStory } from '../../build/gate/validate-story.ts';
import { buildBasemap } from '../../build/render/basemap.ts';
import { CARD, cardSvg, inCapitals } from '../../build/render/thumbnail/card-svg.ts';
import { rasterise } from '../../build/render/thumbnail/rasterise.ts';
import { LIGHT } from '../../src/lib/map/basemap-style.ts';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const story = validateStory(readStoryFiles(root));
const basemap = buildBasemap();
const svg = cardSvg({ ...basemap, labels: story.labels! }, story.layers, story.collections, 'Map');
const png = PNG.sync.read(Buffer.from(rasterise(svg)));

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
/** Pixels within a small distance of a colour (anti-aliasing blends edges). */
function count(image: PNG, color: string, tolerance = 12): number {
  const [r, g, b] = hex(color);
  let n = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (Math.abs(image.data[i]! - r!) + Math.abs(image.data[i + 1]! - g!) + Math.abs(image.data[i + 2]! - b!) <= tolerance) n++;
  }
  return n;
}

describe('the card', () => {
  it('is 1200 × 630, opaque, sea and land, every story layer in its colour', () => {
    expect([png.width, png.height]).toEqual([CARD.width, CARD.height]);
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) throw new Error(`a transparent pixel at ${(i - 3) / 4}`);
    const total = png.width * png.height;
    expect(count(png, LIGHT.sea) / total).toBeGreaterThan(0.1);
    expect(count(png, LIGHT.land) / total).toBeGreaterThan(0.2);
    for (const layer of story.layers) expect(count(png, layer.color, 24), layer.id).toBeGreaterThan(40);
  });

  it('names places: the same card without its text differs where the names are', () => {
    const bare = PNG.sync.read(Buffer.from(rasterise(svg.replace(/<text[^>]*>.*?<\/text>/g, ''))));
    let changed = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] !== bare.data[i] || png.data[i + 1] !== bare.data[i + 1]) changed++;
    // Names are a few per cent of the card; without a font resvg draws none and nothing changes.
    expect(changed / (png.width * png.height)).toBeGreaterThan(0.02);
    // The country names' colour is text only.
    expect(count(png, LIGHT.countryLabel, 6)).toBeGreaterThan(200);
    expect(count(bare, LIGHT.countryLabel, 6)).toBe(0);
  });

  it('lays out the names as the picture does, in English, countries in capitals', () => {
    expect(svg).toContain('lang="en"');
    expect(svg).toMatch(/>Kunming</);
    expect(svg).toMatch(/class="country [^"]*"[^>]*><tspan[^>]*>CHINA</);
    expect(svg).not.toMatch(/data-lang="(vi|zh)"/);
    expect(inCapitals('<text class="country middle" y="1"><tspan x="1">Laos &amp; co</tspan></text><text class="city start"><tspan>Hanoi</tspan></text>')).toBe(
      '<text class="country middle" y="1"><tspan x="1">LAOS &amp; CO</tspan></text><text class="city start"><tspan>Hanoi</tspan></text>',
    );
  });
});
