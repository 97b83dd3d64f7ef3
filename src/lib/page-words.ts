// The page around the app (its title and masthead, written in English in index.html and story.html)
// follows the reader's language too. Set as text, never as HTML.
import type { Messages } from './messages/index.ts';
import type { Lang } from './types.ts';

export type PageKind = 'map' | 'story' | 'embed';

export function applyPageWords(kind: PageKind, words: Messages, lang: Lang): void {
  const title = kind === 'map' ? words.pageTitle : kind === 'story' ? words.storyTitle : words.embedFrameTitle;
  // An untouched English page is left as written (nothing to change, nothing to shift).
  if (document.title === title) return;
  document.title = title;
  const masthead = document.querySelector('.masthead');
  if (!masthead) return;
  const credit = masthead.querySelector('.credit-label');
  if (credit) credit.textContent = words.creditLabel;
  // The credit's names are written in each language at build time: the reader's shows.
  for (const names of masthead.querySelectorAll<HTMLElement>('.credit-names[data-lang]')) names.hidden = names.dataset.lang !== lang;
  const heading = masthead.querySelector('h1');
  const dek = masthead.querySelector('h1 + p');
  if (heading) heading.textContent = title;
  if (!dek) return;
  if (kind === 'story') {
    dek.textContent = words.storyDek;
    return;
  }
  dek.textContent = words.pageDek;
}
