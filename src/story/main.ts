// The story page: its masthead is already painted (story.html); the story starts after that paint.
import { afterFirstPaint } from '../lib/after-paint.ts';
import '../global.css';
import '../static-map.css';
import '../masthead.css';
import './story-layout.css';
import './flat-story.css';

afterFirstPaint(() => void import('./start-story.ts'));
