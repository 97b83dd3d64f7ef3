// Renders the map's initial view to plain SVG shapes with d3-geo: the map without WebGL,
// the printed map, and (at build time) the first paint. Same Web Mercator framing as MapLibre.
import { geoMercator, geoPath, geoTransform, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { StoryLayer } from '../layers/layer.ts';
import type { StoryCollection, StoryProperties } from '../types.ts';
import { STORY_BOUNDS } from '../map/basemap-style.ts';

export interface StaticMapInput {
  land: FeatureCollection;
  borders: FeatureCollection;
  labels: FeatureCollection<Point>;
  layers: { layer: StoryLayer; collection: StoryCollection }[];
  width: number;
  height: number;
  /** Same padding MapLibre's fitBounds uses, so both frame the story alike. */
  padding: number;
}

export interface StaticFeature {
  id: string;
  layerId: string;
  properties: StoryProperties;
  shape: 'line' | 'area' | 'point';
  /** SVG path data for lines and areas; for points, the centre. */
  d: string;
  x: number;
  y: number;
  color: string;
  dashed: boolean;
}

export interface StaticLabel {
  x: number;
  y: number;
  kind: string;
  properties: Record<string, unknown>;
}

export interface StaticMap {
  width: number;
  height: number;
  land: string;
  borders: string;
  features: StaticFeature[];
  labels: StaticLabel[];
  project: (lonLat: [number, number]) => [number, number] | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function storyProjection(width: number, height: number, padding: number) {
  const [[w, s], [e, n]] = STORY_BOUNDS;
  const frame: Feature = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[w, s], [e, n]] },
  };
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    frame,
  );
}

function shapeOf(geometry: Geometry): StaticFeature['shape'] {
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') return 'point';
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') return 'area';
  return 'line';
}

export function renderStaticMap(input: StaticMapInput): StaticMap {
  const projection = storyProjection(input.width, input.height, input.padding);
  // Planar drawing of projected points: no spherical clipping, so ring winding does not matter
  // (GeoJSON rings are counter-clockwise, d3's spherical polygons clockwise).
  const planar = geoTransform({
    point(lon, lat) {
      const p = projection([lon, lat]);
      if (p) this.stream.point(p[0], p[1]);
    },
  });
  const path = geoPath(planar).digits(0);
  const draw = (o: GeoPermissibleObjects) => path(o) ?? '';
  const features: StaticFeature[] = [];
  for (const { layer, collection } of input.layers) {
    for (const f of collection.features) {
      const shape = shapeOf(f.geometry);
      const [x, y] = path.centroid(f as GeoPermissibleObjects);
      const dashed = layer.style.alwaysDashed === true || f.properties.status === 'planned' || f.properties.status === 'proposed' || shape === 'area';
      features.push({
        id: f.properties.id,
        layerId: layer.id,
        properties: f.properties,
        shape,
        d: shape === 'point' ? '' : draw(f as GeoPermissibleObjects),
        x: round(x),
        y: round(y),
        color: layer.style.color,
        dashed,
      });
    }
  }
  const labels = input.labels.features.flatMap((f) => {
    const p = projection(f.geometry.coordinates as [number, number]);
    return p ? [{ x: round(p[0]), y: round(p[1]), kind: String(f.properties?.kind ?? ''), properties: f.properties ?? {} }] : [];
  });
  return {
    width: input.width,
    height: input.height,
    land: draw(input.land as GeoPermissibleObjects),
    borders: draw(input.borders as GeoPermissibleObjects),
    features,
    labels,
    project: (lonLat) => projection(lonLat),
  };
}
