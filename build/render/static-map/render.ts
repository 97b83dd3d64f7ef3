// Projects the map's initial view to SVG path data with d3-geo, in the same Web Mercator framing
// as MapLibre's fitBounds(STORY_BOUNDS): the first paint, the printed map and the map without WebGL.
import { geoMercator, geoPath, geoTransform, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { styleOf, type StoryLayer } from '../../../src/lib/layers/layer.ts';
import type { StoryCollection, StoryProperties } from '../../../src/lib/types.ts';
import { STORY_BOUNDS } from '../../../src/lib/map/basemap-style.ts';
import { CompactPath } from './compact-path.ts';

export interface StaticMapInput {
  land: FeatureCollection;
  borders: FeatureCollection;
  layers: { layer: StoryLayer; collection: StoryCollection }[];
}

export interface StaticFeature {
  id: string;
  layer: StoryLayer;
  properties: StoryProperties;
  shape: 'line' | 'area' | 'point';
  /** SVG path data for lines and areas; empty for points. */
  d: string;
  /** The point itself, or a spot on the shape where a label may go. */
  x: number;
  y: number;
  dashed: boolean;
}

export interface StaticMap {
  /** The viewBox: STORY_BOUNDS projected exactly onto 0…width × 0…height. */
  width: number;
  height: number;
  land: string;
  borders: string;
  features: StaticFeature[];
  project: (lonLat: [number, number]) => [number, number];
}

/** Height of the frame in SVG units: about a desktop map's height in CSS pixels, so labels read at 1:1 there. */
export const FRAME_HEIGHT = 760;

const round = (n: number) => Math.round(n * 10) / 10;

type Bounds = readonly [readonly [number, number], readonly [number, number]];

const boundsFeature = (bounds: Bounds): Feature => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPoint', coordinates: [[...bounds[0]], [...bounds[1]]] },
});

/** The story's bounds fitted into width × height less padding, centred: what MapLibre's fitBounds does. */
export function storyProjection(width: number, height: number, padding: number, bounds: Bounds = STORY_BOUNDS): GeoProjection {
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    boundsFeature(bounds),
  );
}

export interface StaticFrame {
  width: number;
  height: number;
  projection: GeoProjection;
}

/** A frame whose box is exactly these bounds (the story's by default), so an SVG with
 * preserveAspectRatio "meet" frames like fitBounds. */
export function storyFrame(height = FRAME_HEIGHT, bounds: Bounds = STORY_BOUNDS): StaticFrame {
  const unit = geoMercator().scale(1).translate([0, 0]);
  const [[w, s], [e, n]] = bounds;
  const [x0, y0] = unit([w, n])!;
  const [x1, y1] = unit([e, s])!;
  const width = round((height * (x1 - x0)) / (y1 - y0));
  return { width, height, projection: storyProjection(width, height, 0, bounds) };
}

function shapeOf(geometry: Geometry): StaticFeature['shape'] {
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') return 'point';
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') return 'area';
  return 'line';
}

export function renderStaticMap(input: StaticMapInput, frame: StaticFrame = storyFrame()): StaticMap {
  const { projection } = frame;
  // Planar drawing of projected points: no spherical clipping, so ring winding does not matter
  // (GeoJSON rings are counter-clockwise, d3's spherical polygons clockwise).
  const planar = geoTransform({
    point(lon, lat) {
      const p = projection([lon, lat]);
      if (p) this.stream.point(p[0], p[1]);
    },
  });
  // Basemap on a 1-unit grid (about a pixel on a desktop map), story features on a 0.1-unit grid.
  const drawer = (step: number) => {
    const context = new CompactPath(step);
    const path = geoPath(planar, context);
    return (o: GeoPermissibleObjects) => {
      path(o);
      return context.result();
    };
  };
  const coarse = drawer(1);
  const fine = drawer(0.1);
  const centroid = geoPath(planar);
  const features: StaticFeature[] = [];
  for (const { layer, collection } of input.layers) {
    for (const f of collection.features) {
      const shape = shapeOf(f.geometry);
      const [x, y] = shape === 'point' ? projection((f.geometry as Point).coordinates as [number, number])! : centroid.centroid(f as GeoPermissibleObjects);
      const dashed = styleOf(layer, f.properties.kind).dashed === 'always' || f.properties.status === 'planned' || f.properties.status === 'proposed';
      features.push({
        id: f.properties.id,
        layer,
        properties: f.properties,
        shape,
        d: shape === 'point' ? '' : fine(f as GeoPermissibleObjects),
        x: round(x),
        y: round(y),
        dashed,
      });
    }
  }
  return {
    width: frame.width,
    height: frame.height,
    land: coarse(input.land as GeoPermissibleObjects),
    borders: coarse(input.borders as GeoPermissibleObjects),
    features,
    project: (lonLat) => projection(lonLat)!,
  };
}
