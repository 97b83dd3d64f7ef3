// The demo article page: sentences that are excerpts select their feature on the embedded map,
// and selecting a feature on the map marks its sentences. Paragraphs marked with a chapter move the
// map as they are read (embed.js does that); the one the map shows is marked here.
import './article.css';
import '../static-map.css';

// The map's preview picture waits for the first paint (article.css); once the page has loaded it
// renders like the rest of the page.
const rendered = () => requestAnimationFrame(() => document.documentElement.classList.add('page-loaded'));
if (document.readyState === 'complete') rendered();
else addEventListener('load', rendered, { once: true });

const placeholder = document.querySelector<HTMLElement>('[data-story-map]');
const sentences = [...document.querySelectorAll<HTMLElement>('.excerpt[data-feature]')];
const follow = document.querySelector<HTMLInputElement>('#follow-map');

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/** The whole map (its frame, with its bar) inside the viewport, to the pixel. */
function mapInView(map: HTMLElement): boolean {
  const box = map.getBoundingClientRect();
  return box.top >= -1 && box.bottom <= innerHeight + 1;
}

/** Brings the map into view if any of it is off-screen (by the least scroll that does: its top or
 * its bottom to the viewport's edge), and resolves once it is there. Smooth unless the reader asks
 * for reduced motion. (scrollBy, not scrollIntoView, which would honour the phone's scroll-padding.) */
function bringMapIntoView(map: HTMLElement): Promise<void> {
  if (mapInView(map)) return Promise.resolve();
  const box = map.getBoundingClientRect();
  const by = box.top < 0 || box.height > innerHeight ? box.top : box.bottom - innerHeight;
  const smooth = !reducedMotion.matches;
  scrollBy({ top: by, behavior: smooth ? 'smooth' : 'instant' });
  if (!smooth || !('onscrollend' in window)) return Promise.resolve();
  // (The timer is for a browser that drops the event.)
  return new Promise((resolve) => {
    const done = () => resolve();
    addEventListener('scrollend', done, { once: true });
    setTimeout(done, 1500);
  });
}

/** A sentence selects its feature on the map, after bringing the map into view, so the reader sees
 * the selection. The focus stays on the sentence (the reader goes on reading from it). */
async function choose(sentence: HTMLElement) {
  if (!placeholder) return;
  await bringMapIntoView(placeholder);
  placeholder.dispatchEvent(new CustomEvent('storymap:command', { detail: { type: 'select-feature', id: sentence.dataset.feature } }));
}

for (const sentence of sentences) {
  sentence.addEventListener('click', () => void choose(sentence));
  sentence.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void choose(sentence);
    }
  });
}

placeholder?.addEventListener('storymap:feature-selected', (event) => {
  const id = (event as CustomEvent<{ id: string | null }>).detail.id;
  const marked = sentences.filter((s) => id !== null && (s.dataset.features ?? '').split(' ').includes(id));
  for (const s of sentences) {
    const on = marked.includes(s);
    s.classList.toggle('selected', on);
    if (on) s.setAttribute('aria-current', 'true');
    else s.removeAttribute('aria-current');
  }
  // Only move the reader if they asked for it.
  if (follow?.checked && marked[0]) marked[0].scrollIntoView({ block: 'center' });
});

const chapterParagraphs = [...document.querySelectorAll<HTMLElement>('[data-storymap-chapter]')];
placeholder?.addEventListener('storymap:chapter-shown', (event) => {
  const id = (event as CustomEvent<{ id: string }>).detail.id;
  for (const p of chapterParagraphs) p.classList.toggle('chapter-shown', p.dataset.storymapChapter === id);
});
