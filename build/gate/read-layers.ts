// The layers of geo/layers.json, checked and resolved, for Node code (tests, bench) that cannot
// import the app's virtual module.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryLayer } from '../../src/lib/layers/layer.ts';
import { validateManifest } from './validate-manifest.ts';
import { formatProblem, type Problem } from './problems.ts';

export function readLayers(root: string): StoryLayer[] {
  const problems: Problem[] = [];
  const result = validateManifest(readFileSync(join(root, 'geo', 'layers.json'), 'utf8'), problems);
  if (!result || problems.some((p) => p.severity === 'error')) throw new Error(problems.map(formatProblem).join('\n'));
  return result.layers;
}
