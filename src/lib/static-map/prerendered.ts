// The page arrives with the map already drawn as SVG (build/render/static-svg.ts) and its locator
// inset (build/render/locator-svg.ts). The app keeps both pictures (the map until MapLibre has
// drawn, the printed map and the map without WebGL; the locator always) and replaces the rest of
// the pre-rendered markup with its own.
export interface Prerendered {
  map: SVGSVGElement;
  locator: SVGSVGElement | null;
  /** The names in the one-line credit written at build time (build/render/credit-line.ts), if the page has one. */
  credit: string | null;
}

export function takePrerenderedPage(target: HTMLElement): Prerendered | null {
  const map = target.querySelector<SVGSVGElement>('svg.story-svg');
  const locator = target.querySelector<SVGSVGElement>('svg.locator-svg');
  const credit = target.querySelector('.credit .credit-names')?.textContent ?? null;
  map?.remove();
  locator?.remove();
  target.replaceChildren();
  return map ? { map, locator, credit } : null;
}
