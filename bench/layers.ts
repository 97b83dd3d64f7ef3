// The only place the bench's runner uses the story's layer list (the peer pages import it themselves):
// the layers' data as built into the bench's site, and the layer the scaling runs replace.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { fileURLToPath } from 'node:url';
import { readLayers } from '../build/gate/read-layers.ts';
import { SITE } from './site.ts';

/** Every story layer's features as served to the pages, in the layers' order. */
export const readStoryCollections = (): FeatureCollection[] =>
  readLayers(fileURLToPath(new URL('..', import.meta.url))).map((l) => JSON.parse(readFileSync(`${SITE}/data/${l.id}.geojson`, 'utf8')) as FeatureCollection);

/** The layer whose data the scaling runs replace with a synthetic layer, and the feature the synthetic
 * features copy their properties from (the first of that same Hainan layer). */
export const SYNTHETIC_LAYER_ID = 'hainan-data-centre';
export const syntheticTemplate = (collections: FeatureCollection[]): Feature =>
  collections.find((c) => c.features.some((f) => f.properties?.kind === 'data-centre'))!.features[0]!;
