// "Last one wins" for chapter changes: a reader scrolling fast asks for chapters faster than the
// map can move to them. One change runs at a time; requests that arrive meanwhile replace each
// other, and when the running change ends the latest one runs at once (the ones between are
// dropped), so flights never queue. Pure: `show` is injected and returns a promise.

export interface ChapterScheduler<T> {
  /** Asks for `target` to be shown; returns at once. */
  request(target: T): void;
  /** The change running now, or null. */
  readonly running: T | null;
  /** The latest request waiting for the running change to end, or null. */
  readonly pending: T | null;
  /** Drops the waiting request (the running change still ends). */
  cancel(): void;
  /** Resolves once nothing runs and nothing waits. */
  idle(): Promise<void>;
}

export interface SchedulerOptions<T> {
  /** A change that rejects or throws is reported here, and the next request still runs. */
  onError?: (error: unknown, target: T) => void;
}

export function lastOneWins<T>(show: (target: T) => Promise<unknown>, options: SchedulerOptions<T> = {}): ChapterScheduler<T> {
  let running: T | null = null;
  let pending: T | null = null;
  let waiters: (() => void)[] = [];

  const settle = () => {
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  const start = (target: T) => {
    running = target;
    let change: Promise<unknown>;
    try {
      change = Promise.resolve(show(target));
    } catch (error) {
      change = Promise.reject(error);
    }
    change
      .catch((error: unknown) => options.onError?.(error, target))
      .then(() => {
        running = null;
        const next = pending;
        pending = null;
        if (next !== null) start(next);
        else settle();
      });
  };

  return {
    request(target) {
      if (running === null) start(target);
      // Back to the chapter already on its way: nothing more to do after it.
      else pending = Object.is(target, running) ? null : target;
    },
    get running() {
      return running;
    },
    get pending() {
      return pending;
    },
    cancel() {
      pending = null;
    },
    idle() {
      return running === null ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}
