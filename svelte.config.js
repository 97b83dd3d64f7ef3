// Svelte options for @sveltejs/vite-plugin-svelte (the build) and svelte-check.
// Nothing to set: Svelte 5 strips the components' TypeScript (`<script lang="ts">`) itself and their
// styles are plain CSS, so no preprocessor (vitePreprocess) is needed. Without this file the build
// logs "no Svelte config found".
/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {};
