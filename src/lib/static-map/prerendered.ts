// The page arrives with the map already drawn as SVG (build/render/static-svg.ts) and its locator
// inset (build/render/locator-svg.ts). The app keeps both pictures (the map until MapLibre has
// drawn, the printed map and the map without WebGL; the locator always) and replaces the rest of
// the pre-rendered markup with its own.
import { LANGS, type Lang } from '../types.ts';

export interface Prerendered {
  map: SVGSVGElement;
  locator: SVGSVGElement | null;
  /** The names in the one-line credit written at build time in each language (build/render/credit-line.ts), if the page has one. */
  credit: Record<Lang, string> | null;
}

export function takePrerenderedPage(target: HTMLElement): Prerendered | null {
  const map = target.querySelector<SVGSVGElement>('svg.story-svg');
  const locator = target.querySelector<SVGSVGElement>('svg.locator-svg');
  const names = (lang: Lang) => target.querySelector(`.credit .credit-names[data-lang="${lang}"]`)?.textContent ?? null;
  const found = LANGS.map((lang) => [lang, names(lang)] as const);
  const credit = found.every(([, text]) => text !== null) ? (Object.fromEntries(found) as Record<Lang, string>) : null;
  map?.remove();
  locator?.remove();
  target.replaceChildren();
  return map ? { map, locator, credit } : null;
}
