import './fonts.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { current, loadLocale, negotiate, showLocale } from './lib/i18n.svelte';
import { showSecond } from './lib/interpreter.svelte';
import { getPreferences, appStatus } from './lib/ipc';

// The first frame is drawn once, complete: the shell is asked what it
// shows (the chosen languages, whether a vault is there) while the default
// language's messages load, the chosen languages' messages are fetched as
// soon as they are known, and the app is mounted when all is there.
const preferences = getPreferences().then(async (p) => {
  const shown = negotiate(p.language) ?? negotiate(navigator.language);
  const second = negotiate(p.interpreter)?.code ?? null;
  await Promise.all([shown && showLocale(shown.code), second && loadLocale(second)]);
  showSecond(second);
});
const [status, languages] = await Promise.allSettled([
  appStatus(),
  Promise.all([loadLocale(current.locale), preferences]),
]);
// A failure is the app's to show, in the default language if need be.
const start =
  languages.status === 'rejected'
    ? { failed: languages.reason }
    : status.status === 'rejected'
      ? { failed: status.reason }
      : { status: status.value };
mount(App, { target: document.getElementById('app')!, props: { start } });
