// Story layers stack in the manifest's order on the live map, whichever file arrives first.
import { describe, expect, it } from 'vitest';
import { stackBefore } from '../../src/lib/map/layer-order.ts';

const manifest = [{ id: 'rail' }, { id: 'links' }, { id: 'sea' }];
const LABELS = 'story-labels-leader';

/** Adds each layer's two style layers in the order the files arrive, as StoryLayerView does. */
function stack(arrivals: string[]): string[] {
  const order = ['land', 'borders', LABELS];
  for (const id of arrivals) {
    const before = stackBefore(order, manifest, id, LABELS);
    order.splice(order.indexOf(before), 0, `${id}-line`, `${id}-point`);
  }
  return order;
}

describe('stackBefore', () => {
  it('gives the manifest’s order whatever the arrival order', () => {
    const expected = ['land', 'borders', 'rail-line', 'rail-point', 'links-line', 'links-point', 'sea-line', 'sea-point', LABELS];
    for (const arrivals of [
      ['rail', 'links', 'sea'],
      ['sea', 'links', 'rail'],
      ['links', 'sea', 'rail'],
      ['sea', 'rail', 'links'],
    ])
      expect(stack(arrivals), arrivals.join(',')).toEqual(expected);
  });

  it('puts the first layer to arrive under the labels', () => {
    expect(stackBefore(['land', LABELS], manifest, 'links', LABELS)).toBe(LABELS);
  });
});
