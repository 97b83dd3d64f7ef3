import { defineConfig } from '@playwright/test';
import { TEST_CHROMIUM_ARGS, executablePath } from './tests/e2e/browser.ts';
/** Ports come from TEST_PORT_BASE (default 4173) so two checkouts can run their suites side by side. */
export const PORT = Number(process.env.TEST_PORT_BASE ?? 4173);
/** A second origin serving the same build: host page and map on different origins, as in real embeds. */
export const MAP_PORT = PORT + 1;
/** The sixth-layer test serves its own build of a copied geo/ here. */
export const SIXTH_LAYER_PORT = PORT + 2;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/output',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Three workers on two cores: a test mostly waits on the browser (map idle, WebGL through SwiftShader), so three at a time keep both cores busy.
  workers: 3,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: TEST_CHROMIUM_ARGS,
    },
  },
  webServer: [PORT, MAP_PORT].map((port) => ({
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  })),
});
