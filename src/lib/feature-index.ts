// Every loaded feature by id, with its layer: built as each layer's data arrives, so selecting,
// describing or highlighting a feature never searches the layers again.
import type { StoryLayer } from './layers/layer.ts';
import type { StoryCollection, StoryFeature } from './types.ts';

export interface IndexedFeature {
  feature: StoryFeature;
  layer: StoryLayer;
}

export class FeatureIndex {
  private constructor(private readonly byId: ReadonlyMap<string, IndexedFeature>) {}

  static readonly EMPTY = new FeatureIndex(new Map());

  /** A new index with the layer's features added (the first feature with an id wins). */
  with(layer: StoryLayer, collection: StoryCollection): FeatureIndex {
    const byId = new Map(this.byId);
    for (const feature of collection.features) {
      const id = feature.properties.id;
      if (!byId.has(id)) byId.set(id, { feature, layer });
    }
    return new FeatureIndex(byId);
  }

  get(id: string | null): IndexedFeature | null {
    return id === null ? null : (this.byId.get(id) ?? null);
  }

  get size(): number {
    return this.byId.size;
  }
}
