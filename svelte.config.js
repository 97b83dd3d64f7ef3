// Svelte options for @sveltejs/vite-plugin-svelte (the build) and svelte-check.
// Svelte 5 strips the components' TypeScript (`<script lang="ts">`) itself and their styles are
// plain CSS, so no preprocessor (vitePreprocess) is needed.
/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  // Templates are built with DOM calls, not innerHTML: the page then runs under Trusted Types
  // (`require-trusted-types-for 'script'`) without Svelte's own pass-through policy.
  // Runes mode everywhere: a component without runes would otherwise compile in legacy mode and
  // bring Svelte's legacy lifecycle code into the first view.
  compilerOptions: { fragments: 'tree', runes: true },
};
