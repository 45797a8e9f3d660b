// Backups in the stand-in shell (src-tauri/src/backup_commands.rs over
// crates/core/src/vault/backup.rs): back up now, automatic backup
// settings, the restore drill, restoring into a computer with no record,
// and the key rotation. A backup is a copy of the vault as it was, with
// the password and recovery code it was made under.
//
// Files live in `disk.files` (name → backup, or `{ error: code }` for a
// file the shell refuses: damaged, not a backup, …). The native dialogs
// answer from `window.__ETAPP_MOCK__.dialog`, which a test sets:
// `save` (a file name; undefined: the suggested name; null: cancelled),
// `open` (a file name or null) and `folder` (a path or null).
// `backupFails`, when set to an error code, makes the next backups fail
// with it, as a full disk does (the last backup's time stays as it was).
(() => {
  const mock = window.__ETAPP_MOCK__;
  const { disk, commands, save, userError, needOpen } = mock;
  const MIN = 10;
  const EXTENSION = 'etappbackup';
  const KEY_MS = 150;

  disk.files ??= {};
  mock.dialog = { save: undefined, open: null, folder: '/media/usb/etapp' };
  mock.backupFails = null;
  /** The file chosen for the drill or a restore, as the shell keeps it. */
  let chosen = null;

  const clone = (x) => JSON.parse(JSON.stringify(x));
  const pause = () => new Promise((r) => setTimeout(r, KEY_MS));
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
  const checkNew = (p) => {
    if (p.length < MIN) throw userError('vault-error-passphrase-too-short', { min: String(MIN) });
  };
  /** Now, to the second, as the core writes a time (RFC 3339, UTC). */
  const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

  const settings = () =>
    (needOpen().backup ??= { folder: null, interval: 'off', keep: 5, last_backup_at: null });
  /** As the store's `secrets_changed`: a new password or code since the last backup. */
  const secretsChanged = (v, changed) => {
    if (!changed && !v.backup) return;
    v.backup ??= { folder: null, interval: 'off', keep: 5, last_backup_at: null };
    v.backup.secrets_changed = changed;
  };

  /** As `backup::is_due` with "changed" (the shell's status asks so). */
  function overdue(s) {
    if (!s.last_backup_at) return true;
    const since = (Date.now() - Date.parse(s.last_backup_at)) / 1000;
    if (s.interval === 'daily') return since >= 24 * 60 * 60;
    if (s.interval === 'after_changes') return since >= 60 * 60;
    return false;
  }

  /** The chosen file, read and checked (nothing decrypted yet). */
  function chosenFile() {
    if (!chosen) throw userError('reader-error-no-file');
    const file = disk.files[chosen];
    if (!file) throw userError('vault-error-storage');
    if (file.error) throw userError(file.error);
    return file;
  }

  /** Opens a backup with the secret it was made under, as the key file would. */
  function unwrap(file, secret) {
    if (typeof secret?.passphrase === 'string') {
      if (secret.passphrase !== file.vault.passphrase) throw userError('backup-error-wrong-secret');
      return;
    }
    const code = secret?.recovery_code;
    if (!code || typeof code.code !== 'string') throw userError('error-unexpected');
    const d = digits(code.code);
    if (d.length !== 32) throw userError('vault-error-mistyped-code');
    if (d !== file.vault.code) throw userError('backup-error-wrong-secret');
  }

  const latest = (values) => values.filter(Boolean).sort().at(-1) ?? null;
  function summary(v) {
    const list = (name) => v[name] ?? [];
    return {
      name: v.profile?.name ?? '',
      goals: list('goals').length,
      steps: list('steps').length,
      checkins: list('checkins').length,
      obstacles: list('obstacles').length,
      notes: list('notes').length,
      contacts: list('contacts').length,
      shares: list('shares').length,
      latest_checkin: latest(list('checkins').map((c) => c.date)),
      latest_note: latest(list('notes').map((n) => n.date)),
      latest_step_change: latest(list('steps').flatMap((s) => (s.status_history ?? []).map((h) => h.at))),
      latest_share: latest(list('shares').map((s) => s.created)),
    };
  }

  Object.assign(commands, {
    get_backup_status: () => {
      const s = settings();
      const { secrets_changed, ...rest } = s;
      return { settings: clone(rest), overdue: overdue(s), secrets_changed: !!secrets_changed };
    },
    backup_now: async () => {
      const v = needOpen();
      const name =
        mock.dialog.save === undefined ? `etapp-backup-${mock.stockholmToday()}.${EXTENSION}` : mock.dialog.save;
      if (name === null) return null;
      await pause();
      if (mock.backupFails) throw userError(mock.backupFails);
      const at = now();
      settings().last_backup_at = at;
      disk.files[name] = { created: at, vault: clone(v) };
      secretsChanged(v, false);
      save();
      return name;
    },
    choose_backup_folder: () => {
      const s = settings();
      if (mock.dialog.folder === null) return null;
      s.folder = mock.dialog.folder;
      save();
      const { secrets_changed, ...rest } = s;
      return clone(rest);
    },
    set_backup_schedule: ({ interval, keep }) => {
      const s = settings();
      if (!['off', 'daily', 'after_changes'].includes(interval)) throw userError('error-unexpected');
      if (!Number.isInteger(keep) || keep < 1 || keep > 100) {
        throw userError('record-error-invalid-value', { field: 'backup.keep' });
      }
      if (interval !== 'off' && !s.folder) throw userError('record-error-invalid-value', { field: 'backup.folder' });
      Object.assign(s, { interval, keep });
      save();
      const { secrets_changed, ...rest } = s;
      return clone(rest);
    },
    // As the shell: the file is read and checked when it is chosen.
    choose_backup: () => {
      chosen = null;
      const name = mock.dialog.open ?? null;
      const file = name && disk.files[name];
      if (name && !file) throw userError('file-error-unreadable');
      if (file?.error) throw userError(file.error);
      chosen = name;
      return chosen;
    },
    verify_backup: async ({ secret }) => {
      const file = chosenFile();
      await pause();
      unwrap(file, secret);
      return { created: file.created, summary: summary(file.vault), fingerprint: clone(file.vault.fingerprint) };
    },
    // With `replace`, a record already here is set aside whole, beside
    // the data folder, and where it went is said (the core's
    // `restore_replacing`); without, it is refused.
    restore_backup: async ({ secret, replace }) => {
      const file = chosenFile();
      await pause();
      unwrap(file, secret);
      const next = secret.recovery_code?.new_passphrase ?? null;
      if (next !== null) checkNew(next);
      let setAside = null;
      if (disk.vault) {
        if (!replace) throw userError('vault-error-already-exists');
        setAside = '/home/amina/.local/share/etapp.set-aside-20260310-120000';
        disk.setAside = disk.vault;
      }
      disk.vault = clone(file.vault);
      let code = null;
      if (next !== null) {
        code = newCode();
        disk.vault.passphrase = next;
        disk.vault.code = digits(code);
      }
      secretsChanged(disk.vault, next !== null);
      save();
      chosen = null;
      commands.unlock({ passphrase: disk.vault.passphrase });
      return { recovery_code: code, set_aside: setAside };
    },
    rotate_key: async ({ current, new: next }) => {
      const v = needOpen();
      await pause();
      checkNew(next);
      if (current !== v.passphrase) throw userError('vault-error-wrong-passphrase');
      const code = newCode();
      v.passphrase = next;
      v.code = digits(code);
      v.rotations = (v.rotations ?? 0) + 1;
      secretsChanged(v, true);
      save();
      return code;
    },
  });

  // A new password, or a recovery (which also rotates in the shell), asks
  // for a new backup as the store notes it.
  for (const name of ['change_passphrase', 'recover']) {
    const base = commands[name];
    commands[name] = (args) => {
      const out = base(args);
      secretsChanged(disk.vault, true);
      save();
      return out;
    };
  }
})();
