// Story layers and their names in dark mode: their layer's colour mixed with white, so each layer
// keeps its hue and reads on the dark land and halo. Half and half: a name's text reaches 4.5:1 on the
// dark land and sea round its thin halo too (60 % left the red and the purple at 4.4:1). The pictures do the same mix in CSS (color-mix in
// src/static-map.css, at this percentage; a unit test keeps the two equal).
export const TINT_LAYER_PERCENT = 50;

const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);

/** `#rrggbb` mixed with white at TINT_LAYER_PERCENT, as the pictures' `color-mix` does. */
export function darkLabelTint(hex: string): string {
  return mixWithWhite(hex, TINT_LAYER_PERCENT);
}

/** `#rrggbb` mixed with another as `color-mix(in srgb, colour percent%, other)` does. */
export function mixColors(hex: string, percent: number, other: string): string {
  const p = percent / 100;
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(hex, i) * p + channel(other, i) * (1 - p))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** `#rrggbb` mixed with white as `color-mix(in srgb, colour percent%, #fff)` does. */
export function mixWithWhite(hex: string, percent: number): string {
  return mixColors(hex, percent, '#ffffff');
}

/** How much of its light-map colour an estimated position keeps on a dark map, the rest the dark
 * halo: dimmer than the layer's exact places (their light tint), where on a light map it is paler. */
export const DARK_APPROXIMATE_PERCENT = 60;
