// A served layer file byte for byte as built is kept without the full check; any change means the full check.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStoryOutput } from '../../build/render/story-output.ts';
import { keepBuiltLayer, servedAsBuilt } from '../../src/lib/data/as-built.ts';
import { dataUrl } from '../../src/lib/layers/layer.ts';
import type { SeenIds } from '../../src/lib/data/seen-ids.ts';
import { LAYER_IDS, PROJECT_ROOT } from '../shared/layers.ts';

describe('served layer files compared with the build', () => {
  let files: Map<string, string>;
  // The build's data output (gate, measures, pictures) takes seconds on a busy machine: made once.
  beforeAll(async () => void ({ files } = await buildStoryOutput(PROJECT_ROOT)), 60_000);

  it('knows every layer file as built, and nothing else', async () => {
    for (const id of LAYER_IDS) {
      const text = files.get(dataUrl(id))!;
      expect(await servedAsBuilt(dataUrl(id), text), id).toBe(true);
      // One character changed, or the same data written differently: not as built.
      expect(await servedAsBuilt(dataUrl(id), text.replace('"id":"', '"id":"x')), id).toBe(false);
      expect(await servedAsBuilt(dataUrl(id), JSON.stringify(JSON.parse(text), null, 1)), id).toBe(false);
    }
    expect(await servedAsBuilt('data/basemap-land.geojson', files.get('data/basemap-land.geojson')!)).toBe(false);
    expect(await servedAsBuilt('data/no-such-layer.geojson', '{}')).toBe(false);
  });

  it('keeps a built layer whole, but an id another layer took first is refused', async () => {
    const id = LAYER_IDS[0]!;
    const collection = JSON.parse(files.get(dataUrl(id))!) as { features: { properties: { id: string } }[] };
    const first = collection.features[0]!.properties.id;
    const seen: SeenIds = new Map([[first, 'a-changed-layer']]);
    const kept = keepBuiltLayer(collection, id, seen);
    if (!kept.ok) throw new Error(kept.error);
    expect(kept.collection.features).toHaveLength(collection.features.length - 1);
    expect(kept.rejected).toEqual([{ id: first, reason: `duplicate id "${first}" (also in layer a-changed-layer)` }]);
    expect(seen.get(collection.features[1]!.properties.id)).toBe(id);
  });
});
