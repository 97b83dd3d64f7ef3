import { it } from 'vitest';
import type { FeatureCollection, Point as GeoPoint } from 'geojson';
import { layoutLabels, leaderStart } from '../../src/lib/labels/layout.ts';
import { planLabels } from '../../src/lib/labels/candidates.ts';
import { isDense } from '../../src/lib/map/layer-style.ts';
import { storyProjection } from '../../build/render/static-map/render.ts';
import { readStoryFiles } from '../../build/gate/read-story.ts';
import { validateStory } from '../../build/gate/validate-story.ts';
const story = validateStory(readStoryFiles('/work/main/'));
const layers = story.layers.map((layer) => ({ layer, collection: story.collections[layer.id]!, dense: isDense(story.collections[layer.id]!) }));
const basemap = story.labels as FeatureCollection<GeoPoint>;
it('probe', () => {
  const [w, h] = [768, 715];
  const proj = storyProjection(w, h, 20);
  const project = (l: number[]) => proj(l as [number, number]) as [number, number];
  for (const lang of ['en', 'vi', 'zh'] as const) {
    const plan = planLabels(basemap, layers, lang, project);
    const placed = layoutLabels(plan.inputs, { ...plan.obstacles, keepOut: [[10, 437, 267, 707], [727, 8, 759, 141]], frame: [0, 0, w, h] });
    for (const l of placed) if (l.id.includes('hekou') || l.id.includes('lao-cai')) console.log(lang, l.id, l.anchor, l.box.map(Math.round).join(','), l.members?.map((m) => m.at.map(Math.round).join(',')).join(' '));
  }
});
