import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/messages/en.ts';
import { vi } from '../../src/lib/messages/vi.ts';
import { zh } from '../../src/lib/messages/zh.ts';
import { enLater } from '../../src/lib/messages/later/en.ts';
import { viLater } from '../../src/lib/messages/later/vi.ts';
import { zhLater } from '../../src/lib/messages/later/zh.ts';
import type { LaterMessages, Messages } from '../../src/lib/messages/catalogue.ts';

type Catalogue = Messages & LaterMessages;
/** Each language whole: the first view's words and the later parts'. */
const EN: Catalogue = { ...en, ...enLater };
const OTHERS: [string, Catalogue][] = [
  ['vi', { ...vi, ...viLater }],
  ['zh', { ...zh, ...zhLater }],
];
/** Words that are the same in every language: names of things, not interface prose. */
const SAME_EVERYWHERE = new Set([
  'countries.Brunei',
  'countries.Malaysia',
  'countries.Philippines',
  'philippines',
  'precisionWords.exact',
  'precisionTag.exact',
]);

type Leaf = { sentence: true; arity: number } | { sentence: false; value: unknown };

/** Every leaf of a catalogue by its path ("lineKey.built"): words as they are, sentences by how many arguments they take. */
function leaves(value: unknown, prefix = ''): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  if (typeof value === 'function') out.set(prefix, { sentence: true, arity: value.length });
  else if (typeof value === 'object' && value !== null && !Array.isArray(value))
    for (const [k, v] of Object.entries(value)) for (const [key, leaf] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(key, leaf);
  else out.set(prefix, { sentence: false, value });
  return out;
}

describe('the message catalogue', () => {
  const english = leaves(EN);

  it.each(OTHERS)('%s has every key English has, and no other', (_, catalogue) => {
    expect([...leaves(catalogue).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(OTHERS)('%s translates the interface (no English string left in it)', (lang, catalogue) => {
    const theirs = leaves(catalogue);
    const untranslated = [...english].filter(([key, leaf]) => {
      const their = theirs.get(key);
      // (dayFormat holds Intl's options, not words.)
      if (key.startsWith('dayFormat.')) return false;
      return !leaf.sentence && leaf.value !== '' && !SAME_EVERYWHERE.has(key) && their && !their.sentence && their.value === leaf.value;
    });
    expect(
      untranslated.map(([key]) => key),
      lang,
    ).toEqual([]);
  });

  it.each(OTHERS)('%s sentences take no argument English does not give, and say what they are given', (_, catalogue) => {
    const theirs = leaves(catalogue);
    // (A language may need fewer: Vietnamese and Chinese have no plural forms.)
    for (const [key, leaf] of english) {
      const their = theirs.get(key);
      if (leaf.sentence) expect(their?.sentence && their.arity <= leaf.arity, key).toBe(true);
    }
    // A number passed in is shown, formatted in the language (vi groups thousands with a dot).
    expect(catalogue.featureCount(12345)).toContain(new Intl.NumberFormat(catalogue.locale).format(12345));
    expect(catalogue.selected('X-NAME')).toContain('X-NAME');
    expect(catalogue.imageSelected('X-NAME')).toContain('X-NAME');
    expect(catalogue.layerFailed('E-DETAIL')).toContain('E-DETAIL');
  });

  it('formats numbers in each language', () => {
    expect(en.featureCount(1234)).toBe('1,234 features');
    expect(en.featureCount(1)).toBe('1 feature');
    expect(vi.featureCount(1234)).toBe('1.234 mục');
    expect(zh.featureCount(1234)).toBe('1,234项');
    expect(viLater.lengthAsDrawn(295.62, 296)).toBe('Chiều dài theo hình vẽ: 295,6 km (chiều dài đã công bố là 296 km)');
  });
});
