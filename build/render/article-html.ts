// The demo article page's body, built from seeds/ and geo/: the articles as a reader sees them on a
// news site, every sentence that is an excerpt marked up (from the data, not by hand), and the map
// placeholder between paragraphs.
import type { Article, StoryCollection, StoryFeature } from '../../src/lib/types.ts';
import type { Chapter } from '../../src/lib/schema/chapter.ts';
import { escapeHtml } from './html.ts';

/**
 * When several features quote one sentence, clicking it shows the feature that quotes it first
 * among its own excerpts (its lead quote), then the most specific kind.
 */
const KIND_PRIORITY = [
  'railway',
  'region',
  'island-group',
  'data-centre',
  'claim-line',
  'cable-landing',
  'deposit',
  'expressway',
  'border-crossing',
  'station',
  'island',
];

interface Range {
  start: number;
  end: number;
  features: StoryFeature[];
  /** For each feature, where this text stands in its own list of excerpts (0 = its lead quote). */
  rank: Map<StoryFeature, number>;
}

function primary(range: Range): StoryFeature {
  const kind = (f: StoryFeature) => KIND_PRIORITY.indexOf(f.properties.kind);
  return [...range.features].sort((a, b) => range.rank.get(a)! - range.rank.get(b)! || kind(a) - kind(b))[0]!;
}

/** Non-overlapping ranges of the text quoted by features, each with every feature that quotes it. */
export function excerptRanges(articleId: string, text: string, features: StoryFeature[]): Range[] {
  const raw: Range[] = [];
  for (const f of features) {
    f.properties.excerpts.forEach((e, index) => {
      if (e.article !== articleId) return;
      const start = text.indexOf(e.text);
      if (start === -1) return;
      const found = raw.find((r) => r.start === start && r.end === start + e.text.length);
      if (!found) raw.push({ start, end: start + e.text.length, features: [f], rank: new Map([[f, index]]) });
      else if (!found.features.includes(f)) {
        found.features.push(f);
        found.rank.set(f, index);
      }
    });
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      for (const f of r.features) {
        if (!last.features.includes(f)) last.features.push(f);
        last.rank.set(f, Math.min(last.rank.get(f) ?? Infinity, r.rank.get(f)!));
      }
    } else merged.push({ ...r, features: [...r.features], rank: new Map(r.rank) });
  }
  return merged;
}

function paragraphHtml(text: string, offset: number, ranges: Range[], chapter: string | null = null): string {
  let html = '';
  let at = 0;
  for (const r of ranges) {
    const start = r.start - offset;
    const end = r.end - offset;
    if (end <= 0 || start >= text.length) continue;
    const s = Math.max(0, start);
    const e = Math.min(text.length, end);
    html += escapeHtml(text.slice(at, s));
    const ids = r.features.map((f) => f.properties.id);
    html += `<span class="excerpt" role="button" tabindex="0" aria-describedby="excerpt-hint" data-feature="${escapeHtml(primary(r).properties.id)}" data-features="${escapeHtml(ids.join(' '))}">${escapeHtml(text.slice(s, e))}</span>`;
    at = e;
  }
  const mark = chapter ? ` data-storymap-chapter="${escapeHtml(chapter)}"` : '';
  return `<p${mark}>${html}${escapeHtml(text.slice(at))}</p>`;
}

/**
 * Story mode in the article (embed.js): the chapter a paragraph after the map tells, if it quotes
 * one: the first in the story's order that no earlier paragraph of the run has taken, else the first.
 */
function chapterOf(paragraph: string, articleId: string, chapters: readonly Chapter[], taken: Set<string>): string | null {
  const quoting = chapters.filter((ch) => ch.passages.some((p) => p.article === articleId && paragraph.includes(p.text)));
  return (quoting.find((ch) => !taken.has(ch.id)) ?? quoting[0])?.id ?? null;
}

function dateText(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export interface ArticleInput {
  article: Article;
  text: string;
}

/** `chapters`: the story's, in order; the paragraphs after the map that quote one are marked with it. */
export function articleBodyHtml(
  inputs: ArticleInput[],
  layers: StoryCollection[],
  mapHtml: string,
  mapAfterParagraph = 4,
  chapters: readonly Chapter[] = [],
): string {
  const features = layers.flatMap((l) => l.features);
  const taken = new Set<string>();
  return inputs
    .map(({ article, text }, index) => {
      const ranges = excerptRanges(article.id, text, features);
      const paragraphs: string[] = [];
      let offset = 0;
      for (const line of text.split('\n')) {
        const trimmed = line.trim();
        // The headline and the publisher line are shown in the article's header instead.
        if (trimmed && trimmed !== article.headline && trimmed !== article.publisher) {
          // Only in the first article, below the map (the story run's chapters; the second article's sentences still select on the pinned map).
          const chapter = index === 0 && paragraphs.length >= mapAfterParagraph ? chapterOf(line, article.id, chapters, taken) : null;
          if (chapter) taken.add(chapter);
          paragraphs.push(paragraphHtml(line, offset, ranges, chapter));
        }
        offset += line.length + 1;
      }
      if (index === 0) {
        // The map and the rest of the article after it are one story run; the run and its article lay
        // no box of their own (article.css), so the map stays pinned beside or above the text through
        // both articles: every marked sentence, in either, selects on a map in view.
        const after = paragraphs.slice(mapAfterParagraph);
        paragraphs.splice(mapAfterParagraph, after.length, `<div class="story-run">\n${mapHtml}${after.map((p) => `\n${p}`).join('')}\n</div>`);
      }
      const title = article.headline ? escapeHtml(article.headline) : `Report dated ${escapeHtml(article.dateline)}`;
      const byline = `${escapeHtml(article.publisher ?? 'Publisher not named in the text')} · ${escapeHtml(article.dateline)} · <time datetime="${escapeHtml(article.date)}">${escapeHtml(dateText(article.date))}</time>`;
      return `<article class="story${index === 0 ? ' story-with-map' : ''}" id="${escapeHtml(article.id)}" aria-labelledby="${escapeHtml(article.id)}-title">
<header><h2 id="${escapeHtml(article.id)}-title">${title}</h2><p class="byline">${byline}</p></header>
${paragraphs.join('\n')}
</article>`;
    })
    .join('\n');
}
