// The sheet (compose.ts) as a PNG at 1× or 2×: the live map's pixels, if any, drawn into the map's
// area, then the sheet over them as an image (SVG images use the fonts installed, the page's own).
import type { ComposedSheet } from './compose.ts';

async function sheetImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function rasterise(sheet: ComposedSheet, scale: number, mapPixels: HTMLCanvasElement | null): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(sheet.width * scale);
  canvas.height = Math.round(sheet.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  if (mapPixels) context.drawImage(mapPixels, 0, sheet.mapTop * scale, sheet.width * scale, sheet.mapHeight * scale);
  context.drawImage(await sheetImage(sheet.svg), 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'));
}
