// The map's credits as plain text. MapLibre's AttributionControl parses its strings as HTML
// (DOMParser), which Trusted Types refuse and which our credits do not need.
import type { IControl } from 'maplibre-gl';

export class TextAttributionControl implements IControl {
  private container: HTMLElement | null = null;

  constructor(private readonly credits: readonly string[]) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
    const inner = document.createElement('div');
    inner.className = 'maplibregl-ctrl-attrib-inner';
    inner.textContent = this.credits.join(' | ');
    container.append(inner);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}
