import type { StoryLayer } from './layer.ts';

export const railLayer: StoryLayer = {
  id: 'kunming-haiphong-rail',
  title: 'Kunming–Haiphong rail corridor',
  description: 'The 1910 metre-gauge line, the Chinese standard-gauge line to Hekou and the planned Vietnamese standard-gauge line.',
  style: { color: '#b3261e', width: 4, radius: 5, dash: [2, 1.5], ties: true },
  swatch: { shape: 'line', color: '#b3261e', ties: true },
};
