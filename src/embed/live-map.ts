// The embed's live map, fetched when its reader shows intent (EmbedApp.svelte): MapLibre's code comes
// with this module (build/vite/chunks.ts), and its worker starts as soon as that code has loaded.
import LiveMap from '../components/LiveMap.svelte';
import { startMapWorkerEarly } from '../lib/map/map-workers.ts';

export function startLiveMap(): typeof LiveMap {
  startMapWorkerEarly();
  return LiveMap;
}
