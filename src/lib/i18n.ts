// Place names in three languages; disputed places always show every name.
import { LANGS, type Article, type Kind, type Lang, type StoryProperties } from './types.ts';
import { ALL_NAMES_KINDS } from './layers/kinds.ts';

export const LANG_LABELS: Record<Lang, string> = { en: 'English', vi: 'Tiếng Việt', zh: '中文' };

/** BCP 47 tags, so screen readers pronounce each name in its own language. */
export const LANG_TAGS: Record<Lang, string> = { en: 'en', vi: 'vi', zh: 'zh-Hans' };

type Named = Pick<StoryProperties, 'name_en' | 'name_vi' | 'name_zh'> & {
  kind?: string;
  claimants?: string[] | undefined;
  names_contested?: boolean | undefined;
};

export function nameIn(props: Named, lang: Lang): string {
  return props[`name_${lang}`];
}

/** The other two languages' names, in a fixed order, for showing beside the main one. */
export function otherNames(props: Named, lang: Lang): { lang: Lang; name: string }[] {
  return LANGS.filter((l) => l !== lang).map((l) => ({ lang: l, name: nameIn(props, l) }));
}

/** Contested places: each claimant's name is shown, never one side's alone. */
export function isDisputed(props: Named): boolean {
  return ALL_NAMES_KINDS.includes(props.kind as Kind) || (props.claimants?.length ?? 0) > 1 || props.names_contested === true;
}

type Credited = Pick<Article, 'credit' | 'credit_vi' | 'credit_zh' | 'credit_short' | 'credit_short_vi' | 'credit_short_zh'>;

/** An article's credit in a language (the publisher's name as published; our words translated). */
export function creditIn(article: Credited, lang: Lang): string {
  return lang === 'en' ? article.credit : article[`credit_${lang}`];
}

/** The same in a few words, for one-line credits. */
export function creditShortIn(article: Credited, lang: Lang): string {
  return lang === 'en' ? article.credit_short : article[`credit_short_${lang}`];
}

type Noted = Pick<StoryProperties, 'note_en' | 'note_vi' | 'note_zh'>;

/** A feature's note in the reader's language (from the feature, or the notes served apart, `translated`),
 * else the English one, with the language it is in. */
export function noteIn(props: Noted & { id?: string }, lang: Lang, translated?: Record<string, string>): { lang: Lang; text: string } | null {
  const own = props[`note_${lang}`] ?? (props.id !== undefined ? translated?.[props.id] : undefined);
  if (own) return { lang, text: own };
  return props.note_en ? { lang: 'en', text: props.note_en } : null;
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
