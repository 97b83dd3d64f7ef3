// What the full page and the embed share: the story's state, the map (owned here alone), selection
// with focus return, framing, announcements, and the URL. Create it during a component's
// initialisation (its effects belong to that component), and share it with setStory.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { StoryState } from './story-state.svelte.ts';
import type { StoryLayer } from './layers/layer.ts';
import { nameIn } from './i18n.ts';
import { KIND_LABELS } from './format.ts';
import { STORY_BOUNDS } from './map/basemap-style.ts';
import { featureBounds } from './map/geometry.ts';
import { NO_WEBGL_MESSAGE, webGL2Exposed } from './webgl.ts';
import { afterNextPaint } from './after-paint.ts';

const pictureReason = (message: string) => `${message} This is a static picture of the map instead.`;

const NARROW = '(max-width: 760px)';

export interface StoryEnvironment {
  /** The site's root URL, where data/ is served. */
  base: string;
  /** The page's query string, read once. */
  search: string;
  /** Writes the query string to the address bar. */
  writeSearch: (search: string) => void;
  /** Whether the screen is narrow (the panel is a bottom sheet). */
  narrow: () => boolean;
  fetcher?: typeof fetch;
  webgl?: boolean;
}

export function browserEnvironment(): StoryEnvironment {
  return {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once for its href, never mutated or rendered
    base: new URL('./', document.baseURI).href,
    search: location.search,
    writeSearch: (search) => history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`),
    narrow: () => matchMedia(NARROW).matches,
    webgl: webGL2Exposed(),
  };
}

export class StoryController {
  readonly base: string;
  readonly story: StoryState;
  /** The live map, from its first load until it is removed; null without one. */
  map = $state.raw<MapLibreMap | null>(null);
  mapWrap: HTMLElement | null = null;
  /** Why the interactive map is not shown, or null while it is. */
  staticReason = $state<string | null>(null);
  announcement = $state('');
  /** Whether opening the panel moves focus to it: not when a host page selected the feature. */
  focusPanel = $state(true);
  /** True once the map has drawn every layer that loaded. */
  storyDrawn = $state(false);
  /** The control that opened the panel, to return focus to when it closes. */
  private opener: HTMLElement | SVGElement | null = null;
  private framedFromUrl = false;
  private readonly env: StoryEnvironment;

  constructor(layers: readonly StoryLayer[], env: StoryEnvironment = browserEnvironment()) {
    this.env = env;
    this.base = env.base;
    this.story = new StoryState(layers, env.search);
    if (env.webgl === false) this.staticReason = pictureReason(NO_WEBGL_MESSAGE);
    void this.story.load(this.base, env.fetcher);

    // The address follows the state once the frame showing it has painted: replaceState costs a
    // few ms of a click, and only the latest state is written.
    $effect(() => {
      const search = this.story.search;
      afterNextPaint(() => {
        if (search === this.story.search) env.writeSearch(search);
      });
    });

    // A feature named in the URL is framed once, when both the map and the data are ready.
    $effect(() => {
      if (this.framedFromUrl || !this.map || !this.story.settled) return;
      this.framedFromUrl = true;
      if (this.story.selected) this.frame();
    });

    $effect(() => {
      const map = this.map;
      if (!map || !this.story.settled) return;
      map.once('idle', () => (this.storyDrawn = true));
      map.triggerRepaint();
    });
  }

  /** MapView hands over the map once it has loaded, and takes it back when it is removed. */
  attachMap(map: MapLibreMap | null): void {
    this.map = map;
  }

  frame(): void {
    const { map, mapWrap } = this;
    const selected = this.story.selected;
    if (!map || !selected || !mapWrap) return;
    // On narrow screens the panel is a bottom sheet: keep the feature above it.
    const padding = this.env.narrow() ? { top: 40, left: 40, right: 40, bottom: Math.round(mapWrap.clientHeight * 0.5) } : 80;
    const bounds = featureBounds(selected.feature);
    if (!bounds) return;
    try {
      map.fitBounds(bounds, { padding, maxZoom: 6, duration: 0 });
    } catch {
      // The panel still opens; a feature that cannot be framed (a padding larger than a tiny map) stays where it is.
    }
  }

  describe = (id: string): string => {
    const found = this.story.index.get(id);
    return found ? `${nameIn(found.feature.properties, this.story.lang)} (${KIND_LABELS[found.feature.properties.kind]})` : id;
  };

  select(id: string | null, from: HTMLElement | SVGElement | null, frameIt: boolean, focus = true): void {
    this.opener = from;
    this.focusPanel = focus;
    this.story.selectedId = id;
    if (!id) return;
    this.announcement = `Selected ${this.describe(id)}.`;
    if (frameIt) this.frame();
    // On a phone the list sits below the map: bring the map back so the feature shows above the sheet.
    if (frameIt && this.env.narrow()) this.mapWrap?.scrollIntoView({ block: 'start' });
  }

  closePanel(): void {
    this.story.selectedId = null;
    const back = this.opener && this.opener.isConnected ? this.opener : this.map?.getCanvas();
    back?.focus();
    this.opener = null;
  }

  resetView(): void {
    this.map?.fitBounds(STORY_BOUNDS, { padding: 20, duration: 0 });
  }

  /** No live map at all: the picture is the map, and the map area says why (no notice as well). */
  mapCouldNotStart(message: string): void {
    this.staticReason = pictureReason(message);
  }

  mapFailed(message: string): void {
    queueMicrotask(() => this.story.notify(message));
    if (!this.map) this.staticReason = pictureReason(message);
  }
}
