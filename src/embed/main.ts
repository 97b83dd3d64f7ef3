// The embed: its map is already painted (embed.html); the app starts after that paint.
import { afterFirstPaint } from '../lib/static-map/after-paint.ts';
import '../global.css';
import '../static-map.css';
import './embed-layout.css';

afterFirstPaint(() => void import('./start-embed.ts'));
