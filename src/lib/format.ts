// Reader-facing wording for data values the first view shows (the panel's is in later/panel-words.ts).
import type { Kind, StoryProperties } from './types.ts';

export const KIND_LABELS: Record<Kind, string> = {
  railway: 'Railway',
  station: 'Railway station',
  expressway: 'Expressway',
  'border-crossing': 'Border crossing',
  region: 'Region',
  deposit: 'Rare-earth deposit',
  'data-centre': 'Data centre',
  'island-group': 'Disputed island group',
  island: 'Island or reef',
  'claim-line': 'Claimed line (not a boundary)',
  'cable-landing': 'Undersea cable landing',
};

/** Words appended to a feature's accessible name when its position is not exact. */
export function precisionWords(p: Pick<StoryProperties, 'precision'>): string {
  return p.precision === 'approximate' ? ', approximate position' : p.precision === 'schematic' ? ', drawn schematically' : '';
}
