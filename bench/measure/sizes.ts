// Bytes, gzipped, of the built files: the HTML that carries the first paint, Leaflet's JS, and what
// the app fetched until its first idle beyond what the baseline fetched.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SITE } from '../site.ts';

const gz = (path: string) => gzipSync(readFileSync(path)).length;

/** Of the fetched paths (a path once), the JS files the site has. */
const jsGz = (files: string[]) => [...new Set(files)].filter((f) => /\.m?js$/.test(f) && existsSync(`${SITE}${f}`)).reduce((n, f) => n + gz(`${SITE}${f}`), 0);

/** In bytes. `appFiles`, `baselineFiles`: what each page fetched until its first idle. */
export function measureSizes(appFiles: string[], baselineFiles: string[]) {
  return {
    leafletJsGz: readdirSync(`${SITE}/peers/assets`)
      .filter((f) => /^leaflet-.*\.js$/.test(f))
      .reduce((n, f) => n + gz(`${SITE}/peers/assets/${f}`), 0),
    firstPaintHtmlGz: { index: gz(`${SITE}/index.html`), embed: gz(`${SITE}/embed.html`) },
    appJsBeyondMapLibre: jsGz(appFiles) - jsGz(baselineFiles),
    dataGz: [...new Set(appFiles)].filter((f) => f.startsWith('/data/') && /basemap|geojson/.test(f)).reduce((n, f) => n + gz(`${SITE}${f}`), 0),
  };
}
