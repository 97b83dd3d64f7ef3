// geo/SCHEMA.md, generated from the zod schema (src/lib/schema/story.ts), so the documentation
// cannot drift from what the gate checks. `npm run schema:doc` writes it; a unit test compares.
import { z } from 'zod';
import { basemapLabelSchema, kindStyleSchema, layerEntrySchema, storyPropertiesSchema } from '../../src/lib/schema/story.ts';
import { KIND_STYLES } from '../../src/lib/layers/kinds.ts';
import { MEASURED_PROPERTIES } from '../../src/lib/schema/story.ts';
import { chapterSchema } from '../../src/lib/schema/chapter.ts';
import type { Kind } from '../../src/lib/types.ts';

interface JsonProperty {
  description?: string;
  when?: string;
  enum?: string[];
  type?: string;
  items?: JsonProperty;
}
interface JsonObject {
  properties: Record<string, JsonProperty>;
  required?: string[];
}

const json = (schema: z.core.$ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as unknown as JsonObject;
const code = (s: string) => `\`${s}\``;

function valuesOf(p: JsonProperty): string {
  const values = p.enum ?? p.items?.enum;
  const text = p.description ?? '';
  return values ? `${values.map(code).join(', ')}${text ? `: ${text}` : ''}` : text;
}

function propertyTable(schema: z.core.$ZodType): string {
  const { properties, required = [] } = json(schema);
  const rows = Object.entries(properties).map(
    ([name, p]) => `| ${code(name)} | ${required.includes(name) ? 'yes' : (p.when ?? 'optional')} | ${valuesOf(p)} |`,
  );
  return ['| property | required | values |', '|---|---|---|', ...rows].join('\n');
}

function kindTable(): string {
  const columns = Object.keys(json(kindStyleSchema).properties);
  const rows = (Object.keys(KIND_STYLES) as Kind[]).map((kind) => {
    const style = KIND_STYLES[kind] as Record<string, unknown>;
    return `| ${code(kind)} | ${columns.map((c) => (style[c] === null ? '—' : Array.isArray(style[c]) ? (style[c] as number[]).join(' ') : String(style[c]))).join(' | ')} |`;
  });
  return [`| kind | ${columns.join(' | ')} |`, `|---|${columns.map(() => '---').join('|')}|`, ...rows].join('\n');
}

function styleKeys(): string {
  return Object.entries(json(kindStyleSchema).properties)
    .filter(([name]) => name !== 'shape')
    .map(([name, p]) => `- ${code(name)}: ${valuesOf(p)}`)
    .join('\n');
}

export function schemaMarkdown(): string {
  return `<!-- Generated from src/lib/schema/story.ts by \`npm run schema:doc\`: edit the schema, not this file. -->
# The data in \`geo/\`

## \`geo/layers.json\`: the layers

\`{ "layers": [ … ] }\`, in legend order (and drawing order, first at the bottom). Adding a layer
is adding an entry here and its file \`geo/<id>.geojson\`; no code changes.

${propertyTable(layerEntrySchema)}

Each kind of feature is drawn the same way in every layer (the live map, the static picture and the
legend swatch read one table, \`src/lib/layers/kinds.ts\`). A layer changes any of these values for
its own kinds in \`kinds\`, e.g. \`"railway": { "width": 4, "ties": true }\`:

${styleKeys()}

The defaults:

${kindTable()}

## \`geo/<layer>.geojson\`: the features

One GeoJSON FeatureCollection (RFC 7946: WGS84, \`[longitude, latitude]\`, polygon exterior rings
counter-clockwise) per layer. Feature properties:

${propertyTable(storyPropertiesSchema)}

Across fields, the gate also checks: an \`approximate\` position or a \`schematic\` line has a \`note_en\`, a \`note_en\` has its \`note_vi\` and \`note_zh\`, and only lines are \`schematic\`; \`kind\` is one
the layer declares, and the geometry is one its shape is drawn from (a point, a line, an area); every source id is a row of \`geo/SOURCES.md\`; every excerpt is an exact
substring of its article; a line with \`published_length_km\` is drawn within 5% of it; ids are
unique across all layers.

Against Natural Earth 10m (world-atlas \`land-10m\`, \`countries-10m\`), the gate also checks that geometry
tells no lies: a railway or expressway runs no more than 2 km over the sea unless it says \`bridge\`;
a built one has no straight segment longer than 30 km unless it is \`schematic\`; no two points lie
within 100 m of each other unless one names the other in \`same_place_as\`; a feature with
\`within_country\` lies inside that country (at most 1 km² outside); an island group drawn as an
outline is \`illustrative\`.

Measured figures (${MEASURED_PROPERTIES.map(code).join(', ')}) are added at build time; the gate
rejects them in \`geo/\`. The served files also give each feature its GeoJSON \`bbox\`, which the
map frames a selection by.

## \`geo/basemap/labels.geojson\`: the basemap's names

Points, one per label:

${propertyTable(basemapLabelSchema)}

## \`geo/chapters.json\`: the story in chapters

\`{ "chapters": [ … ] }\`, in reading order (the story page and story mode read it; the map pages do
not). Each chapter (from \`src/lib/schema/chapter.ts\`):

${propertyTable(chapterSchema)}

Across files, the gate also checks: chapter ids are unique; every passage's article is in
\`seeds/articles.json\` and its text an exact substring of that article (else it shows the closest
passage); every layer id is in \`geo/layers.json\`; every feature id in \`select\`, \`highlight\` and
\`frame\` is a feature of \`geo/*.geojson\` whose layer the chapter lists in \`layers\`; the \`select\`ed
feature lies within the frame features' combined box; \`date\` is a
real date no later than the articles its passages quote. A missing \`geo/chapters.json\` is an error.

\`npm run check:data\` checks all of this and prints every problem with its file, feature and path.
`;
}
