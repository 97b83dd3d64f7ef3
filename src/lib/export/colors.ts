// Any CSS colour the page computes (rgb(), color(srgb …) from color-mix(), a named colour) as the
// #rrggbb and opacity that every SVG reader understands: painted on a one-pixel canvas and read back.
let pixel: CanvasRenderingContext2D | null = null;
const cache = new Map<string, { hex: string; alpha: number } | null>();

export function solidColor(css: string): { hex: string; alpha: number } | null {
  const value = css.trim();
  if (!value || value === 'none' || value === 'transparent') return null;
  if (cache.has(value)) return cache.get(value)!;
  pixel ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
  if (!pixel) return null;
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = '#000';
  pixel.fillStyle = value;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data as unknown as [number, number, number, number];
  const result = a === 0 ? null : { hex: `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`, alpha: Math.round((a / 255) * 100) / 100 };
  cache.set(value, result);
  return result;
}

/** A CSS custom property of the page (a colour of its palette) as #rrggbb, or the fallback. */
export function pageColor(name: string, fallback: string, from: Element = document.documentElement): string {
  return solidColor(getComputedStyle(from).getPropertyValue(name))?.hex ?? fallback;
}
