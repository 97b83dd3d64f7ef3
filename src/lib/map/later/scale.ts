// Map scale in Web Mercator with MapLibre's 512-pixel tiles: how many metres 100 CSS pixels span
// (the scale bar's width) at a latitude and zoom, and the zoom that gives a scale.
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6378137;
const TILE_SIZE = 512;
export const SCALE_BAR_PX = 100;

export function metresPer100px(latitude: number, zoom: number): number {
  return (SCALE_BAR_PX * EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

export function zoomForScale(latitude: number, metres: number): number {
  return Math.log2((SCALE_BAR_PX * EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * metres));
}
