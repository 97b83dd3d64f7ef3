import { mount } from 'svelte';
import EmbedApp from '../EmbedApp.svelte';
import { takePrerenderedPage } from '../lib/static-map/prerendered.ts';

const target = document.getElementById('app')!;
mount(EmbedApp, { target, props: { prerendered: takePrerenderedPage(target) } });
