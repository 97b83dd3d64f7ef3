import type { StoryLayer } from './layer.ts';

export const southChinaSeaLayer: StoryLayer = {
  id: 'south-china-sea',
  title: 'South China Sea dispute area',
  description: "The Paracel and Spratly Islands, China's claimed line, and undersea cable landings in Vietnam.",
  style: { color: '#00695c', width: 2.5, radius: 7, fillOpacity: 0.15, dash: [3, 2], alwaysDashed: true, marker: '▲' },
  swatch: { shape: 'area', color: '#00695c', dashed: true },
};
