// The data gate on a corpus of malformed files: each problem is found, located and explained.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readStoryFiles } from '../../build/gate/read-story.ts';
import { validateStory } from '../../build/gate/validate-story.ts';
import { formatProblem } from '../../build/gate/problems.ts';
import { CHAPTERS_FILE } from '../../build/gate/validate-chapters.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const real = readStoryFiles(root);
const HAINAN = 'hainan-data-centre.geojson';
const F = `geo/${HAINAN}`;

/** The layer rules' problems. A fixture that replaces a layer file also takes its features from the
 * chapters that name them; tests/unit/chapters-gate.test.ts checks the chapters' rules. */
const layerProblems = (files: Parameters<typeof validateStory>[0]) =>
  validateStory(files)
    .problems.filter((p) => p.file !== CHAPTERS_FILE)
    .map(formatProblem);

/** The real manifest with the Hainan layer also declaring the kinds the fixtures use. */
function manifestWithFixtureKinds(): string {
  const manifest = JSON.parse(real.layersJson) as { layers: { id: string; kinds: Record<string, object> }[] };
  const hainan = manifest.layers.find((l) => `${l.id}.geojson` === HAINAN)!;
  hainan.kinds = { ...hainan.kinds, railway: {}, region: {}, 'island-group': {} };
  return JSON.stringify(manifest);
}

/** Problems found when the Hainan layer file is replaced by a fixture (the rest of geo/ is real). */
function problemsWith(fixture: string): string[] {
  const text = readFileSync(`${root}/tests/fixtures/geo/${fixture}.geojson`, 'utf8');
  return layerProblems({ ...real, layersJson: manifestWithFixtureKinds(), geo: { ...real.geo, [HAINAN]: text } });
}

const expected: Record<string, string[]> = {
  valid: [],
  'not-a-feature-collection': [`error ${F}:type: not a GeoJSON FeatureCollection: the file needs "type": "FeatureCollection" and a "features" array`],
  'feature-without-geometry': [`error ${F}:fixture-point:geometry: the feature has no geometry`],
  'feature-without-properties': [
    `error ${F}:#0:properties: the feature has no properties: add id, names, kind, precision, sources and excerpts (see geo/SCHEMA.md)`,
  ],
  'unknown-geometry-type': [
    `error ${F}:fixture-point:geometry.type: unknown geometry type "Circle": use one of Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon`,
  ],
  'wrong-nesting': [`error ${F}:fixture-point:geometry.coordinates: coordinates are nested wrongly: expected an array 1 level(s) above positions`],
  'coordinates-out-of-range': [
    `error ${F}:fixture-point:geometry.coordinates: coordinates [110.06, 95.2] are out of range: |longitude| ≤ 180, |latitude| ≤ 90`,
  ],
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
  'bad-status': [`error ${F}:fixture-point:properties.status: "maybe" is not allowed: use one of "built", "part-built", "planned", "proposed"`],
  'bad-precision': [`error ${F}:fixture-point:properties.precision: "roughly" is not allowed: use one of "exact", "approximate", "schematic"`],
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
  // Geometry that tells no lies (measured against Natural Earth 10m land and countries).
  'railway-over-sea': [
    `error ${F}:fixture-line:geometry.coordinates: runs 32.1 km over the sea (first near [109.900, 18.200]; Natural Earth 10m coast, 2 km allowed for its coarseness): route it on land through cited places, or if it crosses on a bridge say so with "bridge": true and name the bridge in the notes (note_en, note_vi, note_zh)`,
  ],
  'bridge-over-sea': [],
  'straight-built-line': [
    `error ${F}:fixture-line:geometry.coordinates[0]: a built line runs straight for 43 km from [109.450, 18.950] to [109.800, 19.150] (at most 30 km): trace its route through cited stations, towns or interchanges between them, or if the route is not known mark it "precision": "schematic"`,
  ],
  'schematic-straight-line': [],
  'same-position': [
    `error ${F}:fixture-point-2:geometry.coordinates: is 39 m from "fixture-point" (${F}): one place has one position; give each its own cited position, or if they are one place say so with "same_place_as": "fixture-point"`,
  ],
  'same-place-declared': [],
  'region-outside-country': [
    `error ${F}:fixture-region:geometry: 351 km² of it lies outside Vietnam, where it is said to lie: clip it to Vietnam's border (Natural Earth 10m, world-atlas countries-10m), or correct within_country`,
  ],
  'island-group-measured': [
    `error ${F}:fixture-islands:properties.illustrative: an island group drawn as a measured polygon reads as a territory: draw its main islands and reefs as "island" points with sources, and mark the outline "illustrative": true (drawn soft, no area given)`,
  ],
  'island-group-illustrative': [],
  'several-problems': [
    `error ${F}:Bad Id:geometry.coordinates: coordinates [18.36653, 110.06358] are out of range: |longitude| ≤ 180, |latitude| ≤ 90 (longitude and latitude look swapped: write [longitude, latitude])`,
    `error ${F}:Bad Id:properties.id: must be kebab-case (lowercase letters, digits and single hyphens)`,
    `error ${F}:Bad Id:properties.status: "maybe" is not allowed: use one of "built", "part-built", "planned", "proposed"`,
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
    expect(problemsWith('truncated')).toEqual([
      `error ${F}: not valid JSON: Unexpected end of JSON input (the file ends at line 8, column 18; is it truncated?)`,
    ]);
  });

  it('a missing layer file and an excerpt naming a missing article file are reported', () => {
    const { [HAINAN]: _gone, ...geo } = real.geo;
    const articles = JSON.parse(real.articlesJson) as { file: string }[];
    articles[1]!.file = 'gone.txt';
    const problems = layerProblems({ ...real, geo, articlesJson: JSON.stringify(articles) });
    expect(problems).toContain(`error ${F}: layer file is missing`);
    expect(problems).toContain('error seeds/articles.json:hanoi-2023-12-13:[1].file: article file seeds/gone.txt does not exist');
  });

  it('a layer with errors is left out while the other layers pass', () => {
    const text = readFileSync(`${root}/tests/fixtures/geo/bad-status.geojson`, 'utf8');
    const story = validateStory({ ...real, geo: { ...real.geo, [HAINAN]: text } });
    expect(Object.keys(story.collections)).not.toContain('hainan-data-centre');
    expect(Object.keys(story.collections)).toHaveLength(story.layers.length - 1);
  });
});

describe('data gate: rules across fields and files', () => {
  const hainan = () => JSON.parse(real.geo[HAINAN]!) as { features: { properties: Record<string, unknown> }[] };
  const withHainan = (edit: (p: Record<string, unknown>) => void) => {
    const collection = hainan();
    edit(collection.features[0]!.properties);
    return layerProblems({ ...real, geo: { ...real.geo, [HAINAN]: JSON.stringify(collection) } });
  };
  const id = hainan().features[0]!.properties.id as string;

  it('a kind its layer does not declare is an error that names the layer and its kinds', () => {
    expect(withHainan((p) => (p.kind = 'station'))).toEqual([
      `error ${F}:${id}:properties.kind: "station" is not a kind of layer "hainan-data-centre" (its kinds: data-centre): add it to the layer's "kinds" in geo/layers.json, or move the feature`,
    ]);
  });

  it('an approximate position needs a note for the reader', () => {
    expect(withHainan((p) => delete p.note_en)).toEqual([
      `error ${F}:${id}:properties.note_en: is missing: an approximate position needs a note for the reader saying why (see geo/SCHEMA.md)`,
    ]);
  });

  it('a note in English needs the same note in Vietnamese and Chinese, reported with the file and feature', () => {
    expect(withHainan((p) => delete p.note_vi)).toEqual([
      `error ${F}:${id}:properties.note_vi: is missing: a feature with a note_en needs the same note in Vietnamese, for the reader who reads the map in that language (see geo/SCHEMA.md)`,
    ]);
    expect(withHainan((p) => (delete p.note_vi, delete p.note_zh))).toEqual([
      `error ${F}:${id}:properties.note_vi: is missing: a feature with a note_en needs the same note in Vietnamese, for the reader who reads the map in that language (see geo/SCHEMA.md)`,
      `error ${F}:${id}:properties.note_zh: is missing: a feature with a note_en needs the same note in Chinese (simplified), for the reader who reads the map in that language (see geo/SCHEMA.md)`,
    ]);
    expect(withHainan((p) => (p.note_zh = '  '))).toHaveLength(1);
  });

  it('a status needs the date it was true, as a month or a day', () => {
    expect(withHainan((p) => delete p.status_as_of)).toEqual([
      `error ${F}:${id}:properties.status_as_of: is missing: a status needs the month it was true (yyyy-mm or yyyy-mm-dd), so the reader knows whether it is the articles’ news or later`,
    ]);
    expect(withHainan((p) => (p.status_as_of = 'December 2023'))).toHaveLength(1);
    expect(withHainan((p) => (p.status_as_of = '2023-12-27'))).toEqual([]);
  });

  it('a schematic line needs a note, and only lines are schematic', () => {
    const line = readFileSync(`${root}/tests/fixtures/geo/schematic-straight-line.geojson`, 'utf8');
    const withoutNote = JSON.parse(line) as { features: { properties: Record<string, unknown> }[] };
    delete withoutNote.features[0]!.properties.note_en;
    const problems = (text: string) => layerProblems({ ...real, layersJson: manifestWithFixtureKinds(), geo: { ...real.geo, [HAINAN]: text } });
    expect(problems(JSON.stringify(withoutNote))).toEqual([
      `error ${F}:fixture-line:properties.note_en: is missing: a schematic line needs a note for the reader saying what it is drawn through and why its route is not known`,
    ]);
    expect(withHainan((p) => (p.precision = 'schematic'))).toEqual([
      `error ${F}:${id}:properties.precision: "schematic" is for lines whose route is not known; a data-centre is "exact" or "approximate"`,
    ]);
  });

  it('a geometry its kind cannot be drawn from is an error', () => {
    const collection = hainan() as unknown as { features: { geometry: unknown }[] };
    collection.features[0]!.geometry = {
      type: 'LineString',
      coordinates: [
        [110, 18],
        [110.1, 18.1],
      ],
    };
    expect(layerProblems({ ...real, geo: { ...real.geo, [HAINAN]: JSON.stringify(collection) } })).toEqual([
      `error ${F}:${id}:geometry.type: a LineString cannot be drawn as "data-centre", which is drawn as a point (Point): fix the geometry or the kind`,
    ]);
  });

  it('figures measured at build time cannot be written by hand', () => {
    expect(withHainan((p) => (p.coast_distance_km = 1))).toEqual([
      `error ${F}:${id}:properties.coast_distance_km: is measured at build time: remove it from geo/ (see geo/SCHEMA.md)`,
    ]);
  });
});

describe('data gate: geo/layers.json', () => {
  const M = 'geo/layers.json';
  const manifest = () => JSON.parse(real.layersJson) as { layers: Record<string, unknown>[] };
  const problemsWithManifest = (text: string) => layerProblems({ ...real, layersJson: text });
  const edited = (edit: (m: { layers: Record<string, unknown>[] }) => void) => {
    const m = manifest();
    edit(m);
    return problemsWithManifest(JSON.stringify(m));
  };
  const first = manifest().layers[0]!.id as string;

  it('a missing or broken manifest is named, and no layer is built', () => {
    expect(problemsWithManifest('')).toContain(`error ${M}: the layer manifest is missing: list the layers in geo/layers.json (see geo/SCHEMA.md)`);
    expect(problemsWithManifest('{ "layers": [ }')[0]).toMatch(new RegExp(`^error ${M}: not valid JSON`));
    expect(validateStory({ ...real, layersJson: '' }).layers).toEqual([]);
  });

  it('wrong values are located by layer and path', () => {
    expect(edited((m) => (m.layers[0]!.color = 'red'))).toEqual([`error ${M}:${first}:layers[0].color: must be a colour like #1f5fa8`]);
    expect(edited((m) => (m.layers[0]!.kinds = { tram: {} }))).toEqual([`error ${M}:${first}:layers[0].kinds: unknown key "tram" (see geo/SCHEMA.md)`]);
    expect(edited((m) => ((m.layers[0]!.title as Record<string, string>).vi = ''))).toEqual([`error ${M}:${first}:layers[0].title.vi: must not be empty`]);
    expect(edited((m) => (m.layers[0]!.extra = 1))).toEqual([`error ${M}:${first}:layers[0]: unknown key "extra" (see geo/SCHEMA.md)`]);
  });

  it('a layer listed twice, a swatch kind the layer lacks, and a file no layer lists are reported', () => {
    expect(edited((m) => m.layers.push(m.layers[0]!))).toContain(
      `error ${M}:${first}:layers[${manifest().layers.length}].id: duplicate layer id "${first}": each layer is listed once`,
    );
    expect(edited((m) => (m.layers[0]!.swatch = ['deposit']))).toEqual([`error ${M}:${first}:layers[0].swatch: "deposit" is not one of the layer's kinds`]);
    expect(edited((m) => m.layers.splice(0, 1))).toEqual([
      `warning geo/${first}.geojson: not a known layer (known: ${manifest()
        .layers.slice(1)
        .map((l) => l.id)
        .join(', ')}): list it in geo/layers.json`,
    ]);
  });
});

describe('data gate: basemap labels and articles', () => {
  const L = 'geo/basemap/labels.geojson';
  const labels = () => JSON.parse(real.labelsJson) as { features: { properties: Record<string, unknown>; geometry: unknown }[] };
  const withLabel = (edit: (f: { properties: Record<string, unknown>; geometry: unknown }) => void) => {
    const collection = labels();
    edit(collection.features[0]!);
    return layerProblems({ ...real, labelsJson: JSON.stringify(collection) });
  };
  const name = labels().features[0]!.properties.name_en as string;

  it('basemap labels go through the gate: kind, names, sources and geometry', () => {
    expect(withLabel((f) => (f.properties.kind = 'town'))).toEqual([
      `error ${L}:${name}:properties.kind: "town" is not allowed: use one of "country", "region", "city", "sea"`,
    ]);
    expect(withLabel((f) => (f.properties.sources = ['my-notes']))).toEqual([
      `error ${L}:${name}:properties.sources[0]: source "my-notes" is not listed in geo/SOURCES.md: add a row for it`,
    ]);
    expect(withLabel((f) => (f.geometry = { type: 'Point', coordinates: [21.028, 105.853] }))).toEqual([
      `error ${L}:${name}:geometry.coordinates: coordinates [21.028, 105.853] are out of range: |longitude| ≤ 180, |latitude| ≤ 90 (longitude and latitude look swapped: write [longitude, latitude])`,
    ]);
  });

  it('articles are checked against the schema', () => {
    const articles = JSON.parse(real.articlesJson) as Record<string, unknown>[];
    articles[0]!.date = '11 December 2023';
    const problems = layerProblems({ ...real, articlesJson: JSON.stringify(articles) });
    expect(problems[0]).toMatch(/^error seeds\/articles\.json:#0:\[0\]\.date: /);
  });
});
