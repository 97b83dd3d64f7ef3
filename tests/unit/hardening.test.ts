// Hardening against hostile input: embed.js's addresses, message sizes, links that would flood the
// page with notices, and served layer files that differ from the checked ones (issue 21).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEmbedUrl } from '../../src/lib/embed/embed-url.ts';
import { envelope, parseHostMessage, parseMapMessage, withinSizeLimit, MAX_MESSAGE_SIZE } from '../../src/lib/embed/protocol.ts';
import { parseView, MAX_LISTED } from '../../src/lib/url-state.ts';
import { nestsDeeperThan } from '../../src/lib/data/depth.ts';
import { checkLayer, type SeenIds } from '../../src/lib/data/check-layer.ts';
import { fetchJson } from '../../src/lib/data/load.ts';
import { featureBounds } from '../../src/lib/map/later/geometry.ts';
import { rejectedSummary } from '../../src/lib/data/rejected.ts';
import { KINDS, type StoryFeature } from '../../src/lib/types.ts';
import { STORY_LAYERS, LAYER_IDS, PROJECT_ROOT, layerById } from '../shared/layers.ts';
import { withFaults, DEEP, type Collection } from '../shared/served-faults.ts';

const SCRIPT = 'https://maps.example.org/story/embed.js';

describe('embed.js addresses', () => {
  it('accepts http(s) addresses on its own origin, relative or absolute', () => {
    for (const value of [
      'embed.html?layers=south-china-sea',
      '  embed.html  ',
      'https://maps.example.org/story/embed.html#x',
      '/other/embed.html',
      undefined,
      '',
    ]) {
      const checked = checkEmbedUrl(value, SCRIPT);
      expect(checked.ok, String(value)).toBe(true);
      if (checked.ok) expect(checked.url.origin).toBe('https://maps.example.org');
    }
  });

  it('refuses script, data and other-origin addresses however they are written', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '   javascript:alert(1)',
      '\tjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'javascript&colon;alert(1)'.replace('&colon;', ':'), // as the HTML parser hands over `&colon;`
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'blob:https://maps.example.org/1234',
      'about:blank',
      'http://maps.example.org/story/embed.html', // another origin: the scheme differs
      'https://evil.example/embed.html',
      '//evil.example/embed.html',
      'https://maps.example.org.evil.example/embed.html',
      'http://[::1',
    ];
    for (const value of hostile) expect(checkEmbedUrl(value, SCRIPT).ok, JSON.stringify(value)).toBe(false);
  });

  it('treats an unparsed `&colon;` as part of a path on its own origin, which frames nothing foreign', () => {
    const checked = checkEmbedUrl('javascript&colon;alert(1)', SCRIPT);
    expect(checked.ok && checked.url.protocol).toBe('https:');
    expect(checked.ok && checked.url.origin).toBe('https://maps.example.org');
  });
});

describe('embed message size', () => {
  const select = envelope({ type: 'select-feature', id: 'scs-spratly-islands' });

  it('keeps real messages and drops anything larger than the limit, however it is made large', () => {
    expect(parseHostMessage(select)).toEqual({ type: 'select-feature', id: 'scs-spratly-islands' });
    expect(parseHostMessage(envelope({ type: 'set-layers', layers: Array.from({ length: 20 }, (_, i) => `layer-${'x'.repeat(100)}-${i}`) }))).not.toBeNull();
    const large = [
      { ...select, padding: 'x'.repeat(1_000_000) },
      { ...select, padding: Array.from({ length: 100_000 }, () => 1) },
      { ...select, padding: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])) },
      { ...select, [`k${'x'.repeat(MAX_MESSAGE_SIZE)}`]: 1 },
      { ...select, padding: new Map([[1, 2]]) },
      { ...select, padding: new ArrayBuffer(8) },
    ];
    for (const message of large) {
      expect(withinSizeLimit(message)).toBe(false);
      expect(parseHostMessage(message)).toBeNull();
      expect(parseMapMessage({ ...message, type: 'height', height: 300 })).toBeNull();
    }
  });

  it('looks at no more of a huge message than the limit', () => {
    let reads = 0;
    const huge = new Proxy({ ...select }, {}) as Record<string, unknown>;
    for (let i = 0; i < 50_000; i++) Object.defineProperty(huge, `k${i}`, { enumerable: true, get: () => (reads++, 'v') });
    expect(withinSizeLimit(huge)).toBe(false);
    expect(reads).toBeLessThan(MAX_MESSAGE_SIZE);
  });
});

describe('links that would flood the page', () => {
  it('quote a bounded list of unknown layers and parameters, with the rest counted', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `no-such-layer-${i}`);
    const params = Array.from({ length: 2000 }, (_, i) => `p${i}=1`).join('&');
    const { notices, state } = parseView(`?layers=${LAYER_IDS[0]},${ids.join(',')}&${params}`, LAYER_IDS);
    expect(state.layers).toEqual([LAYER_IDS[0]]);
    expect(notices).toHaveLength(2);
    expect(notices.join(' ')).toContain(`and ${(10_000 - MAX_LISTED).toLocaleString('en')} more`);
    expect(notices.join(' ')).toContain(`and ${(2000 - MAX_LISTED).toLocaleString('en')} more`);
    for (const n of notices) expect(n.length).toBeLessThan(400);
  });
});

describe('nesting depth', () => {
  it('is bounded without recursion, even 100,000 deep', () => {
    let deep: unknown = [1, 2];
    for (let i = 0; i < DEEP; i++) deep = [deep];
    expect(nestsDeeperThan(deep, 8)).toBe(true);
    expect(nestsDeeperThan({ a: [[[[1]]]] }, 8)).toBe(false);
    expect(nestsDeeperThan([[1]], 1)).toBe(false);
    expect(nestsDeeperThan([[[1]]], 1)).toBe(true);
  });
});

describe('served layer files checked in the browser', () => {
  const raw = (id: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, 'geo', `${id}.geojson`), 'utf8')) as Collection;
  const collections = Object.fromEntries(LAYER_IDS.map((id) => [id, raw(id)]));

  it('keeps every feature of the checked data', async () => {
    const seen: SeenIds = new Map();
    for (const layer of STORY_LAYERS) {
      const result = await checkLayer(collections[layer.id], layer, seen);
      expect(result.ok && result.rejected, layer.id).toEqual([]);
      expect(result.ok && result.collection.features.length).toBe(collections[layer.id]!.features.length);
    }
  });

  it('leaves out each faulty feature with its reason, keeps the rest, and refuses duplicate ids within and across layers', async () => {
    const corpus = withFaults(collections, (id) => layerById(id).kinds, KINDS);
    const seen: SeenIds = new Map();
    const rejected: { layer: string; id: string; reason: string }[] = [];
    let kept = 0;
    for (const layer of STORY_LAYERS) {
      const result = await checkLayer(corpus.files[layer.id], layer, seen);
      if (!result.ok) throw new Error(result.error);
      rejected.push(...result.rejected.map((r) => ({ layer: layer.id, ...r })));
      kept += result.collection.features.length;
      const ids = result.collection.features.map((f) => f.properties.id);
      expect(new Set(ids).size, 'no duplicate ids kept').toBe(ids.length);
    }
    for (const fault of corpus.faults) {
      const found = rejected.find((r) => r.layer === fault.layer && r.id === fault.id);
      expect(found?.reason, fault.name).toMatch(fault.reason);
    }
    expect(rejected.filter((r) => r.id === corpus.crossLayerId && /duplicate id/.test(r.reason))).toHaveLength(1);
    const served = LAYER_IDS.reduce((n, id) => n + corpus.files[id]!.features.length, 0);
    expect(rejected).toHaveLength(corpus.faults.length + 1);
    expect(kept).toBe(served - rejected.length);
    expect(seen.has(corpus.manyExcerptsId)).toBe(true);
  });

  it('says what was left out in one bounded sentence', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `f-${i}`, reason: 'x'.repeat(1000) }));
    const summary = rejectedSummary(many);
    expect(summary).toContain('5,000 features were left out');
    expect(summary).toContain('and 4,995 more');
    expect(summary.length).toBeLessThan(1500);
  });

  it('refuses a file that is not a FeatureCollection as a whole', async () => {
    expect(await checkLayer({ features: 'x' }, STORY_LAYERS[0]!, new Map())).toEqual({ ok: false, error: 'not a GeoJSON FeatureCollection' });
  });
});

describe('framing never throws', () => {
  const boxed = (bbox: unknown) =>
    ({ type: 'Feature', bbox, properties: {}, geometry: { type: 'Point', coordinates: [105.8, 21] } }) as unknown as StoryFeature;
  it('gives no bounds for a missing, short, NaN, 1e308, null or inverted box, and bounds for a sound one', () => {
    for (const b of [
      undefined,
      'x',
      [],
      [105.8, 21, 105.8],
      [Number.NaN, 20, 106, 21],
      [1e308, 20, 106, 21],
      [null, 20, 106, 21],
      [100, 20, 106, Infinity],
      [106, 20, 105, 21],
    ]) {
      expect(featureBounds(boxed(b)), JSON.stringify(b)).toBeNull();
    }
    expect(featureBounds(boxed([105.8, 21, 105.8, 21]))).toEqual([
      [105.8, 21],
      [105.8, 21],
    ]);
  });

  it('measures the box of a checked file itself: a lying bbox is replaced', async () => {
    const layer = STORY_LAYERS.find((l) => l.kinds.includes('station'))!;
    const source = JSON.parse(readFileSync(join(PROJECT_ROOT, 'geo', `${layer.id}.geojson`), 'utf8')) as { features: StoryFeature[] };
    const point = source.features.find((f) => f.geometry.type === 'Point')!;
    const [lon, lat] = (point.geometry as { coordinates: number[] }).coordinates as [number, number];
    const checked = await checkLayer({ type: 'FeatureCollection', features: [{ ...point, bbox: [0, 0, 1, 1] }] }, layer, new Map());
    expect(checked.ok && checked.collection.features[0]!.bbox).toEqual([lon, lat, lon, lat]);
  });
});

describe('a body that never ends', () => {
  it('is reported as a timeout, not as invalid JSON', async () => {
    const neverEnds: typeof fetch = async () =>
      new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"type":"FeatureCollection",')) }), {
        status: 200,
      });
    const result = await fetchJson('https://x.example/data/layer.geojson', () => null, neverEnds, 50);
    expect(result).toEqual({ ok: false, error: 'could not fetch data/layer.geojson (no complete answer in 0.05 s)' });
  });

  it('still reads a body that ends in time', async () => {
    const result = await fetchJson(
      'https://x.example/data/a.json',
      () => null,
      async () => new Response('[1]'),
      1000,
    );
    expect(result).toEqual({ ok: true, value: [1] });
  });
});
