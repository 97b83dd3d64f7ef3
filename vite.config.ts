import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { storyData } from './build/vite-plugin-story-data.ts';
import { cspFor } from './build/csp.ts';
import { preloadDeferredChunks } from './build/vite-plugin-preload-deferred.ts';

const root = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');

export default defineConfig({
  base: './',
  plugins: [
    svelte(),
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
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        embed: fileURLToPath(new URL('embed.html', import.meta.url)),
        article: fileURLToPath(new URL('article.html', import.meta.url)),
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'tests/unit/**/*.test.ts'],
  },
});
