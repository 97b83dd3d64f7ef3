// The embed's live map waits for its reader: until they show intent the pre-rendered picture is the
// map (its features highlight, open the panel, show the selection), and MapLibre's code, its worker
// and a WebGL context cost the host page's readers nothing. Intent is the pointer moving over the
// map, a tap on it (not a swipe that scrolls the page past it), keyboard focus entering it, "Explore
// map", a zoom or pan control, and a host command that needs a new view (a feature to frame, a chapter).
import type { Component } from 'svelte';
import type { StoryController } from '../story-controller.svelte.ts';

type LiveMapModule = { startLiveMap(): Component<{ cooperative?: boolean }> };

export class LiveOnIntent {
  /** The live map's component once its code has loaded; null while the picture is the map. */
  component = $state.raw<Component<{ cooperative?: boolean }> | null>(null);
  /** Whether the reader has shown intent (the live map is loading or loaded). */
  wanted = $state(false);

  constructor(
    private readonly c: StoryController,
    private readonly load: () => Promise<LiveMapModule>,
  ) {
    c.wantLive = () => this.start();
  }

  /** Starts the live map, once. Not without WebGL, where the picture is the map for good. */
  start(): void {
    if (this.wanted || this.c.staticReason !== null) return;
    this.wanted = true;
    this.load().then(
      (module) => (this.component = module.startLiveMap()),
      (error: unknown) => this.c.mapFailed((m) => m.mapCouldNotLoad(error instanceof Error ? error.message : String(error))),
    );
  }

  /** Listens on the map's area for the reader's intent; returns the function that stops listening. */
  watch(area: HTMLElement): () => void {
    const controller = new AbortController();
    const options = { signal: controller.signal, passive: true };
    const start = () => {
      controller.abort();
      this.start();
    };
    // A mouse or pen moving over the map: its code is fetched while the reader aims.
    area.addEventListener('pointermove', (event) => event.pointerType !== 'touch' && start(), options);
    area.addEventListener('pointerdown', (event) => event.pointerType !== 'touch' && start(), options);
    // A finger lifted where it touched: a tap. A swipe scrolling the page is cancelled, never lifted here.
    area.addEventListener('pointerup', (event) => event.pointerType === 'touch' && start(), options);
    area.addEventListener('focusin', start, options);
    return () => controller.abort();
  }
}
