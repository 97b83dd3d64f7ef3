// The embed: its map is in the HTML and paints without script; the app starts as soon as its code
// arrives (see src/main.ts).
import '../global.css';
import '../static-map.css';
import './embed-layout.css';

void import('./start-embed.ts');
