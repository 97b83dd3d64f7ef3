// What the bench's probes keep on the page's window, as types for the probes that set and read them
// (`window as unknown as …`: the page's window has none of them until a probe sets them).
// Interfaces, not a global declaration: a global would reach every file checked with bench/
// (tsconfig.node.json: build/, tests/ and the src/ files they import), which could then use these names.
//
// Every probe in this folder runs in the page: Playwright sends the function's source text there.
// So a probe uses nothing from its module but types, and binds no function to a name (no
// `const f = () => …`, no named function): tsx keeps names by wrapping each such function in a
// `__name` helper that exists in Node, not in the page. Frame chains are async loops for that reason.

/** Set by markDrawn: when the page first marked itself drawn. */
export interface DrawnWindow {
  drawnAt?: number;
}

/** Set by observeClickPresentation: each click's Event Timing duration. */
export interface PresentedWindow {
  presented: number[];
}

/** Set by timePanels. */
export interface PanelTimingWindow {
  /** Release → end of the first frame showing the new panel, per click that opened one. */
  timings: number[];
  /** The earlier measure: press → a timer queued when the panel's markup changed. */
  fromPress: number[];
  /** The panel's feature id when the markup last changed. */
  last: string | null;
  /** The last press's time. */
  down?: number;
  /** Clicks so far: each click's frame chain ends when the next click starts. */
  clicks: number;
}

/** Set by observeLcpAndCls. */
export interface ArticleWindow {
  lcp: number;
  cls: number;
}

/** Set by observeLongTasks: the longest main-thread task seen, and the layout shift. */
export interface StoryWindow {
  longestTask: number;
  storyCls: number;
  /** In an article: the chapters the host page heard the map settle on (`storymap:chapter-shown`), in order. */
  chaptersShown: string[];
}
