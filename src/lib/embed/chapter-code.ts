// Story mode's code in the embed, fetched on the host's first `show-chapter` (embed-chapters.svelte.ts):
// an article without chapter markup never loads it.
export { ChapterDriver } from '../chapters/driver.svelte.ts';
export { loadChapters } from '../chapters/load.ts';
export { resolveChapter } from '../chapters/url.ts';
