import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { storyData } from './build/vite-plugin-story-data.ts';

const root = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');

export default defineConfig({
  base: './',
  plugins: [svelte(), storyData(root)],
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
