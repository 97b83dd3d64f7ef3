import { mount } from 'svelte';
import { startMapWorkerEarly } from '../lib/map/map-workers.ts';
import EmbedApp from '../EmbedApp.svelte';
import { takePrerenderedPage } from '../lib/static-map/prerendered.ts';

startMapWorkerEarly();
const target = document.getElementById('app')!;
mount(EmbedApp, { target, props: { prerendered: takePrerenderedPage(target) } });
