/**
 * The offline reader page: a share and a small reader in one `.html`
 * file, which a case worker opens in any current browser with nothing
 * installed and no network. The same Fluent messages, the same rendering
 * of a bundle (BundleColumns) and the same checks as the app's reader.
 */
import '../src/fonts.css';
import '../src/app.css';
import { mount } from 'svelte';
import Page from './Page.svelte';

mount(Page, { target: document.getElementById('page')! });
