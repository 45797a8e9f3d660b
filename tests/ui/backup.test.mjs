// Backups, in every shipped language: Settings says plainly when the last
// backup was made, that there is none, or that it is time for a new one;
// "Back up now" says where it went or why it failed; automatic backups
// get a folder, an interval and how many to keep; "Check a backup" shows
// what a backup holds and changes nothing; "I have a backup" on the first
// screen brings a record back with the password, or with the recovery
// code (a new password, and a new code shown and typed back); on the
// unlock screen, where a record already is, it says so and offers only
// the check; changing the password can also lock out old copies (a new
// code, then the ask for a new backup); the example is never backed up.
// Every state: no accessibility violations, no missing messages.
import { test } from 'node:test';
import { TEST_TIMEOUT } from '../lib/limits.mjs';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { asciiDigits, appDate, messages, shippedLocales, testedLocales } from '../lib/fluent.mjs';
import { stockholmDay } from '../lib/time.mjs';
import { PASS, vaultBase, contact, stepRecord, useBrowser, unlock, openScreen, storedVault, longDate } from '../lib/ui.mjs';

const b = useBrowser();
const locales = testedLocales(repo);

/** Arabic-Indic digits as ASCII, so texts compare whatever digits Intl picks. */
const ascii = (s) => asciiDigits(s).trim();

/** Amina's record: a goal, two steps, two check-ins, a note, a contact. */
const record = {
  ...vaultBase,
  profile: { name: 'Amina Yusuf', arrived: '2023-09-14' },
  contacts: [contact(1, 'Anna Berg', 'public_employment_service')],
  nextContactId: 2,
  goals: [
    {
      id: 1,
      final_goal_id: null,
      kind: 'free_text',
      title: 'Nurse',
      occupation: null,
      target_date: null,
      status: 'active',
    },
  ],
  steps: [
    stepRecord({ id: 1, title: 'SFI course C', agency: 'adult_education', status: 'ongoing', stage: 'activity' }),
    stepRecord({ id: 2, title: 'Internship', agency: 'public_employment_service', status: 'planned', stage: 'matching' }),
  ],
  checkins: [
    { id: 1, date: '2025-02-01', areas: [{ life_area: 'housing', level: 'struggling', note: '' }], note: '' },
    { id: 2, date: '2025-03-01', areas: [{ life_area: 'housing', level: 'mostly_managing', note: '' }], note: '' },
  ],
  notes: [{ id: 1, date: '2025-03-02', language: 'en', text: 'Called Anna' }],
};

/** A moment (UTC) as the backup screens write it: date and time in Sweden, long, Gregorian. */
const moment = (page, locale, at, withTime = true) =>
  appDate(page, repo, locale, { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}), timeZone: 'Europe/Stockholm' }, at);

/** Puts a file where the stand-in shell's dialogs find it. */
const addFile = (page, name, file) =>
  page.evaluate(
    ([n, f]) => {
      window.__ETAPP_MOCK__.disk.files[n] = f;
      window.__ETAPP_MOCK__.save();
    },
    [name, file],
  );

/** What the stand-in shell's next dialogs answer. */
const answer = (page, answers) => page.evaluate((a) => Object.assign(window.__ETAPP_MOCK__.dialog, a), answers);

/** A backup of `vault` as the stand-in shell writes one. */
const backupOf = (vault, created = '2025-03-03T08:30:00Z') => ({ created, vault });

/** Waits for a screen and checks its heading. */
async function onScreen(page, name, heading) {
  await page.locator(`main[data-screen="${name}"]`).waitFor();
  assert.equal((await page.locator('main h1').textContent()).trim(), heading, `${name} heading`);
}

/** Reads the recovery code, says it is written down, types two groups back and goes on. */
async function confirmCode(page, m) {
  await page.locator('main[data-screen="code"]').waitFor();
  const code = (await page.getByTestId('recovery-code').textContent()).replace(/\s+/g, '');
  assert.match(code, /^\d{32}$/);
  await page.getByRole('button', { name: m('code-written'), exact: true }).click();
  await page.locator('main[data-screen="confirm"]').waitFor();
  for (const i of [0, 1]) {
    const label = ascii(await page.locator(`label[for="group-${i}"]`).textContent());
    const n = Number(label.replace(/\D/g, ''));
    await page.locator(`#group-${i}`).fill(code.slice((n - 1) * 4, n * 4));
  }
  await page.getByRole('button', { name: m('action-continue'), exact: true }).click();
  return code;
}

for (const locale of locales) {
  const code = locale.code;

  test(`back up now, automatic backups and the check in ${code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, code);
    const { page, problems, close } = await b.open({ preferences: { language: code }, vault: record });
    const button = (id, scope = page) => scope.getByRole('button', { name: m(id), exact: true });
    assert.equal(await page.locator('html').getAttribute('dir'), locale.dir);
    await unlock(page, m);
    await openScreen(page, m, 'nav-settings', 'settings');

    // No backup yet: said plainly.
    const section = page.getByRole('region', { name: m('backup-title') });
    await section.getByTestId('backup-last').filter({ hasText: m('backup-none') }).waitFor();
    await section.getByText(m('backup-lead')).waitFor();
    assert.equal(await section.getByText(m('backup-new-key-notice')).count(), 0, 'no ask for a new backup');
    await b.check(page, 'no backup yet', `backup-none-${code}`);

    // Back up now: saved under the suggested name; the time of it is shown.
    const today = stockholmDay();
    const file = `etapp-backup-${today}.etappbackup`;
    await button('backup-now', section).click();
    await section.getByRole('status').filter({ hasText: m('backup-now-done', { file }) }).waitFor();
    const saved = await storedVault(page);
    assert.ok(saved.backup.last_backup_at, 'the time of the backup is kept');
    const when = await moment(page, code, saved.backup.last_backup_at);
    await section.getByTestId('backup-last').filter({ hasText: m('backup-last', { date: when }) }).waitFor();
    assert.equal(await section.getByRole('alert').count(), 0);
    await b.check(page, 'backed up', `backup-done-${code}`);

    // A full disk: the error in the person's words; the last backup stays.
    await page.evaluate(() => (window.__ETAPP_MOCK__.backupFails = 'backup-error-disk-full'));
    await button('backup-now', section).click();
    await section.getByRole('alert').getByText(m('backup-error-disk-full')).waitFor();
    assert.equal(await section.getByText(m('backup-now-done', { file })).count(), 0);
    assert.equal((await storedVault(page)).backup.last_backup_at, saved.backup.last_backup_at);
    await b.check(page, 'backup failed', `backup-error-${code}`);
    await page.evaluate(() => (window.__ETAPP_MOCK__.backupFails = null));

    // A cancelled dialog says nothing (checked below, once it has surely answered).
    await answer(page, { save: null });
    await button('backup-now', section).click();
    await section.getByRole('alert').waitFor({ state: 'detached' });
    await section.locator('button[aria-disabled="false"]', { hasText: m('backup-now') }).waitFor();

    // Automatic backups: a folder first, then how often and how many.
    await section.getByTestId('backup-folder').filter({ hasText: m('backup-folder-none') }).waitFor();
    assert.equal(await page.locator('#backup-interval').count(), 0, 'no interval before a folder');
    await button('backup-folder-choose', section).click();
    await section.getByTestId('backup-folder').filter({ hasText: '/media/usb/etapp' }).waitFor();
    await page.locator('#backup-interval').selectOption('daily');
    await page.locator('#backup-keep').selectOption('10');
    assert.equal(
      ascii(await page.locator('#backup-keep option:checked').textContent()),
      ascii(m('backup-keep-count', { count: 10 })),
    );
    await button('backup-schedule-save', section).click();
    await section.getByRole('status').filter({ hasText: m('settings-saved') }).waitFor();
    const scheduled = (await storedVault(page)).backup;
    assert.deepEqual(
      { folder: scheduled.folder, interval: scheduled.interval, keep: scheduled.keep },
      { folder: '/media/usb/etapp', interval: 'daily', keep: 10 },
    );
    assert.equal(await button('backup-folder-change', section).count(), 1);
    assert.equal(await section.getByText(m('backup-now-done', { file })).count(), 0, 'a cancelled backup says nothing');
    assert.equal(await section.getByRole('alert').count(), 0);
    await answer(page, { save: undefined });
    await b.check(page, 'automatic backups', `backup-auto-${code}`);

    // Check a backup: no file, a wrong password, then what it holds.
    await button('backup-check-open', section).click();
    await onScreen(page, 'backup-check', m('backup-check-title'));
    await b.check(page, 'check a backup', `backup-check-${code}`);
    await button('backup-check-submit').click();
    await page.getByRole('alert').getByText(m('reader-error-no-file')).waitFor();
    await answer(page, { open: file });
    await button('backup-file-choose').click();
    await page.getByTestId('backup-file').filter({ hasText: m('backup-file-chosen', { file }) }).waitFor();
    await button('backup-check-submit').click();
    await page.getByRole('alert').getByText(m('backup-passphrase-missing')).waitFor();
    await page.locator('#backup-passphrase').fill('not the password');
    await button('backup-check-submit').click();
    await page.getByRole('alert').getByText(m('backup-error-wrong-secret')).waitFor();
    await b.check(page, 'check: wrong password', `backup-check-wrong-${code}`);
    const before = await storedVault(page);
    await page.locator('#backup-passphrase').fill(PASS);
    await button('backup-check-submit').click();

    const report = page.getByRole('region', { name: m('backup-report-title') });
    await report.waitFor();
    assert.ok(
      await report.getByRole('heading', { name: m('backup-report-title') }).evaluate((h) => h === document.activeElement),
      'focus on the report',
    );
    await report.getByText(m('backup-report-made', { date: when })).waitFor();
    await report.getByText(m('backup-report-name', { name: 'Amina Yusuf' })).waitFor();
    const counts = (await report.getByTestId('backup-report-counts').locator('li').allTextContents()).map(ascii);
    const expected = [
      ['backup-report-goals', 1],
      ['backup-report-steps', 2],
      ['backup-report-checkins', 2],
      ['backup-report-obstacles', 0],
      ['backup-report-notes', 1],
      ['backup-report-contacts', 1],
      ['backup-report-shares', 0],
    ].map(([id, count]) => ascii(m(id, { count })));
    assert.deepEqual(counts, expected);
    const latest = (await report.getByTestId('backup-report-latest').locator('li').allTextContents()).map(ascii);
    assert.deepEqual(latest, [
      ascii(m('backup-report-latest-checkin', { date: await longDate(page, code, '2025-03-01') })),
      ascii(m('backup-report-latest-note', { date: await longDate(page, code, '2025-03-02') })),
      ascii(m('backup-report-latest-step', { date: await moment(page, code, '2025-01-10T09:00:00Z', false) })),
    ]);
    assert.equal(await report.getByTestId('backup-report-fingerprint').textContent(), record.fingerprint.digits);
    await report.getByText(m('backup-report-unchanged')).waitFor();
    assert.deepEqual(await storedVault(page), before, 'nothing was changed');
    await b.check(page, 'what the backup holds', `backup-report-${code}`);

    // Another check starts afresh; Back goes to Settings.
    await button('backup-check-another').click();
    await page.getByTestId('backup-file').filter({ hasText: m('backup-file-none') }).waitFor();
    await button('action-back').click();
    await page.locator('main[data-screen="settings"]').waitFor();

    assert.deepEqual(problems, []);
    await close();
  });

  test(`"I have a backup" from the first screen, with the password, in ${code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, code);
    const { page, problems, close } = await b.open({ preferences: { language: code } });
    const button = (id) => page.getByRole('button', { name: m(id), exact: true });
    await onScreen(page, 'welcome', m('welcome-title'));
    await addFile(page, 'amina.etappbackup', backupOf(record));

    await button('backup-have').click();
    await onScreen(page, 'restore', m('restore-title'));
    await page.getByText(m('restore-lead')).waitFor();
    assert.equal(await page.getByTestId('restore-present').count(), 0);
    // The language can still be chosen here, as on the other first screens.
    assert.equal(await page.locator('input[name="language"]').count(), shippedLocales(repo).length);
    await b.check(page, 'restore', `restore-${code}`);

    await answer(page, { open: 'amina.etappbackup' });
    await button('backup-file-choose').click();
    await page.getByTestId('backup-file').filter({ hasText: m('backup-file-chosen', { file: 'amina.etappbackup' }) }).waitFor();
    await page.locator('#backup-passphrase').fill('not the password');
    await button('restore-submit').click();
    await page.getByRole('alert').getByText(m('backup-error-wrong-secret')).waitFor();
    assert.equal((await storedVault(page)) ?? null, null, 'nothing written after a wrong password');
    await b.check(page, 'restore: wrong password', `restore-wrong-${code}`);

    await page.locator('#backup-passphrase').fill(PASS);
    await button('restore-submit').click();
    await onScreen(page, 'home', m('welcome-greeting', { name: 'Amina Yusuf' }));
    assert.deepEqual(await storedVault(page), record, 'the record is back as it was');
    // Restored with the password: the old backups still open with it; no ask.
    assert.equal(await page.getByTestId('backup-notice').count(), 0);

    assert.deepEqual(problems, []);
    await close();
  });

  test(`"I have a backup" with the recovery code: a new password and code, in ${code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, code);
    const { page, problems, close } = await b.open({ preferences: { language: code } });
    const button = (id, scope = page) => scope.getByRole('button', { name: m(id), exact: true });
    await onScreen(page, 'welcome', m('welcome-title'));
    await addFile(page, 'amina.etappbackup', backupOf(record));
    await button('backup-have').click();
    await onScreen(page, 'restore', m('restore-title'));
    await answer(page, { open: 'amina.etappbackup' });
    await button('backup-file-choose').click();
    await page.getByTestId('backup-file').filter({ hasText: m('backup-file-chosen', { file: 'amina.etappbackup' }) }).waitFor();

    await page.getByRole('radio', { name: m('backup-secret-code') }).check();
    await page.getByText(m('restore-code-new')).waitFor();
    assert.equal(await page.locator('#backup-passphrase').count(), 0);
    await page.locator('#backup-code').fill('1111 1111');
    const newPass = 'a new long password';
    await page.locator('#new-passphrase').fill(newPass);
    await page.locator('#new-passphrase-again').fill(newPass);
    await button('restore-submit').click();
    await page.getByRole('alert').getByText(m('vault-error-mistyped-code')).waitFor();
    await b.check(page, 'restore with the code: mistyped', `restore-code-${code}`);

    // Arabic-Indic digits are taken as typed.
    const arabic = [...record.code].map((d) => String.fromCharCode(0x660 + Number(d))).join('');
    await page.locator('#backup-code').fill(arabic);
    await button('restore-submit').click();
    const newCode = await confirmCode(page, m);
    assert.notEqual(newCode, record.code);
    await onScreen(page, 'home', m('welcome-greeting', { name: 'Amina Yusuf' }));
    const restored = await storedVault(page);
    assert.equal(restored.passphrase, newPass);
    assert.equal(restored.code, newCode);

    // Older backups open only with the old password and code: My page asks
    // for a new backup, and the ask goes once one is made.
    const notice = page.getByRole('region', { name: m('backup-notice-title') });
    await notice.getByText(m('backup-new-key-notice')).waitFor();
    await b.check(page, 'asked for a new backup', `backup-notice-${code}`);
    // The vault keeps the ask: after locking and a reload (the page
    // forgets everything), it is there again once the record is open.
    await button('nav-lock').click();
    await onScreen(page, 'unlock', m('unlock-title'));
    await page.reload();
    await onScreen(page, 'unlock', m('unlock-title'));
    await page.locator('#unlock-passphrase').fill(newPass);
    await button('unlock-submit').click();
    await onScreen(page, 'home', m('welcome-greeting', { name: 'Amina Yusuf' }));
    await notice.getByText(m('backup-new-key-notice')).waitFor();
    await button('backup-now', notice).click();
    const file = `etapp-backup-${stockholmDay()}.etappbackup`;
    await notice.getByRole('status').filter({ hasText: m('backup-now-done', { file }) }).waitFor();
    assert.equal(await notice.getByText(m('backup-new-key-notice')).count(), 0);
    await b.check(page, 'new backup made', `backup-notice-done-${code}`);

    assert.deepEqual(problems, []);
    await close();
  });

  test(`a backup long ago is called due, and the example is never backed up, in ${code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, code);
    const now = new Date('2026-03-10T12:00:00Z');
    const last = '2026-03-07T09:15:00Z';
    const vault = { ...record, backup: { folder: '/media/usb', interval: 'daily', keep: 5, last_backup_at: last } };
    let { page, problems, close } = await b.open({ preferences: { language: code }, vault, now });
    await unlock(page, m);
    await openScreen(page, m, 'nav-settings', 'settings');
    const section = () => page.getByRole('region', { name: m('backup-title') });
    const date = await moment(page, code, last);
    await section().getByTestId('backup-last').filter({ hasText: m('backup-overdue', { date }) }).waitFor();
    await b.check(page, 'backup due', `backup-due-${code}`);
    assert.deepEqual(problems, []);
    await close();

    // The example: said plainly, with none of the controls.
    ({ page, problems, close } = await b.open({ preferences: { language: code } }));
    await page.getByRole('button', { name: m('welcome-try-example'), exact: true }).click();
    await page.locator('main[data-screen="home"]').waitFor();
    await openScreen(page, m, 'nav-settings', 'settings');
    await section().getByText(m('backup-example')).waitFor();
    assert.equal(await section().getByRole('button').count(), 0, 'no backup controls in the example');
    await b.check(page, 'example', `backup-example-${code}`);
    assert.deepEqual(problems, []);
    await close();
  });
}

test('the last backup: due by the chosen interval, never when off', { timeout: TEST_TIMEOUT }, async () => {
  const m = messages(repo, 'en');
  const now = new Date('2026-03-10T12:00:00Z');
  const cases = [
    // A day is the interval: three days ago is due, an hour ago is not.
    { interval: 'daily', last: '2026-03-07T12:00:00Z', due: true },
    { interval: 'daily', last: '2026-03-10T11:00:00Z', due: false },
    // After changes, at most hourly: two hours ago is due.
    { interval: 'after_changes', last: '2026-03-10T10:00:00Z', due: true },
    // Off: never due, however old.
    { interval: 'off', last: '2025-01-01T12:00:00Z', due: false },
  ];
  for (const c of cases) {
    const vault = { ...record, backup: { folder: '/media/usb', interval: c.interval, keep: 5, last_backup_at: c.last } };
    const { page, problems, close } = await b.open({ preferences: { language: 'en' }, vault, now });
    await unlock(page, m);
    await openScreen(page, m, 'nav-settings', 'settings');
    const date = await moment(page, 'en', c.last);
    const line = page.getByTestId('backup-last');
    await line.getByText(m(c.due ? 'backup-overdue' : 'backup-last', { date })).waitFor();
    assert.equal(await line.evaluate((p) => p.classList.contains('due')), c.due, JSON.stringify(c));
    assert.deepEqual(problems, []);
    await close();
  }
});

for (const code of ['en', 'ar']) {
  test(`changing the password can lock out old copies, in ${code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, code);
    const { page, problems, close } = await b.open({ preferences: { language: code }, vault: record });
    const button = (id, scope = page) => scope.getByRole('button', { name: m(id), exact: true });
    await unlock(page, m);
    await openScreen(page, m, 'nav-settings', 'settings');

    // A backup under the first password.
    const section = page.getByRole('region', { name: m('backup-title') });
    await button('backup-now', section).click();
    const file = `etapp-backup-${stockholmDay()}.etappbackup`;
    await section.getByRole('status').filter({ hasText: m('backup-now-done', { file }) }).waitFor();

    // A plain change keeps the key and the recovery code.
    const second = 'second green river lamp';
    await page.locator('#current-passphrase').fill(PASS);
    await page.locator('#new-passphrase').fill(second);
    await page.locator('#new-passphrase-again').fill(second);
    await button('settings-passphrase-submit').click();
    await page.getByText(m('settings-passphrase-saved')).waitFor();
    let stored = await storedVault(page);
    assert.equal(stored.code, record.code);
    assert.equal(stored.rotations, undefined);

    // Ticked: a new key, a new code shown and typed back, then Settings
    // asks for a new backup.
    const third = 'third green river lamp';
    const rotate = page.getByRole('checkbox', { name: m('backup-rotate') });
    assert.equal(await rotate.isChecked(), false);
    assert.equal(await rotate.getAttribute('aria-describedby'), 'rotate-hint');
    await page.locator('#rotate-hint').filter({ hasText: m('backup-rotate-hint') }).waitFor();
    await page.locator('#current-passphrase').fill(second);
    await page.locator('#new-passphrase').fill(third);
    await page.locator('#new-passphrase-again').fill(third);
    await rotate.check();
    await b.check(page, 'rotation ticked', `rotate-${code}`);
    await button('settings-passphrase-submit').click();
    const newCode = await confirmCode(page, m);
    stored = await storedVault(page);
    assert.equal(stored.rotations, 1);
    assert.equal(stored.passphrase, third);
    assert.equal(stored.code, newCode);
    assert.notEqual(newCode, record.code);
    await onScreen(page, 'settings', m('settings-title'));
    await section.getByTestId('backup-new-key').filter({ hasText: m('backup-new-key-notice') }).waitFor();
    await b.check(page, 'asked for a new backup', `rotate-notice-${code}`);

    // The backup made before opens only with the password it was made under.
    await button('backup-check-open', section).click();
    await page.locator('main[data-screen="backup-check"]').waitFor();
    await answer(page, { open: file });
    await button('backup-file-choose').click();
    await page.getByTestId('backup-file').filter({ hasText: m('backup-file-chosen', { file }) }).waitFor();
    await page.locator('#backup-passphrase').fill(third);
    await button('backup-check-submit').click();
    await page.getByRole('alert').getByText(m('backup-error-wrong-secret')).waitFor();
    await page.locator('#backup-passphrase').fill(PASS);
    await button('backup-check-submit').click();
    await page.getByRole('region', { name: m('backup-report-title') }).waitFor();

    // A new backup: the ask goes.
    await button('action-back').click();
    await page.locator('main[data-screen="settings"]').waitFor();
    await section.getByTestId('backup-new-key').waitFor();
    await button('backup-now', section).click();
    await section.getByRole('status').filter({ hasText: m('backup-now-done', { file }) }).waitFor();
    assert.equal(await section.getByTestId('backup-new-key').count(), 0);

    assert.deepEqual(problems, []);
    await close();
  });

  test(`"I have a backup" where a record already is: the check, or the backup in its place, in ${code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, code);
    const { page, problems, close } = await b.open({ preferences: { language: code }, vault: record });
    const button = (id) => page.getByRole('button', { name: m(id), exact: true });
    await page.locator('main[data-screen="unlock"]').waitFor();
    const other = { ...record, profile: { name: 'Someone Else', arrived: null } };
    await addFile(page, 'old.etappbackup', backupOf(other));
    await button('backup-have').click();
    await onScreen(page, 'restore', m('restore-title'));
    const note = page.getByTestId('restore-present');
    await note.getByText(m('restore-present')).waitFor();
    assert.equal(await note.getAttribute('role'), 'note');
    // Only the check, until the person chooses otherwise.
    assert.ok(await page.getByRole('radio', { name: m('restore-mode-check') }).isChecked());
    assert.equal(await button('restore-replace-submit').count(), 0, 'no restore over a record unless chosen');
    await b.check(page, 'a record is already here', `restore-present-${code}`);

    // The check works here, and changes nothing.
    await answer(page, { open: 'old.etappbackup' });
    await button('backup-file-choose').click();
    await page.locator('#backup-passphrase').fill(PASS);
    await button('backup-check-submit').click();
    const report = page.getByRole('region', { name: m('backup-report-title') });
    await report.getByText(m('backup-report-name', { name: 'Someone Else' })).waitFor();
    assert.deepEqual(await storedVault(page), record);
    await b.check(page, 'checked where a record is', `restore-present-report-${code}`);

    // Should a restore be asked for without choosing it, the shell refuses it.
    const refused = await page.evaluate(
      (passphrase) =>
        window.__TAURI_INTERNALS__.invoke('restore_backup', { secret: { passphrase }, replace: false }).then(
          () => 'restored',
          (e) => e.code,
        ),
      PASS,
    );
    assert.equal(refused, 'vault-error-already-exists');
    assert.deepEqual(await storedVault(page), record);

    // The backup in its place: said what happens to the record here, then
    // where it was put, then on to My page.
    const replace = page.getByRole('radio', { name: m('restore-mode-replace') });
    await replace.check();
    assert.equal(
      (await page.locator(`#${await replace.getAttribute('aria-describedby')}`).textContent()).trim(),
      m('restore-mode-replace-hint'),
    );
    await answer(page, { open: 'old.etappbackup' });
    await button('backup-file-choose').click();
    await page.locator('#backup-passphrase').fill(PASS);
    await button('restore-replace-submit').click();
    const done = page.getByTestId('restore-replaced');
    await done.getByText(m('restore-replaced-aside')).waitFor();
    await onScreen(page, 'restore', m('restore-replaced-title'));
    await done.getByText('etapp.set-aside-').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    assert.deepEqual(await page.evaluate(() => JSON.parse(sessionStorage.getItem('__etapp_mock__')).setAside.profile), record.profile);
    await b.check(page, 'brought back in place of a record', `restore-replaced-${code}`);
    await button('action-continue').click();
    await onScreen(page, 'home', m('welcome-greeting', { name: 'Someone Else' }));
    assert.deepEqual(problems, []);
    await close();
  });
}

test('a damaged backup, and one that is not a backup, are told apart in words', { timeout: TEST_TIMEOUT }, async () => {
  const m = messages(repo, 'en');
  const { page, problems, close } = await b.open({ preferences: { language: 'en' } });
  const button = (id) => page.getByRole('button', { name: m(id), exact: true });
  await addFile(page, 'cut.etappbackup', { error: 'backup-error-truncated' });
  await addFile(page, 'photo.jpg', { error: 'backup-error-not-a-backup' });
  await button('backup-have').click();
  await page.locator('main[data-screen="restore"]').waitFor();
  // Each is said as soon as it is chosen, before any password is asked,
  // and nothing stays chosen.
  for (const [name, error] of [
    ['cut.etappbackup', 'backup-error-truncated'],
    ['photo.jpg', 'backup-error-not-a-backup'],
  ]) {
    await answer(page, { open: name });
    await button('backup-file-choose').click();
    await page.getByRole('alert').getByText(m(error)).waitFor();
    assert.equal(await page.getByTestId('backup-file').filter({ hasText: name }).count(), 0);
  }
  assert.equal((await storedVault(page)) ?? null, null);
  assert.deepEqual(problems, []);
  await close();
});

test('keyboard alone: choose the file, switch to the code, restore', { timeout: TEST_TIMEOUT }, async () => {
  const m = messages(repo, 'en');
  const { page, problems, close } = await b.open({ preferences: { language: 'en' } });
  await page.locator('main[data-screen="welcome"]').waitFor();
  await addFile(page, 'amina.etappbackup', backupOf(record));
  await answer(page, { open: 'amina.etappbackup' });
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent.trim());

  await page.getByRole('button', { name: m('backup-have'), exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.locator('main[data-screen="restore"]').waitFor();
  // Focus starts at the heading; the file button is the first control of the form.
  await page.locator('main h1').evaluate((h) => h === document.activeElement || h.focus());
  const choose = page.getByRole('button', { name: m('backup-file-choose'), exact: true });
  for (let i = 0; i < 12 && !(await choose.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await choose.evaluate((el) => el === document.activeElement), 'the file button is reached by Tab');
  await page.keyboard.press('Enter');
  await page.getByTestId('backup-file').filter({ hasText: m('backup-file-chosen', { file: 'amina.etappbackup' }) }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'backup-with-passphrase');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), 'backup-with-code');
  assert.ok(await page.locator('#backup-with-code').isChecked());
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'backup-code');
  await page.keyboard.type(record.code);
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'new-passphrase');
  await page.keyboard.type('a new long password');
  await page.locator('#new-passphrase-again').focus();
  await page.keyboard.type('a new long password');
  await page.keyboard.press('Enter');
  await page.locator('main[data-screen="code"]').waitFor();
  assert.deepEqual(problems, []);
  await close();
});
