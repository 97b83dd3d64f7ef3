// Shapes of the editorial data shared by the build (Node) and the app (browser). The property
// types come from the zod schema (./schema/story.ts), so the schema and the types cannot differ.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { StoryProperties } from './schema/story.ts';

export { LANGS, STATUSES, PRECISIONS, KINDS, type Lang, type Status, type Precision, type Kind } from './schema/values.ts';
export type { Article, Excerpt, KindStyle, LayerEntry, LayerManifest, StoryProperties } from './schema/story.ts';
export type { Chapter, ChapterFile } from './schema/chapter.ts';

export type StoryFeature = Feature<Geometry, StoryProperties>;
export type StoryCollection = FeatureCollection<Geometry, StoryProperties>;

export interface Source {
  id: string;
  title: string;
  url: string;
  supports: string;
}
