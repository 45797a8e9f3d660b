// The real app, as a person uses it: create a record, confirm the recovery
// code, give a name, lock, mistype the password, open it, recover with the
// code, and after a restart open with the new password. The name survives
// every step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useDriver, launch, freshVault, shot, repo, onScreen, onHome, visible } from './app.mjs';
import { messages } from '../lib/fluent.mjs';
import { TEST_TIMEOUT } from '../lib/limits.mjs';

const driver = useDriver();

async function readCode(app) {
  const text = await app.text('[data-testid="recovery-code"]');
  return text.replace(/\s+/g, '');
}

async function confirmCode(app, m, code) {
  await app.clickButton(m('code-written'));
  await onScreen(app, 'confirm');
  for (const i of [0, 1]) {
    const label = await app.text(`label[for="group-${i}"]`);
    const n = Number(label.replace(/\D/g, ''));
    await app.fill(`#group-${i}`, code.slice((n - 1) * 4, n * 4));
  }
  await app.clickButton(m('action-continue'));
}

test('create, lock, unlock, recover, restart', { timeout: TEST_TIMEOUT }, async () => {
  const m = messages(repo, 'en');
  const vault = await freshVault();
  let app = await launch(driver, vault);
  await app.click('input[name="language"][value="en"]');
  await app.until('return document.documentElement.lang === "en"');

  // First run.
  await app.clickButton(m('welcome-start'));
  await onScreen(app, 'create');
  // The strength estimate comes from a worker with its own word lists,
  // fetched from the app's own files under its CSP.
  await app.fill('#new-passphrase', 'password123');
  await visible(app, m('passphrase-strength-weak'));
  await app.fill('#new-passphrase', 'first river paper lamp');
  await visible(app, m('passphrase-strength-strong'));
  await app.fill('#new-passphrase-again', 'first river paper lamp');
  await app.clickButton(m('create-submit'));
  await onScreen(app, 'code');
  const code = await readCode(app);
  assert.match(code, /^\d{32}$/);
  await shot(app, 'recovery-code');
  await confirmCode(app, m, code);
  await onScreen(app, 'profile-setup');
  await app.fill('#profile-name', 'Amina Yusuf');
  const selects = ['#profile-arrived label:nth-child(1) select', '#profile-arrived label:nth-child(2) select', '#profile-arrived label:nth-child(3) select'];
  await app.select(selects[0], '15');
  await app.select(selects[1], '3');
  await app.select(selects[2], '2024');
  await app.clickButton(m('action-save'));
  await onHome(app);
  assert.equal(await app.text('main h1'), m('welcome-greeting', { name: 'Amina Yusuf' }));
  await shot(app, 'home');

  // Nothing of the record is readable on disk.
  for (const f of await readdir(vault)) {
    const bytes = await readFile(join(vault, f));
    assert.ok(!bytes.includes('Amina Yusuf'), `${f} holds the name in plain text`);
  }

  // Lock; a wrong password is refused with the message; the right one opens.
  await app.clickButton(m('nav-lock'));
  await onScreen(app, 'unlock');
  await app.fill('#unlock-passphrase', 'not the password');
  await app.clickButton(m('unlock-submit'));
  await app.until('return document.querySelector("[role=alert]")?.textContent.length > 0');
  assert.equal((await app.text('[role="alert"]')).trim(), m('vault-error-wrong-passphrase'));
  await shot(app, 'unlock-wrong');
  await app.fill('#unlock-passphrase', 'first river paper lamp');
  await app.clickButton(m('unlock-submit'));
  await onHome(app);
  assert.match(await app.text('main h1'), /Amina Yusuf/);

  // Forgot the password: recover with the code, get a new one.
  await app.clickButton(m('nav-lock'));
  await onScreen(app, 'unlock');
  await app.clickButton(m('unlock-forgot'));
  await onScreen(app, 'recover');
  await app.fill('#recovery-code', code.match(/.{4}/g).join(' '));
  await app.fill('#new-passphrase', 'second river paper lamp');
  await app.fill('#new-passphrase-again', 'second river paper lamp');
  await app.clickButton(m('recover-submit'));
  await onScreen(app, 'code');
  const second = await readCode(app);
  assert.notEqual(second, code);
  await confirmCode(app, m, second);
  await onScreen(app, 'home');
  await app.close();

  // Restart: the app asks for the password; the new one opens it.
  app = await launch(driver, vault);
  await onScreen(app, 'unlock');
  assert.equal(await app.attribute('html', 'lang'), 'en');
  await app.fill('#unlock-passphrase', 'second river paper lamp');
  await app.clickButton(m('unlock-submit'));
  await onHome(app);
  assert.match(await app.text('main h1'), /Amina Yusuf/);
  assert.match(await app.text('[data-testid="arrived"]'), /2024/);
  await app.close();
});
