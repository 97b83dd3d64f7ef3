// The bench's baseline: the same maplibre-gl, basemap, layers and initial view as the app,
// in plain TypeScript with no Svelte and no UI.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../peer-page.css';
import { sizeMapFromQuery } from '../peer-map-size.ts';
import { basemapStyle, STORY_BOUNDS } from '../../src/lib/map/basemap-style.ts';
import { sourceId, storyStyleBands } from '../../src/lib/map/layer-style.ts';
import { BANDS, bottomToTop } from '../../src/lib/map/layer-order.ts';
import { FIRST_LABEL_LAYER } from '../../src/lib/labels/label-style.ts';
import { STORY_LAYERS } from '../../src/lib/layers/index.ts';

setWorkerUrl(workerUrl);
sizeMapFromQuery(document.getElementById('map')!);
const base = new URL('../../', document.baseURI).href;
const map = new MapLibreMap({ container: 'map', style: basemapStyle(base), bounds: STORY_BOUNDS, fitBoundsOptions: { padding: 20 }, maxZoom: 10 });
(window as unknown as { benchMap: MapLibreMap }).benchMap = map;

map.once('load', async () => {
  const collections = await Promise.all(STORY_LAYERS.map((l) => fetch(`${base}data/${l.id}.geojson`).then((r) => r.json())));
  STORY_LAYERS.forEach((layer, i) => map.addSource(sourceId(layer), { type: 'geojson', data: collections[i], promoteId: 'id' }));
  // Areas, lines, points, the manifest's first layer on top in each (layer-order.ts), below the (here empty) label layers, as in the app.
  for (const band of BANDS)
    for (const layer of bottomToTop(STORY_LAYERS)) for (const spec of storyStyleBands(layer)[band]) map.addLayer(spec, FIRST_LABEL_LAYER);
  map.once('idle', () => document.documentElement.setAttribute('data-drawn', String(performance.now())));
});
