// Fetches the app's data files, turning every failure into a message that names the file and the reason.
import type { Article, Source, StoryCollection } from '../types.ts';

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string };

/** A file that has not arrived by then is reported as failed, so the legend never says "loading" forever. */
export const FETCH_TIMEOUT_MS = 15_000;

export async function fetchJson<T>(url: string, check: (value: unknown) => string | null, fetcher: typeof fetch = fetch): Promise<Loaded<T>> {
  const name = url.split('/').slice(-2).join('/');
  let response: Response;
  try {
    response = await fetcher(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (err) {
    const reason = err instanceof DOMException && err.name === 'TimeoutError' ? `no answer in ${FETCH_TIMEOUT_MS / 1000} s` : 'network error';
    return { ok: false, error: `could not fetch ${name} (${reason})` };
  }
  if (!response.ok) return { ok: false, error: `${name} answered ${response.status} ${response.statusText}`.trim() };
  let value: unknown;
  try {
    value = JSON.parse(await response.text());
  } catch {
    return { ok: false, error: `${name} is not valid JSON (truncated or corrupted)` };
  }
  const problem = check(value);
  return problem ? { ok: false, error: `${name}: ${problem}` } : { ok: true, value: value as T };
}

export function checkCollection(value: unknown): string | null {
  const v = value as { type?: unknown; features?: unknown } | null;
  if (!v || v.type !== 'FeatureCollection' || !Array.isArray(v.features)) return 'not a GeoJSON FeatureCollection';
  const bad = v.features.findIndex((f: { properties?: { id?: unknown }; geometry?: unknown } | null) => !f?.geometry || typeof f?.properties?.id !== 'string');
  return bad === -1 ? null : `feature #${bad} has no geometry or no id`;
}

export function checkList(value: unknown): string | null {
  return Array.isArray(value) ? null : 'expected a list';
}

export const loadLayer = (url: string, fetcher?: typeof fetch) => fetchJson<StoryCollection>(url, checkCollection, fetcher);
export const loadArticles = (url: string, fetcher?: typeof fetch) => fetchJson<Article[]>(url, checkList, fetcher);
export const loadSources = (url: string, fetcher?: typeof fetch) => fetchJson<Source[]>(url, checkList, fetcher);
