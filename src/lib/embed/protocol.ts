// The messages between an embedded map and its host page, used by both sides.
// Versioned and namespaced; every message is checked for shape before it is trusted.

export const NAMESPACE = 'china-vietnam-story-map';
export const VERSION = 1;

/** Heights outside this range are clamped: a message can never make the iframe vanish or swallow the page. */
export const MIN_HEIGHT = 150;
export const MAX_HEIGHT = 4000;
const MAX_ID_LENGTH = 120;
const MAX_LAYERS = 20;
/** Far more chapters than any story has: an index beyond it is not one the map sent. */
const MAX_CHAPTERS = 1000;
/** The largest real message (20 layer ids of 120 characters) is under 3,000 characters; anything bigger is dropped unread. */
export const MAX_MESSAGE_SIZE = 4096;

export type MapMessage =
  /** Sent to any parent when the map's script starts (it carries nothing): a host that connected too early connects again. */
  | { type: 'hello' }
  | { type: 'ready' }
  /** The embed's height, which is its frame's (it fills it); embed.js does not apply it. */
  | { type: 'height'; height: number }
  | { type: 'feature-selected'; id: string | null }
  | { type: 'layers-changed'; layers: string[] }
  /** The map has settled on a story chapter (its id in data/chapters.json, and its place in the story from 0). */
  | { type: 'chapter-shown'; id: string; index: number };

export type HostMessage =
  | { type: 'connect' }
  | { type: 'select-feature'; id: string | null }
  | { type: 'set-layers'; layers: string[] }
  | { type: 'reset-view' }
  /** Story mode: take the map to this chapter (the host sends it as the reader scrolls; the latest wins). */
  | { type: 'show-chapter'; id: string };

export type Envelope<M> = M & { ns: typeof NAMESPACE; v: typeof VERSION };

export function envelope<M extends MapMessage | HostMessage>(message: M): Envelope<M> {
  return { ns: NAMESPACE, v: VERSION, ...message };
}

export function clampHeight(height: number): number {
  return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH && /^[a-z0-9-]+$/.test(v);
const isChapterIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < MAX_CHAPTERS;
const isLayerList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_LAYERS && v.every(isId);

/**
 * Whether a message is small enough to look at: a walk that stops as soon as the strings, keys and
 * entries it has seen exceed the limit, so its cost is bounded by the limit, never by the message.
 */
export function withinSizeLimit(data: unknown, limit = MAX_MESSAGE_SIZE): boolean {
  let size = 0;
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    size += typeof value === 'string' ? value.length : 1;
    if (size > limit) return false;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value) && value.length > limit) return false;
    // Arrays and plain objects only; a structured clone can also carry maps, buffers or blobs, which no message has.
    if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return false;
    for (const key in value) {
      size += key.length;
      if (size > limit) return false;
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return true;
}

function open(data: unknown): Record<string, unknown> | null {
  if (!withinSizeLimit(data)) return null;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  return d.ns === NAMESPACE && d.v === VERSION && typeof d.type === 'string' ? d : null;
}

/** A message from the map, as the host accepts it; null for anything else. */
export function parseMapMessage(data: unknown): MapMessage | null {
  const d = open(data);
  if (!d) return null;
  switch (d.type) {
    case 'hello':
      return { type: 'hello' };
    case 'ready':
      return { type: 'ready' };
    case 'height':
      return typeof d.height === 'number' && Number.isFinite(d.height) ? { type: 'height', height: clampHeight(d.height) } : null;
    case 'feature-selected':
      return d.id === null || isId(d.id) ? { type: 'feature-selected', id: d.id } : null;
    case 'layers-changed':
      return isLayerList(d.layers) ? { type: 'layers-changed', layers: [...d.layers] } : null;
    case 'chapter-shown':
      return isId(d.id) && isChapterIndex(d.index) ? { type: 'chapter-shown', id: d.id, index: d.index } : null;
    default:
      return null;
  }
}

/** A command from the host, as the map accepts it; null for anything else. */
export function parseHostMessage(data: unknown): HostMessage | null {
  const d = open(data);
  if (!d) return null;
  switch (d.type) {
    case 'connect':
      return { type: 'connect' };
    case 'select-feature':
      return d.id === null || isId(d.id) ? { type: 'select-feature', id: d.id } : null;
    case 'set-layers':
      return isLayerList(d.layers) ? { type: 'set-layers', layers: [...d.layers] } : null;
    case 'reset-view':
      return { type: 'reset-view' };
    case 'show-chapter':
      return isId(d.id) ? { type: 'show-chapter', id: d.id } : null;
    default:
      return null;
  }
}

/**
 * The embed fills whatever frame it is given: the map takes the frame's height less one bar. A fixed
 * iframe (640 × 480, 320 × 480, …) is the frame; with embed.js and no `data-height` the frame is this
 * height for its width (a 4:3 box, 448 to 688 px tall), known to both sides so the host can reserve it
 * before the map loads (no layout shift).
 */
export const EMBED_BAR_HEIGHT = 48;
export function embedHeight(width: number): number {
  return Math.round(Math.min(688, Math.max(448, width * 0.75)));
}
