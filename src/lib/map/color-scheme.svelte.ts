// The reader's colour scheme, live: the basemap, its names and the story's layers follow it (the pictures follow it in CSS, src/map-palette.css).
import { DARK, LIGHT, type BasemapPalette } from './basemap-style.ts';

const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
let dark = $state(query?.matches ?? false);
query?.addEventListener('change', () => (dark = query.matches));

/** The palette for the reader's scheme now; reading it in an effect re-runs the effect on a change. */
export const currentPalette = (): BasemapPalette => (dark ? DARK : LIGHT);
