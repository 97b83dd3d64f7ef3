// Reader-facing wording the feature panel and the sources dialog need: fetched after the first view.
import type { Article, Lang, StoryProperties } from '../types.ts';
import { creditIn } from '../i18n.ts';
import { en, formatDate, formatMonth, type LaterMessages, type Messages } from '../messages/index.ts';
import { enLater } from '../messages/later/en.ts';

export { formatDate };

/** "Built, as of December 2023", and "after the articles" when the status is later news than they are. */
export function statusLine(
  p: Pick<StoryProperties, 'status' | 'status_as_of'>,
  articles: Article[],
  m: Messages = en,
  later: LaterMessages = enLater,
): string | null {
  if (!p.status) return null;
  const word = later.statusWords[p.status];
  if (!p.status_as_of) return word;
  const when = p.status_as_of.length === 7 ? formatMonth(p.status_as_of, m) : formatDate(p.status_as_of, m);
  // ISO strings compare as dates; a month sorts before its own days, so the articles' month is not "after".
  const latest = articles
    .map((a) => a.date)
    .sort()
    .at(-1);
  return later.statusAsOf(word, when, latest !== undefined && p.status_as_of > latest);
}

/** Who published the words quoted (English, as published), and when (in the reader's language). */
export function articleCredit(article: Article | undefined, articleId: string, m: Messages = en, lang: Lang = 'en'): string {
  if (!article) return articleId;
  // The credit names who published the words quoted, and whose reporting they carry (a site's
  // rewrite of wire copy is not the wire's text); the dateline is not repeated.
  return `${creditIn(article, lang)}, ${formatDate(article.date, m)}`;
}

/** The turf-measured figures for a feature, as sentences. */
export function figures(p: StoryProperties, m: LaterMessages = enLater): string[] {
  const out: string[] = [];
  if (p.drawn_length_km !== undefined)
    out.push((p.precision === 'schematic' ? m.lengthSchematic : m.lengthAsDrawn)(p.drawn_length_km, p.published_length_km || undefined));
  // Two significant figures unless exact: an outline drawn from an estimate is not measured to the square kilometre.
  if (p.area_km2 !== undefined) out.push(p.precision === 'exact' ? m.areaExact(p.area_km2) : m.areaApproximate(p.area_km2));
  if (p.illustrative) out.push(m.illustrative);
  if (p.coast_distance_km !== undefined) out.push(m.coastDistance(p.coast_distance_km));
  return out;
}

/** Only https links are rendered as links; anything else is shown as text. */
export function safeHttpsUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** What a source supports, for readers: the feature ids the data cites by are replaced by the features' English names. */
export function readableSupports(supports: string, nameOf: (id: string) => string | undefined): string {
  // Whole kebab-case words only, so a longer id or a hyphenated word is left as it is.
  return supports.replace(/(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w-])/g, (word) => nameOf(word) ?? word);
}
