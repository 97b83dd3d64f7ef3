// Resolves once the page has drawn five frames in a row at display rate: nothing painting, and no
// GPU work left from a redraw (a busy GPU delays the next frames).

export const settle = async (): Promise<void> => {
  let last = performance.now();
  let calm = 0;
  // An async loop over frames, not a named frame callback: see page-window.ts.
  while (calm < 5) {
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    calm = now - last < 25 ? calm + 1 : 0;
    last = now;
  }
};
