// The closed vocabularies of the data, as runtime values the browser needs (no zod here: the
// schemas in ./story.ts are build-time only, and the browser imports only their types).
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

export const BASEMAP_LABEL_KINDS = ['country', 'city', 'sea'] as const;
