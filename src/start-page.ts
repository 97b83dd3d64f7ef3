import { mount } from 'svelte';
import { startMapWorkerEarly } from './lib/map/map-workers.ts';
import App from './App.svelte';
import { takePrerenderedPage } from './lib/static-map/prerendered.ts';

startMapWorkerEarly();
const target = document.getElementById('app')!;
mount(App, { target, props: { prerendered: takePrerenderedPage(target) } });
