// "Last one wins": chapter changes asked for faster than the map completes them. Fake promises
// stand for the map's moves, resolved by hand, so nothing here depends on timing.
import { describe, expect, it } from 'vitest';
import { lastOneWins } from '../../src/lib/chapters/scheduler.ts';

/** A fake map: records each chapter it is asked to show, and finishes a move only when told. */
function fakeMap() {
  const shown: number[] = [];
  const moves: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  const show = (n: number) =>
    new Promise<void>((resolve, reject) => {
      shown.push(n);
      moves.push({ resolve, reject });
    });
  /** Ends the move in progress and lets the scheduler react. */
  const finish = async (fail = false) => {
    const move = moves.shift()!;
    if (fail) move.reject(new Error('map lost'));
    else move.resolve();
    await new Promise((r) => setTimeout(r, 0));
  };
  return {
    shown,
    show,
    finish,
    get inFlight() {
      return moves.length;
    },
  };
}

describe('lastOneWins', () => {
  it('shows a request at once when nothing is running', () => {
    const map = fakeMap();
    const scheduler = lastOneWins(map.show);
    scheduler.request(1);
    expect(map.shown).toEqual([1]);
    expect(scheduler.running).toBe(1);
    expect(scheduler.pending).toBeNull();
  });

  it('runs one change at a time, and after it goes straight to the latest request, dropping those between', async () => {
    const map = fakeMap();
    const scheduler = lastOneWins(map.show);
    scheduler.request(1);
    for (const n of [2, 3, 4, 5, 6, 7]) scheduler.request(n);
    expect(map.shown).toEqual([1]);
    expect(map.inFlight).toBe(1);
    expect(scheduler.pending).toBe(7);
    await map.finish();
    expect(map.shown).toEqual([1, 7]);
    expect(scheduler.running).toBe(7);
    expect(scheduler.pending).toBeNull();
    await map.finish();
    expect(map.shown).toEqual([1, 7]);
    expect(scheduler.running).toBeNull();
  });

  it('asks for nothing more when the latest request is the chapter already on its way', async () => {
    const map = fakeMap();
    const scheduler = lastOneWins(map.show);
    scheduler.request(3);
    scheduler.request(4);
    scheduler.request(3);
    expect(scheduler.pending).toBeNull();
    await map.finish();
    expect(map.shown).toEqual([3]);
    expect(scheduler.running).toBeNull();
  });

  it('keeps going after a change that fails, and reports it', async () => {
    const map = fakeMap();
    const errors: [string, number][] = [];
    const scheduler = lastOneWins(map.show, { onError: (e, n) => errors.push([(e as Error).message, n]) });
    scheduler.request(1);
    scheduler.request(2);
    await map.finish(true);
    expect(errors).toEqual([['map lost', 1]]);
    expect(map.shown).toEqual([1, 2]);
    const throwing = lastOneWins<number>(
      () => {
        throw new Error('no map');
      },
      { onError: (e, n) => errors.push([(e as Error).message, n]) },
    );
    throwing.request(9);
    await throwing.idle();
    expect(errors.at(-1)).toEqual(['no map', 9]);
    expect(throwing.running).toBeNull();
  });

  it('cancel drops the waiting request; idle resolves once nothing runs or waits', async () => {
    const map = fakeMap();
    const scheduler = lastOneWins(map.show);
    let idle = false;
    await scheduler.idle();
    scheduler.request(1);
    scheduler.request(2);
    void scheduler.idle().then(() => (idle = true));
    scheduler.cancel();
    expect(scheduler.pending).toBeNull();
    await map.finish();
    expect(map.shown).toEqual([1]);
    expect(idle).toBe(true);
  });

  it('idle waits through the latest request, not only the running one', async () => {
    const map = fakeMap();
    const scheduler = lastOneWins(map.show);
    let idle = false;
    scheduler.request(1);
    scheduler.request(5);
    void scheduler.idle().then(() => (idle = true));
    await map.finish();
    expect(idle).toBe(false);
    await map.finish();
    expect(idle).toBe(true);
    expect(map.shown).toEqual([1, 5]);
  });
});
