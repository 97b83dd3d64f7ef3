// Where the land is, for the labels that must keep off it or to it: a claim's name stays at sea
// (never over another state's coast or islets), and a country's name moved into view stays inside
// its own land. The land (build/render/label-land.ts) is drawn once per view into a mask of the
// frame, in cells of a couple of pixels, so testing a label's box costs a few hundred lookups
// whatever the coastline's detail.
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { clipSegment, type Box, type Point } from './layout.ts';

export type LandCollection = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

/** Where the coarse land is served (built from the basemap's). */
export const LABEL_LAND_PATH = 'data/label-land.geojson';

/** Pixels kept between a label and the land it keeps off or to (more than a cell), and at least the land's coarseness. */
export const LAND_MARGIN = 4;
/** How far the coarse land strays from the drawn coast, in degrees (build/render/label-land.ts simplifies to it). */
export const LAND_TOLERANCE_DEG = 0.03;

/** The margin kept round labels in this view: LAND_MARGIN, or, in close views, half the land's
 * tolerance in pixels (its greatest straying from the drawn coast; it strays much less on average). */
export function landMargin(project: (lonLat: Position) => Point, least = LAND_MARGIN): number {
  return Math.max(least, Math.abs(project([100 + LAND_TOLERANCE_DEG, 20])[0] - project([100, 20])[0]) / 2);
}
/** A cell of the mask, in pixels. */
const CELL = 2;
/** Cells crossed by a coastline or a border: neither sea nor any one country's. */
const EDGE = 255;

export interface LandMask {
  /** Whether any land lies in the box or within `margin` pixels of it. */
  onLand(box: Box, margin?: number): boolean;
  /** Whether the box, with its margin, lies wholly inside the named country's land. */
  inCountry(box: Box, name: string, margin?: number): boolean;
  /** Whether the mask knows this country (some of its land is in the frame). */
  has(name: string): boolean;
}

/** The land in the view's frame (and a little round it), as a mask of cells. */
export function landMask(land: LandCollection | null | undefined, project: (lonLat: Position) => Point, frame: Box): LandMask {
  const pad = 4 * CELL + LAND_MARGIN;
  const [ox, oy] = [frame[0] - pad, frame[1] - pad];
  const cols = Math.ceil((frame[2] - frame[0] + 2 * pad) / CELL);
  const rows = Math.ceil((frame[3] - frame[1] + 2 * pad) / CELL);
  const extent: Box = [ox, oy, ox + cols * CELL, oy + rows * CELL];
  const cells = new Uint8Array(cols * rows);
  const names: string[] = [];
  for (const f of land?.features ?? []) {
    const polygons = f.geometry?.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    const name = f.properties?.name ?? '';
    for (const lonLatRings of polygons) {
      const outer = lonLatRings[0] ?? [];
      if (outer.length < 4) continue;
      // Web Mercator keeps east east and north up: the corners' pixels bound the polygon's.
      const lons = outer.map((p) => p[0]!);
      const lats = outer.map((p) => p[1]!);
      const [x0, y0] = project([Math.min(...lons), Math.max(...lats)]);
      const [x1, y1] = project([Math.max(...lons), Math.min(...lats)]);
      if (x1 < extent[0] || x0 > extent[2] || y1 < extent[1] || y0 > extent[3]) continue;
      if (!names.includes(name)) names.push(name);
      const value = names.indexOf(name) + 1;
      const rings = lonLatRings.map((ring) => ring.map(project));
      // Inside (even–odd, holes included): each row's crossings, filled between pairs.
      const top = Math.max(0, Math.floor((y0 - oy) / CELL));
      const crossings: number[][] = Array.from({ length: Math.min(rows - 1, Math.ceil((y1 - oy) / CELL)) - top + 1 }, () => []);
      for (const ring of rings)
        for (let i = 1; i < ring.length; i++) {
          const [ax, ay] = ring[i - 1]!;
          const [bx, by] = ring[i]!;
          const first = Math.max(top, Math.ceil((Math.min(ay, by) - oy) / CELL - 0.5));
          const last = Math.min(top + crossings.length - 1, Math.floor((Math.max(ay, by) - oy) / CELL - 0.5));
          for (let r = first; r <= last; r++) {
            const y = oy + (r + 0.5) * CELL;
            if (ay > y !== by > y) crossings[r - top]!.push(ax + ((y - ay) / (by - ay)) * (bx - ax));
          }
        }
      crossings.forEach((xs, i) => {
        const r = top + i;
        xs.sort((a, b) => a - b);
        for (let k = 0; k + 1 < xs.length; k += 2) {
          const from = Math.max(0, Math.ceil((xs[k]! - ox) / CELL - 0.5));
          const to = Math.min(cols - 1, Math.floor((xs[k + 1]! - ox) / CELL - 0.5));
          for (let c = from; c <= to; c++) cells[r * cols + c] = value;
        }
      });
      // Every cell a coast or border crosses, so an islet smaller than a cell is land too.
      for (const ring of rings)
        for (let i = 1; i < ring.length; i++) {
          const part = clipSegment(ring[i - 1]!, ring[i]!, extent);
          if (!part) continue;
          const [[ax, ay], [bx, by]] = part;
          const steps = Math.ceil((2 * Math.max(Math.abs(bx - ax), Math.abs(by - ay))) / CELL) + 1;
          for (let s = 0; s <= steps; s++) {
            const c = Math.min(cols - 1, Math.floor((ax + ((bx - ax) * s) / steps - ox) / CELL));
            const r = Math.min(rows - 1, Math.floor((ay + ((by - ay) * s) / steps - oy) / CELL));
            cells[r * cols + c] = EDGE;
          }
        }
    }
  }
  /** Whether every cell under the box (grown by margin, within the mask) passes the test. */
  const every = (box: Box, margin: number, test: (cell: number) => boolean) => {
    const c0 = Math.max(0, Math.floor((box[0] - margin - ox) / CELL));
    const c1 = Math.min(cols - 1, Math.floor((box[2] + margin - ox) / CELL));
    const r0 = Math.max(0, Math.floor((box[1] - margin - oy) / CELL));
    const r1 = Math.min(rows - 1, Math.floor((box[3] + margin - oy) / CELL));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (!test(cells[r * cols + c]!)) return false;
    return true;
  };
  return {
    onLand: (box, margin = LAND_MARGIN) => !every(box, margin, (cell) => cell === 0),
    inCountry: (box, name, margin = LAND_MARGIN) => {
      const value = names.indexOf(name) + 1;
      return value > 0 && every(box, margin, (cell) => cell === value);
    },
    has: (name) => names.includes(name),
  };
}
