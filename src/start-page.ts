import { mount } from 'svelte';
import App from './App.svelte';
import { takePrerenderedPage } from './lib/static-map/prerendered.ts';

const target = document.getElementById('app')!;
mount(App, { target, props: { prerendered: takePrerenderedPage(target) } });
