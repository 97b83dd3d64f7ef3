// The schema of a story feature's properties, in zod/mini (about 7 KB gzip in the browser, where
// full zod would be about 31 KB): the data gate (build/gate) runs it on geo/, and the browser runs
// the very same object on the served files (src/lib/data/check-layer.ts). story.ts re-exports it.
import * as z from 'zod/mini';
import { COUNTRIES, KINDS, PRECISIONS, STATUSES } from './values.ts';

/** For geo/SCHEMA.md: when an optional property is expected. */
export type Doc = { description: string; when?: string };
export const doc = <T extends z.ZodMiniType>(schema: T, meta: Doc): T => {
  // A copy, as zod's .meta() makes: shared pieces (`text`, `kebab`) carry no one field's description.
  const copy = schema.clone() as T;
  z.globalRegistry.add(copy, meta);
  return copy;
};

export const kebab = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lowercase letters, digits and single hyphens)'));
export const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const optionalText = z.optional(z.string().check(z.trim(), z.minLength(1)));
const texts = z.optional(z.array(text));
const unique = (values: readonly string[]) => new Set(values).size === values.length;

export const excerptSchema = z.object({
  article: doc(z.string().check(z.minLength(1)), { description: 'article id in seeds/articles.json' }),
  text: doc(text, { description: 'an exact substring of that article' }),
});

export const names = {
  name_en: doc(text, { description: 'the name in English; Vietnamese places without diacritics, as English-language news writes them (“Lao Cai”)' }),
  name_vi: doc(text, { description: 'the name in Vietnamese, with diacritics' }),
  name_zh: doc(text, { description: 'the name in Chinese (simplified)' }),
};

export const sourceIds = z
  .array(kebab)
  .check(z.minLength(1, 'list at least one source id from geo/SOURCES.md'), z.refine(unique, 'lists the same source twice: list each source once'));

/** A story feature's properties, as written in geo/<layer>.geojson. */
export const storyPropertiesSchema = z.looseObject({
  id: doc(kebab, { description: 'kebab-case, unique across all layers, never reused (links use it)' }),
  ...names,
  label_en: doc(z.optional(text), {
    description: 'a short name for the map label (the panel shows the full name): “Hekou” for “Hekou station”',
    when: 'long names',
  }),
  label_vi: doc(z.optional(text), { description: 'the short map label in Vietnamese', when: 'with `label_en`' }),
  label_zh: doc(z.optional(text), { description: 'the short map label in Chinese', when: 'with `label_en`' }),
  kind: doc(z.enum(KINDS), { description: 'what the feature is; it must be one of the kinds its layer declares in geo/layers.json' }),
  status: doc(z.optional(z.enum(STATUSES)), { description: 'whether it exists', when: 'lines and places that can be built' }),
  status_as_of: doc(z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'is a month (yyyy-mm) or a day (yyyy-mm-dd)'))), {
    description:
      'when the status was true (yyyy-mm, or yyyy-mm-dd where the day matters): the articles’ month, 2023-12, or later where a source says it changed (the panel then says “after the articles”)',
    when: 'with `status`',
  }),
  precision: doc(z.enum(PRECISIONS), {
    description:
      '`exact` (from a surveyed or official position, within about 1 km), `approximate` (an estimate; said so to the reader) or `schematic` (a line whose route is not known: a link between cited places, drawn dotted; built lines may then have straight segments over 30 km)',
  }),
  sources: doc(sourceIds, { description: 'source ids, each a row of geo/SOURCES.md' }),
  excerpts: doc(z.array(excerptSchema).check(z.minLength(1, 'every feature needs at least one excerpt from the articles')), {
    description: 'at least one `{ "article", "text" }`: the articles’ own words about the feature',
  }),
  published_length_km: doc(z.optional(z.number().check(z.positive())), {
    description: 'the published length; the drawn length must be within 5% of it',
    when: 'lines with a published length',
  }),
  section: doc(z.optional(z.string()), { description: 'for a line split into parts, e.g. `yunnan` / `vietnam`' }),
  note_en: doc(optionalText, {
    description:
      'one or two sentences for the reader (e.g. why a position is approximate), shown in the panel; plain words (no property names or file names), Vietnamese places without diacritics',
    when: 'required when `precision` is `approximate` or `schematic`',
  }),
  note_vi: doc(optionalText, {
    description:
      'the note in Vietnamese, shown to a Vietnamese reader: the same facts, numbers and units, places named as their `name_vi` (“Lào Cai”), bridges named as in `note_en`',
    when: 'required with `note_en`',
  }),
  note_zh: doc(optionalText, {
    description: 'the note in Chinese (simplified), shown to a Chinese reader: the same facts, numbers and units, places named as their `name_zh`',
    when: 'required with `note_en`',
  }),
  claimants: doc(texts, {
    description: 'the states that claim the place; the map then shows every language’s name',
    when: 'disputed places',
  }),
  held_by: doc(z.optional(z.array(text)), { description: 'the states that hold features there, as published', when: 'disputed places' }),
  name_ph: doc(z.optional(z.string()), { description: 'a claimant’s own name for a disputed place (the Philippines’ “Kalayaan Island Group”)' }),
  names_contested: doc(z.optional(z.boolean()), { description: 'the very name is contested: every language’s name is shown' }),
  chainage_km: doc(z.optional(z.number().check(z.nonnegative())), { description: 'published distance along the line from Hanoi', when: 'stations' }),
  bridge: doc(z.optional(z.literal(true)), {
    description:
      '`true`: the line crosses the sea on a bridge, so the gate does not measure it over the sea (say which bridge in `note_en`, `note_vi` and `note_zh`)',
    when: 'railways and roads that cross the sea on a bridge',
  }),
  same_place_as: doc(z.optional(kebab), {
    description: 'the id of another point at the same position that is the same place (e.g. a station and its border crossing)',
    when: 'two points within 100 m of each other',
  }),
  within_country: doc(z.optional(z.enum(Object.keys(COUNTRIES) as [keyof typeof COUNTRIES])), {
    description: 'the country (ISO code) the feature is said to lie in; the gate checks it lies inside that country’s border (Natural Earth 10m)',
    when: 'features described as in one country (a region “in north-west Vietnam”)',
  }),
  illustrative: doc(z.optional(z.literal(true)), {
    description: '`true`: an outline that only shows roughly where something lies; drawn soft, and given no measured area',
    when: 'required for island groups drawn as an outline',
  }),
  minor_place: doc(z.optional(z.literal(true)), {
    description:
      '`true`: a place on the way (an intermediate station), named where its name fits beside it; on a crowded map it is left unnamed (the list and the panel name it) rather than named by a leader line',
    when: 'places the articles do not single out',
  }),
  cables: doc(z.optional(z.array(text)), { description: 'the undersea cables landing there', when: 'cable landings' }),
});

/** Figures measured with turf at build time (build/render/enrich.ts): never written in geo/. */
export const MEASURED_PROPERTIES = ['drawn_length_km', 'area_km2', 'coast_distance_km'] as const;

export type Excerpt = z.infer<typeof excerptSchema>;
export type StoryProperties = z.infer<typeof storyPropertiesSchema> & Partial<Record<(typeof MEASURED_PROPERTIES)[number], number>>;
