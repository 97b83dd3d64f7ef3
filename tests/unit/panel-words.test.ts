// The panel's figures read as sentences for readers: both lengths, no checking arithmetic.
import { describe, expect, it } from 'vitest';
import { figures } from '../../src/lib/later/panel-words.ts';
import type { StoryProperties } from '../../src/lib/types.ts';

describe('figures', () => {
  it('gives the drawn and the published length side by side, with no percentage', () => {
    const [line] = figures({ drawn_length_km: 293.24, published_length_km: 294, precision: 'exact' } as StoryProperties);
    expect(line).toBe('Length as drawn: 293.2 km (the published length is 294 km)');
  });

  it('says a schematic drawing’s length is not the route’s', () => {
    expect(figures({ drawn_length_km: 120, precision: 'schematic' } as StoryProperties)).toEqual([
      'Length of the schematic drawing (not of the route): 120 km',
    ]);
  });
});
