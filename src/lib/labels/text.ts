// What a map label says and how wide it is: shared by the build's picture and the live map, so
// both lay out the same words in the same boxes.
import { isDisputed, nameIn, otherNames } from '../i18n.ts';
import type { Lang } from '../types.ts';

export interface LabelNames {
  name_en: string;
  name_vi: string;
  name_zh: string;
  /** A short name for the map (the panel keeps the full one): "Hekou" for "Hekou station". */
  label_en?: string | undefined;
  label_vi?: string | undefined;
  label_zh?: string | undefined;
  kind?: string;
  claimants?: string[] | undefined;
  names_contested?: boolean | undefined;
}

function shortName(p: LabelNames, lang: Lang): string {
  return p[`label_${lang}`] ?? nameIn(p as never, lang);
}

const NBSP = '\u00a0';

/** One line of names for several places: lines break only between names, never inside "Ben Den". */
export function listNames(names: string[], maxEms: number): string[] {
  return wrapText(names.map((n) => n.replaceAll(' ', NBSP)).join(' · '), maxEms);
}

/** The label's text: disputed places name every claimant, on a second line, never one side alone. */
export function labelText(p: LabelNames, lang: Lang): string {
  if (!isDisputed(p as never)) return shortName(p, lang);
  // Each other name is kept whole (no break inside "Hoàng Sa"): lines break only between names.
  const others = otherNames(p as never, lang).map((o) => shortName(p, o.lang).replaceAll(' ', NBSP));
  return `${shortName(p, lang)}\n${others.join(' · ')}`;
}

/** Rough advance width in ems: CJK glyphs are square, Latin ones about half as wide. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.56;
  return ems;
}

/** Breaks text at spaces into lines of at most maxEms (MapLibre's text-max-width); explicit breaks are kept. */
export function wrapText(text: string, maxEms: number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    for (const word of paragraph.split(' ')) {
      const last = lines.at(-1);
      if (last !== undefined && textEms(`${last} ${word}`) <= maxEms) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    // A separator between names is not left at the end or start of a line.
    return lines.map((line) => line.replace(/ ·$/, '').replace(/^· /, '')).filter((line) => line !== '·');
  });
}
