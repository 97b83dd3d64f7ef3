// How story layers stack, on the live map as in the picture: areas at the bottom, then lines, then
// points, and within each band the manifest's order. So a station of one layer is never under a
// line of a later one (Hanoi's ring under the links' line), whichever file arrived first.

/** The bands, bottom to top. */
export const BANDS = ['area', 'line', 'point'] as const;
export type Band = (typeof BANDS)[number];

/** A style layer's place in the stack: its band's index, then its layer's index in the manifest. */
export interface StackKey {
  band: number;
  layer: number;
}

const above = (a: StackKey, b: StackKey) => a.band > b.band || (a.band === b.band && a.layer > b.layer);

/** The style layer to add style layers with `key` before: the first in `order` (the map's, bottom
 * to top) whose key is above it, else `fallback` (the labels). `keyOf` gives a story style layer's
 * key, and nothing for the basemap's. */
export function stackBefore(order: readonly string[], keyOf: (id: string) => StackKey | undefined, key: StackKey, fallback: string): string {
  return (
    order.find((id) => {
      const other = keyOf(id);
      return other !== undefined && above(other, key);
    }) ?? fallback
  );
}
