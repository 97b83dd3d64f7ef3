// The full page: its map and legend are in the HTML and paint without script. The app starts as
// soon as its code arrives (preloaded from the HTML). Waiting for the first paint instead made the
// app's WebGL context wait for the GPU process while it painted the picture (see README, Performance).
import './global.css';
import './static-map.css';
import './page-layout.css';

void import('./start-page.ts');
