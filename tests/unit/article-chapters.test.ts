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

  it('puts the map and the rest of the first article after it in one story run, ending with that article', () => {
    const first = html.slice(0, html.indexOf('</article>'));
    expect(first).toContain('<article class="story story-with-map"');
    const run = first.slice(first.indexOf('<div class="story-run">'));
    expect(run.startsWith(`<div class="story-run">\n${MAP}`)).toBe(true);
    for (const { whole } of marked) expect(run).toContain(whole);
    // Every paragraph after the map is in the run, and the run closes just before the article does.
    expect(first.slice(first.indexOf(MAP)).match(/<p[ >]/g)!.length).toBe(run.match(/<p[ >]/g)!.length);
    expect(first.trimEnd().endsWith('</div>')).toBe(true);
    // Only the first article carries the map.
    expect(html.match(/story-with-map/g)).toHaveLength(1);
  });

  it('without chapters, marks nothing; the map still heads the story run', () => {
    const plain = articleBodyHtml(inputs, Object.values(story.collections), MAP);
    expect(plain).not.toContain('data-storymap-chapter');
    // The map is still pinned through both articles (the sentences select on it), chapters or not.
    expect(plain).toContain(`<div class="story-run">\n${MAP}`);
  });
});
