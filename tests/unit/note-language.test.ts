import { describe, expect, it } from 'vitest';
import { noteIn } from '../../src/lib/i18n.ts';
import { splitNotes } from '../../build/render/served-notes.ts';

describe("a feature's note in the reader's language", () => {
  const notes = { note_en: 'Approximate.', note_vi: 'Vị trí ước tính.', note_zh: '位置为估计。' };

  it('is the note written in that language', () => {
    expect(noteIn(notes, 'vi')).toEqual({ lang: 'vi', text: notes.note_vi });
    expect(noteIn(notes, 'zh')).toEqual({ lang: 'zh', text: notes.note_zh });
    expect(noteIn(notes, 'en')).toEqual({ lang: 'en', text: notes.note_en });
  });

  it('falls back to the English note, said to be English, when a served file lacks it', () => {
    expect(noteIn({ note_en: 'Approximate.' }, 'zh')).toEqual({ lang: 'en', text: 'Approximate.' });
    expect(noteIn({ note_en: 'Approximate.', note_vi: '' }, 'vi')).toEqual({ lang: 'en', text: 'Approximate.' });
  });

  it('is nothing for a feature without a note', () => {
    expect(noteIn({}, 'vi')).toBeNull();
  });
});

describe('the notes served apart from the layers', () => {
  it('serves each layer with its English notes only, and the others by feature id in a file per language', () => {
    const collection = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [0, 0] },
          properties: { id: 'a', note_en: 'E', note_vi: 'V', note_zh: 'Z' },
        },
        { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [1, 1] }, properties: { id: 'b' } },
      ],
    };
    const { served, notes } = splitNotes(collection as never);
    expect((served as typeof collection).features.map((f) => f.properties)).toEqual([{ id: 'a', note_en: 'E' }, { id: 'b' }]);
    expect(notes).toEqual({ vi: { a: 'V' }, zh: { a: 'Z' } });
    // The panel finds the served-apart note by the feature's id.
    expect(noteIn({ id: 'a', note_en: 'E' }, 'vi', notes.vi)).toEqual({ lang: 'vi', text: 'V' });
    expect(noteIn({ id: 'b', note_en: 'E2' }, 'vi', notes.vi)).toEqual({ lang: 'en', text: 'E2' });
  });
});
