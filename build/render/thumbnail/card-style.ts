// The picture's light-mode screen style (src/static-map.css) restated for the rasteriser: resvg reads
// a <style> of plain selectors and values only (no var(), calc(), @media, :is or :where), so the
// palette's values (LIGHT, the same as src/map-palette.css) are written in, at a label scale of 1.
// The picture's rules decide; a rule here only repeats one of them.
import { LIGHT } from '../../../src/lib/map/basemap-style.ts';

/** The family the card's text is set in: bundled with the build (rasterise.ts), never the machine's. */
export const CARD_FONT = 'Noto Sans';

export function cardCss(p = LIGHT): string {
  return `
path { stroke-linejoin: round; stroke-linecap: round; }
.line path, .borders, .city-dots, .dot, .halo-dot { fill: none; }
.land { fill: ${p.land}; }
.borders { stroke: ${p.border}; stroke-dasharray: 4 2; }
.casing, .core { stroke: ${p.halo}; }
.tie { stroke: #fff; stroke-linecap: butt; }
.area path { stroke-width: 1.5; }
.dashed.area path { stroke-dasharray: 4.5 3; }
.halo-dot { stroke: #fff; }
.approximate .dot { stroke-opacity: 0.7; }
.city-dots { stroke: ${p.cityLabel}; stroke-width: 6; }
text { font-family: '${CARD_FONT}'; font-size: 12px; text-anchor: middle; paint-order: stroke; stroke: ${p.halo}; stroke-width: 3px; stroke-linejoin: round; }
.island { fill: ${p.label}; }
.story { font-weight: 700; }
.leader { fill: none; stroke: ${p.cityLabel}; stroke-width: 1.2; }
.marker { fill: #fff; stroke: none; font-size: 10px; }
.country { font-size: 13px; font-weight: 700; letter-spacing: 0.1em; fill: ${p.countryLabel}; stroke: ${p.land}; }
.region { font-size: 11px; letter-spacing: 0.1em; fill: ${p.countryLabel}; stroke: ${p.land}; }
.sea { font-size: 13px; font-style: italic; fill: ${p.seaLabel}; stroke: ${p.sea}; stroke-width: 2px; }
.city { fill: ${p.cityLabel}; stroke: ${p.halo}; }
.start { text-anchor: start; }
.end { text-anchor: end; }
.claim { font-style: italic; fill: ${p.claimLabel}; }
`;
}
