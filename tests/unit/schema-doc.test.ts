// geo/SCHEMA.md is generated from the zod schema the gate runs: they cannot drift apart.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { schemaMarkdown } from '../../build/gate/schema-doc.ts';
import { storyPropertiesSchema } from '../../src/lib/schema/story.ts';
import { chapterSchema } from '../../src/lib/schema/chapter.ts';

describe('geo/SCHEMA.md', () => {
  it('is what the schema generates (run npm run schema:doc after changing src/lib/schema/story.ts)', () => {
    expect(readFileSync(new URL('../../geo/SCHEMA.md', import.meta.url), 'utf8')).toBe(schemaMarkdown());
  });

  it('documents every feature property the schema knows', () => {
    for (const key of Object.keys(storyPropertiesSchema.shape)) expect(schemaMarkdown()).toContain(`| \`${key}\` |`);
  });

  it('documents every chapter field, in the section on geo/chapters.json', () => {
    const section = schemaMarkdown().split('## `geo/chapters.json`')[1] ?? '';
    for (const key of Object.keys(chapterSchema.shape)) expect(section).toContain(`| \`${key}\` |`);
  });
});
