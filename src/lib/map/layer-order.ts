// How story layers stack, on the live map as in the picture: areas at the bottom, then lines, then
// points. So a station of one layer is never under a line of another (Hanoi's ring under the links'
// line), whichever file arrived first. Within a band the manifest's first layer, the story's lead,
// is on top: where lines share a track (the railway and the links out of Hanoi station, over the
// Long Bien bridge) the lead's line shows, and its station is not cut off from it.

/** The bands, bottom to top. */
export const BANDS = ['area', 'line', 'point'] as const;
export type Band = (typeof BANDS)[number];

/** A style layer's place in the stack, bottom to top: its band's index, then its layer's (stackRank). */
export interface StackKey {
  band: number;
  layer: number;
}

/** A layer's place within a band, bottom to top, from its index in the manifest of `count` layers. */
export const stackRank = (index: number, count: number) => count - 1 - index;

/** Layers in the order they are drawn within a band, bottom to top (the manifest's first last). */
export const bottomToTop = <T>(manifestOrder: readonly T[]): T[] => [...manifestOrder].reverse();

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
