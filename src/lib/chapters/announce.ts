// The sentence a screen reader hears when a chapter's map is shown, made from the chapter's data:
// its place in the story, its title, the layers shown, the feature selected, those highlighted and
// what the map is framed on. Features that have not loaded are left out of the sentence.
import type { FeatureIndex } from '../feature-index.ts';
import { nameIn } from '../i18n.ts';
import type { StoryLayer } from '../layers/layer.ts';
import type { Chapter } from '../schema/chapter.ts';
import type { Lang, StoryProperties } from '../types.ts';

export interface ChapterLookup {
  /** The manifest's layers (their titles name what is shown). */
  layers: readonly Pick<StoryLayer, 'id' | 'title'>[];
  index: Pick<FeatureIndex, 'get'>;
}

/** At most this many highlighted or framing features are named; the rest are counted. */
export const MAX_NAMED = 5;

interface Words {
  chapter: (n: number, count: number) => string;
  showing: (list: string) => string;
  selected: (name: string) => string;
  highlighted: (list: string) => string;
  framed: (list: string) => string;
  more: (n: number) => string;
  /** After "Chapter n of m", after the title, between clauses, at the end. */
  colon: string;
  stop: string;
  comma: string;
  end: string;
}

const WORDS: Record<Lang, Words> = {
  en: {
    chapter: (n, count) => `Chapter ${n} of ${count}`,
    showing: (list) => `Showing ${list}`,
    selected: (name) => `${name} selected`,
    highlighted: (list) => `highlighted: ${list}`,
    framed: (list) => `map framed on ${list}`,
    more: (n) => `${n} more`,
    colon: ': ',
    stop: '. ',
    comma: '; ',
    end: '.',
  },
  vi: {
    chapter: (n, count) => `Chương ${n}/${count}`,
    showing: (list) => `Đang hiển thị ${list}`,
    selected: (name) => `đã chọn ${name}`,
    highlighted: (list) => `làm nổi bật ${list}`,
    framed: (list) => `bản đồ tập trung vào ${list}`,
    more: (n) => `${n} mục khác`,
    colon: ': ',
    stop: '. ',
    comma: '; ',
    end: '.',
  },
  zh: {
    chapter: (n, count) => `第${n}章（共${count}章）`,
    showing: (list) => `显示${list}`,
    selected: (name) => `已选中${name}`,
    highlighted: (list) => `突出显示${list}`,
    framed: (list) => `地图范围：${list}`,
    more: (n) => `另外${n}项`,
    colon: '：',
    stop: '。',
    comma: '；',
    end: '。',
  },
};

/** The short map name ("Hekou" for "Hekou station") where the data gives one. */
function shortName(props: StoryProperties, lang: Lang): string {
  return props[`label_${lang}`] ?? nameIn(props, lang);
}

function list(items: readonly string[], lang: Lang): string {
  const words = WORDS[lang];
  const named = items.length > MAX_NAMED ? [...items.slice(0, MAX_NAMED - 1), words.more(items.length - (MAX_NAMED - 1))] : items;
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(named);
}

/** E.g. "Chapter 4 of 8: Upgrading the line to standard gauge. Showing Kunming–Haiphong rail corridor;
 * Lao Cai station selected; highlighted: …; map framed on …." `index` is 0-based. */
export function chapterAnnouncement(chapter: Chapter, index: number, count: number, lookup: ChapterLookup, lang: Lang): string {
  const words = WORDS[lang];
  const features = (ids: readonly string[]) => ids.flatMap((id) => lookup.index.get(id)?.feature.properties ?? []);
  const layers = chapter.layers.flatMap((id) => lookup.layers.find((l) => l.id === id)?.title[lang] ?? []);
  const selected = features(chapter.select === undefined ? [] : [chapter.select])[0];
  const highlighted = features(chapter.highlight.filter((id) => id !== chapter.select));
  const framed = features(chapter.frame);
  const clauses = [
    layers.length ? words.showing(list(layers, lang)) : '',
    selected ? words.selected(nameIn(selected, lang)) : '',
    highlighted.length
      ? words.highlighted(
          list(
            highlighted.map((p) => shortName(p, lang)),
            lang,
          ),
        )
      : '',
    framed.length
      ? words.framed(
          list(
            framed.map((p) => shortName(p, lang)),
            lang,
          ),
        )
      : '',
  ].filter(Boolean);
  const head = `${words.chapter(index + 1, count)}${words.colon}${chapter.title[lang]}`;
  if (!clauses.length) return `${head}${words.end}`;
  const body = clauses.join(words.comma);
  // A title that ends in its own stop ("?") is not given another.
  const title = /[.?!。？！]$/.test(head) ? `${head}${lang === 'zh' ? '' : ' '}` : `${head}${words.stop}`;
  return `${title}${body.charAt(0).toLocaleUpperCase(lang)}${body.slice(1)}${words.end}`;
}
