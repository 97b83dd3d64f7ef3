// Bounds of a feature, for framing it on the map.
import { bbox } from '@turf/turf';
import type { LngLatBoundsLike } from 'maplibre-gl';
import type { StoryFeature } from '../types.ts';

/** [west, south, east, north] in degrees. */
export function featureBox(feature: StoryFeature): [number, number, number, number] {
  const [w, s, e, n] = bbox(feature);
  return [w, s, e, n];
}

export function featureBounds(feature: StoryFeature): LngLatBoundsLike {
  const [w, s, e, n] = featureBox(feature);
  return [
    [w, s],
    [e, n],
  ];
}
