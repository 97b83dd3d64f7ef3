// Reader-facing wording the feature panel and the sources dialog need: fetched after the first view.
import type { Article, StoryProperties } from '../types.ts';
import type { Status } from '../schema/values.ts';

export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const STATUS_WORDS: Record<Status, string> = { built: 'Built', 'part-built': 'Partly built', planned: 'Planned', proposed: 'Proposed' };

/** "Built, as of December 2023", and "after the articles" when the status is later news than they are. */
export function statusLine(p: Pick<StoryProperties, 'status' | 'status_as_of'>, articles: Article[]): string | null {
  if (!p.status) return null;
  const word = STATUS_WORDS[p.status];
  if (!p.status_as_of) return word;
  const month = p.status_as_of.length === 7;
  const when = month
    ? new Date(`${p.status_as_of}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
    : formatDate(p.status_as_of);
  // ISO strings compare as dates; a month sorts before its own days, so the articles' month is not "after".
  const latest = articles
    .map((a) => a.date)
    .sort()
    .at(-1);
  return `${word}, as of ${when}${latest && p.status_as_of > latest ? ' (after the articles)' : ''}`;
}

export function articleCredit(article: Article | undefined, articleId: string): string {
  if (!article) return articleId;
  // The credit names who published the words quoted, and whose reporting they carry (a site's
  // rewrite of wire copy is not the wire's text); the dateline is not repeated.
  return `${article.credit}, ${formatDate(article.date)}`;
}

const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
/** Two significant figures: an outline drawn from an estimate is not measured to the square kilometre. */
const rough = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 2 });

/** The turf-measured figures for a feature, as sentences. */
export function figures(p: StoryProperties): string[] {
  const out: string[] = [];
  if (p.drawn_length_km !== undefined) {
    const published = p.published_length_km;
    const diff = published ? ` (the published length is ${km.format(published)} km)` : '';
    const what = p.precision === 'schematic' ? 'Length of the schematic drawing (not of the route)' : 'Length as drawn';
    out.push(`${what}: ${km.format(p.drawn_length_km)} km${diff}`);
  }
  if (p.area_km2 !== undefined) {
    const area = p.precision === 'exact' ? km.format(p.area_km2) : rough.format(p.area_km2);
    out.push(`Area as drawn: about ${area} km²${p.precision === 'exact' ? '' : ' (the outline is approximate)'}`);
  }
  if (p.illustrative) out.push('The outline only shows roughly where it lies, so no area is given.');
  if (p.coast_distance_km !== undefined) out.push(`Distance from the nearest coast: about ${km.format(p.coast_distance_km)} km`);
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
