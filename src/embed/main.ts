import { mount } from 'svelte';
import EmbedApp from '../EmbedApp.svelte';
import '../global.css';

mount(EmbedApp, { target: document.getElementById('app')! });
