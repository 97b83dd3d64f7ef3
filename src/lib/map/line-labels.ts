// Anchor points for naming claim lines on the map: their dashes are too short for labels along them.
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import type { StoryCollection } from '../types.ts';
import { kindsLabelled, type StoryLayer } from '../layers/layer.ts';

function partsOf(geometry: StoryCollection['features'][number]['geometry']): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

/** One point per line labelled beside it (claims), at the middle vertex of its longest part, carrying the line's names. */
export function claimLabelPoints(layer: StoryLayer, collection: StoryCollection): FeatureCollection<Point> {
  const beside = kindsLabelled(layer, 'beside-line');
  const features: Feature<Point>[] = [];
  for (const f of collection.features) {
    if (!beside.includes(f.properties.kind)) continue;
    const longest = partsOf(f.geometry).reduce<Position[]>((a, b) => (b.length > a.length ? b : a), []);
    const middle = longest[Math.floor(longest.length / 2)];
    if (!middle) continue;
    const { id, name_en, name_vi, name_zh, kind } = f.properties;
    features.push({ type: 'Feature', properties: { id, name_en, name_vi, name_zh, kind }, geometry: { type: 'Point', coordinates: middle } });
  }
  return { type: 'FeatureCollection', features };
}
