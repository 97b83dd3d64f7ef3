// 500 seeded random and hostile query strings: parsing never throws and keeps only known values.
import { describe, expect, it } from 'vitest';
import { parseView, serializeView } from '../../src/lib/url-state.ts';
import { LAYER_IDS } from '../../src/lib/layers/index.ts';
import { randomQuery, seeded } from '../shared/fuzz.ts';

export const URL_FUZZ_CASES = 500;

describe('URL fuzzing', () => {
  it(`${URL_FUZZ_CASES} seeded queries parse safely`, () => {
    const random = seeded(20231213);
    for (let i = 0; i < URL_FUZZ_CASES; i++) {
      const query = randomQuery(random);
      const { state, notices } = parseView(query, LAYER_IDS);
      expect(['en', 'vi', 'zh'], query).toContain(state.lang);
      for (const id of state.layers ?? []) expect(LAYER_IDS, query).toContain(id);
      for (const n of notices) expect(n.length, query).toBeLessThan(400);
      // What is written back parses to the same state.
      expect(parseView(serializeView(state, LAYER_IDS), LAYER_IDS).state.lang).toBe(state.lang);
    }
  });
});
