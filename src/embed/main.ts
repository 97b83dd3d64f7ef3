// The embed: its map is already painted (embed.html); the app starts after that paint.
import { afterNextPaint } from '../lib/after-paint.ts';
import { askAmpForHeight } from '../lib/embed/amp-size.ts';
import '../global.css';
import '../static-map.css';
import './embed-layout.css';
import '../components/compact-legend.css';

// At once: AMP can resize the frame before the reader reaches it.
askAmpForHeight();
afterNextPaint(() => void import('./start-embed.ts'));
