// The one way components reach the map: a typed context set by MapView.
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapContext {
  /** Null until the style has loaded; children of MapView render only after that. */
  readonly map: MapLibreMap | null;
}

const KEY = Symbol('map');

export function setMapContext(context: MapContext): void {
  setContext(KEY, context);
}

export function getMap(): MapLibreMap {
  const context = getContext<MapContext | undefined>(KEY);
  if (!context?.map) throw new Error('getMap() must be called inside <MapView> once the map has loaded');
  return context.map;
}
