import './fonts.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { current, loadLocale } from './lib/i18n.svelte';

// The first frame is drawn in the default language: its messages first.
await loadLocale(current.locale);
mount(App, { target: document.getElementById('app')! });
