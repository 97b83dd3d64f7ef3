// The bench's lightest peer: Leaflet drawing the same basemap and layers as SVG, framed on the same
// bounds, no tiles. Its attribution is added with the layers, so its first contentful paint is the
// frame that shows its map (the bench compares first contentful paints).
import { geoJSON, map as leafletMap, circleMarker, control, type PathOptions } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import '../peer-page.css';
import './leaflet.css';
import { sizeMapFromQuery } from '../peer-map-size.ts';
import { LIGHT, STORY_BOUNDS } from '../../src/lib/map/basemap-style.ts';
import { STORY_LAYERS } from '../../src/lib/layers/index.ts';
import { styleOf } from '../../src/lib/layers/layer.ts';

sizeMapFromQuery(document.getElementById('map')!);
const base = new URL('../../', document.baseURI).href;
const [[w, s], [e, n]] = STORY_BOUNDS;
const map = leafletMap('map', { zoomSnap: 0, attributionControl: false, zoomControl: false }).fitBounds(
  [
    [s, w],
    [n, e],
  ],
  { padding: [20, 20] },
);

const load = (name: string) => fetch(`${base}data/${name}.geojson`).then((r) => r.json());
const [land, borders, ...layers] = await Promise.all([load('basemap-land'), load('basemap-borders'), ...STORY_LAYERS.map((l) => load(l.id))]);
geoJSON(land, { style: { color: LIGHT.coast, weight: 0.5, fillColor: LIGHT.land, fillOpacity: 1 } }).addTo(map);
geoJSON(borders, { style: { color: LIGHT.border, weight: 1, dashArray: '4 2' } }).addTo(map);
STORY_LAYERS.forEach((layer, i) => {
  // One look per layer (Leaflet styles a whole layer here): its first line or area kind, its first point kind.
  const [line, point] = (['line', 'point'] as const).map((shape) =>
    styleOf(layer, layer.kinds.find((k) => styleOf(layer, k).shape === shape) ?? layer.kinds[0]!),
  );
  const style: PathOptions = { color: layer.color, weight: line!.width, fillOpacity: line!.fillOpacity || 0.2 };
  geoJSON(layers[i], { style, pointToLayer: (_f, at) => circleMarker(at, { ...style, radius: point!.radius, fillOpacity: 1 }) }).addTo(map);
});
control.attribution().addAttribution('Basemap: Natural Earth').addTo(map);
control.zoom().addTo(map);
document.documentElement.setAttribute('data-drawn', String(performance.now()));
