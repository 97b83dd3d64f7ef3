// geo/basemap/labels.geojson: country, city and sea names, checked like the story layers.
import type { FeatureCollection, Point } from 'geojson';
import { basemapLabelSchema, type BasemapLabelProperties } from '../../src/lib/schema/story.ts';
import { parseFeatureCollection } from './collection-file.ts';
import { validateGeometry } from './validate-geometry.ts';
import { describeIssue, issuePath } from './validate-properties.ts';
import type { Problem } from './problems.ts';

export const LABELS_FILE = 'geo/basemap/labels.geojson';

export type BasemapLabels = FeatureCollection<Point, BasemapLabelProperties>;

export function validateLabels(text: string, sourceIds: Set<string>, problems: Problem[]): BasemapLabels | null {
  const file = LABELS_FILE;
  if (!text) {
    problems.push({ file, feature: '', path: '', message: 'the basemap labels are missing', severity: 'error' });
    return null;
  }
  const value = parseFeatureCollection(file, text, problems);
  if (!value) return null;
  const before = problems.length;
  (value.features as ({ geometry?: unknown; properties?: unknown } | null)[]).forEach((feature, i) => {
    const name = (feature?.properties as { name_en?: unknown } | undefined)?.name_en;
    const add = (path: string, message: string, severity: Problem['severity'] = 'error') =>
      problems.push({ file, feature: typeof name === 'string' && name ? name : `#${i}`, path, message, severity });
    for (const issue of validateGeometry(feature?.geometry)) add(issue.path, issue.message, issue.severity);
    if ((feature?.geometry as { type?: unknown } | undefined)?.type !== 'Point') add('geometry.type', 'a label is a Point');
    const result = basemapLabelSchema.safeParse(feature?.properties, { reportInput: true });
    if (!result.success) for (const issue of result.error.issues) add(issuePath(issue.path), describeIssue(issue));
    else
      result.data.sources.forEach(
        (s, j) => sourceIds.has(s) || add(`properties.sources[${j}]`, `source "${s}" is not listed in geo/SOURCES.md: add a row for it`),
      );
  });
  return problems.slice(before).some((p) => p.severity === 'error') ? null : (value as BasemapLabels);
}
