// The one way components reach the story and its map: the controller, in a typed context set by
// the page's shell (App or EmbedApp). No component holds a map of its own.
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoryController } from './story-controller.svelte.ts';

const KEY = Symbol('story');

export function setStory(controller: StoryController): StoryController {
  return setContext(KEY, controller);
}

export function getStory(): StoryController {
  const controller = getContext<StoryController | undefined>(KEY);
  if (!controller) throw new Error('getStory() must be called inside a component under App or EmbedApp (see setStory)');
  return controller;
}

/** The live map, for components rendered only once it has loaded (children of MapView). */
export function getMap(): MapLibreMap {
  const map = getStory().map;
  if (!map) throw new Error('getMap() must be called inside <MapView> once the map has loaded');
  return map;
}
