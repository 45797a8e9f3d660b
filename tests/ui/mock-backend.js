// Stands in for the desktop shell in UI tests: implements the commands the
// UI calls over Tauri's IPC, in memory. Installed before the app loads.
// What the real shell does is tested by tests/e2e against the real binary.
(() => {
  const state = {
    preferences: { language: 'sv', ...(window.__ETAPP_MOCK_PREFS__ ?? {}) },
  };
  const userError = (code, args = {}) => ({ code, args });
  const commands = {
    get_preferences: () => ({ ...state.preferences }),
    set_language: ({ language }) => {
      if (!['sv', 'en', 'ar'].includes(language)) throw userError('error-unknown-language', { language });
      state.preferences.language = language;
      return null;
    },
  };
  window.__ETAPP_MOCK_STATE__ = state;
  window.__TAURI_INTERNALS__ = {
    invoke: async (cmd, args) => {
      const f = commands[cmd];
      if (!f) throw userError('error-unexpected');
      return f(args ?? {});
    },
    transformCallback: () => 0,
    metadata: { currentWindow: { label: 'main' }, currentWebview: { label: 'main', windowLabel: 'main' } },
  };
})();
