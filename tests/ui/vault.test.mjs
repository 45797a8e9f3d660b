// First run, recovery code, unlock, recovery and settings, in every shipped
// language: each screen has its own heading, no accessibility violations,
// no missing messages, and the flow goes where a person expects.
import { test } from 'node:test';
import { TEST_TIMEOUT } from '../lib/limits.mjs';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { asciiDigits, messages, testedLocales } from '../lib/fluent.mjs';
import { PASS, vaultBase, useBrowser, pickDate } from '../lib/ui.mjs';

const b = useBrowser();

/** Waits for a screen, checks its heading, audits it and keeps a screenshot. */
async function screen(page, name, heading, shot) {
  await page.locator(`main[data-screen="${name}"]`).waitFor();
  assert.equal((await page.locator('main h1').textContent()).trim(), heading, `${name} heading`);
  await b.check(page, name, shot);
}

async function typeCodeBack(page) {
  const code = (await page.getByTestId('recovery-code').textContent()).replace(/\s+/g, '');
  const groups = code.match(/.{4}/g);
  await page.locator('main button', { hasText: /./ }).last().click(); // "I have written it down"
  await page.locator('main[data-screen="confirm"]').waitFor();
  for (const i of [0, 1]) {
    const label = await page.locator(`label[for="group-${i}"]`).textContent();
    // The label names the group number in the locale's digits (Arabic-Indic, Persian).
    const n = Number(asciiDigits(label).replace(/\D/g, ''));
    await page.locator(`#group-${i}`).fill(groups[n - 1]);
  }
  return code;
}

for (const locale of testedLocales(repo)) {
  test(`first run, lock, unlock, recovery and settings in ${locale.code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, locale.code);
    const { page, problems, close } = await b.open({ preferences: { language: locale.code } });
    const click = (id) => page.getByRole('button', { name: m(id), exact: true }).click();
    assert.equal(await page.locator('html').getAttribute('dir'), locale.dir);

    // Welcome → choose a password.
    await screen(page, 'welcome', m('welcome-title'), `welcome-${locale.code}`);
    await click('welcome-start');
    await screen(page, 'create', m('create-title'), `create-${locale.code}`);
    // The strength hint, from the estimator's worker.
    await page.locator('#new-passphrase').fill('password123');
    await page.getByText(m('passphrase-strength-weak')).waitFor();
    await page.locator('#new-passphrase').fill(PASS);
    await page.getByText(m('passphrase-strength-strong')).waitFor();
    await b.screenshot(page, `create-strength-${locale.code}`);
    assert.deepEqual(await b.audit(page), []);
    await page.locator('#new-passphrase-again').fill('something else');
    await click('create-submit');
    await page.getByText(m('passphrase-mismatch')).waitFor();
    await page.locator('#new-passphrase-again').fill(PASS);
    await page.getByText(m('passphrase-strength-strong')).waitFor();
    await click('create-submit');

    // The recovery code, then two groups typed back (a wrong one first).
    await screen(page, 'code', m('code-title'), `code-${locale.code}`);
    assert.equal(await page.getByTestId('recovery-code').getAttribute('dir'), 'ltr');
    const code = (await page.getByTestId('recovery-code').textContent()).replace(/\s+/g, '');
    assert.match(code, /^\d{32}$/);
    await click('code-written');
    await screen(page, 'confirm', m('confirm-title'), `confirm-${locale.code}`);
    await page.locator('#group-0').fill('0000');
    await page.locator('#group-1').fill('0000');
    await click('action-continue');
    await page.getByText(m('confirm-wrong')).waitFor();
    await click('confirm-show-again');
    await page.locator('main[data-screen="code"]').waitFor();
    await typeCodeBack(page);
    await click('action-continue');

    // Name and arrival date → home; a name too long is refused, naming the field.
    await screen(page, 'profile-setup', m('profile-setup-title'), `profile-${locale.code}`);
    await page.locator('#profile-name').fill('A'.repeat(201));
    await click('action-save');
    await page.getByRole('alert').getByText(m('record-error-invalid-value', { field: m('profile-name') })).waitFor();
    await page.locator('#profile-name').fill('Amina Yusuf');
    await pickDate(page.locator('#profile-arrived'), 2024, 3, 15);
    await click('action-save');
    await screen(page, 'home', m('welcome-greeting', { name: 'Amina Yusuf' }), `home-${locale.code}`);
    assert.ok(asciiDigits(await page.getByTestId('arrived').textContent()).includes('2024'));

    // Settings.
    await click('nav-settings');
    await screen(page, 'settings', m('settings-title'), `settings-${locale.code}`);
    await page.locator('#auto-lock').selectOption('10');
    await page.getByText(m('settings-saved')).waitFor();
    assert.equal(await page.getByTestId('fingerprint').textContent(), '1234 5678 9012 3456 7890');
    await page.locator('#current-passphrase').fill('wrong password here');
    await page.locator('#new-passphrase').fill('new green river lamp');
    await page.locator('#new-passphrase-again').fill('new green river lamp');
    await click('settings-passphrase-submit');
    await page.getByText(m('vault-error-wrong-passphrase')).waitFor();
    await page.locator('#current-passphrase').fill(PASS);
    await click('settings-passphrase-submit');
    await page.getByText(m('settings-passphrase-saved')).waitFor();
    const newPass = 'new green river lamp';

    // Lock → unlock: a wrong password says so; the right one opens.
    await click('nav-lock');
    await screen(page, 'unlock', m('unlock-title'), `unlock-${locale.code}`);
    await page.locator('#unlock-passphrase').fill('not my password');
    await click('unlock-submit');
    await page.getByRole('alert').getByText(m('vault-error-wrong-passphrase')).waitFor();
    await b.screenshot(page, `unlock-error-${locale.code}`);
    assert.deepEqual(await b.audit(page), []);
    await page.locator('#unlock-passphrase').fill(newPass);
    await click('unlock-submit');
    await screen(page, 'home', m('welcome-greeting', { name: 'Amina Yusuf' }), `home-again-${locale.code}`);

    // Forgotten password: a mistyped code, then the right one; a new code.
    await click('nav-lock');
    await page.locator('main[data-screen="unlock"]').waitFor();
    await click('unlock-forgot');
    await screen(page, 'recover', m('recover-title'), `recover-${locale.code}`);
    await page.locator('#recovery-code').fill(code.slice(0, 20));
    await page.locator('#new-passphrase').fill('another long password');
    await page.locator('#new-passphrase-again').fill('another long password');
    await click('recover-submit');
    await page.getByText(m('vault-error-mistyped-code')).waitFor();
    // Arabic-Indic digits are accepted as typed.
    const arabicIndic = [...code].map((d) => String.fromCharCode(0x660 + Number(d))).join('');
    await page.locator('#recovery-code').fill(arabicIndic);
    await click('recover-submit');
    await screen(page, 'code', m('code-title'), `code-new-${locale.code}`);
    const second = (await page.getByTestId('recovery-code').textContent()).replace(/\s+/g, '');
    assert.notEqual(second, code);
    await typeCodeBack(page);
    await click('action-continue');
    await page.locator('main[data-screen="home"]').waitFor();

    assert.deepEqual(problems, []);
    await close();
  });
}

test('keyboard alone: tab to the password, type, Enter opens', { timeout: TEST_TIMEOUT }, async () => {
  const vault = { ...vaultBase, profile: { name: 'Omid', arrived: null } };
  const { page, close } = await b.open({ preferences: { language: 'en' }, vault });
  await page.locator('main[data-screen="unlock"]').waitFor();
  await page.locator('#unlock-passphrase').focus();
  await page.keyboard.type(PASS);
  await page.keyboard.press('Enter');
  await page.locator('main[data-screen="home"]').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  await close();
});

for (const locale of testedLocales(repo)) {
  test(`try with an example, then leave it, in ${locale.code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, locale.code);
    const { page, problems, close } = await b.open({ preferences: { language: locale.code } });
    await page.getByRole('button', { name: m('welcome-try-example'), exact: true }).click();
    await page.locator('main[data-screen="home"]').waitFor();
    await page.getByRole('note').getByText(m('example-banner')).waitFor();
    assert.deepEqual(await b.audit(page), []);
    await b.screenshot(page, `example-${locale.code}`);
    await page.getByRole('button', { name: m('example-leave'), exact: true }).click();
    await page.locator('main[data-screen="welcome"]').waitFor();
    assert.deepEqual(problems, []);
    await close();
  });
}
