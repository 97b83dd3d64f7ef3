// Every loaded feature by id, with its layer: filled as each layer's data arrives, so selecting,
// describing or highlighting a feature never searches the layers again. Each feature is added
// once (a layer of 100,000 points is not copied again when the next layer arrives).
import type { StoryLayer } from './layers/layer.ts';
import type { StoryCollection, StoryFeature } from './types.ts';

export interface IndexedFeature {
  feature: StoryFeature;
  layer: StoryLayer;
}

export class FeatureIndex {
  private readonly byId = new Map<string, IndexedFeature>();

  /** Adds the layer's features (the first feature with an id wins). */
  add(layer: StoryLayer, collection: StoryCollection): void {
    for (const feature of collection.features) {
      const id = feature.properties.id;
      if (!this.byId.has(id)) this.byId.set(id, { feature, layer });
    }
  }

  get(id: string | null): IndexedFeature | null {
    return id === null ? null : (this.byId.get(id) ?? null);
  }

  get size(): number {
    return this.byId.size;
  }
}
