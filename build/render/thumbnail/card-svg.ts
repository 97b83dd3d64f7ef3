// The social card and oEmbed thumbnail: the map's initial view drawn by the picture's own renderer
// (static-svg.ts: the same features, strokes and label layout), framed as MapLibre's fitBounds frames
// the story's bounds in a map of the card's size, as one standalone SVG for the rasteriser.
import type { FeatureCollection, Point } from 'geojson';
import { staticMapSvg } from '../static-svg.ts';
import { storyProjection } from '../static-map/render.ts';
import type { StoryLayer } from '../../../src/lib/layers/layer.ts';
import type { StoryCollection } from '../../../src/lib/types.ts';
import { LIGHT } from '../../../src/lib/map/basemap-style.ts';
import { cardCss } from './card-style.ts';

/** 1200 × 630, the size social networks ask for; laid out at half that (CSS pixels) and drawn at 2×,
 * so its names read as a phone's map does when the card is shown about 500 px wide. */
export const CARD = { width: 1200, height: 630, scale: 2 } as const;
/** MapLibre's fitBounds padding on the app's maps (static-svg.ts). */
const PADDING = 20;

/** Country names in capitals: the picture sets them with CSS text-transform, which resvg
 * does not read. Only text between tags changes, never an entity (&amp; stays &amp;). */
export function inCapitals(svg: string): string {
  return svg.replace(/<text class="country [^>]*>.*?<\/text>/g, (text) =>
    text.replace(/>([^<]+)</g, (_, words: string) => `>${words.replace(/&[a-z]+;|[^&]+/g, (part) => (part.startsWith('&') ? part : part.toUpperCase()))}<`),
  );
}

export function cardSvg(
  basemap: { land: FeatureCollection; borders: FeatureCollection; labels: FeatureCollection<Point> },
  layers: readonly StoryLayer[],
  collections: Record<string, StoryCollection>,
  title: string,
): string {
  const width = CARD.width / CARD.scale;
  const height = CARD.height / CARD.scale;
  const frame = { width, height, projection: storyProjection(width, height, PADDING) };
  const map = inCapitals(staticMapSvg(basemap, layers, collections, { title, langs: ['en'], features: false, frame }));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${width} ${height}">` +
    `<style>${cardCss()}</style><rect width="${width}" height="${height}" fill="${LIGHT.sea}"/>${map}</svg>`
  );
}
