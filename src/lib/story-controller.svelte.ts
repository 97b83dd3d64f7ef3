// What the full page and the embed share: the story's state, the map, selection with focus return,
// framing, announcements, and the URL. Create it during a component's initialisation.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { StoryState } from './story-state.svelte.ts';
import { nameIn } from './i18n.ts';
import { KIND_LABELS } from './format.ts';
import { STORY_BOUNDS } from './map/basemap-style.ts';
import { featureBounds } from './map/geometry.ts';
import { NO_WEBGL_MESSAGE, webGL2Exposed } from './webgl.ts';
import { afterNextPaint } from './after-paint.ts';

const pictureReason = (message: string) => `${message} This is a static picture of the map instead.`;

const NARROW = '(max-width: 760px)';

export class StoryController {
  readonly base = new URL('./', document.baseURI).href;
  readonly story = new StoryState(location.search);
  map = $state.raw<MapLibreMap | null>(null);
  mapWrap: HTMLElement | null = null;
  /** Why the interactive map is not shown, or null while it is. */
  staticReason = $state<string | null>(webGL2Exposed() ? null : pictureReason(NO_WEBGL_MESSAGE));
  announcement = $state('');
  /** Whether opening the panel moves focus to it: not when a host page selected the feature. */
  focusPanel = $state(true);
  /** True once the map has drawn every layer that loaded. */
  storyDrawn = $state(false);
  /** The control that opened the panel, to return focus to when it closes. */
  private opener: HTMLElement | SVGElement | null = null;
  private framedFromUrl = false;

  constructor() {
    void this.story.load(this.base);

    // The address follows the state once the frame showing it has painted: replaceState costs a
    // few ms of a click, and only the latest state is written.
    $effect(() => {
      const search = this.story.search;
      afterNextPaint(() => {
        if (search === this.story.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
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

  frame(): void {
    const { map, mapWrap } = this;
    const feature = this.story.selected;
    if (!map || !feature || !mapWrap) return;
    // On narrow screens the panel is a bottom sheet: keep the feature above it.
    const padding = matchMedia(NARROW).matches ? { top: 40, left: 40, right: 40, bottom: Math.round(mapWrap.clientHeight * 0.5) } : 80;
    map.fitBounds(featureBounds(feature), { padding, maxZoom: 6, duration: 0 });
  }

  describe = (id: string): string => {
    const f = this.story.allFeatures.find((x) => x.properties.id === id);
    return f ? `${nameIn(f.properties, this.story.lang)} (${KIND_LABELS[f.properties.kind]})` : id;
  };

  select(id: string | null, from: HTMLElement | SVGElement | null, frameIt: boolean, focus = true): void {
    this.opener = from;
    this.focusPanel = focus;
    this.story.selectedId = id;
    if (!id) return;
    this.announcement = `Selected ${this.describe(id)}.`;
    if (frameIt) this.frame();
    // On a phone the list sits below the map: bring the map back so the feature shows above the sheet.
    if (frameIt && matchMedia(NARROW).matches) this.mapWrap?.scrollIntoView({ block: 'start' });
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
