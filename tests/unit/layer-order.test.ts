// Story layers stack as the picture draws them: areas, then lines, then points, the manifest's first
// layer on top in each band, whichever file arrives first.
import { describe, expect, it } from 'vitest';
import { BANDS, stackBefore, stackRank, type StackKey } from '../../src/lib/map/layer-order.ts';

const manifest = ['rail', 'links', 'sea'];
const LABELS = 'story-labels-leader';

/** Adds each layer's style layers band by band in the order the files arrive, as StoryLayerView does:
 * every layer here has a line and a point, and the sea an area too. */
function stack(arrivals: string[]): string[] {
  const order = ['land', 'borders', LABELS];
  const keys = new Map<string, StackKey>();
  for (const id of arrivals) {
    BANDS.forEach((band, b) => {
      if (band === 'area' && id !== 'sea') return;
      const key = { band: b, layer: stackRank(manifest.indexOf(id), manifest.length) };
      const before = stackBefore(order, (other) => keys.get(other), key, LABELS);
      order.splice(order.indexOf(before), 0, `${id}-${band}`);
      keys.set(`${id}-${band}`, key);
    });
  }
  return order;
}

describe('stackBefore', () => {
  it('gives areas, lines, points, the manifest’s first layer on top in each, whatever the arrival order', () => {
    const expected = ['land', 'borders', 'sea-area', 'sea-line', 'links-line', 'rail-line', 'sea-point', 'links-point', 'rail-point', LABELS];
    for (const arrivals of [
      ['rail', 'links', 'sea'],
      ['sea', 'links', 'rail'],
      ['links', 'sea', 'rail'],
      ['sea', 'rail', 'links'],
    ])
      expect(stack(arrivals), arrivals.join(',')).toEqual(expected);
  });

  it('puts every layer’s points above every layer’s lines', () => {
    const order = stack(['links', 'rail']);
    expect(order.indexOf('rail-point')).toBeGreaterThan(order.indexOf('links-line'));
    expect(order.indexOf('links-point')).toBeGreaterThan(order.indexOf('rail-line'));
  });

  it('puts the first layer to arrive under the labels', () => {
    expect(stackBefore(['land', LABELS], () => undefined, { band: 1, layer: 1 }, LABELS)).toBe(LABELS);
  });
});
