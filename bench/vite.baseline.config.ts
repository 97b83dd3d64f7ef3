// Builds the bench's baseline page into bench/out/site/baseline/, beside a copy of the app's dist/.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/baseline',
  base: './',
  build: { outDir: '../out/site/baseline', emptyOutDir: true, target: 'es2022' },
});
