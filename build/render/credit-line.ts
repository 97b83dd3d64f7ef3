// The one-line credit a news map carries in sight (the full page's masthead, the embed's foot):
// who reported the story and where the map comes from; the Sources dialog has the whole list.
import type { Article } from '../../src/lib/types.ts';
import { escapeHtml } from './html.ts';
import { en } from '../../src/lib/messages/en.ts';

/** "ICARO Media Group (from Reuters); …; Natural Earth": names as published, in English. */
export function creditNames(articles: readonly Article[]): string {
  return [...articles.map((a) => a.credit_short), 'Natural Earth'].join('; ');
}

/** "Sources: …." The label is the interface's (the app puts it in the reader's language); the names stay English. */
export function creditHtml(articles: readonly Article[]): string {
  return `<p class="credit"><span class="credit-label">${escapeHtml(en.creditLabel)}</span> <span class="credit-names" lang="en">${escapeHtml(creditNames(articles))}</span>.</p>`;
}
