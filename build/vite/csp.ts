// The Content-Security-Policy the app is served with (npm start / preview), and publishers should send.
// style-src needs no 'unsafe-inline': Svelte's styles are built into CSS files, and MapLibre sets
// styles through the CSSOM (element.style), which CSP does not restrict.
// Trusted Types: no script reaches an HTML or script-URL sink with a plain string; the one policy,
// `story-map`, turns exactly MapLibre's own worker URL into a TrustedScriptURL
// (src/lib/map/trusted-types.ts). Svelte is built with `fragments: 'tree'` (no innerHTML).
import { TRUSTED_TYPES_POLICY } from '../../src/lib/map/trusted-types.ts';

export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "connect-src 'self'",
  'frame-ancestors *',
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICY}`,
].join('; ');

/** The demo article is a host page: it frames the map, which may live on another origin. */
export const ARTICLE_CSP = `${APP_CSP}; frame-src *`;

/** The bench's peer pages (bare MapLibre, Leaflet: bench/peers) run their libraries as shipped,
 * with no Trusted Types policy of ours: the same policy without the Trusted Types lines. */
export const PEER_CSP = APP_CSP.split('; ')
  .filter((d) => !d.includes('trusted-types'))
  .join('; ');

export function cspFor(path: string): string {
  if (/^\/peers\//.test(path)) return PEER_CSP;
  return /\/article\.html(\?|$)/.test(path) ? ARTICLE_CSP : APP_CSP;
}
