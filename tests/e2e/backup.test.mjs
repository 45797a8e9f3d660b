// Backups in the real app: make a record, back it up from Settings (the
// save dialog answered through the debug build's `--dialog-dir` seam),
// then start with an empty data folder — a new computer — and bring the
// record back with "I have a backup" and the password. The name is back,
// the signing key's fingerprint is the same, the restored record opens
// after a restart, and checking the backup there says what it holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useDriver, launch, freshVault, shot, repo, onScreen, onHome, visible, newVault, unlock } from './app.mjs';
import { messages } from '../lib/fluent.mjs';
import { TEST_TIMEOUT } from '../lib/limits.mjs';

const driver = useDriver();
const PASS = 'green river paper lamp';

/** Opens Settings from the menu and reads the signing key's fingerprint. */
async function fingerprint(app, m) {
  await app.clickButton(m('nav-settings'));
  await onScreen(app, 'settings');
  return (await app.text('[data-testid="fingerprint"]')).trim();
}

test('back up, then bring the record back on an empty computer', { timeout: TEST_TIMEOUT }, async () => {
  const m = messages(repo, 'en');
  const dialogs = await freshVault();
  const withDialogs = { args: ['--dialog-dir', dialogs] };

  // A record with a name, and its fingerprint.
  const first = await freshVault();
  let app = await launch(driver, first, withDialogs);
  await newVault(app, m, PASS);
  const before = await fingerprint(app, m);
  assert.match(before, /\d/);

  // No backup yet; then "Back up now": saved where the dialog said.
  await app.find('[data-testid="backup-last"]');
  assert.equal((await app.text('[data-testid="backup-last"]')).trim(), m('backup-none'));
  await app.clickButton(m('backup-now'));
  const file = await app.until(
    `return [...document.querySelectorAll('[data-testid="backup-section"] [role="status"]')]
       .map((s) => s.textContent).join(' ').match(/etapp-backup-[0-9-]+\\.etappbackup/)?.[0]`,
    { what: 'no backup was said to be saved' },
  );
  await visible(app, m('backup-now-done', { file }));
  assert.deepEqual(
    (await readdir(dialogs)).filter((f) => f.endsWith('.etappbackup')),
    [file],
    'one backup, under its own name',
  );
  const backup = join(dialogs, file);
  assert.ok(!(await readFile(backup)).includes('Amina'), 'the backup holds the name in plain text');
  await shot(app, 'backup-done');
  await app.close();

  // A new computer: an empty data folder. "I have a backup", the password.
  const second = await freshVault();
  assert.deepEqual(await readdir(second), []);
  await writeFile(join(dialogs, 'open-path'), backup);
  app = await launch(driver, second, withDialogs);
  await app.click('input[name="language"][value="en"]');
  await app.until('return document.documentElement.lang === "en"');
  await onScreen(app, 'welcome');
  await app.clickButton(m('backup-have'));
  await onScreen(app, 'restore');
  await app.clickButton(m('backup-file-choose'));
  await visible(app, m('backup-file-chosen', { file }));
  await app.fill('#backup-passphrase', 'not the password');
  await app.clickButton(m('restore-submit'));
  await app.until('return document.querySelector("main [role=alert]")?.textContent.length > 0');
  assert.equal((await app.text('main [role="alert"]')).trim(), m('backup-error-wrong-secret'));
  await app.fill('#backup-passphrase', PASS);
  await shot(app, 'restore');
  await app.clickButton(m('restore-submit'));
  await onHome(app);
  assert.equal(await app.text('main h1'), m('welcome-greeting', { name: 'Amina' }));
  assert.equal(await fingerprint(app, m), before, 'the same signing key');
  await shot(app, 'restored-settings');
  await app.close();

  // The restored record is this computer's now: it opens after a restart,
  // and checking the backup there says whose it is and changes nothing.
  app = await launch(driver, second, withDialogs);
  await unlock(app, m, PASS);
  assert.equal(await app.text('main h1'), m('welcome-greeting', { name: 'Amina' }));
  await fingerprint(app, m);
  await app.clickButton(m('backup-check-open'));
  await onScreen(app, 'backup-check');
  await app.clickButton(m('backup-file-choose'));
  await visible(app, m('backup-file-chosen', { file }));
  await app.fill('#backup-passphrase', PASS);
  await app.clickButton(m('backup-check-submit'));
  await app.find('[data-testid="backup-report"]');
  await visible(app, m('backup-report-name', { name: 'Amina' }));
  await visible(app, m('backup-report-unchanged'));
  assert.equal((await app.text('[data-testid="backup-report-fingerprint"]')).trim(), before);
  await shot(app, 'backup-check');
  await app.close();
});
