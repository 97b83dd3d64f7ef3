// The reader's view of the story: language, visible layers, selection, loaded data, notices.
import { dataUrl, type StoryLayer } from './layers/layer.ts';
import { loadArticles, loadLayerFile, loadSources } from './data/load.ts';
import type { LayerCheck, RejectedFeature } from './data/check-layer.ts';
import type { SeenIds } from './data/seen-ids.ts';
import { keepBuiltLayer, servedAsBuilt } from './data/as-built.ts';
import { FeatureIndex, type IndexedFeature } from './feature-index.ts';
import { parseView, quote, serializeView, type ViewState } from './url-state.ts';
import type { Article, Lang, Source, StoryCollection } from './types.ts';
import { en, loadMessages, type LaterMessages, type Messages } from './messages/index.ts';

export const MAX_NOTICES = 4;
export const MAX_NOTICE_LENGTH = 300;

export type LayerLoad =
  | { status: 'loading' }
  /** `rejected`: features of the served file that failed the data's checks, left out with their reasons. */
  | { status: 'ready'; collection: StoryCollection; rejected: RejectedFeature[] }
  | { status: 'error'; error: string };

export class StoryState {
  readonly layerIds: readonly string[];
  #lang = $state<Lang>('en');
  /** The interface's words, in `lang` once its catalogue has arrived (English until then). */
  words = $state.raw<Messages>(en);
  /** The later parts' words in `lang`; null for English, whose later words come with those parts (see laterWords). */
  laterWords = $state.raw<LaterMessages | null>(null);
  visible = $state<string[]>([]);
  selectedId = $state<string | null>(null);
  // Raw: GeoJSON is handed to MapLibre as is, never wrapped in proxies.
  loads = $state.raw<Record<string, LayerLoad>>({});
  readonly #index = new FeatureIndex();
  /** Feature ids taken so far across all layers: a duplicate in a served file is refused. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping for the checks, never rendered
  readonly #seenIds: SeenIds = new Map();
  /** Counts the layers added to the index, so readers of `index` update when one arrives. */
  #indexed = $state(0);
  /** The features' notes in Vietnamese and Chinese by feature id, once fetched (the layer files carry the English). */
  notes = $state.raw<Partial<Record<Lang, Record<string, string>>>>({});
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping for the fetch, never rendered
  readonly #notesAsked = new Set<Lang>();
  articles = $state.raw<Article[]>([]);
  sources = $state.raw<Source[]>([]);
  notices = $state<string[]>([]);
  /** Notices past MAX_NOTICES, counted but not shown: a crafted link or file cannot flood the page. */
  moreNotices = $state(0);
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- only its size is shown, through moreNotices
  readonly #hiddenNotices = new Set<string>();

  /** The reader's language: place names follow at once, the interface's words once fetched. */
  get lang(): Lang {
    return this.#lang;
  }

  set lang(lang: Lang) {
    this.#lang = lang;
    loadMessages(lang).then(
      ({ words, later }) => {
        if (this.#lang !== lang) return;
        this.words = words;
        this.laterWords = later;
      },
      () => this.notify(this.words.wordsFailed),
    );
  }

  /** Loaded features by id, with their layer. */
  get index(): FeatureIndex {
    void this.#indexed;
    return this.#index;
  }

  readonly selected: IndexedFeature | null = $derived(this.index.get(this.selectedId));
  readonly settled = $derived(Object.values(this.loads).every((l) => l.status !== 'loading'));

  /** `layers`: the manifest's layers, in legend order. */
  constructor(
    readonly layers: readonly StoryLayer[],
    search: string,
    /** The browser's languages (navigator.languages): they choose the language when the URL does not. */
    languages: readonly string[] = [],
  ) {
    this.layerIds = layers.map((l) => l.id);
    this.visible = [...this.layerIds];
    this.loads = Object.fromEntries(this.layerIds.map((id) => [id, { status: 'loading' }]));
    const { state } = parseView(search, this.layerIds, languages);
    this.lang = state.lang;
    if (state.layers) this.visible = state.layers;
    this.selectedId = state.feature;
    // What the address asked for and could not have, said in the reader's language (once its words are here).
    const tell = (words: Messages) => parseView(search, this.layerIds, languages, words).notices.forEach((n) => this.notify(n));
    if (state.lang === 'en') tell(en);
    else
      loadMessages(state.lang).then(
        ({ words }) => tell(words),
        () => tell(en),
      );
  }

  /**
   * The layers' data, and (unless `detailsLater`: then loadDetails fetches them) the articles' credits
   * and the sources, which only the panel's and the dialogs' later code shows.
   */
  async load(base: string, fetcher: typeof fetch = fetch, { detailsLater = false } = {}): Promise<void> {
    // The full checks (the gate's schema and rules, about 12 KB gzip) load only for a file that differs from the build's.
    let checker: Promise<typeof import('./data/check-layer.ts').checkLayer | null> | null = null;
    const check = async (value: unknown, layer: StoryLayer): Promise<LayerCheck> => {
      checker ??= import('./data/check-layer.ts').then(
        (m) => m.checkLayer,
        () => null,
      );
      const checkLayer = await checker;
      return checkLayer ? checkLayer(value, layer, this.#seenIds) : { ok: false, error: 'the data checks could not load' };
    };
    const layerLoads = this.layers.map(async (layer) => {
      const file = await loadLayerFile(`${base}${dataUrl(layer.id)}`, fetcher);
      const result = !file.ok
        ? file
        : (await servedAsBuilt(dataUrl(layer.id), file.value.text))
          ? keepBuiltLayer(file.value.value, layer.id, this.#seenIds)
          : await check(file.value.value, layer);
      if (result.ok) {
        this.#index.add(layer, result.collection);
        this.#indexed++;
      }
      this.loads = {
        ...this.loads,
        [layer.id]: result.ok
          ? { status: 'ready', collection: result.collection, rejected: result.rejected }
          : { status: 'error', error: file.ok ? `${dataUrl(layer.id)}: ${result.error}` : result.error },
      };
    });
    await Promise.all([detailsLater ? null : this.loadDetails(base, fetcher), ...layerLoads]);
    if (this.selectedId && !this.selected) {
      this.notify(this.words.ignoredFeature(quote(this.selectedId)));
      this.selectedId = null;
    }
  }

  #details: Promise<unknown> | null = null;

  /** Fetches the articles' credits and the sources, once. */
  loadDetails(base: string, fetcher: typeof fetch = fetch): Promise<unknown> {
    // Credits and sources are shown as soon as they arrive, not after the slowest layer.
    const articleLoad = () =>
      loadArticles(`${base}data/articles.json`, fetcher).then((articles) => {
        if (articles.ok) this.articles = articles.value;
        else this.notify(this.words.articlesFailed(articles.error));
      });
    const sourceLoad = () =>
      loadSources(`${base}data/sources.json`, fetcher).then((sources) => {
        if (sources.ok) this.sources = sources.value;
        else this.notify(this.words.sourcesFailed(sources.error));
      });
    return (this.#details ??= Promise.all([articleLoad(), sourceLoad()]));
  }

  /** Fetches the features' notes in a language, once (a failure leaves the English notes, marked as English). */
  loadNotes(base: string, lang: Lang, fetcher: typeof fetch = fetch): void {
    if (lang === 'en' || this.#notesAsked.has(lang)) return;
    this.#notesAsked.add(lang);
    void fetcher(`${base}data/notes-${lang}.json`)
      .then((r) => (r.ok ? r.json() : null))
      .then((found: unknown) => {
        const valid = typeof found === 'object' && found !== null && !Array.isArray(found) && Object.values(found).every((v) => typeof v === 'string');
        if (valid) this.notes = { ...this.notes, [lang]: found as Record<string, string> };
      })
      .catch(() => {});
  }

  isVisible(layerId: string): boolean {
    return this.visible.includes(layerId);
  }

  setVisible(layerId: string, on: boolean): void {
    this.visible = this.layerIds.filter((id) => (id === layerId ? on : this.visible.includes(id)));
  }

  /** Shows exactly these layers (unknown ids are ignored), in legend order. */
  showOnly(layerIds: readonly string[]): void {
    this.visible = this.layerIds.filter((id) => layerIds.includes(id));
  }

  get view(): ViewState {
    return { feature: this.selectedId, layers: this.visible, lang: this.lang };
  }

  /** The query string for the current view. */
  get search(): string {
    return serializeView(this.view, this.layerIds);
  }

  /** Adds a notice once, however often the same thing happens; at most MAX_NOTICES, each at most MAX_NOTICE_LENGTH. */
  notify(message: string): void {
    const text = message.length > MAX_NOTICE_LENGTH ? `${message.slice(0, MAX_NOTICE_LENGTH - 1)}…` : message;
    if (this.notices.includes(text) || this.#hiddenNotices.has(text)) return;
    if (this.notices.length < MAX_NOTICES) this.notices.push(text);
    else this.moreNotices = this.#hiddenNotices.add(text).size;
  }

  dismissNotice(index: number): void {
    this.notices.splice(index, 1);
  }
}
