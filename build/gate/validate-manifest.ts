// geo/layers.json: which layers there are, in what order, with their titles and styles.
import { layerManifestSchema } from '../../src/lib/schema/story.ts';
import { resolveLayer, type StoryLayer } from '../../src/lib/layers/layer.ts';
import type { LayerManifest } from '../../src/lib/types.ts';
import { parseJsonWithPosition } from './json-text.ts';
import { describeIssue, issuePath } from './validate-properties.ts';
import type { Problem } from './problems.ts';

export const MANIFEST_FILE = 'geo/layers.json';

export function validateManifest(text: string, problems: Problem[]): { manifest: LayerManifest; layers: StoryLayer[] } | null {
  const file = MANIFEST_FILE;
  if (!text) {
    problems.push({
      file,
      feature: '',
      path: '',
      message: 'the layer manifest is missing: list the layers in geo/layers.json (see geo/SCHEMA.md)',
      severity: 'error',
    });
    return null;
  }
  const parsed = parseJsonWithPosition(text);
  if (!parsed.ok) {
    problems.push({ file, feature: '', path: '', message: parsed.message, severity: 'error' });
    return null;
  }
  const result = layerManifestSchema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) {
    const layerAt = (path: PropertyKey[]) => {
      const entry = path[0] === 'layers' && typeof path[1] === 'number' ? (parsed.value as { layers?: { id?: unknown }[] }).layers?.[path[1]] : undefined;
      return typeof entry?.id === 'string' ? entry.id : typeof path[1] === 'number' ? `#${path[1]}` : '';
    };
    for (const issue of result.error.issues)
      problems.push({ file, feature: layerAt(issue.path), path: issuePath(issue.path, ''), message: describeIssue(issue), severity: 'error' });
    return null;
  }
  const manifest = result.data;
  const seen = new Set<string>();
  manifest.layers.forEach((layer, i) => {
    if (seen.has(layer.id))
      problems.push({
        file,
        feature: layer.id,
        path: `layers[${i}].id`,
        message: `duplicate layer id "${layer.id}": each layer is listed once`,
        severity: 'error',
      });
    seen.add(layer.id);
    if (!Object.keys(layer.kinds).length)
      problems.push({ file, feature: layer.id, path: `layers[${i}].kinds`, message: 'declare at least one kind of feature', severity: 'error' });
    for (const kind of layer.swatch ?? []) {
      if (!(kind in layer.kinds))
        problems.push({ file, feature: layer.id, path: `layers[${i}].swatch`, message: `"${kind}" is not one of the layer's kinds`, severity: 'error' });
    }
  });
  return { manifest, layers: manifest.layers.map(resolveLayer) };
}
