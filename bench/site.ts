// The site the bench serves: a copy of the app's dist/ with the peer pages built beside it in peers/.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';

export const SITE = 'bench/out/site';

export function buildSite(reuseBuild: boolean) {
  if (!reuseBuild) execSync('npm run build', { stdio: 'inherit' });
  else if (!existsSync('dist/index.html')) throw new Error('bench: --reuse-build needs the app built in dist/ (run npm run build first)');
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  cpSync('dist', SITE, { recursive: true });
  execSync('npx vite build -c bench/vite.baseline.config.ts --logLevel warn', { stdio: 'inherit' });
}
