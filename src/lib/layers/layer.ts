// A story layer described as data: its file, its look, its legend entry.
// Adding a layer means adding one file like ./rail.ts and listing it in ./index.ts.

/** How the legend draws the layer's swatch, matching its map style. */
export interface LegendSwatch {
  shape: 'line' | 'area' | 'point';
  color: string;
  dashed?: boolean;
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
