// The sheet as an SVG file for print designers: fonts named first by their names (the page's stack
// starts with system-ui, which a drawing program does not know), and a note of what it is.
const FONT_NOTE = 'Type: Noto Sans (Latin and Vietnamese), Noto Sans CJK SC (Chinese), or the system sans-serif.';

export function standaloneSvg(svg: SVGSVGElement): Blob {
  for (const el of svg.querySelectorAll('[font-family]')) el.setAttribute('font-family', namedFontsFirst(el.getAttribute('font-family')!));
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${FONT_NOTE} -->\n${new XMLSerializer().serializeToString(svg)}\n`;
  return new Blob([text], { type: 'image/svg+xml' });
}

/** `system-ui, "Noto Sans", sans-serif` → `"Noto Sans", system-ui, sans-serif`. */
export function namedFontsFirst(stack: string): string {
  const fonts = stack.split(',').map((f) => f.trim());
  const generic = (f: string) => /^(system-ui|sans-serif|serif|ui-sans-serif|-apple-system)$/.test(f);
  return [...fonts.filter((f) => !generic(f)), ...fonts.filter(generic)].join(', ');
}
