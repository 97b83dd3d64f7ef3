// The later parts' words in the reader's language: English is here, in the later parts' chunk; the
// others arrive with the language's first words (StoryState.laterWords).
import type { LaterMessages } from '../catalogue.ts';
import { enLater } from './en.ts';

export { enLater };

export function laterWordsOf(story: { laterWords: LaterMessages | null }): LaterMessages {
  return story.laterWords ?? enLater;
}
