// The map's layers, in legend order (and drawing order, first at the bottom), from geo/layers.json.
// The data gate has checked the manifest; build/vite/story-data.ts serves it as this virtual module.
import manifest from 'virtual:story-layers';
import { resolveLayer, type StoryLayer } from './layer.ts';

export const STORY_LAYERS: readonly StoryLayer[] = manifest.layers.map(resolveLayer);

export const LAYER_IDS: readonly string[] = STORY_LAYERS.map((l) => l.id);
