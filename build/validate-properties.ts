// The property schema of a story feature (geo/SCHEMA.md), as zod rules.
import { z } from 'zod';
import { KINDS, PRECISIONS, STATUSES } from '../src/lib/types.ts';

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lowercase letters, digits and single hyphens)');
const name = z.string().trim().min(1, 'must not be empty');

export const storyPropertiesSchema = z.looseObject({
  id: kebab,
  name_en: name,
  name_vi: name,
  name_zh: name,
  kind: z.enum(KINDS),
  status: z.enum(STATUSES).optional(),
  precision: z.enum(PRECISIONS),
  sources: z.array(kebab).min(1, 'list at least one source id from geo/SOURCES.md'),
  excerpts: z
    .array(z.object({ article: z.string().min(1), text: z.string().trim().min(1, 'must not be empty') }))
    .min(1, 'every feature needs at least one excerpt from the articles'),
  published_length_km: z.number().positive().optional(),
  section: z.string().optional(),
  note_en: z.string().optional(),
  claimants: z.array(name).optional(),
});

/** zod paths as `properties.excerpts[0].text`. */
export function issuePath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), 'properties');
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is missing: add it (see geo/SCHEMA.md)`;
  if (issue.code === 'invalid_value') return `${JSON.stringify(issue.input)} is not allowed: use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}
