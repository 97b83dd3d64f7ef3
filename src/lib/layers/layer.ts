// A story layer described as data: its file, its look, its legend entry.
// Adding a layer means adding one file like ./rail.ts and listing it in ./index.ts.

/** How the legend draws the layer's swatch, matching its map style. */
export interface LegendSwatch {
  shape: 'line' | 'area' | 'point';
  color: string;
  dashed?: boolean;
  /** Drawn as a railway (white ties on the line). */
  ties?: boolean;
  /** A glyph inside point symbols. */
  marker?: string;
}

export interface LayerStyle {
  /** Main colour: lines, outlines and point fills. */
  color: string;
  /** Line width in pixels. */
  width?: number;
  /** Point radius in pixels. */
  radius?: number;
  /** Fill opacity for polygons. */
  fillOpacity?: number;
  /** Dash pattern for lines whose `status` is planned or proposed, or for every line when `alwaysDashed`. */
  dash?: [number, number];
  alwaysDashed?: boolean;
  /** Layers must be told apart without colour: white railway ties on built lines… */
  ties?: boolean;
  /** …or a glyph inside each point (drawn with the reader's own fonts). */
  marker?: string;
  /** Polygon outlines are dashed unless this is set. */
  solidOutline?: boolean;
}

export interface StoryLayer {
  /** The geo file name without `.geojson`; also the `?layers=` value. */
  id: string;
  title: string;
  description: string;
  style: LayerStyle;
  swatch: LegendSwatch;
}

export function dataUrl(layerId: string): string {
  return `data/${layerId}.geojson`;
}
