// A copy of an SVG the page draws with its CSS (the build's picture, the locator inset, a legend
// swatch) that draws the same on its own: in an <img>, in Inkscape or in Illustrator. Every style the
// element shows with is written on it as a plain attribute (no classes, CSS variables, calc() or
// color-mix()), widths drawn in screen pixels (non-scaling strokes) are turned into the SVG's own
// units, capitals set by CSS are written as capitals, and a name's halo becomes a copy of the name
// under it (Illustrator ignores paint-order). What the page hides is left out.
import { solidColor } from './colors.ts';

const SHAPE_PROPS = ['stroke-linecap', 'stroke-linejoin'] as const;
const TEXT_PROPS = ['font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'text-anchor'] as const;
/** What the copy no longer needs: styling hooks, and the page's interactive and accessible roles. */
const DROPPED = /^(class|style|role|tabindex|aria-.*|data-.*|color|display|vector-effect|overflow|paint-order|focusable)$/;

const px = (value: string) => parseFloat(value) || 0;
const round = (n: number) => String(Math.round(n * 1000) / 1000);

/** `svg` copied standalone. `scale`: screen pixels per unit of its viewBox, to size its non-scaling strokes. */
export function inlineSvg(svg: SVGSVGElement, scale: number): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineElement(svg, copy, scale);
  return copy;
}

function inlineElement(source: Element, copy: Element, scale: number): void {
  const style = getComputedStyle(source);
  for (const name of copy.getAttributeNames()) if (DROPPED.test(name)) copy.removeAttribute(name);
  // A tspan takes its text's style (its own would cover the halo's colour in splitHalo's copy).
  if (source instanceof SVGGraphicsElement && source.tagName !== 'tspan') writeStyle(source, copy, style, scale);
  const children = [...source.children];
  const copies = [...copy.children];
  children.forEach((child, i) => {
    const childCopy = copies[i]!;
    if (getComputedStyle(child).display === 'none' || child.tagName === 'title') childCopy.remove();
    else inlineElement(child, childCopy, scale);
  });
  if (source.tagName === 'text') splitHalo(copy, style);
}

function writeStyle(source: Element, copy: Element, style: CSSStyleDeclaration, scale: number): void {
  const set = (name: string, value: string) => copy.setAttribute(name, value);
  // In screen pixels whatever the scale: in the picture's units once copied.
  const unit = style.getPropertyValue('vector-effect') === 'non-scaling-stroke' ? 1 / scale : 1;
  for (const paint of ['fill', 'stroke'] as const) {
    const value = style.getPropertyValue(paint);
    const color = value.startsWith('url(') ? null : solidColor(value);
    const opacity = px(style.getPropertyValue(`${paint}-opacity`) || '1');
    set(paint, color ? color.hex : value.startsWith('url(') ? value : 'none');
    if (color && color.alpha * opacity < 1) set(`${paint}-opacity`, round(color.alpha * opacity));
  }
  set('stroke-width', round(px(style.strokeWidth) * unit));
  const dashes = style.strokeDasharray;
  if (dashes && dashes !== 'none')
    set(
      'stroke-dasharray',
      dashes
        .split(/[\s,]+/)
        .map((d) => round(px(d) * unit))
        .join(' '),
    );
  for (const name of SHAPE_PROPS) set(name, style.getPropertyValue(name));
  if (px(style.opacity) < 1) set('opacity', style.opacity);
  if (source.tagName === 'text') {
    for (const name of TEXT_PROPS) {
      const value = style.getPropertyValue(name);
      if (value && value !== 'normal') set(name, value);
    }
    if (style.textTransform === 'uppercase') for (const node of textNodes(copy)) node.textContent = node.textContent!.toUpperCase();
  }
  const transform = cssTransform(source, style);
  if (transform) set('transform', transform);
}

/** A transform set in CSS (a marker kept at its pixel size), about its own origin. */
function cssTransform(source: Element, style: CSSStyleDeclaration): string | null {
  if (!style.transform || style.transform === 'none') return null;
  const [ox, oy] = style.transformOrigin.split(' ').map(px) as [number, number];
  let [bx, by] = [0, 0];
  if (style.getPropertyValue('transform-box') === 'fill-box') {
    // A rectangle's box from its attributes: getBBox is empty while the picture is hidden.
    const box = source instanceof SVGRectElement ? { x: source.x.baseVal.value, y: source.y.baseVal.value } : (source as SVGGraphicsElement).getBBox();
    [bx, by] = [box.x, box.y];
  }
  const matrix = style.transform.replace(/^matrix\(|\)$/g, '').replace(/,/g, ' ');
  return `translate(${round(bx + ox)} ${round(by + oy)}) matrix(${matrix}) translate(${round(-bx - ox)} ${round(-by - oy)})`;
}

function textNodes(el: Node): Text[] {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** A name drawn over its halo (paint-order: stroke) as two names: the halo's under the ink's. */
function splitHalo(copy: Element, style: CSSStyleDeclaration): void {
  const stroke = copy.getAttribute('stroke');
  if (!style.paintOrder.startsWith('stroke') || !stroke || stroke === 'none' || px(style.strokeWidth) === 0) return;
  const halo = copy.cloneNode(true) as Element;
  halo.setAttribute('fill', stroke);
  const strokeOpacity = copy.getAttribute('stroke-opacity');
  if (strokeOpacity) halo.setAttribute('fill-opacity', strokeOpacity);
  else halo.removeAttribute('fill-opacity');
  copy.setAttribute('stroke', 'none');
  copy.removeAttribute('stroke-width');
  copy.before(halo);
}
