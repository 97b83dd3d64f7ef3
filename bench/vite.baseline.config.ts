// Builds the bench's comparison pages into bench/out/site/peers/, beside a copy of the app's dist/:
// baseline/ (bare MapLibre, same data and view) and leaflet/ (Leaflet, same data and view).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { storyLayers } from '../build/vite/story-layers.ts';

export default defineConfig({
  root: 'bench',
  base: './',
  plugins: [storyLayers(fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, ''))],
  build: {
    outDir: 'out/site/peers',
    emptyOutDir: true,
    target: 'es2022',
    // The peers bundle MapLibre (about 1.07 MB) and Leaflet whole, as their pages are meant to.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      input: {
        baseline: fileURLToPath(new URL('baseline/index.html', import.meta.url)),
        leaflet: fileURLToPath(new URL('leaflet/index.html', import.meta.url)),
      },
    },
  },
});
