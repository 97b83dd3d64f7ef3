// A Vitest environment for rune tests (*.svelte.test.ts): plain Node globals, but modules are
// transformed for the client, because Svelte's server build of $effect never runs effects.
import type { Environment } from 'vitest/environments';

export default {
  name: 'client-node',
  viteEnvironment: 'client',
  setup: () => ({ teardown: () => {} }),
} satisfies Environment;
