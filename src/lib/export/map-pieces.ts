// The map area's drawings for the image, in the map's pixels: the build's picture framed as the page
// frames it (20 px inside the map, "meet"), the locator inset where it shows, and the live map's
// scale bar. Each copied standalone (inline-svg.ts).
import { inlineSvg } from './inline-svg.ts';
import { pageColor } from './colors.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** MapLibre's fitBounds padding, which the picture's box keeps inside the map (static-map.css). */
const PICTURE_INSET = 20;

function group(transform: string, children: Iterable<Node>): SVGGElement {
  const g = document.createElementNS(SVG, 'g');
  g.setAttribute('transform', transform);
  g.append(...children);
  return g;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

interface Frame {
  left: number;
  top: number;
  /** Map pixels per unit of the picture's viewBox. */
  scale: number;
}

/** Where the picture's viewBox lies in the map's pixels. Hidden (the live map has taken over), it is framed for the map's size as it stands. */
function pictureFrame(svg: SVGSVGElement, mapWrap: HTMLElement): Frame {
  const wrap = mapWrap.getBoundingClientRect();
  const shown = svg.getBoundingClientRect();
  const box =
    shown.width > 0
      ? { x: shown.left - wrap.left, y: shown.top - wrap.top, width: shown.width, height: shown.height }
      : { x: PICTURE_INSET, y: PICTURE_INSET, width: wrap.width - 2 * PICTURE_INSET, height: wrap.height - 2 * PICTURE_INSET };
  const view = svg.viewBox.baseVal;
  const scale = Math.min(box.width / view.width, box.height / view.height);
  const left = box.x + (box.width - view.width * scale) / 2 - view.x * scale;
  const top = box.y + (box.height - view.height * scale) / 2 - view.y * scale;
  return { left, top, scale };
}

/** The picture in the map's area, as the page frames it. */
export function pictureInMap(svg: SVGSVGElement, mapWrap: HTMLElement): SVGGElement {
  const { left, top, scale } = pictureFrame(svg, mapWrap);
  return group(`translate(${round(left)} ${round(top)}) scale(${round(scale)})`, inlineSvg(svg, scale).childNodes);
}

const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const numbers = (value: string | undefined, separator: RegExp) => (value ?? '').split(separator).map(Number) as [number, number, number, number];

/** The map's area under the picture (the first view), as the locator's box draws it (its viewBox units,
 * as Locator.svelte places it for the live map's bounds). */
export function firstViewInLocator(picture: SVGSVGElement, mapWrap: HTMLElement, locator: SVGSVGElement): Record<'x' | 'y' | 'width' | 'height', number> {
  const { left, top, scale } = pictureFrame(picture, mapWrap);
  const [west, south, east, north] = numbers(picture.dataset.bounds, /,/);
  const [wx, wy, ww, wh] = numbers(picture.dataset.wholeView ?? picture.getAttribute('viewBox') ?? '', /\s+/);
  const [rw, rs, re, rn] = numbers(locator.dataset.region, /,/);
  const box = locator.viewBox.baseVal;
  // Map pixels → picture units → longitude and Mercator y → the locator's units.
  const x = (px: number) => ((west + (((px - left) / scale - wx) / ww) * (east - west) - rw) / (re - rw)) * box.width;
  const y = (py: number) => {
    const m = mercator(north) - (((py - top) / scale - wy) / wh) * (mercator(north) - mercator(south));
    return ((mercator(rn) - m) / (mercator(rn) - mercator(rs))) * box.height;
  };
  const { width, height } = mapWrap.getBoundingClientRect();
  return { x: x(0), y: y(0), width: x(width) - x(0), height: y(height) - y(0) };
}

/** The locator inset where the page shows it, with its frame; null where it is hidden (small maps).
 * `firstView`: its box drawn round the first view (the picture's), not the live map's. */
export function locatorInMap(mapWrap: HTMLElement, firstView: SVGSVGElement | null = null): SVGGElement | null {
  const svg = mapWrap.querySelector<SVGSVGElement>('svg.locator-svg');
  const shown = svg?.getBoundingClientRect();
  if (!svg || !shown || shown.width === 0) return null;
  const wrap = mapWrap.getBoundingClientRect();
  const view = svg.viewBox.baseVal;
  const style = getComputedStyle(svg);
  const border = parseFloat(style.borderLeftWidth) || 0;
  const [x, y] = [shown.left - wrap.left, shown.top - wrap.top];
  const [width, height] = [shown.width - 2 * border, shown.height - 2 * border];
  const scale = Math.min(width / view.width, height / view.height);
  const frame = document.createElementNS(SVG, 'rect');
  for (const [key, value] of Object.entries({ x: x + border / 2, y: y + border / 2, width: width + border, height: height + border }))
    frame.setAttribute(key, String(round(value)));
  frame.setAttribute('fill', pageColor('--sea', '#cfe3ef', svg));
  frame.setAttribute('stroke', pageColor('--border', '#8c7f73', svg));
  frame.setAttribute('stroke-width', String(border || 1));
  // The box round the first view: set on the page's inset while it is copied, and put back in the same task (never painted).
  const viewBox = firstView && svg.querySelector('.view');
  const live = viewBox ? (['x', 'y', 'width', 'height'] as const).map((key) => [key, viewBox.getAttribute(key)] as const) : [];
  if (viewBox) for (const [key, value] of Object.entries(firstViewInLocator(firstView, mapWrap, svg))) viewBox.setAttribute(key, String(round(value)));
  const copy = inlineSvg(svg, scale);
  for (const [key, value] of live) if (value !== null) viewBox!.setAttribute(key, value);
  const content = group(`translate(${round(x + border)} ${round(y + border)}) scale(${round(scale)})`, copy.childNodes);
  // Its land runs on past its box, where the page's inset clips it (an <svg> clips what overflows it).
  const clip = document.createElementNS(SVG, 'clipPath');
  clip.id = 'locator-area';
  const area = frame.cloneNode() as SVGRectElement;
  for (const [key, value] of Object.entries({ x: x + border, y: y + border, width, height })) area.setAttribute(key, String(round(value)));
  for (const name of ['fill', 'stroke', 'stroke-width']) area.removeAttribute(name);
  clip.append(area);
  const clipped = group('translate(0 0)', [content]);
  clipped.setAttribute('clip-path', 'url(#locator-area)');
  return group('translate(0 0)', [clip, frame, clipped]);
}

/** MapLibre's scale bar as the live map shows it (a ruler and its distance), or null. */
export function scaleBarInMap(mapWrap: HTMLElement): SVGGElement | null {
  const bar = mapWrap.querySelector<HTMLElement>('.maplibregl-ctrl-scale');
  const shown = bar?.getBoundingClientRect();
  if (!bar || !shown || shown.width === 0) return null;
  const wrap = mapWrap.getBoundingClientRect();
  const style = getComputedStyle(bar);
  const [x, y, width, height] = [shown.left - wrap.left, shown.top - wrap.top, shown.width, shown.height];
  const ink = pageColor('color', '#333333', bar);
  const ground = document.createElementNS(SVG, 'rect');
  for (const [key, value] of Object.entries({ x, y, width, height, fill: pageColor('background-color', '#ffffff', bar), 'fill-opacity': 0.75 }))
    ground.setAttribute(key, String(value));
  const ruler = document.createElementNS(SVG, 'path');
  ruler.setAttribute('d', `M${round(x + 1)} ${round(y)}V${round(y + height - 1)}H${round(x + width - 1)}V${round(y)}`);
  for (const [key, value] of Object.entries({ fill: 'none', stroke: ink, 'stroke-width': 2 })) ruler.setAttribute(key, String(value));
  const text = document.createElementNS(SVG, 'text');
  const size = parseFloat(style.fontSize) || 10;
  for (const [key, value] of Object.entries({ x: x + 5, y: y + height - 4, fill: ink, 'font-size': size, 'font-family': style.fontFamily }))
    text.setAttribute(key, String(value));
  text.textContent = bar.textContent;
  return group('translate(0 0)', [ground, ruler, text]);
}
