// Vite plugin: the checked layer manifest (geo/layers.json) as the module `virtual:story-layers`,
// so the app (and the bench's peer pages) know the layers without fetching anything first.
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataRoot } from '../gate/read-story.ts';
import { validateManifest } from '../gate/validate-manifest.ts';
import type { Problem } from '../gate/problems.ts';

const MODULE = 'virtual:story-layers';
const RESOLVED = `\0${MODULE}`;

export function storyLayers(projectRoot: string): Plugin {
  const root = dataRoot(projectRoot);
  return {
    name: 'story-layers',
    resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const file = join(root, 'geo', 'layers.json');
      this.addWatchFile(file);
      // Problems are reported by the story-data plugin and the gate; an invalid manifest gives no layers.
      const checked = validateManifest(readFileSync(file, 'utf8'), [] as Problem[]);
      return `export default ${JSON.stringify(checked?.manifest ?? { layers: [] })};`;
    },
  };
}
