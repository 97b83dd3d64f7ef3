// The interface's words in the reader's language (see catalogue.ts).
import type { Lang } from '../types.ts';
import type { LaterMessages, Messages } from './catalogue.ts';
import { en } from './en.ts';

export type { LaterMessages, Messages } from './catalogue.ts';
export { en };

/** A language's words; `later` is null for English, whose later words come with the later parts' code (later/en.ts). */
export interface LoadedWords {
  words: Messages;
  later: LaterMessages | null;
}

const LOADERS: Record<Lang, () => Promise<LoadedWords>> = {
  en: () => Promise.resolve({ words: en, later: null }),
  vi: () => Promise.all([import('./vi.ts'), import('./later/vi.ts')]).then(([m, l]) => ({ words: m.vi, later: l.viLater })),
  zh: () => Promise.all([import('./zh.ts'), import('./later/zh.ts')]).then(([m, l]) => ({ words: m.zh, later: l.zhLater })),
};

/** A language's catalogue (English is already here; the others are fetched once, first and later words together). */
export function loadMessages(lang: Lang): Promise<LoadedWords> {
  return LOADERS[lang]();
}

/** A date ("2023-12-12") in the reader's language (English by default: the build's pages). */
export function formatDate(iso: string, m: Messages = en): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(m.locale, { ...m.dayFormat, timeZone: 'UTC' });
}

/** A month ("2023-12") in the reader's language. */
export function formatMonth(isoMonth: string, m: Messages): string {
  return new Date(`${isoMonth}-01T00:00:00Z`).toLocaleDateString(m.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
