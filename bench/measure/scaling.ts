// Scaling: the app with one layer's data replaced by a synthetic layer of many points or lines
// (layers.ts), its first idle and click → panel.
import type { Browser } from '@playwright/test';
import type { Feature, FeatureCollection } from 'geojson';
import type { ScalingCase } from '../cli.ts';
import type { Target } from '../click-targets.ts';
import { closeAndSettle } from '../pages.ts';
import { median, quantile } from '../stats.ts';
import { clickToPanel } from './clicks.ts';
import { load } from './load.ts';

export type ScalingFigures = { drawnMs: number; clickP95: number; fromPressP95: number };

/** n features scattered over the story's region by a seeded generator (the same layer every run),
 * with the template's properties. */
function syntheticLayer(kind: ScalingCase['kind'], n: number, template: Feature): FeatureCollection {
  let seed = 12345;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const features: Feature[] = [];
  for (let i = 0; i < n; i++) {
    const lon = 103 + random() * 14;
    const lat = 7 + random() * 17;
    const geometry =
      kind === 'points'
        ? { type: 'Point' as const, coordinates: [lon, lat] }
        : {
            type: 'LineString' as const,
            coordinates: [
              [lon, lat],
              [lon + 0.2, lat + 0.1],
            ],
          };
    const p = template.properties!;
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        id: `synthetic-${i}`,
        name_en: `Synthetic ${i}`,
        name_vi: `Tổng hợp ${i}`,
        name_zh: `合成 ${i}`,
        kind: p.kind,
        precision: 'approximate',
        // The browser checks served layers with the gate's rules: an approximate position needs a note, in three languages.
        note_en: 'A synthetic feature for the bench.',
        note_vi: 'Một đối tượng tổng hợp cho phép đo.',
        note_zh: '用于基准测试的合成要素。',
        sources: p.sources,
        excerpts: [p.excerpts[0]],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Keyed "1000 points" and so on. */
export async function measureScaling(browser: Browser, cases: ScalingCase[], rounds: number, targets: Target[], template: Feature) {
  const scaling: Record<string, ScalingFigures> = {};
  for (const { kind, n } of cases) {
    console.log(`bench: ${new Date().toISOString()} scaling with ${n} synthetic ${kind}…`);
    const synthetic = syntheticLayer(kind, n, template);
    const drawn: number[] = [];
    const cl: number[] = [];
    const press: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const run = await load(browser, '/', 'data-story-drawn', synthetic);
      drawn.push(run.drawnMs);
      // A synthetic point can lie over a target and take its click (or the same synthetic point can
      // take two clicks in a row, opening no new panel): most clicks must open one.
      const c = await clickToPanel(run.page, targets, 0.8);
      cl.push(...c.panel);
      press.push(...c.fromPress);
      await closeAndSettle(run.context);
    }
    scaling[`${n} ${kind}`] = { drawnMs: median(drawn), clickP95: quantile(cl, 0.95), fromPressP95: quantile(press, 0.95) };
  }
  return scaling;
}
