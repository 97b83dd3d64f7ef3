// The map's side of the embed protocol: talks only to its parent window, and only to the origin
// that connected first (optionally limited to an allow-list set at build time).
import { envelope, parseHostMessage, type HostMessage, type MapMessage } from './protocol.ts';

export interface BridgeOptions {
  /** Origins allowed to connect; empty means any (set VITE_EMBED_HOSTS, comma-separated, at build time). */
  allowedOrigins: string[];
  oncommand: (command: Exclude<HostMessage, { type: 'connect' }>) => void;
  onconnect: () => void;
}

export class EmbedBridge {
  private hostOrigin: string | null = null;
  private readonly listener: (event: MessageEvent) => void;

  constructor(private readonly options: BridgeOptions) {
    this.listener = (event) => this.receive(event);
    window.addEventListener('message', this.listener);
    // The map starts after its first paint, possibly after the host's connect on the iframe's load
    // was lost: say it is listening. Any origin may hear it; it carries nothing.
    if (window.parent !== window) window.parent.postMessage(envelope({ type: 'hello' }), '*');
  }

  get connected(): boolean {
    return this.hostOrigin !== null;
  }

  private receive(event: MessageEvent): void {
    if (window.parent === window || event.source !== window.parent) return;
    const message = parseHostMessage(event.data);
    if (!message) return;
    if (message.type === 'connect') {
      if (this.hostOrigin !== null) return; // the origin is fixed at the first handshake
      const allowed = this.options.allowedOrigins;
      if (allowed.length && !allowed.includes(event.origin)) return;
      this.hostOrigin = event.origin;
      this.send({ type: 'ready' });
      this.options.onconnect();
      return;
    }
    if (event.origin !== this.hostOrigin) return;
    this.options.oncommand(message);
  }

  send(message: MapMessage): void {
    if (this.hostOrigin) window.parent.postMessage(envelope(message), this.hostOrigin);
  }

  destroy(): void {
    window.removeEventListener('message', this.listener);
  }
}

export function allowedOriginsFromEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
