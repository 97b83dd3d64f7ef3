import type { StoryLayer } from './layer.ts';

export const hainanLayer: StoryLayer = {
  id: 'hainan-data-centre',
  title: "Hainan's undersea data centre",
  description: "China's first commercial undersea data centre, off Hainan (approximate position).",
  style: { color: '#6a1b9a', radius: 8, marker: '■' },
  swatch: { shape: 'point', color: '#6a1b9a', marker: '■' },
};
