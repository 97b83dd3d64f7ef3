// The light embed's intent (src/lib/embed/live-intent.svelte.ts) and what the controller does for it:
// the live map's code is fetched once, on the reader's intent only, never without WebGL; a control's
// move waits for the live map it asked for; the articles' credits and sources wait until asked for.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LiveOnIntent } from '../../src/lib/embed/live-intent.svelte.ts';
import { StoryController } from '../../src/lib/story-controller.svelte.ts';
import { en } from '../../src/lib/messages/en.ts';

/** A controller as far as LiveOnIntent uses it. */
function fakeController(staticReason: string | null = null) {
  return { staticReason, wantLive: () => {}, mapFailed: vi.fn() } as unknown as StoryController & { mapFailed: ReturnType<typeof vi.fn> };
}

const LiveMap = (() => {}) as never;

function watched(staticReason: string | null = null) {
  const c = fakeController(staticReason);
  const load = vi.fn(async () => ({ startLiveMap: () => LiveMap }));
  const live = new LiveOnIntent(c, load);
  const area = new EventTarget();
  const stop = live.watch(area as unknown as HTMLElement);
  const fire = (type: string, pointerType?: string) => area.dispatchEvent(Object.assign(new Event(type), { pointerType }));
  return { c, live, load, fire, stop };
}

describe('LiveOnIntent', () => {
  it('waits: a swipe of a finger (down, moved, never lifted here) is not intent', () => {
    const { live, load, fire } = watched();
    fire('pointerdown', 'touch');
    fire('pointermove', 'touch');
    fire('pointercancel', 'touch');
    expect(live.wanted).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });

  it.each([
    ['a tap', 'pointerup', 'touch'],
    ['a mouse moving over the map', 'pointermove', 'mouse'],
    ['a pen pressed on it', 'pointerdown', 'pen'],
    ['focus entering it', 'focusin', undefined],
  ])('starts the live map on %s, once', async (_, type, pointerType) => {
    const { live, load, fire } = watched();
    fire(type, pointerType);
    fire(type, pointerType);
    expect(live.wanted).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(live.component).toBe(LiveMap));
  });

  it('listens no more once stopped', () => {
    const { live, fire, stop } = watched();
    stop();
    fire('pointermove', 'mouse');
    expect(live.wanted).toBe(false);
  });

  it('loads nothing where the picture is the map for good (no WebGL)', () => {
    const { live, load, fire } = watched('Your browser cannot show the interactive map.');
    fire('focusin');
    live.start();
    expect(load).not.toHaveBeenCalled();
    expect(live.wanted).toBe(false);
  });

  it('says so when the live map’s code cannot load, and the picture stays', async () => {
    const c = fakeController();
    const live = new LiveOnIntent(c, () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    live.start();
    await vi.waitFor(() => expect(c.mapFailed).toHaveBeenCalled());
    const why = c.mapFailed.mock.calls[0]![0] as (m: typeof en) => string;
    expect(why(en)).toBe('The interactive map could not load (Failed to fetch dynamically imported module).');
    expect(live.component).toBeNull();
  });

  it('is what the controller asks when a control needs the live map', () => {
    const c = fakeController();
    const live = new LiveOnIntent(c, async () => ({ startLiveMap: () => LiveMap }));
    c.wantLive();
    expect(live.wanted).toBe(true);
  });
});

describe('StoryController for the light embed', () => {
  // The controller writes the URL after the next paint.
  beforeEach(() => vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 16)));
  afterEach(() => vi.unstubAllGlobals());
  const fetched: string[] = [];
  const fetcher = (async (url: string) => {
    fetched.push(url.replace('http://test/', ''));
    return new Response(url.endsWith('.json') ? '[]' : JSON.stringify({ type: 'FeatureCollection', features: [] }));
  }) as typeof fetch;
  function start(detailsLater: boolean) {
    fetched.length = 0;
    let c!: StoryController;
    const stop = $effect.root(() => {
      c = new StoryController([], { base: 'http://test/', search: '', writeSearch: () => {}, narrow: () => false, fetcher, webgl: true, detailsLater });
    });
    return { c, stop };
  }

  it('a control’s move waits for the live map it asked for, and is made once it has loaded', () => {
    const { c, stop } = start(true);
    const wantLive = vi.fn();
    c.wantLive = wantLive;
    const action = vi.fn();
    c.withMap(action);
    expect(wantLive).toHaveBeenCalledTimes(1);
    expect(action).not.toHaveBeenCalled();
    const map = { once: vi.fn(), triggerRepaint: vi.fn() } as unknown as MapLibreMap;
    c.attachMap(map);
    expect(action).toHaveBeenCalledWith(map);
    // Made once only; with the map there, at once.
    c.attachMap(map);
    expect(action).toHaveBeenCalledTimes(1);
    c.withMap(action);
    expect(action).toHaveBeenCalledTimes(2);
    stop();
  });

  it('the articles’ credits and the sources wait until asked for, then come once', async () => {
    const { c, stop } = start(true);
    await vi.waitFor(() => expect(c.story.settled).toBe(true));
    expect(fetched).not.toContain('data/articles.json');
    expect(fetched).not.toContain('data/sources.json');
    c.loadDetails();
    c.loadDetails();
    expect(fetched.filter((f) => f === 'data/articles.json')).toHaveLength(1);
    expect(fetched.filter((f) => f === 'data/sources.json')).toHaveLength(1);
    stop();
  });

  it('elsewhere they come with the layers', async () => {
    const { c, stop } = start(false);
    await vi.waitFor(() => expect(c.story.settled).toBe(true));
    expect(fetched).toContain('data/articles.json');
    expect(fetched).toContain('data/sources.json');
    stop();
  });
});
