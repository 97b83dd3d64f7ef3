// The full page: its map and legend are already painted (index.html); the app starts after that paint.
import { afterFirstPaint } from './lib/after-paint.ts';
import './global.css';
import './static-map.css';
import './masthead.css';
import './page-layout.css';
import './components/legend.css';

afterFirstPaint(() => void import('./start-page.ts'));
