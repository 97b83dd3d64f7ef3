// The box a map of width × height pixels shows when it fits `bounds` as MapLibre's
// fitBounds(bounds, { padding, maxZoom }) does: centred, padded, never closer than maxZoom.
// The story's chapter pictures frame their features with it, as the live story map does.

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export interface FitOptions {
  /** Pixels kept clear on each side. */
  padding: number;
  /** The closest zoom (MapLibre's 512-pixel tiles). */
  maxZoom: number;
}

/** Web Mercator in world units (0…1, y down), and back. */
const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

export function fitBoundsFrame([west, south, east, north]: Bounds, width: number, height: number, { padding, maxZoom }: FitOptions): Bounds {
  const x0 = mercX(west);
  const x1 = mercX(east);
  const y0 = mercY(north);
  const y1 = mercY(south);
  const inner = [Math.max(1, width - 2 * padding), Math.max(1, height - 2 * padding)] as const;
  // Pixels per world unit: the tighter of the two fits, and no closer than maxZoom (a single point fits at any scale).
  const fits = [x1 > x0 ? inner[0] / (x1 - x0) : Infinity, y1 > y0 ? inner[1] / (y1 - y0) : Infinity];
  const scale = Math.min(...fits, 512 * 2 ** maxZoom);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const halfW = width / 2 / scale;
  const halfH = height / 2 / scale;
  return [lonOf(cx - halfW), latOf(cy + halfH), lonOf(cx + halfW), latOf(cy - halfH)];
}
