// The reader's view of the story: language, visible layers, selection, loaded data, notices.
import { dataUrl, type StoryLayer } from './layers/layer.ts';
import { loadArticles, loadLayer, loadSources } from './data/load.ts';
import { FeatureIndex, type IndexedFeature } from './feature-index.ts';
import { parseView, quote, serializeView, type ViewState } from './url-state.ts';
import type { Article, Lang, Source, StoryCollection } from './types.ts';

export type LayerLoad = { status: 'loading' } | { status: 'ready'; collection: StoryCollection } | { status: 'error'; error: string };

export class StoryState {
  readonly layerIds: readonly string[];
  lang = $state<Lang>('en');
  visible = $state<string[]>([]);
  selectedId = $state<string | null>(null);
  // Raw: GeoJSON is handed to MapLibre as is, never wrapped in proxies.
  loads = $state.raw<Record<string, LayerLoad>>({});
  readonly #index = new FeatureIndex();
  /** Counts the layers added to the index, so readers of `index` update when one arrives. */
  #indexed = $state(0);
  articles = $state.raw<Article[]>([]);
  sources = $state.raw<Source[]>([]);
  notices = $state<string[]>([]);

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
  ) {
    this.layerIds = layers.map((l) => l.id);
    this.visible = [...this.layerIds];
    this.loads = Object.fromEntries(this.layerIds.map((id) => [id, { status: 'loading' }]));
    const { state, notices } = parseView(search, this.layerIds);
    this.lang = state.lang;
    if (state.layers) this.visible = state.layers;
    this.selectedId = state.feature;
    this.notices = notices;
  }

  async load(base: string, fetcher: typeof fetch = fetch): Promise<void> {
    const layerLoads = this.layers.map(async (layer) => {
      const result = await loadLayer(`${base}${dataUrl(layer.id)}`, fetcher);
      if (result.ok) {
        this.#index.add(layer, result.value);
        this.#indexed++;
      }
      this.loads = { ...this.loads, [layer.id]: result.ok ? { status: 'ready', collection: result.value } : { status: 'error', error: result.error } };
    });
    // Credits and sources are shown as soon as they arrive, not after the slowest layer.
    const articleLoad = loadArticles(`${base}data/articles.json`, fetcher).then((articles) => {
      if (articles.ok) this.articles = articles.value;
      else this.notify(`Article details could not be loaded: ${articles.error}.`);
    });
    const sourceLoad = loadSources(`${base}data/sources.json`, fetcher).then((sources) => {
      if (sources.ok) this.sources = sources.value;
      else this.notify(`The list of sources could not be loaded: ${sources.error}.`);
    });
    await Promise.all([articleLoad, sourceLoad, ...layerLoads]);
    if (this.selectedId && !this.selected) {
      this.notify(`Ignored feature ${quote(this.selectedId)}: no feature on this map has that id.`);
      this.selectedId = null;
    }
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

  /** Adds a notice once, however often the same thing happens. */
  notify(message: string): void {
    if (!this.notices.includes(message)) this.notices.push(message);
  }

  dismissNotice(index: number): void {
    this.notices.splice(index, 1);
  }
}
