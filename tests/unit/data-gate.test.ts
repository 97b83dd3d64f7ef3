// The data gate on a corpus of malformed files: each problem is found, located and explained.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readStoryFiles } from '../../build/gate/read-story.ts';
import { validateStory } from '../../build/gate/validate-story.ts';
import { formatProblem } from '../../build/gate/problems.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const real = readStoryFiles(root);
const HAINAN = 'hainan-data-centre.geojson';
const F = `geo/${HAINAN}`;

/** Problems found when the Hainan layer file is replaced by a fixture (the rest of geo/ is real). */
function problemsWith(fixture: string): string[] {
  const text = readFileSync(`${root}/tests/fixtures/geo/${fixture}.geojson`, 'utf8');
  return validateStory({ ...real, geo: { ...real.geo, [HAINAN]: text } }).problems.map(formatProblem);
}

const expected: Record<string, string[]> = {
  valid: [],
  'not-a-feature-collection': [`error ${F}:type: not a GeoJSON FeatureCollection: the file needs "type": "FeatureCollection" and a "features" array`],
  'feature-without-geometry': [`error ${F}:fixture-point:geometry: the feature has no geometry`],
  'feature-without-properties': [`error ${F}:#0:properties: the feature has no properties: add id, names, kind, precision, sources and excerpts (see geo/SCHEMA.md)`],
  'unknown-geometry-type': [`error ${F}:fixture-point:geometry.type: unknown geometry type "Circle": use one of Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon`],
  'wrong-nesting': [`error ${F}:fixture-point:geometry.coordinates: coordinates are nested wrongly: expected an array 1 level(s) above positions`],
  'coordinates-out-of-range': [`error ${F}:fixture-point:geometry.coordinates: coordinates [110.06, 95.2] are out of range: |longitude| ≤ 180, |latitude| ≤ 90`],
  'swapped-lat-lon': [
    `error ${F}:fixture-point:geometry.coordinates: coordinates [18.36653, 110.06358] are out of range: |longitude| ≤ 180, |latitude| ≤ 90 (longitude and latitude look swapped: write [longitude, latitude])`,
  ],
  'string-coordinate': [`error ${F}:fixture-point:geometry.coordinates[0]: coordinates must be numbers, found "110.06358"`],
  'null-coordinate': [`error ${F}:fixture-point:geometry.coordinates[1][0]: coordinates must be numbers, found null`],
  'ring-not-closed': [`error ${F}:fixture-point:geometry.coordinates[0]: polygon ring is not closed: repeat the first position at the end`],
  'ring-too-few-positions': [`error ${F}:fixture-point:geometry.coordinates[0]: a polygon ring needs at least 4 positions (first = last), found 3`],
  'self-intersecting-polygon': [
    `error ${F}:fixture-point:geometry.coordinates: polygon intersects itself (1 crossing(s), first near [110.1000, 18.1000]): reorder its positions so edges do not cross`,
  ],
  'clockwise-exterior-ring': [
    `warning ${F}:fixture-point:geometry.coordinates[0]: exterior ring winds the wrong way for RFC 7946 (exterior rings are counter-clockwise): reverse the order of its positions`,
  ],
  'degenerate-line': [`error ${F}:fixture-point:geometry.coordinates: a line needs at least 2 distinct positions`],
  'missing-name': [`error ${F}:fixture-point:properties.name_vi: is missing: add it (see geo/SCHEMA.md)`],
  'duplicate-id': [
    `error geo/south-china-sea.geojson:scs-paracel-islands:properties.id: duplicate id "scs-paracel-islands" (also in ${F}): ids must be unique across all layers`,
  ],
  'bad-status': [`error ${F}:fixture-point:properties.status: "maybe" is not allowed: use one of "built", "planned", "proposed"`],
  'bad-precision': [`error ${F}:fixture-point:properties.precision: "roughly" is not allowed: use one of "exact", "approximate"`],
  'paraphrased-excerpt': [
    `error ${F}:fixture-point:properties.excerpts[0].text: is not an exact substring of article "hanoi-2023-12-13"; the closest passage is: "China recently constructed an undersea data center off its southern island of Hainan, while Vietnam aims to develop its infrastructure."`,
  ],
  'unknown-article': [
    `error ${F}:fixture-point:properties.excerpts[0].article: names article "reuters-2099-01-01", which is not in seeds/articles.json (known: icaro-2023-12-11, hanoi-2023-12-13)`,
  ],
  'no-excerpt': [`error ${F}:fixture-point:properties.excerpts: every feature needs at least one excerpt from the articles`],
  'unknown-source': [`error ${F}:fixture-point:properties.sources[0]: source "my-notes" is not listed in geo/SOURCES.md: add a row for it`],
  'length-mismatch': [
    `error ${F}:fixture-point:geometry: drawn length 23.8 km differs from published_length_km 100 by more than 5%: trace the route through more of its real stations, or check the published figure`,
  ],
  'several-problems': [
    `error ${F}:Bad Id:geometry.coordinates: coordinates [18.36653, 110.06358] are out of range: |longitude| ≤ 180, |latitude| ≤ 90 (longitude and latitude look swapped: write [longitude, latitude])`,
    `error ${F}:Bad Id:properties.id: must be kebab-case (lowercase letters, digits and single hyphens)`,
    `error ${F}:Bad Id:properties.status: "maybe" is not allowed: use one of "built", "planned", "proposed"`,
    `error ${F}:#1:properties: the feature has no properties: add id, names, kind, precision, sources and excerpts (see geo/SCHEMA.md)`,
    `error ${F}:fixture-line:properties.excerpts: every feature needs at least one excerpt from the articles`,
    `error ${F}:fixture-line:properties.sources[0]: source "nowhere" is not listed in geo/SOURCES.md: add a row for it`,
  ],
};

describe('data gate', () => {
  it('the real geo/ and seeds/ pass clean, with no warnings', () => {
    expect(validateStory(real).problems.map(formatProblem)).toEqual([]);
  });

  it.each(Object.entries(expected))('%s', (fixture, lines) => {
    expect(problemsWith(fixture)).toEqual(lines);
  });

  it('invalid JSON is reported with its line and column', () => {
    const [line, ...rest] = problemsWith('invalid-json');
    expect(rest).toEqual([]);
    expect(line).toMatch(new RegExp(`^error ${F}: not valid JSON at line 4, column 26 `));
  });

  it('a truncated file is reported as such', () => {
    expect(problemsWith('truncated')).toEqual([`error ${F}: not valid JSON: Unexpected end of JSON input (the file ends at line 8, column 18; is it truncated?)`]);
  });

  it('a missing layer file and an excerpt naming a missing article file are reported', () => {
    const { [HAINAN]: _gone, ...geo } = real.geo;
    const articles = JSON.parse(real.articlesJson) as { file: string }[];
    articles[1]!.file = 'gone.txt';
    const problems = validateStory({ ...real, geo, articlesJson: JSON.stringify(articles) }).problems.map(formatProblem);
    expect(problems).toContain(`error ${F}: layer file is missing`);
    expect(problems).toContain('error seeds/articles.json:hanoi-2023-12-13:[1].file: article file seeds/gone.txt does not exist');
  });

  it('a layer with errors is left out while the other layers pass', () => {
    const text = readFileSync(`${root}/tests/fixtures/geo/bad-status.geojson`, 'utf8');
    const story = validateStory({ ...real, geo: { ...real.geo, [HAINAN]: text } });
    expect(Object.keys(story.layers)).not.toContain('hainan-data-centre');
    expect(Object.keys(story.layers)).toHaveLength(4);
  });
});
