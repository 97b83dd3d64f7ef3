// The one-line credit a news map carries in sight (the full page's masthead, the embed's foot):
// who reported the story and where the map comes from; the Sources dialog has the whole list.
import { LANGS, type Article, type Lang } from '../../src/lib/types.ts';
import { creditShortIn, LANG_TAGS } from '../../src/lib/i18n.ts';
import { escapeHtml } from './html.ts';
import { en } from '../../src/lib/messages/en.ts';

/** "ICARO Media Group (from Reuters); …; Natural Earth": publishers' names as published, our words in the language. */
export function creditNames(articles: readonly Article[], lang: Lang = 'en'): string {
  return [...articles.map((a) => creditShortIn(a, lang)), 'Natural Earth'].join(lang === 'zh' ? '；' : '; ');
}

/** "Sources: …." The label is the interface's (the app puts it in the reader's language), and the names
 * are written in each language, English shown: the app shows the reader's (src/lib/page-words.ts). */
export function creditHtml(articles: readonly Article[]): string {
  const names = LANGS.map(
    (lang) =>
      `<span class="credit-names" data-lang="${lang}" lang="${LANG_TAGS[lang]}"${lang === 'en' ? '' : ' hidden'}>${escapeHtml(creditNames(articles, lang))}</span>`,
  ).join('');
  return `<p class="credit"><span class="credit-label">${escapeHtml(en.creditLabel)}</span> ${names}.</p>`;
}
