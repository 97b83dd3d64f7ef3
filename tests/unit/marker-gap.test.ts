// A story place's name keeps clear of its marker: a marker's disc (the data centre's) by 3 px beyond
// its ring, as the live map draws it (POINT_RING in layer-style.ts).
import { describe, expect, it } from 'vitest';
import { planLabels } from '../../src/lib/labels/candidates.ts';
import { POINT_RING } from '../../src/lib/map/layer-style.ts';
import { STORY_LAYERS } from '../../src/lib/layers/index.ts';
import { styleOf } from '../../src/lib/layers/layer.ts';
import type { StoryCollection } from '../../src/lib/types.ts';

describe('the gap between a story name and its marker', () => {
  it('leaves 3 px between a marker disc’s ring and its name', () => {
    const layer = STORY_LAYERS.find((l) => l.kinds.includes('data-centre'))!;
    const collection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'dc', kind: 'data-centre', name_en: 'Data centre', name_vi: 'Trung tâm', name_zh: '中心', precision: 'approximate' },
          geometry: { type: 'Point', coordinates: [109.5, 18.3] },
        },
      ],
    } as unknown as StoryCollection;
    const plan = planLabels({ type: 'FeatureCollection', features: [] }, [{ layer, collection, dense: false }], 'en', () => [100, 100]);
    const input = plan.inputs.find((i) => i.id === 'dc')!;
    expect(input.gap - styleOf(layer, 'data-centre').radius - POINT_RING).toBeGreaterThanOrEqual(3);
  });
});
