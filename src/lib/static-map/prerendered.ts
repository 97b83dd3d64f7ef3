// The page arrives with the map already drawn as SVG (build/static-svg.ts). The app keeps that
// picture, as the map until MapLibre has drawn, the printed map and the map without WebGL, and
// replaces the rest of the pre-rendered markup with its own.
export function takePrerenderedPage(target: HTMLElement): SVGSVGElement | null {
  const svg = target.querySelector<SVGSVGElement>('svg.story-svg');
  svg?.remove();
  target.replaceChildren();
  return svg;
}
