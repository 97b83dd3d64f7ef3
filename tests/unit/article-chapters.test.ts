// The demo article's chapter markup (story mode in an article, build/render/article-html.ts): made
// from the data, only after the map, each paragraph quoting the chapter it is marked with.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readStoryFiles } from '../../build/gate/read-story.ts';
import { validateStory } from '../../build/gate/validate-story.ts';
import { articleBodyHtml } from '../../build/render/article-html.ts';

const files = readStoryFiles(resolve(import.meta.dirname, '../..'));
const story = validateStory(files);
const inputs = story.articles.flatMap((article) =>
  files.articleTexts[article.file] === undefined ? [] : [{ article, text: files.articleTexts[article.file]! }],
);
const chapters = story.chapters!.chapters;
const MAP = '<figure class="story-map">map</figure>';
const unescape = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('chapter markup in the demo article', () => {
  const html = articleBodyHtml(inputs, Object.values(story.collections), MAP, 4, chapters);
  const marked = [...html.matchAll(/<p data-storymap-chapter="([^"]+)">(.*?)<\/p>/g)].map(([whole, id, body]) => ({ whole, id: id!, text: unescape(body!) }));

  it('marks paragraphs after the map only, each with a chapter it quotes, each chapter once', () => {
    expect(marked.length).toBeGreaterThanOrEqual(2);
    for (const { whole, id, text } of marked) {
      expect(html.indexOf(whole)).toBeGreaterThan(html.indexOf(MAP));
      const chapter = chapters.find((ch) => ch.id === id);
      expect(chapter, id).toBeDefined();
      expect(chapter!.passages.some((p) => text.includes(p.text))).toBe(true);
    }
    expect(new Set(marked.map((m) => m.id)).size).toBe(marked.length);
  });

  it('puts the map and the marked paragraphs after it in one story run', () => {
    const run = html.slice(html.indexOf('<div class="story-run">'), html.indexOf('</div>', html.indexOf(MAP)));
    expect(run.startsWith(`<div class="story-run">\n${MAP}`)).toBe(true);
    for (const { whole } of marked) expect(run).toContain(whole);
  });

  it('without chapters, marks nothing and the map stands alone', () => {
    const plain = articleBodyHtml(inputs, Object.values(story.collections), MAP);
    expect(plain).not.toContain('data-storymap-chapter');
    expect(plain).not.toContain('story-run');
    expect(plain).toContain(MAP);
  });
});
