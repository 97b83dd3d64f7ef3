// The figures measured at build time: only those that mean something to a reader are given.
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { enrichLayer } from '../../build/render/enrich.ts';
import type { StoryCollection, StoryFeature } from '../../src/lib/types.ts';

/** A square of land from 0° to 1° E and N. */
const land: Feature<Polygon>[] = [
  {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    },
  },
];

const feature = (id: string, properties: Record<string, unknown>, geometry: StoryFeature['geometry']) =>
  ({ type: 'Feature', geometry, properties: { id, ...properties } }) as unknown as StoryFeature;
const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] }) as StoryFeature['geometry'];
const enriched = (features: StoryFeature[]) => enrichLayer({ type: 'FeatureCollection', features } as StoryCollection, land).features.map((f) => f.properties);

describe('figures measured at build time', () => {
  it('a point placed exactly at sea gets its distance to the coast; an estimated one does not', () => {
    const [exact, estimate] = enriched([
      feature('exact-at-sea', { kind: 'landing', precision: 'exact' }, point(1.1, 0.5)),
      feature('estimate-at-sea', { kind: 'data-centre', precision: 'approximate' }, point(1.1, 0.5)),
    ]);
    expect(exact!.coast_distance_km).toBeGreaterThan(10);
    expect(estimate!.coast_distance_km).toBeUndefined();
  });

  it('a route gets its drawn length; a claim line (dashes, not a route) does not', () => {
    const line = {
      type: 'MultiLineString',
      coordinates: [
        [
          [2, 2],
          [2, 3],
        ],
        [
          [3, 2],
          [3, 3],
        ],
      ],
    } as StoryFeature['geometry'];
    const [route, claim] = enriched([
      feature('route', { kind: 'railway', precision: 'exact' }, line),
      feature('claim', { kind: 'claim-line', precision: 'approximate' }, line),
    ]);
    expect(route!.drawn_length_km).toBeGreaterThan(200);
    expect(claim!.drawn_length_km).toBeUndefined();
  });
});
