import { describe, expect, it } from 'vitest';
import { parseView, serializeView } from '../../src/lib/url-state.ts';

const LAYERS = ['a-layer', 'b-layer', 'c-layer'];

describe('parseView', () => {
  it('defaults to every layer, English, nothing selected', () => {
    expect(parseView('', LAYERS)).toEqual({ state: { feature: null, layers: null, lang: 'en' }, notices: [] });
  });

  it('reads feature, layers and lang', () => {
    const { state, notices } = parseView('?feature=x-1&layers=c-layer,a-layer&lang=vi', LAYERS);
    expect(state).toEqual({ feature: 'x-1', layers: ['a-layer', 'c-layer'], lang: 'vi' });
    expect(notices).toEqual([]);
  });

  it('drops unknown values and parameters with a notice each (one for all unknown parameters), never throwing', () => {
    const { state, notices } = parseView('?lang=fr&layers=a-layer,nope&utm_source=x&debug', LAYERS);
    expect(state).toEqual({ feature: null, layers: ['a-layer'], lang: 'en' });
    expect(notices).toHaveLength(3);
    expect(notices.join(' ')).toMatch(/“utm_source” and “debug”/);
    expect(notices.join(' ')).toMatch(/“fr”/);
    expect(notices.join(' ')).toMatch(/“nope”/);
  });

  it('shortens huge values when quoting them back', () => {
    const { notices } = parseView(`?lang=${'x'.repeat(5000)}`, LAYERS);
    expect(notices[0]!.length).toBeLessThan(200);
  });

  it('survives malformed percent-encoding', () => {
    expect(() => parseView('?feature=%E0%A4%A&layers=%', LAYERS)).not.toThrow();
  });
});

describe('serializeView', () => {
  it('round-trips through parseView', () => {
    const states = [
      { feature: 'kh-rail-yunnan', layers: ['b-layer'], lang: 'zh' as const },
      { feature: null, layers: [], lang: 'en' as const },
      { feature: null, layers: LAYERS, lang: 'vi' as const },
    ];
    for (const state of states) {
      const parsed = parseView(serializeView(state, LAYERS), LAYERS).state;
      expect({ ...parsed, layers: parsed.layers ?? LAYERS }).toEqual(state);
    }
  });

  it('writes nothing for the default view', () => {
    expect(serializeView({ feature: null, layers: LAYERS, lang: 'en' }, LAYERS)).toBe('');
  });
});
