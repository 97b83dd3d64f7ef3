import { mount } from 'svelte';
import EmbedApp from '../EmbedApp.svelte';
import { takePrerenderedPage } from '../lib/static-map/prerendered.ts';

// MapLibre and its worker are not started here: the embed's picture is its map until the reader
// shows intent (EmbedApp.svelte, src/embed/live-map.ts).
const target = document.getElementById('app')!;
mount(EmbedApp, { target, props: { prerendered: takePrerenderedPage(target) } });
