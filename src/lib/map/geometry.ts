// Bounds of a feature, for framing it on the map.
import { bbox } from '@turf/turf';
import type { LngLatBoundsLike } from 'maplibre-gl';
import type { StoryFeature } from '../types.ts';

export function featureBounds(feature: StoryFeature): LngLatBoundsLike {
  const [w, s, e, n] = bbox(feature);
  return [
    [w, s],
    [e, n],
  ];
}
