// On paper the locator inset's box shows the printed map's frame (the picture framed on the
// selection), not the live map's, which is not printed. The screen's box is kept and put back.
const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const unmercator = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
const ATTRIBUTES = ['x', 'y', 'width', 'height'] as const;
const round = (n: number) => String(Math.round(n * 10) / 10);

/** Sets the inset's box to what the printed map shows: the map's box in the picture's units (`shown`). */
export function showPrintedFrame(picture: SVGSVGElement, locator: SVGSVGElement | null, shown: { x: number; y: number; width: number; height: number }): void {
  const rect = locator?.querySelector('.view');
  const [west, south, east, north] = (picture.dataset.bounds ?? '').split(',').map(Number) as [number, number, number, number];
  const [wx, wy, ww, wh] = (picture.dataset.wholeView ?? '').split(/\s+/).map(Number) as [number, number, number, number];
  const [rw, rs, re, rn] = (locator?.dataset.region ?? '').split(',').map(Number) as [number, number, number, number];
  if (!locator || !rect || ![west, wx, ww, rw].every(Number.isFinite) || !ww || !wh) return;
  rect.setAttribute('data-screen', ATTRIBUTES.map((a) => rect.getAttribute(a) ?? '').join(' '));
  // Picture units to lon/lat (its whole view is exactly its bounds in Web Mercator), then to the inset's units.
  const lon = (x: number) => west + ((x - wx) / ww) * (east - west);
  const lat = (y: number) => unmercator(mercator(north) - ((y - wy) / wh) * (mercator(north) - mercator(south)));
  const box = locator.viewBox.baseVal;
  const ix = (l: number) => ((l - rw) / (re - rw)) * box.width;
  const iy = (l: number) => ((mercator(rn) - mercator(l)) / (mercator(rn) - mercator(rs))) * box.height;
  const [x0, y0, x1, y1] = [ix(lon(shown.x)), iy(lat(shown.y)), ix(lon(shown.x + shown.width)), iy(lat(shown.y + shown.height))];
  [x0, y0, x1 - x0, y1 - y0].forEach((v, i) => rect.setAttribute(ATTRIBUTES[i]!, round(v)));
}

/** Puts the screen's box back. */
export function showScreenFrame(locator: SVGSVGElement | null): void {
  const rect = locator?.querySelector('.view');
  const screen = rect?.getAttribute('data-screen');
  if (!rect || screen === null || screen === undefined) return;
  screen.split(' ').forEach((v, i) => (v ? rect.setAttribute(ATTRIBUTES[i]!, v) : rect.removeAttribute(ATTRIBUTES[i]!)));
  rect.removeAttribute('data-screen');
}
