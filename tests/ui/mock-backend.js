// Stands in for the desktop shell in UI tests: implements the commands the
// UI calls over Tauri's IPC, in memory (kept in sessionStorage so a reload,
// which is how the app locks, keeps the "disk" but drops the open vault).
// It imitates the shell's replies and error codes; the real shell and core
// are tested by tests/e2e against the real binary and by the Rust tests.
(() => {
  const KEY = '__etapp_mock__';
  const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  const disk = saved ?? {
    preferences: { language: 'sv', interpreter: null, ...(window.__ETAPP_MOCK_PREFS__ ?? {}) },
    vault: window.__ETAPP_MOCK_VAULT__ ?? null,
  };
  const save = () => sessionStorage.setItem(KEY, JSON.stringify(disk));
  let unlocked = false;
  let example = false;
  const MIN = 10;
  const HOUSEHOLD_MAX = 30;

  const userError = (code, args = {}) => ({ code, args });
  // Like the core: Arabic-Indic and Persian digits count as digits.
  const digits = (s) =>
    [...String(s)]
      .map((c) => {
        const n = c.charCodeAt(0);
        if (n >= 0x660 && n <= 0x669) return String(n - 0x660);
        if (n >= 0x6f0 && n <= 0x6f9) return String(n - 0x6f0);
        return c;
      })
      .filter((c) => c >= '0' && c <= '9')
      .join('');
  const newCode = () => {
    let d = '';
    for (let i = 0; i < 32; i++) d += Math.floor(Math.random() * 10);
    return d.match(/.{4}/g).join(' ');
  };
  const needOpen = () => {
    if (!unlocked) throw userError('error-locked');
    return disk.vault;
  };
  const checkNew = (p) => {
    if (p.length < MIN) throw userError('vault-error-passphrase-too-short', { min: String(MIN) });
  };

  const commands = {
    get_preferences: () => ({ ...disk.preferences }),
    set_language: ({ language }) => {
      if (!window.__ETAPP_MOCK_LOCALES__.includes(language)) throw userError('error-unknown-language', { language });
      disk.preferences.language = language;
      save();
      return null;
    },
    set_interpreter: ({ language }) => {
      if (language !== null && !window.__ETAPP_MOCK_LOCALES__.includes(language))
        throw userError('error-unknown-language', { language });
      disk.preferences.interpreter = language;
      save();
      return null;
    },
    app_status: () => ({
      vault: disk.vault ? 'present' : 'no_vault',
      unlocked,
      example,
      min_passphrase_chars: MIN,
      household_max: HOUSEHOLD_MAX,
      share_days: [1, 365],
    }),
    create_vault: ({ passphrase }) => {
      checkNew(passphrase);
      if (disk.vault) throw userError('vault-error-already-exists');
      const code = newCode();
      disk.vault = {
        passphrase,
        code: digits(code),
        profile: { name: '', arrived: null },
        autoLock: 5,
        fingerprint: { hex: 'ab'.repeat(32), digits: '1234 5678 9012 3456 7890' },
      };
      save();
      unlocked = true;
      return code;
    },
    unlock: ({ passphrase }) => {
      if (!disk.vault) throw userError('vault-error-no-vault');
      if (passphrase !== disk.vault.passphrase) throw userError('vault-error-wrong-passphrase');
      unlocked = true;
      return null;
    },
    recover: ({ recoveryCode, newPassphrase }) => {
      checkNew(newPassphrase);
      const d = digits(recoveryCode);
      if (d.length !== 32) throw userError('vault-error-mistyped-code');
      if (d !== disk.vault.code) throw userError('vault-error-wrong-recovery-code');
      const code = newCode();
      disk.vault.passphrase = newPassphrase;
      disk.vault.code = digits(code);
      save();
      unlocked = true;
      return code;
    },
    // The example is a separate vault in the real shell; here it takes the
    // place of the (absent) own vault until it is left.
    start_example: () => {
      if (disk.vault) throw userError('vault-error-already-exists');
      disk.vault = {
        passphrase: null,
        code: '',
        profile: { name: 'Samira Haddad', arrived: '2023-05-02' },
        autoLock: 5,
        fingerprint: { hex: 'cd'.repeat(32), digits: '9876 5432 1098 7654 3210' },
      };
      example = true;
      unlocked = true;
      return null;
    },
    lock: () => {
      unlocked = false;
      if (example) {
        disk.vault = null;
        example = false;
        save();
      }
      return null;
    },
    touch: () => null,
    get_settings: () => {
      const v = needOpen();
      return { auto_lock_minutes: v.autoLock, auto_lock_range: [1, 120], fingerprint: v.fingerprint };
    },
    set_auto_lock_minutes: ({ minutes }) => {
      needOpen().autoLock = minutes;
      save();
      return null;
    },
    change_passphrase: ({ current, new: next }) => {
      const v = needOpen();
      checkNew(next);
      if (current !== v.passphrase) throw userError('vault-error-wrong-passphrase');
      v.passphrase = next;
      save();
      return null;
    },
  };
  // Files in tests/ui/mock/ add the record's commands to `commands`, using
  // these helpers; they load after this one.
  window.__ETAPP_MOCK__ = { disk, commands, save, userError, needOpen, HOUSEHOLD_MAX };
  window.__TAURI_INTERNALS__ = {
    invoke: async (cmd, args) => {
      const f = commands[cmd];
      if (!f) throw userError('error-unexpected');
      // Key derivation takes time in the real app; so does this.
      if (['create_vault', 'unlock', 'recover', 'change_passphrase'].includes(cmd)) {
        await new Promise((r) => setTimeout(r, 150));
      }
      return f(args ?? {});
    },
    transformCallback: () => 0,
    metadata: { currentWindow: { label: 'main' }, currentWebview: { label: 'main', windowLabel: 'main' } },
  };
})();
