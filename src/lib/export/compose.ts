// The exported image as one SVG sheet, as a news graphic is laid out: the title (and the selected
// feature) above the map, the legend of the visible layers and the credits below it. The map's area
// holds whatever it is given (the picture, the locator inset); for the live map it is left clear and
// the map's pixels are drawn under the sheet (rasterise.ts).
import type { LegendItem } from './legend-items.ts';
import { textWidth, wrapText } from './wrap-text.ts';

const SVG = 'http://www.w3.org/2000/svg';

export interface Sheet {
  /** The map's size on screen, in CSS pixels: the image's width, and its map's height. */
  width: number;
  mapHeight: number;
  title: string;
  /** The selected feature's line ("Selected: …"), if any. */
  selected: string | null;
  legend: LegendItem[];
  /** The credit lines (the articles', the basemap's). */
  credit: string[];
  /** Drawn in the map's area, in its pixels. */
  map: Element[];
  /** The map area's ground (the picture's sea), or null to leave it clear for the live map's pixels. */
  mapBackground: string | null;
  /** The language's BCP 47 tag. */
  lang: string;
  palette: { surface: string; text: string; muted: string; line: string };
  font: string;
}

export interface ComposedSheet {
  svg: SVGSVGElement;
  width: number;
  height: number;
  /** Where the map's area starts, and its height. */
  mapTop: number;
  mapHeight: number;
}

type Attributes = Record<string, string | number>;

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Attributes, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  el.append(...children);
  return el;
}

const SWATCH = { width: 28, height: 16, gap: 6 };

export function composeSheet(sheet: Sheet): ComposedSheet {
  const { width, palette, font } = sheet;
  const pad = width < 480 ? 12 : 16;
  const inner = width - 2 * pad;
  const parts: SVGElement[] = [];
  let y = pad;

  /** Lines of text from `y` down, each `size` × 1.3 high; returns the lines' height. */
  const paragraph = (text: string, size: number, weight: number, fill: string, x = pad, maxWidth = inner) => {
    const cssFont = `${weight} ${size}px ${font}`;
    const lines = wrapText(text, cssFont, maxWidth);
    const lineHeight = Math.round(size * 1.3);
    lines.forEach((line, i) => {
      const baseline = y + i * lineHeight + Math.round(size * 1.02);
      parts.push(element('text', { x, y: baseline, 'font-family': font, 'font-size': size, 'font-weight': weight, fill }, line));
    });
    return lines.length * lineHeight;
  };

  y += paragraph(sheet.title, width < 480 ? 18 : 22, 700, palette.text);
  if (sheet.selected) y += 4 + paragraph(sheet.selected, width < 480 ? 14 : 15, 600, palette.text);
  y += 10;
  const mapTop = y;
  y += sheet.mapHeight + 12;
  y = legendRows(sheet, parts, pad, y) + 8;
  for (const line of sheet.credit) y += paragraph(line, 12, 400, palette.muted);
  const height = Math.ceil(y + pad);

  const clipId = 'map-area';
  const map = element(
    'g',
    { transform: `translate(0 ${mapTop})`, 'clip-path': `url(#${clipId})` },
    ...(sheet.mapBackground ? [element('rect', { width, height: sheet.mapHeight, fill: sheet.mapBackground })] : []),
    ...sheet.map,
  );
  const svg = element(
    'svg',
    { xmlns: SVG, width, height, viewBox: `0 0 ${width} ${height}`, 'xml:lang': sheet.lang },
    element('title', {}, sheet.title),
    element('defs', {}, element('clipPath', { id: clipId }, element('rect', { width, height: sheet.mapHeight }))),
    // The paper around the map, not over it: the live map's pixels are drawn under the sheet.
    element('path', {
      d: `M0 0H${width}V${height}H0Z M0 ${mapTop}V${mapTop + sheet.mapHeight}H${width}V${mapTop}Z`,
      fill: palette.surface,
      'fill-rule': 'evenodd',
    }),
    map,
    element('rect', { x: 0.5, y: mapTop + 0.5, width: width - 1, height: sheet.mapHeight - 1, fill: 'none', stroke: palette.line }),
    ...parts,
  );
  return { svg, width, height, mapTop, mapHeight: sheet.mapHeight };
}

/** The legend's rows flowed left to right and wrapped, as the legend's chips would; returns the bottom. */
function legendRows(sheet: Sheet, parts: SVGElement[], pad: number, top: number): number {
  const { width, palette, font } = sheet;
  const inner = width - 2 * pad;
  let [x, y, rowHeight] = [pad, top, 0];
  let layerRows = true;
  for (const item of sheet.legend) {
    // The keys start a row of their own, under the layers.
    if (layerRows && !item.layer && x > pad) [x, y, rowHeight] = [pad, y + rowHeight + 10, 0];
    layerRows = item.layer;
    const size = item.layer ? 13 : 12;
    const weight = item.layer ? 600 : 400;
    const cssFont = `${weight} ${size}px ${font}`;
    const textRoom = inner - SWATCH.width - SWATCH.gap;
    const lines = wrapText(item.text, cssFont, textRoom);
    const itemWidth = Math.ceil(SWATCH.width + SWATCH.gap + Math.max(...lines.map((line) => textWidth(line, cssFont))));
    if (x > pad && x + itemWidth > width - pad) [x, y, rowHeight] = [pad, y + rowHeight + 6, 0];
    const lineHeight = Math.round(size * 1.3);
    const height = Math.max(SWATCH.height + 2, lines.length * lineHeight);
    const swatch = element('g', { transform: `translate(${x} ${y + 1})` }, ...item.swatch.childNodes);
    parts.push(swatch);
    lines.forEach((line, i) => {
      const attributes = {
        x: x + SWATCH.width + SWATCH.gap,
        y: y + i * lineHeight + Math.round(size * 1.02),
        'font-family': font,
        'font-size': size,
        'font-weight': weight,
      };
      parts.push(element('text', { ...attributes, fill: item.layer ? palette.text : palette.muted }, line));
    });
    rowHeight = Math.max(rowHeight, height);
    x += itemWidth + 18;
  }
  return y + rowHeight;
}
