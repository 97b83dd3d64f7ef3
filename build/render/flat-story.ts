// The flat story: every chapter of geo/chapters.json in order, with its title, its passages quoted
// with their credit (the words the live story page shows) and a picture of its view drawn at build
// time. It is story.html's content without JavaScript, and what prints (src/story/flat-story.css).
import type { FeatureCollection, Point } from 'geojson';
import { chapterSvg } from './chapter-svg.ts';
import { escapeHtml } from './html.ts';
import { chapterAnnouncement } from '../../src/lib/chapters/announce.ts';
import { chapterView, type Bounds } from '../../src/lib/chapters/view.ts';
import { FeatureIndex } from '../../src/lib/feature-index.ts';
import { articleCredit, formatDate } from '../../src/lib/later/panel-words.ts';
import { STORY_BOUNDS } from '../../src/lib/map/basemap-style.ts';
import type { StoryLayer } from '../../src/lib/layers/layer.ts';
import type { Chapter } from '../../src/lib/schema/chapter.ts';
import type { Article, StoryCollection } from '../../src/lib/types.ts';

export interface FlatStoryInput {
  chapters: readonly Chapter[];
  articles: readonly Article[];
  layers: readonly StoryLayer[];
  collections: Record<string, StoryCollection>;
  basemap: { land: FeatureCollection; borders: FeatureCollection; labels: FeatureCollection<Point> };
}

const WHOLE_STORY: Bounds = [...STORY_BOUNDS[0], ...STORY_BOUNDS[1]] as Bounds;

function chapterHtml(chapter: Chapter, i: number, input: FlatStoryInput, index: FeatureIndex): string {
  const count = input.chapters.length;
  const view = chapterView(chapter, index);
  const label = chapterAnnouncement(chapter, i, count, { layers: input.layers, index }, 'en');
  const svg = chapterSvg({
    basemap: input.basemap,
    layers: input.layers,
    collections: input.collections,
    view: { layers: view.layers, selected: view.selected?.feature.properties.id ?? null, bounds: view.bounds ?? WHOLE_STORY },
    label,
  });
  const id = `flat-${chapter.id}`;
  const date = chapter.date ? ` · <time datetime="${chapter.date}">${escapeHtml(formatDate(chapter.date))}</time>` : '';
  const passages = chapter.passages
    .map((p) => {
      const credit = articleCredit(
        input.articles.find((a) => a.id === p.article),
        p.article,
      );
      return `<figure class="excerpt"><blockquote lang="en"><p>“${escapeHtml(p.text)}”</p></blockquote><figcaption>${escapeHtml(credit)}</figcaption></figure>`;
    })
    .join('');
  const shown = chapter.layers.flatMap((l) => input.layers.find((layer) => layer.id === l)?.title.en ?? []);
  return (
    `<li><section class="flat-chapter" id="${id}" data-flat-chapter="${chapter.id}" aria-labelledby="${id}-title">` +
    `<div class="flat-text"><p class="count">Chapter ${i + 1} of ${count}${date}</p><h2 id="${id}-title">${escapeHtml(chapter.title.en)}</h2>${passages}` +
    `<p class="flat-key">On the map: ${escapeHtml(new Intl.ListFormat('en', { type: 'conjunction' }).format(shown))}.</p></div>` +
    `<div class="flat-map">${svg}</div></section></li>`
  );
}

export function flatStoryHtml(input: FlatStoryInput): string {
  const index = new FeatureIndex();
  for (const layer of input.layers) {
    const collection = input.collections[layer.id];
    if (collection) index.add(layer, collection);
  }
  return `<ol class="flat-story">${input.chapters.map((chapter, i) => chapterHtml(chapter, i, input, index)).join('')}</ol>`;
}
