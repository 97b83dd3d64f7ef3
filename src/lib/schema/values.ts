// The closed vocabularies of the data, as runtime values the browser needs (no zod here: the
// schemas in ./story.ts are build-time only, and the browser imports only their types).
export const LANGS = ['en', 'vi', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export const STATUSES = ['built', 'part-built', 'planned', 'proposed'] as const;
export type Status = (typeof STATUSES)[number];

/** `schematic`: a line whose route is not known, drawn as a link between known places. */
export const PRECISIONS = ['exact', 'approximate', 'schematic'] as const;
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
  'island',
  'claim-line',
  'cable-landing',
] as const;
export type Kind = (typeof KINDS)[number];

export const BASEMAP_LABEL_KINDS = ['country', 'region', 'city', 'sea'] as const;

/** Countries a feature can be said to lie within (`within_country`), by ISO 3166 code, with
 * their names in Natural Earth's admin-0 countries (world-atlas countries-10m), which the gate checks against. */
export const COUNTRIES = { VN: 'Vietnam', CN: 'China' } as const;
export type CountryCode = keyof typeof COUNTRIES;
