import { describe, expect, it } from 'vitest';
import { noteIn } from '../../src/lib/i18n.ts';

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
