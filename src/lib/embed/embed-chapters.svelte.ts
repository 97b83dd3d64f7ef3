// Story mode inside the embed: the host page sends `show-chapter` as its reader scrolls past
// paragraphs marked with a chapter (embed.js). The chapters are loaded on the first such command;
// the map goes to the latest chapter asked for once the live map has its data (or at once on the
// picture, without WebGL), through the same ChapterDriver as the story page. Create it during the
// component's initialisation: its effect belongs to that component.
import { untrack } from 'svelte';
import type { StoryController } from '../story-controller.svelte.ts';
import type { ChapterDriver } from '../chapters/driver.svelte.ts';
import type { Chapter } from '../schema/chapter.ts';

type ChapterCode = typeof import('./chapter-code.ts');

export class EmbedChapters {
  /** Null until the host first asks for a chapter and the chapters have loaded. */
  driver = $state.raw<ChapterDriver | null>(null);
  /**
   * The feature the current chapter selected: drawn in the selection colour, without the panel,
   * which would cover much of a small map while the article's own paragraph is the text. The
   * reader's own choice (on the map, in the list, or a sentence on the host page) opens it as ever.
   */
  chapterSelection = $state<string | null>(null);
  /** The chapter the host asked for last (a known one, once the chapters have loaded). */
  #wanted = $state<string | null>(null);
  #loading = false;
  #code: ChapterCode | null = null;

  constructor(
    private readonly c: StoryController,
    private readonly onShown: (chapter: Chapter, index: number) => void,
  ) {
    // A chapter asked for before the live map and its data arrived is shown when they do (the
    // controller has then done with any ?feature= framing); after that, each new one at once.
    $effect(() => {
      const id = this.#wanted;
      const driver = this.driver;
      const ready = (this.c.map !== null && this.c.story.settled) || this.c.staticReason !== null;
      if (!driver || id === null || !ready || this.paused) return;
      untrack(() => {
        const index = driver.chapters.findIndex((ch) => ch.id === id);
        if (index !== driver.current) driver.go(index);
        else driver.refresh();
      });
    });
  }

  /**
   * The reader's own panel is open: the story waits, and closing the panel takes the map to the
   * chapter in view. (Opening it can scroll the host page, as focus moves into the frame; that
   * scroll must not replace the reader's choice with a chapter.)
   */
  get paused(): boolean {
    return this.c.story.selectedId !== null && this.c.story.selectedId !== this.chapterSelection;
  }

  /** Whether the panel stays closed: the selection is the chapter's, not the reader's. */
  get holdsPanel(): boolean {
    return this.chapterSelection !== null && this.c.story.selectedId === this.chapterSelection;
  }

  /** The host's `show-chapter`. An id the story does not have is a notice, and nothing moves. */
  show(id: string): void {
    if (this.driver && this.#code) {
      const { chapter, notice } = this.#code.resolveChapter(
        id,
        this.driver.chapters.map((ch) => ch.id),
        this.c.story.words,
      );
      if (notice) this.c.story.notify(notice);
      else this.#wanted = chapter;
      return;
    }
    // Before the chapters have loaded, the latest request waits for them.
    this.#wanted = id;
    if (this.#loading) return;
    this.#loading = true;
    void this.#load().then((loaded) => {
      // Not retried: one notice, and the map stays as the reader left it.
      if (!loaded.ok) return this.c.story.notify(this.c.story.words.chaptersFailed(loaded.error));
      const { code, chapters } = loaded;
      this.#code = code;
      const { notice } = code.resolveChapter(
        this.#wanted,
        chapters.map((ch) => ch.id),
        this.c.story.words,
      );
      if (notice) {
        this.c.story.notify(notice);
        this.#wanted = null;
      }
      this.driver = new code.ChapterDriver(chapters, this.c, {
        onShown: this.onShown,
        select: (feature) => {
          this.chapterSelection = feature;
          this.c.select(feature, null, false, false);
        },
      });
    });
  }

  /** Story mode's code and the chapters; a failed fetch of the code is reported as the chapters'. */
  async #load(): Promise<{ ok: true; code: ChapterCode; chapters: Chapter[] } | { ok: false; error: string }> {
    try {
      const code = await import('./chapter-code.ts');
      const loaded = await code.loadChapters(this.c.base);
      return loaded.ok ? { ok: true, code, chapters: loaded.value.chapters } : loaded;
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The host or the reader chose a feature: its panel opens, even on the chapter's own feature. */
  readerSelected(): void {
    this.chapterSelection = null;
  }
}
