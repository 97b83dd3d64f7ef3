// The data gate: checks every file in geo/ and seeds/ and reports all problems at once.
import { bbox, length } from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString } from 'geojson';
import type { Article, LayerManifest, Source, StoryCollection, StoryFeature } from '../../src/lib/types.ts';
import { articleSchema, storyPropertiesSchema } from '../../src/lib/schema/story.ts';
import type { StoryLayer } from '../../src/lib/layers/layer.ts';
import type { Problem } from './problems.ts';
import { parseJsonWithPosition } from './json-text.ts';
import { parseFeatureCollection } from './collection-file.ts';
import { validateGeometry } from './validate-geometry.ts';
import { issuePath, describeIssue } from './validate-properties.ts';
import { crossFieldProblems } from './feature-rules.ts';
import { geometryRuleProblems, samePositionProblems, type PlacedPoint } from './geometry-rules.ts';
import { validateManifest } from './validate-manifest.ts';
import { validateLabels, type BasemapLabels } from './validate-labels.ts';
import { validateChapters } from './validate-chapters.ts';
import type { ChapterFile } from '../../src/lib/schema/chapter.ts';
import { closestPassage, isVerbatim } from './excerpts.ts';
import { parseSources } from './sources.ts';
import type { StoryFiles } from './read-story.ts';

export const LENGTH_TOLERANCE = 0.05;

export interface ValidatedStory {
  problems: Problem[];
  /** geo/layers.json, when it is valid. */
  manifest: LayerManifest | null;
  /** The manifest's layers with their styles resolved, in legend order. */
  layers: StoryLayer[];
  /** Layer data that passed, by layer id (a layer with any error is left out). */
  collections: Record<string, StoryCollection>;
  /** geo/basemap/labels.geojson, when it is valid. */
  labels: BasemapLabels | null;
  articles: Article[];
  sources: Source[];
  /** geo/chapters.json, when it is valid. */
  chapters: ChapterFile | null;
}

interface Context {
  articles: Map<string, string>;
  sourceIds: Set<string>;
  seenIds: Map<string, string>;
  /** Every sound point feature, for the one-position-per-place rule across layers. */
  points: PlacedPoint[];
}

function featureLabel(feature: unknown, index: number): string {
  const id = (feature as { properties?: { id?: unknown } } | null)?.properties?.id;
  return typeof id === 'string' && id ? id : `#${index}`;
}

export function drawnLengthKm(feature: Feature): number | null {
  const t = feature.geometry?.type;
  if (t !== 'LineString' && t !== 'MultiLineString') return null;
  return length(feature as Feature<LineString | MultiLineString>, { units: 'kilometers' });
}

function validateArticles(files: StoryFiles, problems: Problem[]): { articles: Article[]; texts: Map<string, string> } {
  const file = 'seeds/articles.json';
  const parsed = parseJsonWithPosition(files.articlesJson);
  if (!parsed.ok) {
    problems.push({ file, feature: '', path: '', message: parsed.message, severity: 'error' });
    return { articles: [], texts: new Map() };
  }
  if (!Array.isArray(parsed.value)) {
    problems.push({ file, feature: '', path: '', message: 'expected a list of articles', severity: 'error' });
    return { articles: [], texts: new Map() };
  }
  const articles: Article[] = [];
  parsed.value.forEach((a: unknown, i) => {
    const result = articleSchema.safeParse(a, { reportInput: true });
    if (result.success) articles.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push({ file, feature: `#${i}`, path: issuePath([i, ...issue.path], ''), message: describeIssue(issue), severity: 'error' });
  });
  const texts = new Map<string, string>();
  articles.forEach((a, i) => {
    const text = files.articleTexts[a.file];
    if (text === undefined) {
      problems.push({ file, feature: a.id ?? `#${i}`, path: `[${i}].file`, message: `article file seeds/${a.file} does not exist`, severity: 'error' });
    } else {
      texts.set(a.id, text);
    }
  });
  return { articles, texts };
}

function validateFeature(file: string, layer: StoryLayer, feature: unknown, index: number, ctx: Context, problems: Problem[]): feature is StoryFeature {
  const label = featureLabel(feature, index);
  const add = (path: string, message: string, severity: Problem['severity'] = 'error') => problems.push({ file, feature: label, path, message, severity });
  const before = problems.filter((p) => p.severity === 'error').length;

  if (typeof feature !== 'object' || feature === null || (feature as { type?: unknown }).type !== 'Feature') {
    add('', 'not a GeoJSON Feature: each entry of "features" needs "type": "Feature"');
    return false;
  }
  const f = feature as { geometry?: unknown; properties?: unknown };
  const geometryIssues = validateGeometry(f.geometry);
  for (const issue of geometryIssues) add(issue.path, issue.message, issue.severity);
  // The geometry's type is compared with its kind only once the geometry itself is sound.
  const geometryType = geometryIssues.some((i) => i.severity === 'error') ? null : String((f.geometry as { type?: unknown }).type);

  if (typeof f.properties !== 'object' || f.properties === null) {
    add('properties', 'the feature has no properties: add id, names, kind, precision, sources and excerpts (see geo/SCHEMA.md)');
    return false;
  }
  const result = storyPropertiesSchema.safeParse(f.properties, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) add(issuePath(issue.path), describeIssue(issue));
  } else {
    for (const [path, message] of crossFieldProblems(result.data, layer, geometryType)) add(path, message);
    // Measured against Natural Earth only once the geometry itself is sound.
    if (geometryType !== null) {
      const geometry = f.geometry as Geometry;
      for (const [path, message] of geometryRuleProblems(result.data, geometry)) add(path, message);
      if (geometry.type === 'Point') ctx.points.push({ file, id: result.data.id, position: geometry.coordinates, samePlaceAs: result.data.same_place_as });
    }
  }
  const props = f.properties as Partial<StoryFeature['properties']>;

  if (typeof props.id === 'string') {
    const other = ctx.seenIds.get(props.id);
    if (other) add('properties.id', `duplicate id "${props.id}" (also in ${other}): ids must be unique across all layers`);
    else ctx.seenIds.set(props.id, file);
  }
  if (Array.isArray(props.excerpts)) {
    props.excerpts.forEach((excerpt, i) => {
      if (!excerpt || typeof excerpt.text !== 'string' || typeof excerpt.article !== 'string') return;
      const article = ctx.articles.get(excerpt.article);
      const path = `properties.excerpts[${i}]`;
      if (article === undefined) {
        add(`${path}.article`, `names article "${excerpt.article}", which is not in seeds/articles.json (known: ${[...ctx.articles.keys()].join(', ')})`);
      } else if (!isVerbatim(article, excerpt.text)) {
        add(`${path}.text`, `is not an exact substring of article "${excerpt.article}"; the closest passage is: "${closestPassage(article, excerpt.text)}"`);
      }
    });
  }
  if (Array.isArray(props.sources)) {
    props.sources.forEach((source, i) => {
      if (typeof source === 'string' && !ctx.sourceIds.has(source)) {
        add(`properties.sources[${i}]`, `source "${source}" is not listed in geo/SOURCES.md: add a row for it`);
      }
    });
  }
  const published = props.published_length_km;
  const drawn = typeof published === 'number' && problems.filter((p) => p.severity === 'error').length === before ? drawnLengthKm(feature as Feature) : null;
  if (typeof published === 'number' && drawn !== null && Math.abs(drawn - published) / published > LENGTH_TOLERANCE) {
    add(
      'geometry',
      `drawn length ${drawn.toFixed(1)} km differs from published_length_km ${published} by more than ${LENGTH_TOLERANCE * 100}%: trace the route through more of its real stations, or check the published figure`,
    );
  }
  return problems.filter((p) => p.severity === 'error').length === before;
}

function validateLayerFile(file: string, layer: StoryLayer, text: string, ctx: Context, problems: Problem[]): StoryCollection | null {
  const value = parseFeatureCollection(file, text, problems);
  if (!value) return null;
  let ok = true;
  value.features.forEach((feature, i) => {
    ok = validateFeature(file, layer, feature, i, ctx, problems) && ok;
  });
  return ok ? (value as StoryCollection) : null;
}

export function validateStory(files: StoryFiles): ValidatedStory {
  const problems: Problem[] = [];
  const { manifest, layers } = validateManifest(files.layersJson, problems) ?? { manifest: null, layers: [] };
  const { articles, texts } = validateArticles(files, problems);
  const sources = parseSources(files.sourcesMarkdown);
  if (!sources.length)
    problems.push({
      file: 'geo/SOURCES.md',
      feature: '',
      path: '',
      message: 'no sources found: geo/SOURCES.md needs a table | id | source | url | supports |',
      severity: 'error',
    });
  const sourceIds = new Set(sources.map((s) => s.id));
  const ctx: Context = { articles: texts, sourceIds, seenIds: new Map(), points: [] };
  const collections: Record<string, StoryCollection> = {};
  for (const layer of layers) {
    const file = `geo/${layer.id}.geojson`;
    const text = files.geo[`${layer.id}.geojson`];
    if (text === undefined) {
      problems.push({ file, feature: '', path: '', message: 'layer file is missing', severity: 'error' });
      continue;
    }
    const collection = validateLayerFile(file, layer, text, ctx, problems);
    if (collection) collections[layer.id] = collection;
  }
  for (const [point, message] of samePositionProblems(ctx.points)) {
    problems.push({ file: point.file, feature: point.id, path: 'geometry.coordinates', message, severity: 'error' });
    delete collections[point.file.replace(/^geo\/|\.geojson$/g, '')];
  }
  const ids = layers.map((l) => l.id);
  for (const name of Object.keys(files.geo)) {
    if (manifest && !ids.includes(name.replace(/\.geojson$/, ''))) {
      problems.push({
        file: `geo/${name}`,
        feature: '',
        path: '',
        message: `not a known layer (known: ${ids.join(', ')}): list it in geo/layers.json`,
        severity: 'warning',
      });
    }
  }
  const labels = validateLabels(files.labelsJson, sourceIds, problems);
  const chapters = validateChapters(
    files.chaptersJson,
    {
      layerIds: manifest ? ids : null,
      featureLayers: new Map([...ctx.seenIds].map(([id, file]) => [id, file.replace(/^geo\/|\.geojson$/g, '')])),
      articles: texts,
      articleDates: new Map(articles.map((a) => [a.id, a.date])),
      featureBoxes: new Map(
        Object.values(collections).flatMap((c) =>
          c.features.map((f) => {
            const [w, s, e, n] = bbox(f, { recompute: true });
            return [f.properties.id, [w, s, e, n]] as const;
          }),
        ),
      ),
    },
    problems,
  );
  return { problems, manifest, layers, collections, labels, articles, sources, chapters };
}
