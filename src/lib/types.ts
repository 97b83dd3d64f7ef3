// Shapes of the editorial data shared by the build (Node) and the app (browser).
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export const LANGS = ['en', 'vi', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export const STATUSES = ['built', 'planned', 'proposed'] as const;
export type Status = (typeof STATUSES)[number];

export const PRECISIONS = ['exact', 'approximate'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const KINDS = [
  'railway',
  'station',
  'expressway',
  'border-crossing',
  'region',
  'deposit',
  'data-centre',
  'island-group',
  'claim-line',
  'cable-landing',
] as const;
export type Kind = (typeof KINDS)[number];

export interface Excerpt {
  article: string;
  text: string;
}

/** Properties every story feature carries in geo/ (see geo/SCHEMA.md). */
export interface StoryProperties {
  id: string;
  name_en: string;
  name_vi: string;
  name_zh: string;
  kind: Kind;
  status?: Status;
  precision: Precision;
  sources: string[];
  excerpts: Excerpt[];
  published_length_km?: number;
  section?: string;
  note_en?: string;
  claimants?: string[];
  /** Places whose very name is contested (e.g. the South China Sea / Biển Đông). */
  names_contested?: boolean;
  /** Added at build time from the geometry with turf. */
  drawn_length_km?: number;
  area_km2?: number;
  coast_distance_km?: number;
  [extra: string]: unknown;
}

export type StoryFeature = Feature<Geometry, StoryProperties>;
export type StoryCollection = FeatureCollection<Geometry, StoryProperties>;

export interface Article {
  id: string;
  file: string;
  publisher: string | null;
  credit: string;
  dateline: string;
  date: string;
  headline: string | null;
}

export interface Source {
  id: string;
  title: string;
  url: string;
  supports: string;
}
