// A corpus of faults a served layer file can have that the checked one did not (a stale or corrupted
// copy on a CDN), injected into copies of the real layer files. Used by the unit tests (checkLayer in
// Node) and the browser tests (the files served through Playwright's route()). Built from the data,
// never from literal ids, so it follows geo/ as it changes.

type Json = Record<string, unknown>;
export interface Collection {
  type: 'FeatureCollection';
  features: unknown[];
}

export interface ServedFault {
  name: string;
  layer: string;
  /** What the legend names: the feature's id, or `#index` for an entry without one. */
  id: string;
  reason: RegExp;
}

export interface FaultyFiles {
  files: Record<string, Collection>;
  faults: ServedFault[];
  /** A valid feature with 10,000 excerpts (kept: the panel must page them). */
  manyExcerptsId: string;
  excerptCount: number;
  /** An id present in two layers: exactly one of them keeps it. */
  crossLayerId: string;
}

/** Arrays nested this deep: JSON.parse takes them, anything recursive afterwards overflows. */
export const DEEP = 100_000;

const deepArrays = new WeakSet<object>();
function deepArray(depth: number): unknown {
  let value: unknown[] = [100, 20];
  for (let i = 0; i < depth; i++) value = [value];
  deepArrays.add(value);
  return value;
}

/** The file's text. JSON.stringify recurses, so the deep array is written out by hand. */
export function serialize(collection: Collection): string {
  const MARK = '__deep_array__';
  const text = JSON.stringify(collection, (_key, value: unknown) => (typeof value === 'object' && value !== null && deepArrays.has(value) ? MARK : value));
  return text.replace(`"${MARK}"`, `${'['.repeat(DEEP)}[100,20]${']'.repeat(DEEP)}`);
}

const clone = <T>(v: T): T => structuredClone(v);

function firstPoint(collection: Collection): Json {
  const point = collection.features.find((f) => (f as { geometry: { type: string } }).geometry.type === 'Point');
  if (!point) throw new Error('every layer needs a point feature for the fault corpus');
  return point as Json;
}

/** `collections` in legend order; `kindsOf(layer)` the kinds its manifest entry declares. */
export function withFaults(collections: Record<string, Collection>, kindsOf: (layer: string) => readonly string[], allKinds: readonly string[]): FaultyFiles {
  const files = Object.fromEntries(Object.entries(collections).map(([id, c]) => [id, clone(c)])) as Record<string, Collection>;
  const layers = Object.keys(files);
  const faults: ServedFault[] = [];
  const props = (f: Json) => f.properties as Json;
  let n = 0;
  /** Adds a copy of the layer's first point, changed by `change`, as the next fault. */
  const add = (name: string, reason: RegExp, change: (f: Json) => unknown) => {
    const layer = layers[n++ % layers.length]!;
    const feature = clone(firstPoint(files[layer]!));
    props(feature).id = `fault-${name}`;
    const replaced = change(feature);
    const entry = replaced === undefined ? feature : replaced;
    files[layer]!.features.push(entry);
    const index = files[layer]!.features.length - 1;
    const id = typeof entry === 'object' && entry !== null && (entry as Json).properties ? String(props(entry as Json).id) : `#${index}`;
    faults.push({ name, layer, id, reason });
  };

  add('deep-nesting', /nested more than/, (f) => void ((f.geometry as Json).coordinates = deepArray(DEEP)));
  add('huge-coordinate', /out of range/, (f) => void ((f.geometry as Json).coordinates = [1e308, 20]));
  add('null-coordinate', /coordinates must be numbers/, (f) => void ((f.geometry as Json).coordinates = [null, 20]));
  add('nan-coordinate', /coordinates must be numbers/, (f) => void ((f.geometry as Json).coordinates = ['NaN', 20]));
  add('claimants-string', /claimants/, (f) => void (props(f).claimants = 'China'));
  add('duplicate-sources', /same source twice/, (f) => {
    const [first] = props(f).sources as string[];
    props(f).sources = [first, first];
  });
  add('not-a-feature', /not a GeoJSON Feature/, () => 'x');
  add('no-properties', /no properties/, (f) => ({ ...f, properties: null }));
  add('missing-name', /name_en/, (f) => void delete props(f).name_en);
  // A kind its layer does not declare.
  {
    const layer = layers[n % layers.length]!;
    const foreign = allKinds.find((k) => !kindsOf(layer).includes(k))!;
    add('undeclared-kind', /not a kind of layer/, (f) => void (props(f).kind = foreign));
  }
  // The same id twice in one layer: the second is refused.
  {
    const layer = layers[n % layers.length]!;
    const original = firstPoint(files[layer]!);
    add('duplicate-id-in-layer', /duplicate id/, () => clone(original));
  }
  // A feature of another layer, copied: whichever layer is checked second refuses it.
  const target = layers[n % layers.length]!;
  const source = layers[(n + 1) % layers.length]!;
  const crossLayerId = String(props(firstPoint(files[source]!)).id);
  const copy = clone(firstPoint(files[source]!));
  // A kind its new layer declares, so the duplicate id is its only fault.
  props(copy).kind = props(firstPoint(files[target]!)).kind;
  files[target]!.features.push(copy);
  n++;

  // Valid, with 10,000 excerpts.
  const excerptCount = 10_000;
  const manyLayer = layers[n % layers.length]!;
  const many = clone(firstPoint(files[manyLayer]!));
  const [excerpt] = props(many).excerpts as unknown[];
  props(many).id = 'fault-many-excerpts';
  props(many).excerpts = Array.from({ length: excerptCount }, () => excerpt);
  files[manyLayer]!.features.push(many);

  return { files, faults, manyExcerptsId: 'fault-many-excerpts', excerptCount, crossLayerId };
}
