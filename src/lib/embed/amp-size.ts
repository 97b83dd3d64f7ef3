// AMP's resize request: an amp-iframe loads its page with "#amp=1" and resizes to the height the page
// asks for in an `embed-size` message (amp-iframe's documented protocol). The map asks for the height
// embed.js would give it at that width (embedHeight, a 4:3 box), and again when the width changes.
// The message goes to the parent window only, to any origin ('*'): an AMP page may be served from a
// cache on another origin, and all it carries is a height the parent could work out from the width.
import { embedHeight } from './protocol.ts';

export interface AmpSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** Framed by amp-iframe: it adds `#amp=1` to the page's address when the address has no fragment. */
export function inAmpFrame(hash: string, framed: boolean): boolean {
  return framed && /^#(?:.*&)?amp=1(?:&|$)/.test(hash);
}

export function ampSizeMessage(width: number): AmpSizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height: embedHeight(width) };
}

/** Starts asking, if framed by AMP. */
export function askAmpForHeight(win: Window = window): void {
  if (!inAmpFrame(win.location.hash, win.parent !== win)) return;
  let asked = 0;
  const ask = () => {
    const message = ampSizeMessage(win.innerWidth);
    if (message.height === asked) return;
    asked = message.height;
    win.parent.postMessage(message, '*');
  };
  ask();
  win.addEventListener('resize', ask);
}
