// The reader's view of the story: language, visible layers, selection, loaded data, notices.
import { STORY_LAYERS, LAYER_IDS } from './layers/index.ts';
import { dataUrl } from './layers/layer.ts';
import { loadArticles, loadLayer, loadSources } from './data/load.ts';
import { parseView, quote, serializeView, type ViewState } from './url-state.ts';
import type { Article, Lang, Source, StoryCollection, StoryFeature } from './types.ts';

export type LayerLoad = { status: 'loading' } | { status: 'ready'; collection: StoryCollection } | { status: 'error'; error: string };

export class StoryState {
  lang = $state<Lang>('en');
  visible = $state<string[]>([...LAYER_IDS]);
  selectedId = $state<string | null>(null);
  // Raw: GeoJSON is handed to MapLibre as is, never wrapped in proxies.
  layers = $state.raw<Record<string, LayerLoad>>(Object.fromEntries(LAYER_IDS.map((id) => [id, { status: 'loading' }])));
  articles = $state.raw<Article[]>([]);
  sources = $state.raw<Source[]>([]);
  notices = $state<string[]>([]);

  readonly allFeatures: StoryFeature[] = $derived(
    Object.values(this.layers).flatMap((l) => (l.status === 'ready' ? l.collection.features : [])),
  );
  readonly selected: StoryFeature | null = $derived(this.allFeatures.find((f) => f.properties.id === this.selectedId) ?? null);
  readonly selectedLayerId: string | null = $derived(
    Object.entries(this.layers).find(([, l]) => l.status === 'ready' && l.collection.features.some((f) => f.properties.id === this.selectedId))?.[0] ?? null,
  );
  readonly settled = $derived(Object.values(this.layers).every((l) => l.status !== 'loading'));

  constructor(search: string) {
    const { state, notices } = parseView(search, LAYER_IDS);
    this.lang = state.lang;
    if (state.layers) this.visible = state.layers;
    this.selectedId = state.feature;
    this.notices = notices;
  }

  async load(base: string): Promise<void> {
    const layerLoads = STORY_LAYERS.map(async (layer) => {
      const result = await loadLayer(`${base}${dataUrl(layer.id)}`);
      this.layers = { ...this.layers, [layer.id]: result.ok ? { status: 'ready', collection: result.value } : { status: 'error', error: result.error } };
    });
    // Credits and sources are shown as soon as they arrive, not after the slowest layer.
    const articleLoad = loadArticles(`${base}data/articles.json`).then((articles) => {
      if (articles.ok) this.articles = articles.value;
      else this.notify(`Article details could not be loaded: ${articles.error}.`);
    });
    const sourceLoad = loadSources(`${base}data/sources.json`).then((sources) => {
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
    this.visible = LAYER_IDS.filter((id) => (id === layerId ? on : this.visible.includes(id)));
  }

  get view(): ViewState {
    return { feature: this.selectedId, layers: this.visible, lang: this.lang };
  }

  /** The query string for the current view. */
  get search(): string {
    return serializeView(this.view, LAYER_IDS);
  }

  /** Adds a notice once, however often the same thing happens. */
  notify(message: string): void {
    if (!this.notices.includes(message)) this.notices.push(message);
  }

  dismissNotice(index: number): void {
    this.notices.splice(index, 1);
  }
}
