// The story state and its controller, in Node with a fake fetch and a fake map: the URL read and
// written, the feature index, selection with its announcement and framing, focus return.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { StoryController, type StoryEnvironment } from '../../src/lib/story-controller.svelte.ts';
import { StoryState } from '../../src/lib/story-state.svelte.ts';
import { resolveLayer } from '../../src/lib/layers/layer.ts';
import type { LayerEntry } from '../../src/lib/types.ts';
import { metresPer100px } from '../../src/lib/map/later/scale.ts';

const text = (en: string) => ({ en, vi: en, zh: en });
const entry = (id: string, kinds: LayerEntry['kinds']): LayerEntry => ({ id, title: text(id), description: text(id), color: '#1f5fa8', kinds });
const LAYERS = [entry('lines', { railway: {} }), entry('places', { station: {} })].map(resolveLayer);

const feature = (id: string, kind: string, geometry: object, precision = 'exact') => ({
  type: 'Feature',
  properties: {
    id,
    name_en: `${id} (en)`,
    name_vi: `${id} (vi)`,
    name_zh: `${id} (zh)`,
    kind,
    precision,
    ...(precision === 'approximate' ? { note_en: 'An estimate.', note_vi: 'Vị trí ước tính.', note_zh: '位置为估计。' } : {}),
    sources: ['s'],
    excerpts: [{ article: 'a', text: 't' }],
  },
  geometry,
});
const DATA: Record<string, unknown> = {
  'data/lines.geojson': {
    type: 'FeatureCollection',
    features: [
      feature('line-a', 'railway', {
        type: 'LineString',
        coordinates: [
          [100, 20],
          [101, 21],
        ],
      }),
    ],
  },
  'data/places.geojson': {
    type: 'FeatureCollection',
    features: [
      feature('place-a', 'station', { type: 'Point', coordinates: [105, 21] }),
      feature('place-b', 'station', { type: 'Point', coordinates: [106, 20] }),
      feature('place-approximate', 'station', { type: 'Point', coordinates: [104, 21] }, 'approximate'),
    ],
  },
  'data/articles.json': [],
  'data/sources.json': [],
};

function fakeFetch(missing: string[] = []): typeof fetch {
  return (async (url: string) => {
    const path = url.replace('http://test/', '');
    if (missing.includes(path) || !(path in DATA)) return new Response('', { status: 404, statusText: 'Not Found' });
    return new Response(JSON.stringify(DATA[path]));
  }) as typeof fetch;
}

/** A controller under an effect root, as a component would create it. */
/** A 1000 × 600 map whose lower half a sheet covers when narrow. */
const MAP_BOX = { left: 0, top: 0, right: 1000, bottom: 600 };
const SHEET = { ...MAP_BOX, top: 300 };
const visibleArea = (narrow: boolean) => () =>
  narrow ? { map: MAP_BOX, free: { ...MAP_BOX, bottom: 300 }, panels: [SHEET] } : { map: MAP_BOX, free: { ...MAP_BOX, right: 960 }, panels: [] };

function start(search = '', options: { missing?: string[]; narrow?: boolean } = {}) {
  const written: string[] = [];
  const env: StoryEnvironment = {
    base: 'http://test/',
    search,
    writeSearch: (s) => written.push(s),
    narrow: () => options.narrow ?? false,
    visibleArea: visibleArea(options.narrow ?? false),
    fetcher: fakeFetch(options.missing),
    webgl: true,
  };
  let controller!: StoryController;
  const stop = $effect.root(() => {
    controller = new StoryController(LAYERS, env);
  });
  return { c: controller, written, stop };
}

function fakeMap() {
  const canvas = { focus: vi.fn() };
  const map = {
    fitBounds: vi.fn(),
    getCanvas: () => canvas,
    once: vi.fn(),
    triggerRepaint: vi.fn(),
    getMaxZoom: () => 10,
    getZoom: () => 5,
    // Everything projects to the map's top-left corner: inside the free part of the map.
    project: () => ({ x: 10, y: 10 }),
  };
  return { map, canvas, asMap: map as unknown as MapLibreMap };
}

const settle = async (c: StoryController) => {
  await vi.waitFor(() => expect(c.story.settled).toBe(true));
  flushSync();
};
const paint = async () => {
  await vi.advanceTimersByTimeAsync(50);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 16));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('StoryState', () => {
  it('reads the view from the URL and notes what it ignores, in the reader’s language', async () => {
    const english = new StoryState(LAYERS, '?layers=places,nope&zoom=3');
    expect(english.notices).toEqual(['Ignored the unknown URL parameter “zoom”.', 'Ignored unknown layer “nope”.']);
    const state = new StoryState(LAYERS, '?layers=places,nope&lang=vi&zoom=3');
    expect(state.visible).toEqual(['places']);
    expect(state.lang).toBe('vi');
    await vi.waitFor(() => expect(state.notices).toEqual(['Đã bỏ qua tham số URL không xác định “zoom”.', 'Đã bỏ qua lớp không xác định “nope”.']));
    expect(state.words.layers).toBe('Lớp');
    expect(state.search).toBe('?layers=places&lang=vi');
  });

  it('indexes every loaded feature with its layer, and names a layer that failed', async () => {
    const state = new StoryState(LAYERS, '');
    await state.load('http://test/', fakeFetch(['data/lines.geojson']));
    expect(state.loads.lines).toEqual({ status: 'error', error: 'data/lines.geojson answered 404 Not Found' });
    expect(state.loads.places?.status).toBe('ready');
    expect(state.index.size).toBe(3);
    expect(state.index.get('place-b')?.layer.id).toBe('places');
    expect(state.index.get('line-a')).toBeNull();
  });

  it('drops a feature id no layer has, with a notice', async () => {
    const state = new StoryState(LAYERS, '?feature=gone');
    await state.load('http://test/', fakeFetch());
    expect(state.selectedId).toBeNull();
    expect(state.notices).toContain('Ignored feature “gone”: no feature on this map has that id.');
  });

  it('setVisible and showOnly keep legend order and ignore unknown ids', () => {
    const state = new StoryState(LAYERS, '');
    state.setVisible('lines', false);
    expect(state.visible).toEqual(['places']);
    state.showOnly(['places', 'lines', 'nope']);
    expect(state.visible).toEqual(['lines', 'places']);
  });
});

describe('StoryController', () => {
  it('selecting a feature announces it, and the URL follows once the frame has painted', async () => {
    const { c, written, stop } = start();
    await settle(c);
    c.select('place-a', null, false);
    flushSync();
    expect(c.story.selected?.feature.properties.id).toBe('place-a');
    expect(c.announcement).toBe('Selected place-a (en) (Railway station).');
    expect(written.at(-1)).not.toBe('?feature=place-a');
    await paint();
    expect(written.at(-1)).toBe('?feature=place-a');
    stop();
  });

  it('writes only the latest state when the view changes faster than frames paint', async () => {
    const { c, written, stop } = start();
    await settle(c);
    await paint();
    const before = written.length;
    c.select('place-a', null, false);
    flushSync();
    c.select('place-b', null, false);
    flushSync();
    c.story.lang = 'zh';
    flushSync();
    await paint();
    expect(written.slice(before)).toEqual(['?feature=place-b&lang=zh']);
    stop();
  });

  it('frames the selection on the map it was handed, and a feature from the URL once', async () => {
    const { c, stop } = start('?feature=line-a');
    const { map, asMap } = fakeMap();
    c.mapWrap = { clientHeight: 600, scrollIntoView: vi.fn(), dataset: {} } as unknown as HTMLElement;
    c.attachMap(asMap);
    await settle(c);
    await vi.waitFor(() => expect(map.fitBounds).toHaveBeenCalledTimes(1));
    expect(map.fitBounds.mock.calls[0]![0]).toEqual([
      [100, 20],
      [101, 21],
    ]);
    // Clear of the controls' column (the 40 px the free part leaves on the right), with a margin
    // of 7% of the free part's shorter side (600 px).
    expect(map.fitBounds.mock.calls[0]![1]).toMatchObject({ padding: { right: 82, left: 42 } });
    c.select('place-a', null, true);
    await vi.waitFor(() => expect(map.fitBounds).toHaveBeenCalledTimes(2));
    // A point is framed at the 20 km scale or closer: 100 px span at most 20 km.
    const exact = metresPer100px(21, map.fitBounds.mock.calls[1]![1].maxZoom);
    expect(exact).toBeLessThanOrEqual(20_000);
    // One the data calls approximate no closer than about 20 km: a closer view claims a precision it lacks.
    c.select('place-approximate', null, true);
    await vi.waitFor(() => expect(map.fitBounds).toHaveBeenCalledTimes(3));
    const approximate = metresPer100px(21, map.fitBounds.mock.calls[2]![1].maxZoom);
    expect(approximate).toBeGreaterThan(exact);
    expect(approximate).toBeGreaterThan(19_000);
    expect(approximate).toBeLessThanOrEqual(20_000);
    c.select('place-a', null, true);
    await vi.waitFor(() => expect(map.fitBounds).toHaveBeenCalledTimes(4));
    // A click on the map does not reframe when the feature is in the free part of the map.
    c.select('place-b', null, false);
    await paint();
    expect(map.fitBounds).toHaveBeenCalledTimes(4);
    stop();
  });

  it('after a click on the map, moves the map only when the sheet covers the feature, never zooming in', async () => {
    const wide = start();
    const desk = fakeMap();
    wide.c.mapWrap = { clientHeight: 600, scrollIntoView: vi.fn(), dataset: {} } as unknown as HTMLElement;
    wide.c.attachMap(desk.asMap);
    await settle(wide.c);
    // Under the controls' column (x beyond the free 960 px), with no panel over the map: stays.
    desk.map.project = () => ({ x: 980, y: 10 });
    wide.c.select('place-a', null, false);
    await paint();
    expect(desk.map.fitBounds).not.toHaveBeenCalled();
    wide.stop();

    const { c, stop } = start('', { narrow: true });
    const { map, asMap } = fakeMap();
    c.mapWrap = { clientHeight: 600, scrollIntoView: vi.fn(), dataset: {} } as unknown as HTMLElement;
    c.attachMap(asMap);
    await settle(c);
    // Under the sheet (y beyond the free 300 px): moves, at the reader's zoom at most.
    map.project = () => ({ x: 500, y: 400 });
    c.select('place-a', null, false);
    await paint();
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
    expect(map.fitBounds.mock.calls[0]![1]).toMatchObject({ maxZoom: 5, padding: { bottom: 321 } });
    stop();
  });

  it('on a narrow screen keeps the feature above the bottom sheet', async () => {
    const { c, stop } = start('', { narrow: true });
    const { map, asMap } = fakeMap();
    const scrollIntoView = vi.fn();
    c.mapWrap = { clientHeight: 600, scrollIntoView, dataset: {} } as unknown as HTMLElement;
    c.attachMap(asMap);
    await settle(c);
    c.select('place-a', null, true);
    await vi.waitFor(() => expect(map.fitBounds.mock.calls.at(-1)?.[1]).toMatchObject({ padding: { bottom: 321, top: 21 } }));
    expect(scrollIntoView).toHaveBeenCalled();
    stop();
  });

  it('closing the panel returns focus to what opened it, or to the map when that is gone', async () => {
    const { c, stop } = start();
    const { canvas, asMap } = fakeMap();
    c.attachMap(asMap);
    await settle(c);
    const row = { isConnected: true, focus: vi.fn() } as unknown as HTMLElement;
    c.select('place-a', row, false);
    c.closePanel();
    expect(c.story.selectedId).toBeNull();
    expect(row.focus).toHaveBeenCalled();
    const removed = { isConnected: false, focus: vi.fn() } as unknown as HTMLElement;
    c.select('place-b', removed, false);
    c.closePanel();
    expect(removed.focus).not.toHaveBeenCalled();
    expect(canvas.focus).toHaveBeenCalled();
    stop();
  });

  it('closing the panel returns focus to the list row shown again in place of the panel (the embed)', async () => {
    const { c, stop } = start();
    const { canvas, asMap } = fakeMap();
    c.attachMap(asMap);
    await settle(c);
    const again = { focus: vi.fn() };
    const asked: string[] = [];
    vi.stubGlobal('CSS', { escape: (s: string) => s });
    vi.stubGlobal('document', { querySelector: (selector: string) => (asked.push(selector), again) });
    const gone = { isConnected: false, focus: vi.fn(), classList: { contains: (n: string) => n === 'row' }, dataset: { featureId: 'place-b' } };
    c.select('place-b', gone as unknown as HTMLElement, false);
    c.closePanel();
    await vi.waitFor(() => expect(again.focus).toHaveBeenCalled());
    expect(asked).toEqual(['button.row[data-feature-id="place-b"]']);
    expect(gone.focus).not.toHaveBeenCalled();
    expect(canvas.focus).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
    stop();
  });

  it('without WebGL the picture is the map and says why', () => {
    const env: StoryEnvironment = {
      base: 'http://test/',
      search: '',
      writeSearch: () => {},
      narrow: () => false,
      visibleArea: visibleArea(false),
      fetcher: fakeFetch(),
      webgl: false,
    };
    let c!: StoryController;
    const stop = $effect.root(() => {
      c = new StoryController(LAYERS, env);
    });
    expect(c.staticReason).toMatch(/WebGL 2.*static picture/);
    stop();
  });
});
