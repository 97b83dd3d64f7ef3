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

/** The picture in the map's area. Hidden (the live map has taken over), it is framed for the map's size as it stands. */
export function pictureInMap(svg: SVGSVGElement, mapWrap: HTMLElement): SVGGElement {
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
  return group(`translate(${round(left)} ${round(top)}) scale(${round(scale)})`, inlineSvg(svg, scale).childNodes);
}

/** The locator inset where the page shows it, with its frame; null where it is hidden (small maps). */
export function locatorInMap(mapWrap: HTMLElement): SVGGElement | null {
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
  for (const [key, value] of Object.entries({ x: x + border / 2, y: y + border / 2, width: width + border, height: height + border })) frame.setAttribute(key, String(round(value)));
  frame.setAttribute('fill', pageColor('--sea', '#cfe3ef', svg));
  frame.setAttribute('stroke', pageColor('--border', '#8c7f73', svg));
  frame.setAttribute('stroke-width', String(border || 1));
  const content = group(`translate(${round(x + border)} ${round(y + border)}) scale(${round(scale)})`, inlineSvg(svg, scale).childNodes);
  return group('translate(0 0)', [frame, content]);
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
  for (const [key, value] of Object.entries({ x, y, width, height, fill: pageColor('background-color', '#ffffff', bar), 'fill-opacity': 0.75 })) ground.setAttribute(key, String(value));
  const ruler = document.createElementNS(SVG, 'path');
  ruler.setAttribute('d', `M${round(x + 1)} ${round(y)}V${round(y + height - 1)}H${round(x + width - 1)}V${round(y)}`);
  for (const [key, value] of Object.entries({ fill: 'none', stroke: ink, 'stroke-width': 2 })) ruler.setAttribute(key, String(value));
  const text = document.createElementNS(SVG, 'text');
  const size = parseFloat(style.fontSize) || 10;
  for (const [key, value] of Object.entries({ x: x + 5, y: y + height - 4, fill: ink, 'font-size': size, 'font-family': style.fontFamily })) text.setAttribute(key, String(value));
  text.textContent = bar.textContent;
  return group('translate(0 0)', [ground, ruler, text]);
}
