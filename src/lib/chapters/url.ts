// ?chapter= on the story page, around the map pages' URL state (../url-state.ts), which stays as it
// is: there `chapter` is an unknown parameter, and the map pages' code carries none of this.
// An unknown chapter is dropped with a notice, as an unknown ?feature= is; parsing never throws.
import { parseView, quote, serializeView, type ParsedView, type ViewState } from '../url-state.ts';
import { en, type Messages } from '../messages/index.ts';

export const CHAPTER_PARAM = 'chapter';

export interface StoryViewState extends ViewState {
  /** The chapter's id, or null for the story's start. */
  chapter: string | null;
}

/** A `?chapter=` value checked against the story's chapter ids (for a page that learns them after reading the URL too). */
export function resolveChapter(value: string | null, chapterIds: readonly string[], m: Messages = en): { chapter: string | null; notice: string | null } {
  if (!value) return { chapter: null, notice: null };
  if (chapterIds.includes(value)) return { chapter: value, notice: null };
  return { chapter: null, notice: m.ignoredChapter(quote(value)) };
}

/** The story page's URL: the map pages' parameters, and `?chapter=`. */
export function parseStoryView(search: string, layerIds: readonly string[], chapterIds: readonly string[]): ParsedView & { state: StoryViewState } {
  const params = new URLSearchParams(search);
  const raw = params.get(CHAPTER_PARAM);
  params.delete(CHAPTER_PARAM);
  const { state, notices } = parseView(params.toString(), layerIds);
  const { chapter, notice } = resolveChapter(raw, chapterIds);
  return { state: { ...state, chapter }, notices: notice ? [...notices, notice] : notices };
}

/** The query string for a story view, chapter first; '' for the story's start in the default view. */
export function serializeStoryView(state: StoryViewState, layerIds: readonly string[]): string {
  const rest = serializeView(state, layerIds).replace(/^\?/, '');
  const chapter = state.chapter ? new URLSearchParams({ [CHAPTER_PARAM]: state.chapter }).toString() : '';
  const query = [chapter, rest].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}
