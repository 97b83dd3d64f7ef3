// How the browser tests start Chromium: Debian's build when present, WebGL through SwiftShader.
import { existsSync } from 'node:fs';

export const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
  // No background calls to Google's hosts: the machine has no network, and tests count requests.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The browser tests' flags: the page composited and rasterised in software, so only WebGL goes
 * through SwiftShader. Screenshots (the tests take hundreds) are about four times faster and a
 * page's first drawing a little faster. Not for the bench, which measures the app as readers run it.
 */
export const TEST_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-gpu-compositing', '--disable-gpu-rasterization'];
