// What the full page and the embed share: the story's state, the map (owned here alone), selection
// with focus return, framing, announcements, and the URL. Create it during a component's
// initialisation (its effects belong to that component), and share it with setStory.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { tick } from 'svelte';
import { StoryState } from './story-state.svelte.ts';
import type { StoryLayer } from './layers/layer.ts';
import { LANG_TAGS, nameIn } from './i18n.ts';
import type { Messages } from './messages/index.ts';
import { BASEMAP_LABELS_PATH, REGION_BOUNDS, STORY_BOUNDS } from './map/basemap-style.ts';
import { LABEL_LAND_PATH, type LandCollection } from './labels/land.ts';
import { SharedLayout } from './labels/view.ts';
import type { VisibleArea } from './map/later/visible-area.ts';
import { webGL2Exposed } from './webgl.ts';
import { afterNextPaint } from './after-paint.ts';

const NARROW = '(max-width: 900px)';

/** A message in the reader's words, worded when shown (so it follows a change of language). */
type Words = (m: Messages) => string;

/** Framing's code (src/lib/map/later/framing.ts), fetched on the first selection. If that fetch
 * fails the feature is not framed; the panel's own later code says so in a notice. */
const loadFraming = () => import('./map/later/framing.ts').catch(() => null);

export interface StoryEnvironment {
  /** The site's root URL, where data/ is served. */
  base: string;
  /** The page's query string, read once. */
  search: string;
  /** Writes the query string to the address bar. */
  writeSearch: (search: string) => void;
  /** Whether the screen is narrow (the panel is a bottom sheet). */
  narrow: () => boolean;
  /** The map's box and the part of it that nothing on the page covers (by default, measured in the page). */
  visibleArea?: (mapWrap: HTMLElement) => VisibleArea;
  fetcher?: typeof fetch;
  webgl?: boolean;
  /** The story page: its chapters frame the map, so a selection is not framed when the map arrives. */
  framesChapters?: boolean;
  /** The embed: the articles' credits and the sources wait until asked for (loadDetails). */
  detailsLater?: boolean;
  /** The browser's languages, which choose the language when the URL does not (navigator.languages). */
  languages?: readonly string[];
}

export function browserEnvironment(): StoryEnvironment {
  return {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once for its href, never mutated or rendered
    base: new URL('./', document.baseURI).href,
    search: location.search,
    writeSearch: (search) => history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`),
    narrow: () => matchMedia(NARROW).matches,
    webgl: webGL2Exposed(),
    languages: navigator.languages,
  };
}

export class StoryController {
  readonly base: string;
  readonly story: StoryState;
  /** The live map, from its first load until it is removed; null without one. */
  map = $state.raw<MapLibreMap | null>(null);
  mapWrap: HTMLElement | null = null;
  /** Why the interactive map is not shown, in the reader's words, or null while it is. */
  #whyStatic = $state.raw<Words | null>(null);
  get staticReason(): string | null {
    const words = this.story.words;
    return this.#whyStatic ? words.pictureInstead(this.#whyStatic(words)) : null;
  }
  announcement = $state('');
  /** Whether opening the panel moves focus to it: not when a host page selected the feature. */
  focusPanel = $state(true);
  /** The basemap's names (countries, seas, cities), laid out with the story's; none until loaded. */
  basemapLabels = $state.raw<FeatureCollection<Point>>({ type: 'FeatureCollection', features: [] });
  /** Coarse land for the labels (claims named at sea, countries inside their land); null until loaded. */
  labelLand = $state.raw<LandCollection | null>(null);
  /** The names' last layout, shared by the picture and the live map at one view (src/lib/labels/view.ts). */
  readonly labelLayout = new SharedLayout();
  /** True once the live map is idle with every layer that loaded: its canvas is shown from then. */
  liveShown = $state(false);
  /** True once the shown live map has drawn a frame: the picture standing in for it goes. */
  storyDrawn = $state(false);
  /** The control that opened the panel, to return focus to when it closes. */
  private opener: HTMLElement | SVGElement | null = null;
  private framedFromUrl = false;
  private readonly env: StoryEnvironment;
  /** A control's action waiting for the live map that it asked for (withMap). */
  private pending: ((map: MapLibreMap) => void) | null = null;
  /**
   * Asks for the live map. The embed sets it: its live map waits for the reader's intent, and its
   * picture's controls are intent. Elsewhere the live map starts at once, and this does nothing.
   */
  wantLive: () => void = () => {};

  constructor(layers: readonly StoryLayer[], env: StoryEnvironment = browserEnvironment()) {
    this.env = env;
    this.base = env.base;
    this.story = new StoryState(layers, env.search, env.languages);
    if (env.webgl === false) this.mapCouldNotStart((m) => m.noWebGl);
    void this.story.load(this.base, env.fetcher, { detailsLater: env.detailsLater });
    // Without the basemap's names the story's own names still show.
    void (env.fetcher ?? fetch)(`${this.base}${BASEMAP_LABELS_PATH}`)
      .then((r) => (r.ok ? r.json() : null))
      .then((labels: FeatureCollection<Point> | null) => {
        if (labels?.type === 'FeatureCollection' && Array.isArray(labels.features)) this.basemapLabels = labels;
      })
      .catch(() => {});
    // Without it claims and countries are named as before, with no check against the land.
    void (env.fetcher ?? fetch)(`${this.base}${LABEL_LAND_PATH}`)
      .then((r) => (r.ok ? r.json() : null))
      .then((land: LandCollection | null) => {
        if (land?.type === 'FeatureCollection' && Array.isArray(land.features)) this.labelLand = land;
      })
      .catch(() => {});

    // The document's language follows the reader's (screen readers pronounce the page by it), and
    // the features' notes in it are fetched.
    $effect(() => {
      if (typeof document !== 'undefined') document.documentElement.lang = LANG_TAGS[this.story.lang];
      this.story.loadNotes(this.base, this.story.lang, env.fetcher);
    });

    // The address follows the state once the frame showing it has painted: replaceState costs a
    // few ms of a click, and only the latest state is written.
    $effect(() => {
      const search = this.story.search;
      afterNextPaint(() => {
        if (search === this.story.search) env.writeSearch(search);
      });
    });

    // A feature named in the URL (or chosen on the picture) is framed once, when both the map and
    // the data are ready; not on the story page, where each chapter frames its own view.
    this.framedFromUrl = env.framesChapters === true;
    $effect(() => {
      if (this.framedFromUrl || !this.map || !this.story.settled) return;
      this.framedFromUrl = true;
      if (this.story.selected) {
        this.bringMapIntoView();
        void this.frame();
      }
    });

    $effect(() => {
      const map = this.map;
      if (!map || !this.story.settled) return;
      map.once('idle', () => {
        this.liveShown = true;
        map.once('render', () => (this.storyDrawn = true));
        map.triggerRepaint();
      });
      map.triggerRepaint();
    });
  }

  /** The articles' credits and the sources (see StoryEnvironment.detailsLater). */
  loadDetails(): void {
    void this.story.loadDetails(this.base, this.env.fetcher);
  }

  /** MapView hands over the map once it has loaded, and takes it back when it is removed. */
  attachMap(map: MapLibreMap | null): void {
    this.map = map;
    const action = this.pending;
    this.pending = null;
    if (map && action) action(map);
  }

  /** Runs a control's action on the live map: at once, or once it has loaded (asking for it). */
  withMap(action: (map: MapLibreMap) => void): void {
    if (this.map) return action(this.map);
    this.pending = action;
    this.wantLive();
  }

  /**
   * Frames the selected feature in the part of the map that the panel, the sheet and the controls
   * leave visible, once the panel is in the page (its size decides that part).
   */
  async frame(): Promise<void> {
    await tick();
    const framing = await loadFraming();
    const target = framing && this.framingTarget(framing);
    if (!framing || !target) return;
    framing.frameTarget(target.map, target);
    // Tests wait for this before measuring (the camera is in the map's data-center and data-zoom).
    target.mapWrap.dataset.framed = this.story.selectedId ?? '';
  }

  /**
   * After a click on the map (which does not reframe), moves the map only if the panel or sheet
   * it opened now covers part of the selected feature: never closer than the reader's zoom. (A
   * feature merely running off the map or under a control stays where the reader put it.)
   */
  async reveal(): Promise<void> {
    const framing = await loadFraming();
    const target = framing && this.framingTarget(framing);
    if (framing && target) framing.revealTarget(target.map, target);
  }

  /** The map, its wrapper and what framing the selection needs (framing.ts). Null without a map
   * or selection, or for a feature with no usable bounds. */
  private framingTarget(framing: NonNullable<Awaited<ReturnType<typeof loadFraming>>>) {
    const { map, mapWrap } = this;
    const selected = this.story.selected;
    if (!map || !selected || !mapWrap) return null;
    const target = framing.framingTarget(map, selected.feature, (this.env.visibleArea ?? framing.visibleArea)(mapWrap));
    return target && { ...target, map, mapWrap };
  }

  /** On a phone the list sits below the map: bring the map back so the feature shows above the sheet. */
  private bringMapIntoView(): void {
    if (this.env.narrow()) this.mapWrap?.scrollIntoView({ block: 'start' });
  }

  describe = (id: string): string => {
    const found = this.story.index.get(id);
    const words = this.story.words;
    return found ? words.described(nameIn(found.feature.properties, this.story.lang), words.kinds[found.feature.properties.kind]) : id;
  };

  select(id: string | null, from: HTMLElement | SVGElement | null, frameIt: boolean, focus = true): void {
    this.opener = from;
    this.focusPanel = focus;
    this.story.selectedId = id;
    if (!id) return;
    this.announcement = this.story.words.selected(this.describe(id));
    if (frameIt) {
      this.bringMapIntoView();
      void this.frame();
    } else {
      // Behind the panel's first paint, so a click opens it as fast as before.
      afterNextPaint(() => void this.reveal());
    }
  }

  closePanel(): void {
    const { opener } = this;
    this.story.selectedId = null;
    this.opener = null;
    const back = opener && opener.isConnected ? opener : this.map?.getCanvas();
    // The embed shows its list again only once the panel has gone: back to that list's row.
    const id = opener && !opener.isConnected && opener.classList?.contains('row') ? opener.dataset.featureId : undefined;
    if (id === undefined) {
      back?.focus();
      return;
    }
    const row = `button.row[data-feature-id="${CSS.escape(id)}"]`;
    void tick().then(() => (document.querySelector<HTMLElement>(row) ?? back)?.focus());
  }

  resetView(): void {
    this.map?.fitBounds(STORY_BOUNDS, { padding: 20, duration: 0 });
  }

  /** The whole region, South China Sea included (from the locator inset). */
  showRegion(): void {
    this.map?.fitBounds(REGION_BOUNDS, { padding: 20, duration: 0 });
  }

  /** No live map at all: the picture is the map, and the map area says why (no notice as well). */
  mapCouldNotStart(why: Words): void {
    this.#whyStatic = why;
  }

  mapFailed(why: Words): void {
    queueMicrotask(() => this.story.notify(why(this.story.words)));
    if (!this.map) this.#whyStatic = why;
  }
}
