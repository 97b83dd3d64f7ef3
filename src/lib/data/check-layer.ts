// The browser's check of a served layer file, with the data gate's own schema and rules
// (src/lib/schema/feature.ts, build/gate/validate-geometry.ts, build/gate/feature-rules.ts): a copy
// on a CDN may differ from the one the gate passed. A feature that fails is left out and named with
// its reason; the rest of the layer is kept. Nothing recursive runs before the nesting is bounded.
import { storyPropertiesSchema, MEASURED_PROPERTIES } from '../schema/feature.ts';
import { validateGeometry } from '../../../build/gate/validate-geometry.ts';
import { crossFieldProblems } from '../../../build/gate/feature-rules.ts';
import { issuePath } from '../../../build/gate/validate-properties.ts';
import { nestsDeeperThan } from './depth.ts';
import { bbox } from '@turf/turf';
import { claimId, type SeenIds } from './seen-ids.ts';
import type { RejectedFeature } from './rejected.ts';
import type * as z from 'zod/mini';
import type { StoryLayer } from '../layers/layer.ts';
import type { StoryCollection, StoryFeature } from '../types.ts';

/** A feature is at most 6 levels deep (a MultiPolygon's numbers); 8 leaves room, 100,000 does not. */
export const MAX_FEATURE_DEPTH = 8;
/** Features checked between two yields to the page, so a 100,000-feature layer never blocks it. */
const BATCH = 2000;

export type { RejectedFeature, SeenIds };

export type LayerCheck = { ok: true; collection: StoryCollection; rejected: RejectedFeature[] } | { ok: false; error: string };

/** zod's own message where the schema gives one; the browser loads no locale, so the rest are said here (never quoting the input). */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.message !== 'Invalid input') return issue.message;
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return `invalid (${issue.code})`;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function labelOf(feature: unknown, index: number): string {
  const id = (feature as { properties?: { id?: unknown } } | null)?.properties?.id;
  return typeof id === 'string' && id && id.length <= 120 ? id : `#${index}`;
}

/** Why the feature cannot be shown, or null when it passes (its id is then taken in `seen`). */
export function featureProblem(feature: unknown, layer: StoryLayer, seen: SeenIds): string | null {
  if (nestsDeeperThan(feature, MAX_FEATURE_DEPTH)) return `nested more than ${MAX_FEATURE_DEPTH} levels deep`;
  if (typeof feature !== 'object' || feature === null || (feature as { type?: unknown }).type !== 'Feature') return 'not a GeoJSON Feature';
  const f = feature as { geometry?: unknown; properties?: unknown };
  const geometryError = validateGeometry(f.geometry).find((issue) => issue.severity === 'error');
  if (geometryError) return `${geometryError.path}: ${geometryError.message}`;
  if (typeof f.properties !== 'object' || f.properties === null) return 'the feature has no properties';
  const result = storyPropertiesSchema.safeParse(f.properties);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return `${issuePath(issue.path)}: ${issueText(issue)}`;
  }
  const geometryType = String((f.geometry as { type: unknown }).type);
  // Served files carry the figures measured at build time, which geo/ must not; their Vietnamese and
  // Chinese notes are served apart (build/render/served-notes.ts).
  const measured = [...MEASURED_PROPERTIES.map((key) => `properties.${key}`), 'properties.note_vi', 'properties.note_zh'];
  const rule = crossFieldProblems(result.data, layer, geometryType).find(([path]) => !measured.includes(path));
  if (rule) return `${rule[0]}: ${rule[1]}`;
  const props = f.properties as Record<string, unknown>;
  const badFigure = MEASURED_PROPERTIES.find((key) => key in props && !(typeof props[key] === 'number' && Number.isFinite(props[key]) && props[key] >= 0));
  if (badFigure) return `properties.${badFigure}: not a measured figure`;
  return claimId(seen, result.data.id, layer.id);
}

/** Checks a parsed layer file; adds the ids it keeps to `seen`. */
export async function checkLayer(value: unknown, layer: StoryLayer, seen: SeenIds): Promise<LayerCheck> {
  const v = value as { type?: unknown; features?: unknown } | null;
  if (typeof v !== 'object' || v === null || v.type !== 'FeatureCollection' || !Array.isArray(v.features)) {
    return { ok: false, error: 'not a GeoJSON FeatureCollection' };
  }
  const features: StoryFeature[] = [];
  const rejected: RejectedFeature[] = [];
  for (let i = 0; i < v.features.length; i++) {
    if (i > 0 && i % BATCH === 0) await yieldToPage();
    const feature: unknown = v.features[i];
    const problem = featureProblem(feature, layer, seen);
    if (problem) {
      rejected.push({ id: labelOf(feature, i), reason: problem });
      continue;
    }
    // Its box is measured here, as the build measures it: a changed file's own `bbox` is not trusted.
    features.push({ ...(feature as StoryFeature), bbox: bbox(feature as StoryFeature, { recompute: true }) });
  }
  return { ok: true, collection: { type: 'FeatureCollection', features }, rejected };
}
