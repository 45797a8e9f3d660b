// Sharing in the real app, on the example person: the wizard shares the
// goals and two chosen steps; the file is saved where the test's dialog
// folder says (`--dialog-dir`, debug builds only: see
// src-tauri/src/dialog.rs); the code is read from the screen. The reader
// opens that file: a mistyped code and a wrong one are refused, the right
// one shows exactly the shared goals and steps, signed with the record's
// fingerprint, and the printable page is saved. The share is in the log
// and is marked withdrawn. Saved as both the file and the page any
// browser opens, the page opens in the app's reader and in Chromium with
// the same code. The expired golden bundle locked with a code
// (crates/core/tests/fixtures/bundles/expired-code.etapp) says it has
// expired. Without `--dialog-dir` the system's save window opens: a
// screenshot of the whole screen shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { useDriver, launch, freshVault, freshFolder, shot, repo, onScreen, onHome, visible } from './app.mjs';
import { messages } from '../lib/fluent.mjs';
import { shareCode } from '../lib/share.mjs';
import { TEST_TIMEOUT, WAIT } from '../lib/limits.mjs';

const driver = useDriver();
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const m = messages(repo, 'en');
const sv = messages(repo, 'sv');
// The expired error up to its date (the date comes from the bundle).
const EXPIRED = m('bundle-error-expired', { expires: '\u0000' }).split('\u2068')[0].trim();

// The example person's goals, and the two steps shared (ids 1 and 4 of
// crates/core/data/demo/record.json).
const GOALS = [
  'Apotekare',
  'Swedish at SFI level D',
  'Get my pharmacy degree recognised',
  'Work as a pharmacy technician meanwhile',
  'A flat of our own',
];
const STEPS = { 1: 'SFI course D', 4: 'Internship at a pharmacy' };

/** Opens the example in English and the share wizard's first screen. */
async function startSharing(app) {
  await app.click('input[name="language"][value="en"]');
  await app.clickButton(m('welcome-try-example'));
  await onHome(app);
  await app.clickButton(m('home-share'));
  await onScreen(app, 'share');
  await app.fill('#share-to-name', 'Anna Berg');
  await app.select('#share-to-agency', 'public_employment_service');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="why"]');
  await app.press('input[name="share-purpose"][value="joint-planning"]');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="what"]');
}

/** The shared parts on screen: each part's code and its items' titles. */
const shownParts = (app) =>
  app.exec(`return [...document.querySelectorAll('.columns [data-section]')].map((s) =>
    [s.dataset.section, [...s.querySelectorAll('h4')].map((h) => h.textContent.trim())]);`);

test('share the goals and two steps, open the file in the reader, withdraw it', { timeout: TEST_TIMEOUT }, async () => {
  const dialogs = await freshFolder();
  const app = await launch(driver, await freshVault(), { args: ['--dialog-dir', dialogs] });
  await startSharing(app);

  // What: every goal and two steps; nothing else.
  for (const id of [1, 2, 3, 4, 5]) await app.press(`#tick-goals-${id}`);
  for (const id of Object.keys(STEPS)) await app.press(`#tick-steps-${id}`);
  await app.clickButton(m('share-next'));
  await app.find('[data-step="until"]');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="preview"] .columns');
  await visible(app, STEPS[4]);
  await shot(app, 'share-preview');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="confirm"]');
  await app.press('input[name="share-form"][value="both"]');
  await app.clickButton(m('share-confirm-save'));

  // The code, read from the screen; the file and the page any browser
  // opens, where the dialog folder says.
  await app.find('[data-testid="share-code"] .group');
  const code = (await app.text('[data-testid="share-code"]')).replace(/\D/g, '');
  assert.equal(code.length, 16);
  const fingerprint = await app.text('[data-testid="share-fingerprint"]');
  const [file] = (await readdir(dialogs)).filter((f) => f.endsWith('.etapp'));
  const [offline] = (await readdir(dialogs)).filter((f) => f.endsWith('.html'));
  assert.ok(file, 'the share is saved in the dialog folder');
  assert.ok(offline, 'the page is saved in the dialog folder');
  await visible(app, file);
  await visible(app, offline);
  await shot(app, 'share-code');

  // The reader, from the menu: the file is the one just saved.
  await writeFile(join(dialogs, 'open-path'), join(dialogs, file));
  await app.clickButton(m('nav-reader'));
  await onScreen(app, 'reader');
  await app.clickButton(m('open-share-choose'));
  await visible(app, file);

  // A mistyped code and a wrong one are refused, by the code field.
  await app.fill('#open-share-code', code.slice(0, 12));
  await app.clickButton(m('open-share-open'));
  await app.until(`return document.querySelector('#open-share-code-error')?.textContent.trim() === arguments[0]`, {
    args: [m('bundle-error-mistyped-code')],
    what: 'no "mistyped" error',
  });
  const wrong = shareCode(code.startsWith('1') ? '222222222222222' : '111111111111111');
  await app.fill('#open-share-code', wrong.match(/.{4}/g).join(' '));
  await app.clickButton(m('open-share-open'));
  await app.until(`return document.querySelector('#open-share-code-error')?.textContent.trim() === arguments[0]`, {
    args: [m('bundle-error-wrong-code')],
    what: 'no "wrong code" error',
  });
  await shot(app, 'share-reader-wrong-code');

  // An expired share (a golden bundle, locked with its code) is refused as expired.
  const golden = join(repo, 'crates/core/tests/fixtures/bundles');
  await writeFile(join(dialogs, 'open-path'), join(golden, 'expired-code.etapp'));
  await app.clickButton(m('open-share-choose-other'));
  await visible(app, 'expired-code.etapp');
  await app.fill('#open-share-code', (await readFile(join(golden, 'code.txt'), 'utf8')).trim());
  await app.clickButton(m('open-share-open'));
  await app.until(`return document.querySelector('main')?.textContent.includes(arguments[0])`, {
    args: [EXPIRED],
    what: 'no "expired" error',
  });
  await shot(app, 'share-reader-expired');
  // The page holds the same share: the reader opens it too.
  await writeFile(join(dialogs, 'open-path'), join(dialogs, offline));
  await app.clickButton(m('open-share-choose-other'));
  await visible(app, offline);

  // The right code: exactly the goals and the two steps, signed by this record.
  await app.fill('#open-share-code', code);
  await app.clickButton(m('open-share-open'));
  await app.find('.columns [data-section]');
  assert.equal(await app.text('main h1'), m('reader-title'));
  assert.deepEqual(await shownParts(app), [
    ['goals', GOALS],
    ['steps', Object.values(STEPS)],
  ]);
  await app.until(
    `return [...document.querySelectorAll('.columns dt')].some((dt) => dt.textContent.trim() === arguments[0] && dt.nextElementSibling.textContent.trim() === arguments[1])`,
    { args: [sv('reader-signer'), fingerprint], what: 'the signer is not the record that shared' },
  );
  await shot(app, 'share-reader');

  // The printable page, in the languages shown, saved where the dialog folder says.
  await app.clickButton(m('open-share-save-page'));
  await app.until(`return document.querySelector('main [role="status"]')?.textContent.includes('.html')`, {
    what: 'the page was not saved',
  });
  const [page] = (await readdir(dialogs)).filter((f) => f.endsWith('.html') && f !== offline);
  const html = await readFile(join(dialogs, page), 'utf8');
  for (const title of [...GOALS, ...Object.values(STEPS)]) assert.ok(html.includes(title), `${title} on the page`);
  assert.ok(!html.includes('Civic orientation in Arabic'), 'a step not shared is not on the page');

  // The log: the share, marked withdrawn after the question.
  await app.clickButton(m('nav-shares'));
  await onScreen(app, 'shares');
  await app.find('li.share');
  assert.equal(await app.count('main', 'li.share'), 1);
  await visible(app, 'Anna Berg');
  await app.clickButton(m('shares-withdraw'));
  await app.find('[role="alertdialog"]');
  await app.clickButton(m('shares-withdraw-confirm'));
  await visible(app, m('shares-withdrawn-done'));
  await shot(app, 'share-log-withdrawn');
  await app.close();

  // The page in a browser, with nothing installed and no network: the
  // same goals and steps, signed by the same record.
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
  try {
    const context = await browser.newContext();
    const url = pathToFileURL(join(dialogs, offline)).href;
    const refused = [];
    await context.route('**/*', (r) => (r.request().url() === url ? r.continue() : (refused.push(r.request().url()), r.abort())));
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.fill('#page-code', code);
    await tab.click('button[type="submit"]');
    await tab.waitForSelector('.columns [data-section]', { timeout: WAIT });
    const parts = await tab.$$eval('.columns [data-section]', (all) =>
      all.map((s) => [s.dataset.section, [...s.querySelectorAll('h4')].map((h) => h.textContent.trim())]),
    );
    assert.deepEqual(parts, [
      ['goals', GOALS],
      ['steps', Object.values(STEPS)],
    ]);
    assert.ok((await tab.textContent('.columns')).includes(fingerprint), 'signed by the record that shared');
    assert.deepEqual(refused, []);
  } finally {
    await browser.close();
  }
});

test("share locked to an agency's key, opened in the reader with the agency's key file", { timeout: TEST_TIMEOUT }, async () => {
  // The agency's key, as `etapp agency-key new` or age-keygen makes it.
  const dialogs = await freshFolder();
  const identity = await generateIdentity();
  const keyFile = join(dialogs, 'agency-key.txt');
  await writeFile(keyFile, `# an agency's key\n${identity}\n`);
  const app = await launch(driver, await freshVault(), { args: ['--dialog-dir', dialogs] });
  await startSharing(app);
  await app.press('#tick-goals-1');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="until"]');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="preview"] .columns');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="confirm"]');
  await app.press('input[name="share-lock"][value="key"]');
  await app.fill('#share-recipient-key', await identityToRecipient(identity));
  await app.clickButton(m('share-confirm-save'));
  await visible(app, m('share-code-key'));
  assert.equal(await app.count('main', '[data-testid="share-code"]'), 0, 'no code');
  const [file] = (await readdir(dialogs)).filter((f) => f.endsWith('.etapp'));
  assert.ok(file, 'the share is saved');

  // The reader: the file, then the key file instead of a code.
  await writeFile(join(dialogs, 'open-path'), join(dialogs, file));
  await app.clickButton(m('nav-reader'));
  await onScreen(app, 'reader');
  await app.clickButton(m('open-share-choose'));
  await visible(app, file);
  await writeFile(join(dialogs, 'open-path'), keyFile);
  await app.clickButton(m('reader-key-choose'));
  await visible(app, 'agency-key.txt');
  await app.clickButton(m('open-share-open'));
  await app.find('.columns [data-section]');
  assert.deepEqual(await shownParts(app), [['goals', [GOALS[0]]]]);
  await shot(app, 'share-reader-key');
  await app.close();
});

test('without a dialog folder, saving opens the system save window', { timeout: TEST_TIMEOUT }, async () => {
  const app = await launch(driver, await freshVault());
  await startSharing(app);
  await app.press('#tick-goals-1');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="until"]');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="preview"] .columns');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="confirm"]');
  await app.clickButton(m('share-confirm-save'));

  // The window's title is the shell's `share-save-title`.
  const env = { ...process.env, DISPLAY: driver.display };
  const title = `"${m('share-save-title')}"`;
  const end = Date.now() + WAIT;
  while (!execFileSync('xwininfo', ['-root', '-tree'], { env, encoding: 'utf8' }).includes(title)) {
    if (Date.now() > end) throw new Error('no save window');
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 1000));
  const artifacts = join(repo, 'artifacts', 'e2e');
  await mkdir(artifacts, { recursive: true });
  execFileSync('import', ['-window', 'root', join(artifacts, 'share-save-dialog.png')], { env });
  // The window waits for an answer: ending the session ends the app.
  await app.close();
});
