// ESLint (flat config). `npm run lint` runs Prettier's check and then this; `npm run format` fixes both.
// Formatting belongs to Prettier alone: eslint-config-prettier, last, turns off the rules that clash with it.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Content from the articles and the data is rendered as text, never parsed as HTML (see tests/unit/security.test.ts).
const HTML_SINK = 'Render content as text (textContent, Svelte {expressions}); HTML sinks are not allowed in src/.';

export default defineConfig(
  {
    // Generated output, installed packages and data (geo/, seeds/ and the test fixtures are checked by the data gate, not linted).
    ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/out/', '.vite/', '.probe/', 'geo/', 'seeds/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    rules: {
      // Unused names are errors, except those marked unused on purpose with a leading underscore (callback parameters kept for position).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Browser code: the app, and the bench's two peer pages that Vite builds for the browser.
    files: ['src/**', 'bench/baseline/**', 'bench/leaflet/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Node code: the build, the bench, the tests, scripts and the config files. They keep the browser
    // globals too, since tests/e2e and bench/ hold functions that run in the page (Playwright's page.evaluate).
    files: ['build/**', 'bench/**', 'tests/**', 'scripts/**', '*.{js,ts}'],
    ignores: ['bench/baseline/**', 'bench/leaflet/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**'],
    rules: {
      'svelte/no-at-html-tags': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]', message: HTML_SINK },
        { selector: 'AssignmentExpression > MemberExpression.left[computed=true][property.value=/^(innerHTML|outerHTML)$/]', message: HTML_SINK },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'insertAdjacentHTML', message: HTML_SINK },
        { property: 'setHTML', message: HTML_SINK },
        { property: 'setHTMLUnsafe', message: HTML_SINK },
        { object: 'document', property: 'write', message: HTML_SINK },
        { object: 'document', property: 'writeln', message: HTML_SINK },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  prettier,
);
