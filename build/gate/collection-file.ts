// The first check of any GeoJSON file in geo/: valid JSON, and a FeatureCollection.
import { parseJsonWithPosition } from './json-text.ts';
import type { Problem } from './problems.ts';

export function parseFeatureCollection(file: string, text: string, problems: Problem[]): { features: unknown[] } | null {
  const parsed = parseJsonWithPosition(text);
  if (!parsed.ok) {
    problems.push({ file, feature: '', path: '', message: parsed.message, severity: 'error' });
    return null;
  }
  const value = parsed.value as { type?: unknown; features?: unknown } | null;
  if (typeof value !== 'object' || value === null || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    problems.push({
      file,
      feature: '',
      path: 'type',
      message: 'not a GeoJSON FeatureCollection: the file needs "type": "FeatureCollection" and a "features" array',
      severity: 'error',
    });
    return null;
  }
  return value as { features: unknown[] };
}
