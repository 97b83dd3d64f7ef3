// Fetches the app's data files, turning every failure into a message that names the file and the reason.
import type { Article, Source } from '../types.ts';

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string };

/** A file that has not arrived by then is reported as failed, so the legend never says "loading" forever. */
export const FETCH_TIMEOUT_MS = 15_000;

const fileName = (url: string) => url.split('/').slice(-2).join('/');
const isTimeout = (err: unknown) => err instanceof DOMException && err.name === 'TimeoutError';

/** The body, or the abort's reason: a body that never ends (or a fetcher that ignores the signal) still times out. */
function readText(response: Response, signal: AbortSignal): Promise<string> {
  return Promise.race([
    response.text(),
    new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    }),
  ]);
}

/** The body of `url` as text, or why it could not be had (naming the file). */
export async function fetchText(url: string, fetcher: typeof fetch = fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<Loaded<string>> {
  const name = fileName(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer in ${timeoutMs / 1000} s`, 'TimeoutError')), timeoutMs);
  const timedOut = `could not fetch ${name} (no complete answer in ${timeoutMs / 1000} s)`;
  try {
    let response: Response;
    try {
      response = await fetcher(url, { signal: controller.signal });
    } catch (err) {
      return { ok: false, error: isTimeout(err) ? timedOut : `could not fetch ${name} (network error)` };
    }
    if (!response.ok) return { ok: false, error: `${name} answered ${response.status} ${response.statusText}`.trim() };
    try {
      return { ok: true, value: await readText(response, controller.signal) };
    } catch (err) {
      return { ok: false, error: isTimeout(err) ? timedOut : `could not read ${name} (network error)` };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** `text` parsed and checked, or why not (naming the file). */
export function parseJson<T>(url: string, text: string, check: (value: unknown) => string | null): Loaded<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: `${fileName(url)} is not valid JSON (truncated or corrupted)` };
  }
  const problem = check(value);
  return problem ? { ok: false, error: `${fileName(url)}: ${problem}` } : { ok: true, value: value as T };
}

export async function fetchJson<T>(
  url: string,
  check: (value: unknown) => string | null,
  fetcher: typeof fetch = fetch,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<Loaded<T>> {
  const text = await fetchText(url, fetcher, timeoutMs);
  return text.ok ? parseJson<T>(url, text.value, check) : text;
}

/** A list of records with string ids (articles, sources): anything else would break the panel's look-ups. */
export function checkList(value: unknown): string | null {
  if (!Array.isArray(value)) return 'expected a list';
  const bad = value.findIndex((entry) => typeof entry !== 'object' || entry === null || typeof (entry as { id?: unknown }).id !== 'string');
  return bad === -1 ? null : `entry #${bad} has no id`;
}

/** A layer file as served: its text (to compare with the build's, see integrity.ts) and its parsed value (checked by check-layer.ts). */
export async function loadLayerFile(url: string, fetcher?: typeof fetch, timeoutMs?: number): Promise<Loaded<{ text: string; value: unknown }>> {
  const text = await fetchText(url, fetcher, timeoutMs);
  if (!text.ok) return text;
  const parsed = parseJson<unknown>(url, text.value, () => null);
  return parsed.ok ? { ok: true, value: { text: text.value, value: parsed.value } } : parsed;
}
export const loadArticles = (url: string, fetcher?: typeof fetch) => fetchJson<Article[]>(url, checkList, fetcher);
export const loadSources = (url: string, fetcher?: typeof fetch) => fetchJson<Source[]>(url, checkList, fetcher);
