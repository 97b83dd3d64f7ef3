// A served layer file byte for byte as the build wrote it (the data gate passed it) needs no second
// check: its SHA-256 is compared with the one the build recorded in the bundle. Any other file, edited
// on a CDN or from another build, gets the full check (check-layer.ts, loaded only then).
import digests from 'virtual:story-digests';
import { claimId, type SeenIds } from './seen-ids.ts';
import type { LayerCheck, RejectedFeature } from './check-layer.ts';
import type { StoryCollection } from '../types.ts';

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** True when `text` is exactly the built file at `path`; false when it differs, or when the page cannot hash (no Web Crypto outside secure contexts). */
export async function servedAsBuilt(path: string, text: string): Promise<boolean> {
  const expected = digests[path];
  if (!expected || !globalThis.crypto?.subtle) return false;
  try {
    return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))) === expected;
  } catch {
    return false;
  }
}

/** The built file's features, each id claimed across the page's layers as the full check does (a changed file may have taken one first). */
export function keepBuiltLayer(value: unknown, layerId: string, seen: SeenIds): LayerCheck {
  const collection = value as StoryCollection;
  const rejected: RejectedFeature[] = [];
  const features = collection.features.filter((feature) => {
    const problem = claimId(seen, feature.properties.id, layerId);
    if (problem) rejected.push({ id: feature.properties.id, reason: problem });
    return !problem;
  });
  return { ok: true, collection: rejected.length ? { ...collection, features } : collection, rejected };
}
