// embed.js — for the page that hosts the story map (MIT licence, no dependencies).
// Finds <div data-story-map="…/embed.html?…"> placeholders, keeps their space (no layout shift),
// creates the iframe only when it nears the viewport, sizes it to its content, and relays events.
//
// Events on the placeholder: `storymap:feature-selected` and `storymap:layers-changed` (detail from the map).
// Commands: dispatch `storymap:command` on the placeholder with detail
// { type: 'select-feature', id } | { type: 'set-layers', layers } | { type: 'reset-view' }.
import { clampHeight, embedHeight, envelope, parseHostMessage, parseMapMessage } from '../lib/embed/protocol.ts';
import { checkEmbedUrl } from '../lib/embed/embed-url.ts';

const LAZY_MARGIN = '300px 0px';

function setup(placeholder: HTMLElement, scriptUrl: string): void {
  // Refused at once, so the page's author sees why; checked again when the map loads, as the host may change it until then.
  const first = checkEmbedUrl(placeholder.dataset.storyMap, scriptUrl);
  if (!first.ok) return refuse(placeholder, first.reason);
  // Read when the map loads, so a host may still change the view (or the map's address) until then.
  let mapOrigin = '';
  placeholder.style.position = 'relative';
  placeholder.style.height = `${embedHeight(placeholder.clientWidth)}px`;
  let iframe: HTMLIFrameElement | null = null;

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
    } else if (message.type === 'height') {
      placeholder.style.height = `${clampHeight(message.height)}px`;
      placeholder.querySelector('.story-map-preview')?.remove();
    } else if (message.type !== 'ready') {
      placeholder.dispatchEvent(new CustomEvent(`storymap:${message.type}`, { detail: message, bubbles: true }));
    }
  });

  // Until the map reports its own height, keep the reserved space in step with the width.
  new ResizeObserver(() => {
    if (!iframe) placeholder.style.height = `${embedHeight(placeholder.clientWidth)}px`;
  }).observe(placeholder);

  placeholder.addEventListener('storymap:command', (event) => post(envelope((event as CustomEvent).detail ?? {})));

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
for (const placeholder of document.querySelectorAll<HTMLElement>('[data-story-map]')) {
  // One broken placeholder never stops the others, nor throws into the host page.
  try {
    setup(placeholder, scriptUrl);
  } catch (err) {
    refuse(placeholder, err instanceof Error ? err.message : 'an unexpected error');
  }
}
