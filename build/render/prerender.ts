// Runs the Svelte components of legends.ts in Node: Vite's module runner compiles them with the
// Svelte plugin, as the app's build does, so the pre-rendered legend is the app's own markup.
import { runnerImport } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

type Legends = typeof import('./legends.ts');

export async function loadLegendRenderer(): Promise<Legends['legendsHtml']> {
  const file = fileURLToPath(new URL('./legends.ts', import.meta.url));
  const { module } = await runnerImport<Legends>(file, { configFile: false, plugins: [svelte()], logLevel: 'error' });
  return module.legendsHtml;
}
