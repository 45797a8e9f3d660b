// The case worker's side in the real app, on the example person's shares
// for evaluation, locked to an agency's key (made as `etapp agency-key
// new` or age-keygen makes one; files go where the test's dialog folder
// says, see src-tauri/src/dialog.rs).
//
// The person shares their goals and steps; a step moves from planned to
// ongoing; they share again. The reader opens the newer share with the key
// file and compares it with the earlier one: the step shows with its new
// status. Then a report from the folder of both shares: one participant
// (the earlier share replaced by the later), every group suppressed as
// fewer than five; saved as CSV, which holds codes and "<5" and nothing
// the person wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile, rename, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { useDriver, launch, freshVault, freshFolder, shot, repo, onScreen, onHome, visible } from './app.mjs';
import { messages } from '../lib/fluent.mjs';
import { TEST_TIMEOUT } from '../lib/limits.mjs';

const driver = useDriver();
const m = messages(repo, 'en');
// The reader shows shares in Swedish unless asked otherwise.
const sv = messages(repo, 'sv');
const STEP = 'Internship at a pharmacy';
/** Text without Fluent's direction marks around its variables. */
const plain = (s) => s.replace(/[\u2068\u2069]/g, '');

/** Shares every goal and every step for evaluation, locked to `recipient`; returns the saved file's name. */
async function shareForEvaluation(app, dialogs, recipient) {
  await app.clickButton(m('nav-share'));
  await onScreen(app, 'share');
  await app.fill('#share-to-name', 'Anna Berg');
  await app.select('#share-to-agency', 'public_employment_service');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="why"]');
  await app.press('input[name="share-purpose"][value="evaluate-step"]');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="what"]');
  await app.press('section[aria-labelledby="share-what-goals"] label.all input');
  await app.press('section[aria-labelledby="share-what-steps"] label.all input');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="until"]');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="preview"] .columns');
  await app.clickButton(m('share-next'));
  await app.find('[data-step="confirm"]');
  await app.press('input[name="share-lock"][value="key"]');
  await app.fill('#share-recipient-key', recipient);
  await app.clickButton(m('share-confirm-save'));
  await visible(app, m('share-code-key'));
  const [file] = (await readdir(dialogs)).filter((f) => f.endsWith('.etapp'));
  assert.ok(file, 'the share is saved');
  return file;
}

test('compare two shares of one person, and a report from a folder saved as CSV', { timeout: TEST_TIMEOUT }, async () => {
  const dialogs = await freshFolder();
  const shares = join(dialogs, 'shares');
  const identity = await generateIdentity();
  const keyFile = join(dialogs, 'agency-key.txt');
  await writeFile(keyFile, `# an agency's key\n${identity}\n`);
  const recipient = await identityToRecipient(identity);
  const app = await launch(driver, await freshVault(), { args: ['--dialog-dir', dialogs] });
  await app.click('input[name="language"][value="en"]');
  await app.clickButton(m('welcome-try-example'));
  await onHome(app);

  // The first share, kept aside in the folder of shares.
  await mkdir(shares);
  await rename(join(dialogs, await shareForEvaluation(app, dialogs, recipient)), join(shares, 'first.etapp'));

  // The internship starts.
  await app.clickButton(m('nav-plan'));
  await onScreen(app, 'plan');
  await app.clickButton(STEP);
  await onScreen(app, 'step');
  await app.select('#step-new-status', 'ongoing');
  await app.clickButton(m('step-progress-submit'));
  await visible(app, m('step-progress-changed'));

  // The second share, beside the first.
  await rename(join(dialogs, await shareForEvaluation(app, dialogs, recipient)), join(shares, 'second.etapp'));

  // The reader opens the newer share with the key file…
  await writeFile(join(dialogs, 'open-path'), join(shares, 'second.etapp'));
  await app.clickButton(m('nav-reader'));
  await onScreen(app, 'reader');
  await app.clickButton(m('open-share-choose'));
  await visible(app, 'second.etapp');
  await writeFile(join(dialogs, 'open-path'), keyFile);
  await app.clickButton(m('reader-key-choose'));
  await visible(app, 'agency-key.txt');
  await app.clickButton(m('open-share-open'));
  await app.find('.columns [data-section]');

  // … and compares it with the earlier one: the internship has a new status.
  await app.clickButton(m('compare-start'));
  await writeFile(join(dialogs, 'open-path'), join(shares, 'first.etapp'));
  await app.clickButton(m('compare-choose'));
  await visible(app, 'first.etapp');
  await visible(app, m('compare-by-key'));
  await app.clickButton(m('compare-open'));
  await app.find('[data-testid="compare"]');
  const changed = plain(await app.text('[data-testid="compare"]'));
  assert.ok(changed.includes(sv('compare-steps-status')), changed);
  const status = plain(sv('compare-change', { before: sv('step-status-planned'), after: sv('step-status-ongoing') }));
  assert.ok(changed.includes(`${STEP} (${sv('step-type-internship')}): ${status}`), changed);
  assert.ok(!changed.includes(sv('compare-steps-added')), 'no step was added');
  await shot(app, 'compare');

  // The report, from the folder of both shares.
  await app.clickButton(m('open-share-close'));
  await app.clickButton(m('report-start'));
  await onScreen(app, 'report');
  await writeFile(join(dialogs, 'folder-path'), shares);
  await app.clickButton(m('report-folder-choose'));
  await visible(app, 'shares');
  await writeFile(join(dialogs, 'open-path'), keyFile);
  await app.clickButton(m('report-key-choose'));
  await visible(app, 'agency-key.txt');
  await app.clickButton(m('report-make'));
  await app.find('[data-testid="report"]');
  const report = plain(await app.text('[data-testid="report"]'));
  assert.ok(report.includes(plain(m('report-counted', { count: 1 }))), report);
  assert.ok(report.includes(plain(m('report-replaced', { count: 1 }))), report);
  assert.ok(report.includes(m('report-fewer-than')), 'one participant: every group suppressed');
  await shot(app, 'report');

  // Saved as CSV: codes and "<5", nothing the person wrote.
  await app.clickButton(m('report-save-csv'));
  await visible(app, 'etapp-report.csv');
  const csv = await readFile(join(dialogs, 'etapp-report.csv'), 'utf8');
  const rows = csv.trim().split('\n');
  assert.ok(rows[0].startsWith('group,step_type,agency,life_area,participants'), rows[0]);
  assert.ok(rows.some((r) => r.startsWith('step,internship,') && r.includes(',<5')), csv);
  for (const words of [STEP, 'Apotekare', 'Anna Berg']) assert.ok(!csv.includes(words), `no ${words} in the CSV`);
  await app.close();
});
