// The interface's words in the reader's language (see catalogue.ts).
import type { Lang } from '../types.ts';
import type { Messages } from './catalogue.ts';
import { en } from './en.ts';

export type { Messages } from './catalogue.ts';
export { en };

const LOADERS: Record<Lang, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  vi: () => import('./vi.ts').then((m) => m.vi),
  zh: () => import('./zh.ts').then((m) => m.zh),
};

/** A language's catalogue (English is already here; the others are fetched once). */
export function loadMessages(lang: Lang): Promise<Messages> {
  return LOADERS[lang]();
}

/** A date ("2023-12-12") in the reader's language (English by default: the build's pages). */
export function formatDate(iso: string, m: Messages = en): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(m.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A month ("2023-12") in the reader's language. */
export function formatMonth(isoMonth: string, m: Messages): string {
  return new Date(`${isoMonth}-01T00:00:00Z`).toLocaleDateString(m.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
