import type { StoryLayer } from './layer.ts';

export const rareEarthLayer: StoryLayer = {
  id: 'rare-earth-region',
  title: 'Rare-earth mining region',
  description: 'The belt of rare-earth deposits in north-west Vietnam along the rail corridor (approximate).',
  style: { color: '#8a5a00', width: 2, radius: 7, fillOpacity: 0.25, marker: '◆', solidOutline: true },
  swatch: { shape: 'area', color: '#8a5a00', marker: '◆' },
};
