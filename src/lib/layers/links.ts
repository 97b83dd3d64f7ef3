import type { StoryLayer } from './layer.ts';

export const linksLayer: StoryLayer = {
  id: 'china-hanoi-links',
  title: 'Links from southern China to Hanoi',
  description: 'Railways and expressways from Guangxi and Yunnan to Hanoi, and the border crossings.',
  style: { color: '#1f5fa8', width: 2.5, radius: 6, dash: [2, 1.5], marker: '×' },
  swatch: { shape: 'line', color: '#1f5fa8' },
};
