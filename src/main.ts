import { mount } from 'svelte';
import App from './App.svelte';
import { takePrerenderedPage } from './lib/static-map/prerendered.ts';
import './global.css';
import './static-map.css';
import './page-layout.css';

const target = document.getElementById('app')!;
mount(App, { target, props: { prerendered: takePrerenderedPage(target) } });
