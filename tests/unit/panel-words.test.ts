// The panel's figures read as sentences for readers: both lengths, no checking arithmetic.
import { describe, expect, it } from 'vitest';
import { figures, readableSupports, statusLine } from '../../src/lib/later/panel-words.ts';
import type { Article } from '../../src/lib/types.ts';
import type { StoryProperties } from '../../src/lib/types.ts';

describe('figures', () => {
  it('gives the drawn and the published length side by side, with no percentage', () => {
    const [line] = figures({ drawn_length_km: 293.24, published_length_km: 294, precision: 'exact' } as StoryProperties);
    expect(line).toBe('Length as drawn: 293.2 km (the published length is 294 km)');
  });

  it('gives an approximate outline’s area to two figures, and says it is approximate', () => {
    expect(figures({ area_km2: 6486.4, precision: 'approximate' } as StoryProperties)).toEqual(['Area as drawn: about 6,500 km² (the outline is approximate)']);
  });

  it('says a schematic drawing’s length is not the route’s', () => {
    expect(figures({ drawn_length_km: 120, precision: 'schematic' } as StoryProperties)).toEqual([
      'Length of the schematic drawing (not of the route): 120 km',
    ]);
  });
});

describe('statusLine', () => {
  const articles = [{ date: '2023-12-11' }, { date: '2023-12-13' }] as Article[];

  it('gives the status with the date it was true', () => {
    expect(statusLine({ status: 'built', status_as_of: '2023-12' }, articles)).toBe('Built, as of December 2023');
    expect(statusLine({ status: 'part-built', status_as_of: '2025-12' }, articles)).toBe('Partly built, as of December 2025 (after the articles)');
  });

  it('says a day after the articles is later news, in the articles’ own month too', () => {
    expect(statusLine({ status: 'built', status_as_of: '2023-12-27' }, articles)).toBe('Built, as of 27 December 2023 (after the articles)');
    expect(statusLine({ status: 'built', status_as_of: '2023-12-12' }, articles)).toBe('Built, as of 12 December 2023');
  });

  it('shows nothing without a status', () => {
    expect(statusLine({}, articles)).toBeNull();
  });
});

describe('readableSupports', () => {
  const names: Record<string, string> = { 'kh-station-hanoi': 'Hanoi station', 'kh-rail-laocai-hanoi': 'Kunming–Haiphong railway: Lao Cai–Hanoi section' };
  const nameOf = (id: string) => names[id];

  it('names the features a source supports instead of giving their ids', () => {
    expect(readableSupports('Ga Hà Nội at 21.02417°N (kh-station-hanoi, vertices of kh-rail-laocai-hanoi)', nameOf)).toBe(
      'Ga Hà Nội at 21.02417°N (Hanoi station, vertices of Kunming–Haiphong railway: Lao Cai–Hanoi section)',
    );
  });

  it('leaves unknown ids, longer ids and hyphenated words as they are', () => {
    const text = 'kh-rail-laocai-hanoi-sg, x-kh-station-hanoi, dual-gauge, 1,000/1,435 mm, unknown-id';
    expect(readableSupports(text, nameOf)).toBe(text);
  });
});
