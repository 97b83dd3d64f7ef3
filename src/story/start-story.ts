import { mount } from 'svelte';
import { startMapWorkerEarly } from '../lib/map/map-workers.ts';
import StoryPage from '../StoryPage.svelte';

startMapWorkerEarly();
mount(StoryPage, { target: document.getElementById('app')! });
