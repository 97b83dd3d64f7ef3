// The story's layers as the app sees them (geo/layers.json, checked and resolved), for Node-side tests
// that cannot import the app's virtual module. Tests derive layer counts and ids from these, never literals.
import { fileURLToPath } from 'node:url';
import { readLayers } from '../../build/gate/read-layers.ts';
import type { StoryLayer } from '../../src/lib/layers/layer.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const STORY_LAYERS: readonly StoryLayer[] = readLayers(PROJECT_ROOT);

export const LAYER_IDS: readonly string[] = STORY_LAYERS.map((l) => l.id);

/** The layer with this id; throws if the manifest no longer has it (so a test names what it relies on). */
export function layerById(id: string): StoryLayer {
  const layer = STORY_LAYERS.find((l) => l.id === id);
  if (!layer) throw new Error(`geo/layers.json has no layer "${id}" (it has ${LAYER_IDS.join(', ')})`);
  return layer;
}

/** The places the articles name that the first view must label at every size and in every language (issue 17). */
export const ARTICLE_PLACES: readonly string[] = [
  'kh-station-kunming-north',
  'kh-station-hanoi',
  'kh-station-hai-phong',
  'kh-station-lao-cai',
  'kh-station-hekou',
  'hainan-undersea-data-centre',
];
