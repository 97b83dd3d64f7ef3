// The app counts the map's idle events in data-idle-count: a click has been drawn once it grows.

/** NaN on a page without the count (the baseline). */
export const idleCount = (): number => Number(document.querySelector('[data-idle-count]')?.getAttribute('data-idle-count') ?? NaN);

export const idleCountAbove = (n: number): boolean => Number(document.querySelector('[data-idle-count]')?.getAttribute('data-idle-count')) > n;
