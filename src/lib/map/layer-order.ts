// Story layers stack on the live map in the manifest's order, as in the picture, whichever file
// arrived first: a layer's style layers go under the first style layer of a later layer.

/** The style layer to add `layerId`'s style layers before: the first in `order` (the map's, bottom
 * to top) that belongs to a layer after it in `manifest`, else `fallback` (the labels). Style layers
 * are named `<layer id>-<part>`. */
export function stackBefore(order: readonly string[], manifest: readonly { id: string }[], layerId: string, fallback: string): string {
  const later = manifest.slice(manifest.findIndex((l) => l.id === layerId) + 1).map((l) => `${l.id}-`);
  return order.find((id) => later.some((prefix) => id.startsWith(prefix))) ?? fallback;
}
