// Story mode's one moving part: which chapter the map shows, and taking the map there. A chapter
// asked for while the map is still flying to another waits, and only the latest waits (the
// scheduler): a fast scroll ends on the chapter in view, with no queue of flights behind it.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoryController } from '../story-controller.svelte.ts';
import type { Chapter } from '../schema/chapter.ts';
import { CHAPTER_FIT, FLIGHT_MS, chapterView, prefersReducedMotion } from './view.ts';
import { chapterAnnouncement } from './announce.ts';
import { lastOneWins } from './scheduler.ts';

/** A flight that never ends (a map torn down mid-way) releases the scheduler after this. */
const GIVE_UP_MS = 4000;

export interface ChapterDriverOptions {
  /** True when the reader asked for less motion: the map jumps (by default, the reader's setting). */
  reducedMotion?: () => boolean;
  /** Told each time the map has settled on a chapter (for tests, and the embed's host page). */
  onShown?: (chapter: Chapter, index: number) => void;
  /** How a chapter selects its feature (null: none); by default the controller's select, without framing or focus.
   * The embed passes its own, to tell a chapter's selection from the reader's. */
  select?: (id: string | null) => void;
}

export class ChapterDriver {
  /** The chapter the reader is on (the stepper's and the URL's). */
  current = $state(0);
  /** The chapter the map last settled on; -1 before the first. */
  shown = $state(-1);
  /** The reader has freed the map mid-story: chapters no longer move it until they come back. */
  exploring = $state(false);
  readonly #scheduler = lastOneWins<number>((index) => this.#show(index));

  constructor(
    readonly chapters: readonly Chapter[],
    private readonly c: StoryController,
    private readonly options: ChapterDriverOptions = {},
  ) {}

  get chapter(): Chapter {
    return this.chapters[this.current]!;
  }

  /** Goes to chapter `index` (clamped): the story state at once, the map when it can. */
  go(index: number): void {
    const next = Math.max(0, Math.min(this.chapters.length - 1, index));
    if (next === this.current && !this.exploring && this.shown === next) return;
    this.current = next;
    this.exploring = false;
    this.#scheduler.request(next);
  }

  /** Shows the current chapter again: once the live map has arrived (it comes after the first chapter was asked for). */
  refresh(): void {
    if (!this.exploring) this.#scheduler.request(this.current);
  }

  explore(): void {
    this.exploring = true;
    this.#scheduler.cancel();
  }

  /** "Back to the story": the map returns to the chapter being read. */
  resume(): void {
    this.exploring = false;
    this.#scheduler.request(this.current);
  }

  /** Resolves once the map has settled on the latest chapter asked for. */
  settled(): Promise<void> {
    return this.#scheduler.idle();
  }

  async #show(index: number): Promise<void> {
    const chapter = this.chapters[index];
    if (!chapter) return;
    const { story } = this.c;
    const view = chapterView(chapter, story.index);
    story.showOnly(view.layers);
    const selected = view.selected?.feature.properties.id ?? null;
    if (this.options.select) this.options.select(selected);
    else this.c.select(selected, null, false, false);
    const map = this.c.map;
    if (map && view.bounds) await this.#fly(map, view.bounds);
    if (index !== this.current || this.exploring) return;
    this.shown = index;
    this.c.announcement = chapterAnnouncement(chapter, index, this.chapters.length, { layers: story.layers, index: story.index }, story.lang);
    this.options.onShown?.(chapter, index);
  }

  #fly(map: MapLibreMap, [west, south, east, north]: [number, number, number, number]): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        map.off('moveend', done);
        resolve();
      };
      const timer = setTimeout(done, GIVE_UP_MS);
      // A camera move under way (a selection's framing, the reader's drag) ends here: its moveend must not count as this flight's.
      map.stop();
      map.once('moveend', done);
      const duration = (this.options.reducedMotion ?? prefersReducedMotion)() ? 0 : FLIGHT_MS;
      try {
        map.fitBounds(
          [
            [west, south],
            [east, north],
          ],
          { ...CHAPTER_FIT, duration, essential: false },
        );
      } catch {
        done();
      }
    });
  }
}
