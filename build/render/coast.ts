// Full-resolution Natural Earth land, one polygon per island, for measuring distances to the coast.
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export function loadFullLand(): Feature<Polygon>[] {
  const topo = require('world-atlas/land-10m.json') as Topology;
  const land = feature(topo, topo.objects.land!) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  return land.features.flatMap((f) =>
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((coordinates): Feature<Polygon> => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    })),
  );
}
