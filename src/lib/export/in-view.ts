// What the exported image's map shows, so its legend keys only that: a 10 km view of Lao Cai has no
// key to undersea cables. Read from the live map's rendered features, or from the picture's feature
// shapes inside the map's box. (The locator inset keeps the visible layers' own rows.)
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureIndex } from '../feature-index.ts';
import type { StoryProperties } from '../types.ts';

/** The legend's keys the view needs: `layer:kind` for symbols, a LINE_KEY key for lines, `approximate` for estimated points. */
export type KeysInView = Set<string>;

/** Kinds drawn as dots (the key's paler dot is for an estimated one). */
const POINT_KINDS = new Set(['station', 'border-crossing', 'deposit', 'data-centre', 'island', 'cable-landing']);

export function keysOf(layerId: string, p: Pick<StoryProperties, 'kind' | 'status' | 'precision'>): string[] {
  const keys = [`${layerId}:${p.kind}`];
  const line = p.kind === 'railway' || p.kind === 'expressway';
  if (line && p.precision === 'schematic') keys.push('schematic');
  else if (line && (p.status === 'planned' || p.status === 'proposed')) keys.push('planned');
  else if (p.kind === 'railway') keys.push('built');
  if (p.kind === 'expressway') keys.push('expressway');
  if (POINT_KINDS.has(p.kind) && p.precision === 'approximate') keys.push('approximate');
  return keys;
}

export function keysInLiveMap(map: MapLibreMap, index: Pick<FeatureIndex, 'get'>): KeysInView {
  const ids = new Set(map.queryRenderedFeatures().flatMap((f) => (typeof f.properties?.id === 'string' ? [f.properties.id] : [])));
  return keysOfIds(ids, index);
}

export function keysInPicture(picture: SVGSVGElement, wrap: HTMLElement, index: Pick<FeatureIndex, 'get'>): KeysInView {
  const box = wrap.getBoundingClientRect();
  const ids = new Set<string>();
  for (const el of picture.querySelectorAll<SVGGElement>('[data-feature-id]')) {
    const r = el.getBoundingClientRect();
    const inside = r.right >= box.left && r.left <= box.right && r.bottom >= box.top && r.top <= box.bottom;
    if (inside && el.checkVisibility()) ids.add(el.dataset.featureId!);
  }
  return keysOfIds(ids, index);
}

function keysOfIds(ids: Set<string>, index: Pick<FeatureIndex, 'get'>): KeysInView {
  const keys: KeysInView = new Set();
  for (const id of ids) {
    const found = index.get(id);
    if (found) for (const key of keysOf(found.layer.id, found.feature.properties)) keys.add(key);
  }
  return keys;
}
