// MapLibre's worker parses the basemap and the story's data. It is started as soon as MapLibre's
// code has loaded, before the page mounts and creates the map: creating the map first waits on
// the GPU process (busy painting the picture), and the worker would only start after that wait.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { trustWorkerUrl } from './trusted-types.ts';
import { webGL2Exposed } from '../webgl.ts';

/** Points MapLibre at its worker (allowed under Trusted Types). Throws if it cannot be used. */
export function useMapWorker(): void {
  trustWorkerUrl(workerUrl);
  setWorkerUrl(workerUrl);
}

/** Starts the worker early where the map will run. A failure here is left to the map's own
 * start, which reports it. */
export function startMapWorkerEarly(): void {
  if (!webGL2Exposed()) return;
  try {
    useMapWorker();
    prewarm();
  } catch {
    /* MapView reports it when it creates the map */
  }
}
