// Rules that relate a feature's fields to each other or to its layer, which a per-field schema
// cannot say. Each returns the problems as [json path, message].
// From the zod/mini schema, not story.ts: the browser runs these rules too (src/lib/data/check-layer.ts).
import { MEASURED_PROPERTIES, type StoryProperties } from '../../src/lib/schema/feature.ts';
import { styleOf, type StoryLayer } from '../../src/lib/layers/layer.ts';
import type { KindStyle } from '../../src/lib/types.ts';

/** The geometry types each shape of kind is drawn from. */
const GEOMETRIES: Record<KindStyle['shape'], string[]> = { point: ['Point'], line: ['LineString', 'MultiLineString'], area: ['Polygon', 'MultiPolygon'] };

type Rule = (p: StoryProperties, layer: StoryLayer, geometryType: string | null) => [string, string][];

const rules: Rule[] = [
  (p) =>
    p.precision === 'approximate' && !p.note_en
      ? [['properties.note_en', 'is missing: an approximate position needs a note for the reader saying why (see geo/SCHEMA.md)']]
      : [],
  (p) =>
    p.precision === 'schematic' && !p.note_en
      ? [['properties.note_en', 'is missing: a schematic line needs a note for the reader saying what it is drawn through and why its route is not known']]
      : [],
  // A Vietnamese or Chinese reader gets the whole page in their language: the note too.
  (p) =>
    (['vi', 'zh'] as const)
      .filter((lang) => p.note_en && !p[`note_${lang}`])
      .map((lang): [string, string] => [
        `properties.note_${lang}`,
        `is missing: a feature with a note_en needs the same note in ${lang === 'vi' ? 'Vietnamese' : 'Chinese (simplified)'}, for the reader who reads the map in that language (see geo/SCHEMA.md)`,
      ]),
  (p, layer, geometryType) =>
    p.precision === 'schematic' && styleOf(layer, p.kind).shape !== 'line' && geometryType !== null
      ? [['properties.precision', `"schematic" is for lines whose route is not known; a ${p.kind} is "exact" or "approximate"`]]
      : [],
  (p, layer) =>
    layer.kinds.includes(p.kind)
      ? []
      : [
          [
            'properties.kind',
            `"${p.kind}" is not a kind of layer "${layer.id}" (its kinds: ${layer.kinds.join(', ')}): add it to the layer's "kinds" in geo/layers.json, or move the feature`,
          ],
        ],
  (p, layer, geometryType) => {
    const shape = styleOf(layer, p.kind).shape;
    return geometryType === null || GEOMETRIES[shape].includes(geometryType)
      ? []
      : [
          [
            'geometry.type',
            `a ${geometryType} cannot be drawn as "${p.kind}", which is drawn as a ${shape} (${GEOMETRIES[shape].join(' or ')}): fix the geometry or the kind`,
          ],
        ];
  },
  (p) =>
    p.status && !p.status_as_of
      ? [
          [
            'properties.status_as_of',
            'is missing: a status needs the month it was true (yyyy-mm or yyyy-mm-dd), so the reader knows whether it is the articles’ news or later',
          ],
        ]
      : [],
  (p) =>
    MEASURED_PROPERTIES.filter((key) => key in p).map((key): [string, string] => [
      `properties.${key}`,
      'is measured at build time: remove it from geo/ (see geo/SCHEMA.md)',
    ]),
];

/** `geometryType`: null when the geometry has errors of its own. */
export function crossFieldProblems(properties: StoryProperties, layer: StoryLayer, geometryType: string | null): [string, string][] {
  return rules.flatMap((rule) => rule(properties, layer, geometryType));
}
