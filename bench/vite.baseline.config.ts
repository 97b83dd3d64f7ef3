// Builds the bench's comparison pages into bench/out/site/peers/, beside a copy of the app's dist/:
// baseline/ (bare MapLibre, same data and view) and leaflet/ (Leaflet, same data and view).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: 'bench',
  base: './',
  build: {
    outDir: 'out/site/peers',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        baseline: fileURLToPath(new URL('baseline/index.html', import.meta.url)),
        leaflet: fileURLToPath(new URL('leaflet/index.html', import.meta.url)),
      },
    },
  },
});
