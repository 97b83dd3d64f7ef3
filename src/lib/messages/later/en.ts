// The later parts' words in English (see LaterMessages in ../catalogue.ts).
import type { LaterMessages } from '../catalogue.ts';

const count = new Intl.NumberFormat('en');
const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const rough = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 2 });

export const enLater: LaterMessages = {
  philippines: 'Philippines',
  countries: { Brunei: 'Brunei', China: 'China', Malaysia: 'Malaysia', Philippines: 'Philippines', Taiwan: 'Taiwan', Vietnam: 'Vietnam' },
  disputed: (claimants) => `Disputed. Claimed by ${claimants}. Names are shown in each language.`,
  what: 'What',
  status: 'Status',
  position: 'Position',
  schematicSentence: 'Drawn schematically: the line links cited places on its route; its exact track is not traced here, so the line drawn is not its path',
  approximateSentence: 'Approximate: drawn from an estimate, not a survey',
  exactSentence: 'Exact (from a published position)',
  statusWords: { built: 'Built', 'part-built': 'Partly built', planned: 'Planned', proposed: 'Proposed' },
  statusAsOf: (status, when, after) => `${status}, as of ${when}${after ? ' (after the articles)' : ''}`,
  lengthAsDrawn: (length, published) => `Length as drawn: ${km.format(length)} km${published ? ` (the published length is ${km.format(published)} km)` : ''}`,
  lengthSchematic: (length, published) =>
    `Length of the schematic drawing (not of the route): ${km.format(length)} km${published ? ` (the published length is ${km.format(published)} km)` : ''}`,
  areaExact: (area) => `Area as drawn: about ${km.format(area)} km²`,
  areaApproximate: (area) => `Area as drawn: about ${rough.format(area)} km² (the outline is approximate)`,
  illustrative: 'The outline only shows roughly where it lies, so no area is given.',
  coastDistance: (d) => `Distance from the nearest coast: about ${km.format(d)} km`,
  whatArticlesSay: 'What the articles say',
  andMore: (n) => `And ${count.format(n)} more.`,
  showMoreExcerpts: (n) => `Show ${count.format(n)} more excerpts`,
  sourcesForData: 'Sources for the map data',
  showMoreSources: (n) => `Show ${count.format(n)} more sources`,
  layerOff: (title) => `Its layer, ${title}, is switched off, so it is not on the map.`,
  showLayer: 'Show the layer',
  featuresByLayer: 'Features by layer',
  showAllFeatures: (n, title) => `Show all ${count.format(n)} features of ${title}`,
  noLayerOn: 'No layer is switched on.',
  // Dialogs
  close: (title) => `Close ${title.toLowerCase()}`,
  reporting: 'Reporting',
  mapData: 'Map data',
  basemapNote: 'Basemap: Natural Earth (public domain). Positions marked approximate are estimates; the panel says how far off each may be.',
  methodology: 'Methodology: what each source gives the map',
  copyNote: '“(copy)” marks a link to a copy of a source kept on another site.',
  embedTitle: 'Embed this map',
  embedIntro:
    'Paste this into your article where the map should appear. It keeps the current view (selected feature, layers, language), reserves its space so the page does not jump, and loads the map only when a reader scrolls near it.',
  embedCode: 'Embed code',
  copyEmbedCode: 'Copy embed code',
  copied: 'Copied.',
  copyBlocked: 'Copying is blocked here: select the code and copy it.',
  iframeIntro: 'Where scripts cannot be pasted, a plain iframe works too: the map fills whatever frame it is given, for example 640 × 480 or 320 × 480 pixels:',
  ampHeading: 'For AMP pages',
  ampIntro:
    'On an AMP page, paste this instead. The map asks AMP for the height that suits its width; where AMP cannot resize it at once, the button inside shows the whole map. The page also needs AMP’s amp-iframe extension in its head.',
  ampCodeLabel: 'AMP embed code',
  ampOverflow: 'Show the whole map',
  ampCopy: 'Copy AMP code',
  imageSelected: (name) => `Selected: ${name}`,
  imageSources: (names) => `Sources: ${names.join('; ')}.`,
  imageBasemap: 'Basemap: Natural Earth (public domain)',
};
