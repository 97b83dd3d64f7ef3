import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { storyData } from './build/vite/story-data.ts';
import { storyLayers } from './build/vite/story-layers.ts';
import { cspFor } from './build/vite/csp.ts';
import { preloadDeferredChunks } from './build/vite/preload-deferred.ts';
import { chunkOf } from './build/vite/chunks.ts';

const root = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');

export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    storyLayers(root),
    storyData(root),
    preloadDeferredChunks(),
    {
      // `npm start` serves the build with the strict CSP it ships with, so it is tested as shipped.
      name: 'csp-headers',
      configurePreviewServer(server) {
        server.middlewares.use((req, res, next) => {
          res.setHeader('Content-Security-Policy', cspFor(req.url ?? '/'));
          next();
        });
      },
    },
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // MapLibre alone is about 1.07 MB minified (290 KB gzip), over Vite's default 500 kB warning. It is
    // one library, loaded after the first paint (the pre-rendered SVG map shows until then), so the
    // limit sits just above its size: anything else that grows past it still warns.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        embed: fileURLToPath(new URL('embed.html', import.meta.url)),
        article: fileURLToPath(new URL('article.html', import.meta.url)),
        'story-page': fileURLToPath(new URL('story.html', import.meta.url)),
      },
      // MapLibre gets a chunk of its own, named for it (left alone, rolldown names the shared chunk
      // after one of its modules, e.g. prerendered-*.js); the first view's code is one chunk (see chunks.ts).
      output: { codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: chunkOf }] } },
      // Rolldown's timing report ([PLUGIN_TIMINGS]) flags the story-data plugin's buildStart on every
      // build: that is the data gate, turf measures, basemap and pre-rendered SVG, the build's real work.
      checks: { bundlerTimings: false },
    },
  },
  test: {
    // The gate over the real data takes a second or two alone, and several times that on a busy shared machine.
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/**/*.svelte.test.ts'] } },
      // Rune tests run their modules as the browser does: Svelte's server build never runs effects.
      { extends: true, test: { name: 'runes', include: ['tests/unit/**/*.svelte.test.ts'], environment: './tests/unit/client-environment.ts' } },
    ],
  },
});
