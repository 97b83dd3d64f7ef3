// A feature's accessible name on the map: its name, what it is, and how exactly it is placed.
import { en, type Messages } from './messages/index.ts';
import { nameIn } from './i18n.ts';
import type { Lang, StoryProperties } from './types.ts';

/** "Lao Cai station: Railway station, approximate position". */
export function featureLabel(p: StoryProperties, lang: Lang, m: Messages = en): string {
  return `${nameIn(p, lang)}: ${m.kinds[p.kind]}${m.precisionWords[p.precision]}`;
}
