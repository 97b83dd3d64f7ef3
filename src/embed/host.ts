// embed.js — for the page that hosts the story map (MIT licence, no dependencies).
// Finds <div data-story-map="…/embed.html?…"> placeholders, keeps their space (no layout shift),
// creates the iframe only when it nears the viewport, sizes it, and relays events. The map fills its
// frame: the frame is `data-height` px tall if the placeholder says so, or else a height for its width
// (embedHeight), kept in step as the width changes.
//
// Events on the placeholder: `storymap:feature-selected`, `storymap:layers-changed` and
// `storymap:chapter-shown` (detail from the map). Commands: dispatch `storymap:command` on the placeholder
// with detail { type: 'select-feature', id } | { type: 'set-layers', layers } | { type: 'reset-view' } |
// { type: 'show-chapter', id }. Commands given before the map has connected (or loaded) are kept and sent once it has.
// Story mode: elements marked data-storymap-chapter="<chapter id>" take the map to their chapter as they
// cross the middle of the viewport, or of the part below a map pinned over the text (one
// IntersectionObserver; nothing runs on scroll events).
import { clampHeight, embedHeight, envelope, parseHostMessage, parseMapMessage, type HostMessage } from '../lib/embed/protocol.ts';
import { checkEmbedUrl } from '../lib/embed/embed-url.ts';

const LAZY_MARGIN = '300px 0px';
/** The reading line where nothing is pinned over the text: the viewport's middle. */
const READING_LINE = '-50% 0px -50% 0px';
/** A pinned map taller than this share of the viewport still leaves the line in the part below. */
const MAX_COVERED = 0.7;

/** Returns how to take this map to a chapter (sent once it is connected), or nothing if it is refused. */
function setup(placeholder: HTMLElement, scriptUrl: string): ((chapter: string) => void) | void {
  // Refused at once, so the page's author sees why; checked again when the map loads, as the host may change it until then.
  const first = checkEmbedUrl(placeholder.dataset.storyMap, scriptUrl);
  if (!first.ok) return refuse(placeholder, first.reason);
  // Read when the map loads, so a host may still change the view (or the map's address) until then.
  let mapOrigin = '';
  placeholder.style.position = 'relative';
  const fixed = Number(placeholder.dataset.height);
  const frameHeight = () => (Number.isFinite(fixed) && fixed > 0 ? clampHeight(fixed) : embedHeight(placeholder.clientWidth));
  placeholder.style.height = `${frameHeight()}px`;
  let iframe: HTMLIFrameElement | null = null;
  let ready = false;
  /** The chapter in view, kept for a map that is not loaded or connected yet. */
  let chapter: string | null = null;
  /** The host's commands until the map has connected (a sentence selected as it scrolls the map into view). */
  let waiting: HostMessage[] = [];

  const post = (message: unknown) => {
    const command = parseHostMessage(message);
    if (iframe?.contentWindow && command) iframe.contentWindow.postMessage(envelope(command), mapOrigin);
  };

  function load() {
    const checked = checkEmbedUrl(placeholder.dataset.storyMap, scriptUrl);
    if (!checked.ok) return refuse(placeholder, checked.reason);
    const src = checked.url;
    mapOrigin = src.origin;
    iframe = document.createElement('iframe');
    iframe.src = src.href;
    iframe.title = placeholder.dataset.title ?? 'Interactive map';
    iframe.style.cssText = 'border:0;width:100%;height:100%;display:block;position:absolute;inset:0';
    iframe.addEventListener('load', () => post(envelope({ type: 'connect' })));
    placeholder.append(iframe);
  }

  window.addEventListener('message', (event) => {
    // Only our iframe, from the origin its src names, in the protocol's shape.
    if (!iframe || event.source !== iframe.contentWindow || event.origin !== mapOrigin) return;
    const message = parseMapMessage(event.data);
    if (!message) return;
    if (message.type === 'hello') {
      post(envelope({ type: 'connect' }));
    } else if (message.type === 'ready') {
      ready = true;
      if (chapter) post(envelope({ type: 'show-chapter', id: chapter }));
      // After the chapter: the reader's own choice is the last word.
      for (const command of waiting) post(envelope(command));
      waiting = [];
    } else if (message.type === 'height') {
      // The map fills the frame it is given, so its height is the frame's: taking it back could only
      // keep a stale height. It says the map has drawn its frame: the preview under it can go.
      placeholder.querySelector('.story-map-preview')?.remove();
    } else {
      placeholder.dispatchEvent(new CustomEvent(`storymap:${message.type}`, { detail: message, bubbles: true }));
    }
  });

  // The frame's height follows the placeholder's width (unless fixed), before and after the map loads.
  new ResizeObserver(() => {
    placeholder.style.height = `${frameHeight()}px`;
  }).observe(placeholder);

  placeholder.addEventListener('storymap:command', (event) => {
    const command = parseHostMessage(envelope((event as CustomEvent).detail ?? {}));
    if (!command) return;
    if (ready) post(envelope(command));
    else waiting = [...waiting.slice(-7), command];
  });

  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      try {
        load();
      } catch (err) {
        refuse(placeholder, err instanceof Error ? err.message : 'an unexpected error');
      }
    },
    { rootMargin: LAZY_MARGIN },
  );
  observer.observe(placeholder);

  return (id) => {
    chapter = id;
    if (ready) post(envelope({ type: 'show-chapter', id }));
  };
}

/** Story mode: tells `show` the chapter of the marked element crossing the reading line, only when it changes. */
function watchChapters(show: (chapter: string) => void): void {
  const marked = [...document.querySelectorAll<HTMLElement>('[data-storymap-chapter]')];
  if (!marked.length) return;
  const crossing = new Set<Element>();
  let last: string | null = null;
  let observer: IntersectionObserver | null = null;
  const watch = () => {
    observer?.disconnect();
    crossing.clear();
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) crossing.add(entry.target);
          else crossing.delete(entry.target);
        }
        // Between two marked elements nothing crosses the line: the map stays on the last chapter.
        const id = marked
          .filter((el) => crossing.has(el))
          .pop()
          ?.dataset.storymapChapter?.trim();
        if (!id || id === last) return;
        last = id;
        show(id);
      },
      { rootMargin: readingLine(marked[0]!) },
    );
    for (const el of marked) observer.observe(el);
  };
  watch();
  // The line moves with the window's height, and with a layout that pins the map over the text or
  // not: an async script may run before the page's stylesheets apply, so again once they have.
  addEventListener('resize', watch);
  if (document.readyState !== 'complete') addEventListener('load', watch, { once: true });
}

/** The reading line: a root shrunk to one line across the viewport, so only what crosses it
 * intersects. The viewport's middle; or, where a sticky map is pinned over the text's column (a
 * phone's layout), the middle of the part of the viewport left below the map. */
function readingLine(text: HTMLElement): string {
  const column = text.getBoundingClientRect();
  let covered = 0;
  for (const map of document.querySelectorAll<HTMLElement>('[data-story-map]')) {
    const pinned = stickyAncestor(map);
    if (!pinned) continue;
    const box = pinned.getBoundingClientRect();
    if (box.left < column.right && box.right > column.left) covered = Math.max(covered, (parseFloat(getComputedStyle(pinned).top) || 0) + box.height);
  }
  if (!covered) return READING_LINE;
  const top = Math.min(covered, innerHeight * MAX_COVERED);
  const line = Math.round((top + innerHeight) / 2);
  return `-${line}px 0px -${innerHeight - line}px 0px`;
}

function stickyAncestor(el: HTMLElement | null): HTMLElement | null {
  for (; el && el !== document.body; el = el.parentElement) if (getComputedStyle(el).position === 'sticky') return el;
  return null;
}

/** Says so on the page (as text) and in the console, instead of framing an address it must not. */
function refuse(placeholder: HTMLElement, reason: string): void {
  console.warn(`embed.js: not embedding the map (${reason}).`, placeholder);
  const line = document.createElement('p');
  line.className = 'story-map-refused';
  line.textContent = `The map cannot be shown here: ${reason}.`;
  line.style.cssText = 'margin:0;padding:1em;font:inherit';
  placeholder.replaceChildren(line);
  placeholder.style.height = 'auto';
}

const script = document.currentScript as HTMLScriptElement | null;
const scriptUrl = script?.src || location.href;
const chapterTakers: ((chapter: string) => void)[] = [];
for (const placeholder of document.querySelectorAll<HTMLElement>('[data-story-map]')) {
  // One broken placeholder never stops the others, nor throws into the host page.
  try {
    const takesChapters = setup(placeholder, scriptUrl);
    if (takesChapters) chapterTakers.push(takesChapters);
  } catch (err) {
    refuse(placeholder, err instanceof Error ? err.message : 'an unexpected error');
  }
}
// Every map on the page follows the chapter markup.
if (chapterTakers.length) watchChapters((chapter) => chapterTakers.forEach((take) => take(chapter)));
