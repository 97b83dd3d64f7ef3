// Builds dist/embed.js, the host-page script, as one small classic script (IIFE).
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    lib: { entry: 'src/embed/host.ts', formats: ['iife'], name: 'StoryMapEmbed', fileName: () => 'embed.js' },
    rolldownOptions: { output: { banner: '/*! embed.js for the China–Vietnam story map. MIT licence. */' } },
  },
});
