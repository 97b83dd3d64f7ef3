// The map's credits as plain text, folded into an ⓘ (open, the credit line would sit over the
// story's labels). MapLibre's AttributionControl parses its strings as HTML (DOMParser), which
// Trusted Types refuse and which our credits do not need; this uses MapLibre's compact markup
// and styles, a <details> that opens on a click or a key.
import type { IControl } from 'maplibre-gl';

export class TextAttributionControl implements IControl {
  private container: HTMLElement | null = null;
  private readonly summary = document.createElement('summary');
  private readonly inner = document.createElement('div');

  /** The credits, and the name of the button that shows them (in the reader's language). */
  setCredits(credits: readonly string[], name: string): void {
    this.summary.title = name;
    this.summary.setAttribute('aria-label', name);
    this.inner.textContent = credits.join(' | ');
  }

  onAdd(): HTMLElement {
    const details = document.createElement('details');
    details.className = 'maplibregl-ctrl maplibregl-ctrl-attrib maplibregl-compact';
    this.summary.className = 'maplibregl-ctrl-attrib-button';
    this.inner.className = 'maplibregl-ctrl-attrib-inner';
    details.addEventListener('toggle', () => details.classList.toggle('maplibregl-compact-show', details.open));
    details.append(this.summary, this.inner);
    this.container = details;
    return details;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}
