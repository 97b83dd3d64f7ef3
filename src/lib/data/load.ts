// Fetches the app's data files, turning every failure into a message that names the file and the reason.
import type { Article, Source } from '../types.ts';

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string };

/** A file that has not arrived by then is reported as failed, so the legend never says "loading" forever. */
export const FETCH_TIMEOUT_MS = 15_000;

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

export async function fetchJson<T>(
  url: string,
  check: (value: unknown) => string | null,
  fetcher: typeof fetch = fetch,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<Loaded<T>> {
  const name = url.split('/').slice(-2).join('/');
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
    let text: string;
    try {
      text = await readText(response, controller.signal);
    } catch (err) {
      return { ok: false, error: isTimeout(err) ? timedOut : `could not read ${name} (network error)` };
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, error: `${name} is not valid JSON (truncated or corrupted)` };
    }
    const problem = check(value);
    return problem ? { ok: false, error: `${name}: ${problem}` } : { ok: true, value: value as T };
  } finally {
    clearTimeout(timer);
  }
}

/** A list of records with string ids (articles, sources): anything else would break the panel's look-ups. */
export function checkList(value: unknown): string | null {
  if (!Array.isArray(value)) return 'expected a list';
  const bad = value.findIndex((entry) => typeof entry !== 'object' || entry === null || typeof (entry as { id?: unknown }).id !== 'string');
  return bad === -1 ? null : `entry #${bad} has no id`;
}

/** A layer file, parsed; its content is checked by checkLayer (check-layer.ts). */
export const loadLayerFile = (url: string, fetcher?: typeof fetch, timeoutMs?: number) => fetchJson<unknown>(url, () => null, fetcher, timeoutMs);
export const loadArticles = (url: string, fetcher?: typeof fetch) => fetchJson<Article[]>(url, checkList, fetcher);
export const loadSources = (url: string, fetcher?: typeof fetch) => fetchJson<Source[]>(url, checkList, fetcher);
