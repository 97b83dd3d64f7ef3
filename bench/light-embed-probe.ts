// npx tsx bench/light-embed-probe.ts [rounds]: the light embed's measure alone (bench/measure/light-embed.ts),
// on the app built in dist/ (copied to the bench's site, as `npm run bench -- --reuse-build` does, without the peers).
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { measureLightEmbed, type LightEmbedSample } from './measure/light-embed.ts';
import { SITE } from './site.ts';
import { launchBrowser } from './pages.ts';
import { startServer } from './server.ts';
import { median } from './stats.ts';

const rounds = Number(process.argv[2]) || 1;
rmSync(SITE, { recursive: true, force: true });
mkdirSync(SITE, { recursive: true });
cpSync('dist', SITE, { recursive: true });
const server = await startServer();
const browser = await launchBrowser();
try {
  const { light, live } = await measureLightEmbed(browser, rounds);
  const kb = (xs: number[]) => (median(xs) / 1024).toFixed(1);
  console.log(`embed frame, article read without touching the map (median of ${rounds}):`);
  console.log(`  bytes (gzip):     light ${kb(light.map((s) => s.bytes))} KB, always-live ${kb(live.map((s) => s.bytes))} KB`);
  console.log(
    `  main thread:      light ${median(light.map((s) => s.mainThreadMs)).toFixed(0)} ms, always-live ${median(live.map((s) => s.mainThreadMs)).toFixed(0)} ms`,
  );
  console.log(`  WebGL contexts:   light ${Math.max(...light.map((s) => s.webglContexts))}, always-live ${Math.max(...live.map((s) => s.webglContexts))}`);
  const intent = (xs: LightEmbedSample[]) => median(xs.map((s) => s.intentToDrawnMs));
  console.log(
    `  intent → drawn:   light ${intent(light).toFixed(0)} ms (pointer over the map), always-live ${intent(live).toFixed(0)} ms (first idle); ratio ${(intent(light) / intent(live)).toFixed(2)}`,
  );
} finally {
  await browser.close();
  server.stop();
}
