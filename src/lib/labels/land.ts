// Where the land is, for the labels that must keep off it or to it: a claim's name stays at sea
// (never over another state's coast), and a country's name moved into view stays inside its own
// land. The land is coarse (build/render/label-land.ts: a few kilometres, well under the margin
// kept round a label at any scale the map shows), projected for each view and culled to its frame.
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { segmentHitsBox, type Box, type Point } from './layout.ts';

export type LandCollection = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

/** Where the coarse land is served (built from the basemap's). */
export const LABEL_LAND_PATH = 'data/label-land.geojson';

/** One polygon in the view's pixels: its outer ring and holes, its country, and its extent. */
export interface LandShape {
  name: string;
  rings: Point[][];
  bounds: Box;
}

/** Pixels kept between a label and the land it keeps off or to (more than the land's coarseness). */
export const LAND_MARGIN = 4;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
const grow = (b: Box, by: number): Box => [b[0] - by, b[1] - by, b[2] + by, b[3] + by];

/** The land's polygons that reach into `frame`, in its pixels. */
export function projectLand(land: LandCollection | null | undefined, project: (lonLat: Position) => Point, frame: Box): LandShape[] {
  const shapes: LandShape[] = [];
  for (const f of land?.features ?? []) {
    const polygons = f.geometry?.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    for (const rings of polygons) {
      const outer = rings[0] ?? [];
      if (outer.length < 4) continue;
      const lons = outer.map((p) => p[0]!);
      const lats = outer.map((p) => p[1]!);
      // Web Mercator keeps east east and north up: the corners' pixels bound the polygon's.
      const [x0, y0] = project([Math.min(...lons), Math.max(...lats)]);
      const [x1, y1] = project([Math.max(...lons), Math.min(...lats)]);
      const bounds: Box = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
      if (!overlaps(bounds, grow(frame, LAND_MARGIN))) continue;
      shapes.push({ name: f.properties?.name ?? '', rings: rings.map((ring) => ring.map(project)), bounds });
    }
  }
  return shapes;
}

/** Even–odd: inside the outer ring and in none of its holes. */
function inside(p: Point, rings: Point[][]): boolean {
  let odd = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) odd = !odd;
    }
  return odd;
}

const edgeHits = (shape: LandShape, box: Box) => shape.rings.some((ring) => ring.some((p, i) => i > 0 && segmentHitsBox(ring[i - 1]!, p, box)));
const middle = (b: Box): Point => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

/** Whether any land lies in the box, the margin round it included (an islet wholly inside it too). */
export function boxOnLand(box: Box, land: readonly LandShape[], margin = LAND_MARGIN): boolean {
  const b = grow(box, margin);
  return land.some(
    (shape) => overlaps(shape.bounds, b) && (edgeHits(shape, b) || inside(middle(b), shape.rings) || inside(shape.rings[0]![0]!, [[...boxRing(b)]])),
  );
}

const boxRing = (b: Box): Point[] => [
  [b[0], b[1]],
  [b[2], b[1]],
  [b[2], b[3]],
  [b[0], b[3]],
];

/** Whether the box, with its margin, lies wholly inside one polygon of the named country. */
export function boxInCountry(box: Box, name: string, land: readonly LandShape[]): boolean {
  const b = grow(box, LAND_MARGIN);
  return land.some(
    (shape) =>
      shape.name === name &&
      shape.bounds[0] <= b[0] &&
      shape.bounds[1] <= b[1] &&
      shape.bounds[2] >= b[2] &&
      shape.bounds[3] >= b[3] &&
      inside(middle(b), shape.rings) &&
      !edgeHits(shape, b),
  );
}
