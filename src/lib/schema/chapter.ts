// The schema of geo/chapters.json, the story told in order: each chapter's passages from the
// articles and what the map shows for them. zod/mini, like ./feature.ts, so a story page could
// run the very same object on the served file. Rules across files (ids that must exist, passages
// that must be verbatim, features whose layer is shown) are in build/gate/validate-chapters.ts.
import * as z from 'zod/mini';
import { doc, excerptSchema, kebab, text } from './feature.ts';

const featureIds = z.array(kebab).check(z.refine((ids: string[]) => new Set(ids).size === ids.length, 'lists the same id twice: list each once'));

export const CHAPTER_PASSAGES = { min: 1, max: 3 } as const;

/** One chapter: what the reader reads, and what the map shows while they read it. */
export const chapterSchema = z.strictObject({
  id: doc(kebab, { description: 'kebab-case, unique in the file; the `?chapter=` value, so never reused' }),
  title: doc(z.strictObject({ en: text, vi: text, zh: text }), {
    description: 'the chapter’s heading in en, vi (with diacritics) and zh (simplified); English writes Vietnamese places without diacritics',
  }),
  passages: doc(
    z
      .array(excerptSchema)
      .check(
        z.minLength(CHAPTER_PASSAGES.min, 'a chapter needs a passage from the articles'),
        z.maxLength(CHAPTER_PASSAGES.max, `at most ${CHAPTER_PASSAGES.max} passages a chapter: split it`),
      ),
    { description: `${CHAPTER_PASSAGES.min}–${CHAPTER_PASSAGES.max} \`{ "article", "text" }\`, each an exact substring of that article in \`seeds/\`` },
  ),
  select: doc(z.optional(kebab), { description: 'a feature id: the feature opened in the panel', when: 'a chapter about one place' }),
  highlight: doc(featureIds, { description: 'feature ids the map emphasises (may be empty)' }),
  layers: doc(featureIds.check(z.minLength(1, 'show at least one layer')), {
    description: 'layer ids from geo/layers.json shown in this chapter; every feature the chapter names must be in one of them',
  }),
  frame: doc(featureIds.check(z.minLength(1, 'name at least one feature to frame')), {
    description: 'feature ids whose combined bounds the map fits',
  }),
  date: doc(z.optional(z.iso.date('must be a real date written yyyy-mm-dd')), {
    description: 'a date the passages give, `yyyy-mm-dd`; not after the date of the articles they quote',
    when: 'passages that date what they tell',
  }),
});

/** geo/chapters.json: the chapters in reading order. */
export const chapterFileSchema = z.strictObject({ chapters: z.array(chapterSchema).check(z.minLength(1, 'list at least one chapter')) });

export type Chapter = z.infer<typeof chapterSchema>;
export type ChapterFile = z.infer<typeof chapterFileSchema>;
