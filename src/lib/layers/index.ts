// The map's layers, in legend order (and drawing order, first at the bottom).
import type { StoryLayer } from './layer.ts';
import { southChinaSeaLayer } from './south-china-sea.ts';
import { rareEarthLayer } from './rare-earth.ts';
import { linksLayer } from './links.ts';
import { railLayer } from './rail.ts';
import { hainanLayer } from './hainan.ts';

export const STORY_LAYERS: readonly StoryLayer[] = [railLayer, linksLayer, rareEarthLayer, hainanLayer, southChinaSeaLayer];

export const LAYER_IDS: readonly string[] = STORY_LAYERS.map((l) => l.id);
