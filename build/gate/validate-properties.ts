// zod issues as the gate's messages: a JSON path and a sentence that says what to do.
import type { z } from 'zod';

/** zod paths as `properties.excerpts[0].text`. */
export function issuePath(path: PropertyKey[], prefix = 'properties'): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), prefix);
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is missing: add it (see geo/SCHEMA.md)`;
  if (issue.code === 'invalid_value')
    return `${JSON.stringify(issue.input)} is not allowed: use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys')
    return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (see geo/SCHEMA.md)`;
  return issue.message;
}
