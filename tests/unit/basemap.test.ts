// The first-party basemap as a reader sees it zoomed in: one land, so a border is drawn once and
// no sea shows through between two countries.
import { describe, expect, it } from 'vitest';
import { bbox, booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { buildBasemap } from '../../build/render/basemap.ts';
import { STORY_BOUNDS } from '../../src/lib/map/basemap-style.ts';

describe('the basemap', () => {
  const { land, borders } = buildBasemap();
  const polygons = land.features as Feature<Polygon>[];
  const boxes = polygons.map((p) => bbox(p));
  const onLand = (at: number[]) =>
    polygons.filter((p, i) => {
      const [w, s, e, n] = boxes[i]!;
      return at[0]! >= w && at[0]! <= e && at[1]! >= s && at[1]! <= n && booleanPointInPolygon(point(at), p);
    }).length;

  it('has land on both sides of every border in the story’s view, and no land drawn twice', () => {
    const [[west, south], [east, north]] = STORY_BOUNDS;
    const lines = borders.features.flatMap((f) =>
      f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : f.geometry.type === 'LineString' ? [f.geometry.coordinates] : [],
    );
    let checked = 0;
    const offLand: number[][] = [];
    for (const line of lines)
      for (let i = 1; i < line.length; i++) {
        const [a, b] = [line[i - 1]!, line[i]!];
        if (a[0]! < west || a[0]! > east || a[1]! < south || a[1]! > north) continue;
        // Just off the border, on either side of it: inside exactly one land polygon.
        const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
        const length = Math.hypot(dx, dy) || 1;
        const mid = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
        for (const side of [1, -1]) {
          const at = [mid[0]! - (side * dy * 0.01) / length, mid[1]! + (side * dx * 0.01) / length];
          checked++;
          if (onLand(at) !== 1) offLand.push(at);
        }
      }
    expect(checked).toBeGreaterThan(100);
    expect(offLand, 'points 1 km either side of a border that are sea or land drawn twice').toEqual([]);
  });
});
