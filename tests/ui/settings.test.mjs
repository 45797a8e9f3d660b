// "Check my record" on the settings screen, in every shipped language:
// while the record is read the button says it is busy and keeps the
// keyboard focus, then a whole record is said politely and a damaged one
// as an alert; the button does not move. Every state: no accessibility
// violations, no missing messages, a screenshot.
import { test } from 'node:test';
import { TEST_TIMEOUT } from '../lib/limits.mjs';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { messages, testedLocales } from '../lib/fluent.mjs';
import { vaultBase, useBrowser, unlock, openScreen } from '../lib/ui.mjs';

const vault = { ...vaultBase, profile: { name: 'Amina Yusuf', arrived: '2023-09-14' } };

const b = useBrowser();

/**
 * Holds the shell's answers to check_record until `release` is called, and
 * counts the calls, so a test can look at the screen while the record is read.
 */
async function holdChecks(page) {
  await page.evaluate(() => {
    const mock = window.__ETAPP_MOCK__;
    const check = mock.commands.check_record;
    mock.checkCalls = 0;
    mock.commands.check_record = async () => {
      mock.checkCalls += 1;
      await new Promise((r) => (mock.releaseCheck = r));
      return check();
    };
  });
  return {
    release: () => page.evaluate(() => window.__ETAPP_MOCK__.releaseCheck()),
    calls: () => page.evaluate(() => window.__ETAPP_MOCK__.checkCalls),
  };
}

for (const locale of testedLocales(repo)) {
  test(`check my record in ${locale.code}`, { timeout: TEST_TIMEOUT }, async () => {
    const code = locale.code;
    const m = messages(repo, code);
    const { page, problems, close } = await b.open({ preferences: { language: code }, vault });
    await unlock(page, m);
    await openScreen(page, m, 'nav-settings', 'settings');

    const section = page.getByRole('region', { name: m('settings-check') });
    await section.getByRole('heading', { name: m('settings-check'), exact: true }).waitFor();
    await section.getByText(m('settings-check-hint')).waitFor();
    const button = section.getByRole('button', { name: m('settings-check'), exact: true });
    assert.equal(await button.getAttribute('aria-disabled'), 'false');
    const focused = () => button.evaluate((el) => el === document.activeElement);
    // Where the button is on the page (not in the window, which scrolls to it).
    const top = () => button.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const start = await top();
    await b.check(page, 'settings, before the check');

    // Started from the keyboard: busy, the button disabled but still focused.
    const held = await holdChecks(page);
    await button.focus();
    await page.keyboard.press('Enter');
    await section.getByRole('status').getByText(m('settings-check-busy')).waitFor();
    assert.equal(await button.getAttribute('aria-disabled'), 'true');
    assert.ok(await focused(), 'focus stays on the button while checking');
    await page.keyboard.press('Enter');
    await button.click({ force: true });
    assert.equal(await held.calls(), 1, 'one check at a time');
    assert.equal(await top(), start, 'the button does not move');
    await b.check(page, 'checking', `settings-check-busy-${code}`);

    // The record is whole: said politely; the bar is gone.
    await held.release();
    await section.getByRole('status').getByText(m('settings-check-whole')).waitFor();
    assert.equal(await section.getByText(m('settings-check-busy')).count(), 0);
    assert.equal(await button.getAttribute('aria-disabled'), 'false');
    assert.ok(await focused(), 'focus stays on the button after the check');
    assert.equal(await section.getByRole('alert').count(), 0);
    assert.equal(await top(), start, 'the button does not move');
    await b.check(page, 'record whole', `settings-check-whole-${code}`);

    // The record file is damaged: said as an alert; the earlier answer is gone.
    await page.evaluate(() => {
      window.__ETAPP_MOCK__.needOpen().damaged = true;
    });
    await page.keyboard.press('Enter');
    await section.getByText(m('settings-check-busy')).waitFor();
    assert.equal(await section.getByText(m('settings-check-whole')).count(), 0);
    await held.release();
    await section.getByRole('alert').getByText(m('vault-error-database-damaged')).waitFor();
    assert.equal(await section.getByText(m('settings-check-whole')).count(), 0);
    assert.ok(await focused(), 'focus stays on the button after a damaged answer');
    assert.equal(await top(), start, 'the button does not move');
    await b.check(page, 'record damaged', `settings-check-damaged-${code}`);

    assert.deepEqual(problems, []);
    await close();
  });
}

test('the stand-in shell answers as the real one: locked, whole, damaged', { timeout: TEST_TIMEOUT }, async () => {
  const { page, close } = await b.open({ preferences: { language: 'en' }, vault });
  const answer = () =>
    page.evaluate(() =>
      window.__TAURI_INTERNALS__.invoke('check_record').then(
        () => 'whole',
        (e) => e.code,
      ),
    );
  assert.equal(await answer(), 'error-locked');
  await unlock(page, messages(repo, 'en'));
  assert.equal(await answer(), 'whole');
  await page.evaluate(() => {
    window.__ETAPP_MOCK__.needOpen().damaged = true;
  });
  assert.equal(await answer(), 'vault-error-database-damaged');
  await close();
});
