// Feature ids are unique across all the page's layers: the first layer to arrive with an id keeps it.

/** Ids already taken, across every layer of the page: id → the layer that has it. */
export type SeenIds = Map<string, string>;

/** Takes `id` for `layerId`, or says why not (it is already taken). */
export function claimId(seen: SeenIds, id: string, layerId: string): string | null {
  const other = seen.get(id);
  if (other !== undefined) return `duplicate id "${id}" (also in ${other === layerId ? 'this layer' : `layer ${other}`})`;
  seen.set(id, layerId);
  return null;
}
