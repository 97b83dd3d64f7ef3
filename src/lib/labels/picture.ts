// Draws a label layout into the build-time picture (svg.story-svg), so the picture standing in
// for the live map names the same places in the same spots as the live map will. Elements and
// text nodes only: names are text, never markup.
import type { Position } from 'geojson';
import { leaderStart, type Point } from './layout.ts';
import { metaOf } from './candidates.ts';
import type { ViewLabels } from './view.ts';

const SVG = 'http://www.w3.org/2000/svg';
const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

export interface PictureFrame {
  /** Lon/lat to pixels of the map area (the picture's container), as MapLibre projects them there. */
  project: (lonLat: Position) => Point;
  /** Pixels of the map area to the picture's viewBox units. */
  toViewBox: (p: Point) => Point;
  /** Map-area pixels per viewBox unit. */
  scale: number;
}

/** The picture's Web Mercator frame: its build-time viewBox (kept in data-whole-view once printing
 * narrows it) is exactly `bounds` (west, south, east, north); the current viewBox is drawn with "meet". */
export function pictureFrame(svg: SVGSVGElement, mapWrap: HTMLElement): PictureFrame | null {
  const [west, south, east, north] = (svg.dataset.bounds ?? '').split(',').map(Number) as [number, number, number, number];
  const [wx, wy, ww, wh] = (svg.dataset.wholeView ?? svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number) as [number, number, number, number];
  const box = svg.viewBox.baseVal;
  const rect = svg.getBoundingClientRect();
  const origin = mapWrap.getBoundingClientRect();
  if (!Number.isFinite(west) || !ww || !wh || !box.width || !rect.width) return null;
  const scale = Math.min(rect.width / box.width, rect.height / box.height);
  const left = rect.left - origin.left + (rect.width - box.width * scale) / 2 - box.x * scale;
  const top = rect.top - origin.top + (rect.height - box.height * scale) / 2 - box.y * scale;
  const x = (lon: number) => wx + ((lon - west) / (east - west)) * ww;
  const y = (lat: number) => wy + ((mercator(north) - mercator(lat)) / (mercator(north) - mercator(south))) * wh;
  return {
    project: ([lon, lat]) => [left + x(lon!) * scale, top + y(lat!) * scale],
    toViewBox: ([px, py]) => [(px - left) / scale, (py - top) / scale],
    scale,
  };
}

const round = (n: number, places = 1) => String(Math.round(n * 10 ** places) / 10 ** places);

function element(name: string, attributes: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  return el;
}

/** Replaces the labels of one language group with this layout. */
export function drawPictureLabels(group: SVGGElement, labels: ViewLabels, frame: PictureFrame, colors: Map<string, string>): void {
  const children: SVGElement[] = [];
  const dots: string[] = [];
  for (const label of labels.placed) {
    const meta = metaOf(label, labels.meta);
    if (!meta) continue;
    const [x, y] = frame.toViewBox(label.at);
    if (meta.cls === 'city') dots.push(`M${round(x)} ${round(y)}h0`);
    const layer: Record<string, string> = meta.layerId ? { 'data-layer': meta.layerId } : {};
    if (label.members) {
      const d = label.members
        .map((m) => {
          const [sx, sy] = frame.toViewBox(leaderStart(label.box, m.at));
          const [mx, my] = frame.toViewBox(m.at);
          return `M${round(sx)} ${round(sy)}L${round(mx)} ${round(my)}`;
        })
        .join('');
      children.push(element('path', { class: 'leader', d, ...layer }));
    }
    const align = label.anchor.includes('left') ? 'start' : label.anchor.includes('right') ? 'end' : 'middle';
    const color = meta.cls === 'story' && meta.layerId ? colors.get(meta.layerId) : undefined;
    const text = element('text', { class: `${meta.cls} ${align}`, y: round(y), ...layer, ...(color ? { fill: color, color } : {}) });
    const firstDy = (label.box[1] - label.at[1]) / label.size + 0.95;
    label.lines.forEach((line, i) => {
      const tspan = element('tspan', {
        x: round(x),
        dy: `${round(i === 0 ? firstDy : 1.2, 2)}em`,
        ...(label.offset[0] ? { dx: `${round(label.offset[0], 2)}em` } : {}),
      });
      tspan.textContent = line;
      text.append(tspan);
    });
    children.push(text);
  }
  group.replaceChildren(element('path', { class: 'city-dots', d: dots.join('') }), ...children);
}
