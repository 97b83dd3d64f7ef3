// The one-line credit a news map carries in sight (the full page's masthead, the embed's foot):
// who reported the story and where the map comes from; the Sources dialog has the whole list.
import type { Article } from '../../src/lib/types.ts';
import { escapeHtml } from './html.ts';

export function creditLine(articles: readonly Article[]): string {
  return `Sources: ${[...articles.map((a) => a.credit_short), 'Natural Earth'].join('; ')}.`;
}

export function creditHtml(articles: readonly Article[]): string {
  return `<p class="credit">${escapeHtml(creditLine(articles))}</p>`;
}
