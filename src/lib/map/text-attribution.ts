// The map's credits as plain text, folded into an ⓘ (open, the credit line would sit over the
// story's labels). MapLibre's AttributionControl parses its strings as HTML (DOMParser), which
// Trusted Types refuse and which our credits do not need; this uses MapLibre's compact markup
// and styles, a <details> that opens on a click or a key.
import type { IControl } from 'maplibre-gl';

export class TextAttributionControl implements IControl {
  private container: HTMLElement | null = null;

  constructor(private readonly credits: readonly string[]) {}

  onAdd(): HTMLElement {
    const details = document.createElement('details');
    details.className = 'maplibregl-ctrl maplibregl-ctrl-attrib maplibregl-compact';
    const summary = document.createElement('summary');
    summary.className = 'maplibregl-ctrl-attrib-button';
    summary.title = 'Credits';
    summary.setAttribute('aria-label', 'Credits');
    const inner = document.createElement('div');
    inner.className = 'maplibregl-ctrl-attrib-inner';
    inner.textContent = this.credits.join(' | ');
    details.addEventListener('toggle', () => details.classList.toggle('maplibregl-compact-show', details.open));
    details.append(summary, inner);
    this.container = details;
    return details;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}
