// The case worker's reader, in every shipped language of the app: opened
// from the welcome screen with no record at all, it asks for the file (a
// closed window chooses none) and the code; a mistyped and a wrong code
// are said by the code field, an expired share (with its date in the
// reader's words) and a file that is not a share by the file; while it
// opens a bar shows. The right code typed with Arabic-Indic digits and
// dashes opens it: the banner (for whom, why, when, until when, the
// signer's fingerprint, seen for the first time), the shared items in
// Swedish, then side by side with the person's Arabic, then in English;
// the printable page in the languages shown; closing and opening again
// says the signer was seen before (the languages chosen stay); "Back" returns to the welcome screen
// and the shell forgets the share. Also opened from the unlock screen and
// from the menu of an open record. No accessibility violations, no
// missing messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { appDate, messages, testedLocales } from '../lib/fluent.mjs';
import { useBrowser, unlock, openScreen, vaultBase } from '../lib/ui.mjs';
import { NOW, WORDS, SIGNER, bundlePayload, shareCode } from '../lib/share.mjs';

const b = useBrowser();
const CODE = shareCode('482109375512664');
const GOOD = 'etapp-2026-03-01.etapp';

/** An instant as the app writes it in `locale`: long, Gregorian, with the time in Sweden. */
const instant = (page, locale, at) =>
  appDate(page, repo, locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }, at);

/** Puts three files on the stand-in's disk: a good share, an expired one, and one that is not a share. */
async function putFiles(page) {
  const files = {
    [GOOD]: { payload: bundlePayload(), code: CODE, signer: SIGNER },
    'old.etapp': { payload: bundlePayload({ expires: '2026-02-01T08:30:00Z' }), code: CODE, signer: SIGNER },
    'photo.etapp': { payload: bundlePayload(), code: CODE, signer: SIGNER, broken: 'bundle-error-not-a-bundle' },
  };
  await page.evaluate((f) => {
    for (const [name, file] of Object.entries(f)) window.__ETAPP_MOCK__.putBundle(name, file);
  }, files);
}

/** Makes the next native open window answer `answer` (a file name, or 'cancel'). */
const nextOpen = (page, answer) => page.evaluate((a) => (window.__ETAPP_MOCK__.openAnswer = a), answer);
const closeCalls = (page) => page.evaluate(() => window.__ETAPP_MOCK__.closeCalls);

for (const locale of testedLocales(repo)) {
  test(`reader: open a share from the welcome screen in ${locale.code}`, async () => {
    const code = locale.code;
    const m = messages(repo, code);
    const sv = messages(repo, 'sv');
    const { page, problems, close } = await b.open({ preferences: { language: code }, now: NOW });
    const button = (id, args) => page.getByRole('button', { name: m(id, args), exact: true });
    await putFiles(page);

    // From the welcome screen: no record, no menu; the language choice stays.
    await page.locator('main[data-screen="welcome"]').waitFor();
    await button('open-share-start').click();
    await page.locator('main[data-screen="reader"]').waitFor();
    await page.waitForFunction(() => document.activeElement === document.querySelector('main h1'));
    assert.equal((await page.locator('main h1').textContent()).trim(), m('open-share-title'));
    assert.equal(await page.getByRole('navigation').count(), 0);
    await page.locator('input[name="language"]').first().waitFor();
    await b.check(page, 'reader, nothing chosen', `reader-${code}`);

    // No file yet: said by the file.
    await button('open-share-open').click();
    await page.locator('#open-share-file-error').getByText(m('reader-error-no-file')).waitFor();
    // A closed window chooses nothing; then the file.
    await nextOpen(page, 'cancel');
    await button('open-share-choose').click();
    await page.getByTestId('open-share-file').getByText(m('open-share-no-file')).waitFor();
    await nextOpen(page, GOOD);
    await button('open-share-choose').click();
    await page.getByTestId('open-share-file').getByText(m('open-share-chosen', { name: GOOD })).waitFor();
    assert.equal(await page.locator('#open-share-file-error').count(), 0);

    // A mistyped code, then a wrong one: said by the code field.
    const field = page.locator('#open-share-code');
    assert.equal(await field.getAttribute('dir'), 'ltr');
    await field.fill('4821 0937 5512');
    await button('open-share-open').click();
    const codeError = page.locator('#open-share-code-error');
    await codeError.getByText(m('bundle-error-mistyped-code')).waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    await b.check(page, 'mistyped code', `reader-mistyped-${code}`);
    await field.fill(shareCode('111122223333444'));
    await button('open-share-open').click();
    await codeError.getByText(m('bundle-error-wrong-code')).waitFor();

    // The right code, in Arabic-Indic digits with dashes: a bar while it opens.
    const arabic = CODE.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)));
    await field.fill(arabic.match(/.{4}/g).join('-'));
    await button('open-share-open').click();
    await page.getByRole('status').getByText(m('open-share-busy')).waitFor();
    await page.locator('.columns').waitFor();
    await page.waitForFunction(() => document.activeElement === document.querySelector('main h1'));
    assert.equal((await page.locator('main h1').textContent()).trim(), m('reader-title'));
    await page.getByText(m('open-share-opened', { name: GOOD })).waitFor();

    // In Swedish by default: the banner and the shared items, nothing else.
    const columns = page.locator('.columns .locale-region');
    assert.deepEqual(await columns.evaluateAll((els) => els.map((e) => e.lang)), ['sv']);
    const swedish = columns.first();
    const fact = (label) =>
      swedish.evaluate((el, l) => {
        const dt = [...el.querySelectorAll('dt')].find((d) => d.textContent.trim() === l);
        return dt?.nextElementSibling?.textContent.trim();
      }, label);
    assert.equal(await fact(sv('reader-signer')), SIGNER.digits);
    assert.equal(await fact(sv('reader-seen')), sv('reader-first-seen'));
    assert.equal(await fact(sv('reader-created')), await instant(page, 'sv', '2026-03-01T08:30:00Z'));
    assert.equal(await fact(sv('reader-expires')), await instant(page, 'sv', '2026-04-01T08:30:00Z'));
    assert.equal(await fact(sv('reader-purpose')), sv('purpose-joint-planning'));
    assert.ok((await fact(sv('reader-to'))).includes('Anna Berg'));
    const text = await swedish.textContent();
    for (const shown of [WORDS.goal, WORDS.subGoal, WORDS.steps[0], WORDS.note]) assert.ok(text.includes(shown), shown);
    for (const hidden of [WORDS.steps[1], WORDS.steps[2], WORDS.obstacle, 'Amina Yusuf']) assert.ok(!text.includes(hidden), hidden);
    assert.equal(await swedish.getByText(WORDS.note).getAttribute('lang'), 'ar');
    await b.check(page, 'opened, in Swedish', `reader-opened-${code}`);

    // Side by side with the person's Arabic, for the interpreter; then in English.
    const side = page.getByRole('checkbox', { name: m('open-share-side-by-side', { language: 'العربية' }) });
    await side.check();
    assert.deepEqual(await columns.evaluateAll((els) => els.map((e) => [e.lang, e.dir])), [
      ['sv', 'ltr'],
      ['ar', 'rtl'],
    ]);
    const arabicColumn = columns.nth(1);
    assert.equal(await arabicColumn.getAttribute('data-script'), 'arabic');
    // Arabic's messages arrive when first asked for: wait for them.
    await arabicColumn.getByText(messages(repo, 'ar')('section-goals')).first().waitFor();
    await b.check(page, 'side by side', `reader-side-${code}`);
    await page.locator('input[name="reader-language"][value="en"]').check();
    assert.deepEqual(await columns.evaluateAll((els) => els.map((e) => e.lang)), ['en', 'ar']);

    // The printable page holds the languages shown; a closed window saves nothing.
    await button('open-share-save-page').click();
    await page.getByRole('status').getByText(m('open-share-page-saved', { name: 'etapp-01234567.html' })).waitFor();
    assert.deepEqual(await page.evaluate(() => window.__ETAPP_MOCK__.savedPages), [['en', 'ar']]);
    await page.evaluate(() => (window.__ETAPP_MOCK__.saveAnswer = 'cancel'));
    await button('open-share-save-page').click();
    await page.getByRole('status').getByText(m('open-share-page-not-saved')).waitFor();

    // Closing forgets it in the shell; an expired share and a file that is
    // not a share are said by the file, the date in the reader's words.
    const closed = await closeCalls(page);
    await button('open-share-close').click();
    await page.locator('#open-share-code').waitFor();
    assert.equal(await closeCalls(page), closed + 1);
    await nextOpen(page, 'old.etapp');
    await button('open-share-choose').click();
    await field.fill(CODE);
    await button('open-share-open').click();
    const expired = m('bundle-error-expired', { expires: await instant(page, code, '2026-02-01T08:30:00Z') });
    await page.locator('#open-share-file-error').getByText(expired).waitFor();
    await b.check(page, 'expired', `reader-expired-${code}`);
    await nextOpen(page, 'photo.etapp');
    await button('open-share-choose-other').click();
    await button('open-share-open').click();
    await page.locator('#open-share-file-error').getByText(m('bundle-error-not-a-bundle')).waitFor();

    // Opened again: the signer was seen before, on the first opening.
    await nextOpen(page, GOOD);
    await button('open-share-choose-other').click();
    await field.fill(CODE);
    await button('open-share-open').click();
    await page.locator('.columns').waitFor();
    // The languages chosen stay for the next share.
    assert.deepEqual(await columns.evaluateAll((els) => els.map((e) => e.lang)), ['en', 'ar']);
    await page.locator('input[name="reader-language"][value="sv"]').check();
    const seen = sv('reader-seen-before', { date: await instant(page, 'sv', NOW.toISOString()) });
    assert.equal(await fact(sv('reader-seen')), seen);

    // Back to the welcome screen; the shell forgets the share.
    const before = await closeCalls(page);
    await button('action-back').click();
    await page.locator('main[data-screen="welcome"]').waitFor();
    assert.equal(await closeCalls(page), before + 1);

    assert.deepEqual(problems, []);
    await close();
  });
}

test('reader: from the unlock screen and back', async () => {
  const m = messages(repo, 'en');
  const { page, problems, close } = await b.open({ preferences: { language: 'en' }, vault: vaultBase, now: NOW });
  await page.locator('main[data-screen="unlock"]').waitFor();
  await page.getByRole('button', { name: m('open-share-start'), exact: true }).click();
  await page.locator('main[data-screen="reader"]').waitFor();
  assert.equal(await page.getByRole('navigation').count(), 0, 'no menu: the record is not open');
  await page.getByRole('button', { name: m('action-back'), exact: true }).click();
  await page.locator('main[data-screen="unlock"]').waitFor();
  assert.deepEqual(problems, []);
  await close();
});

test('reader: from the menu of an open record, with the menu and auto-lock', async () => {
  const m = messages(repo, 'en');
  const { page, problems, close } = await b.open({ preferences: { language: 'en' }, vault: vaultBase, now: NOW });
  await unlock(page, m);
  await openScreen(page, m, 'nav-reader', 'reader');
  const item = page.getByRole('navigation').getByRole('button', { name: m('nav-reader'), exact: true });
  assert.equal(await item.getAttribute('aria-current'), 'page');
  await page.getByRole('button', { name: m('nav-lock'), exact: true }).waitFor();
  assert.equal(await page.locator('input[name="language"]').count(), 0, 'no language band inside the record');
  await b.check(page, 'reader inside the record', 'reader-inside-en');
  await page.getByRole('button', { name: m('action-back'), exact: true }).click();
  await page.locator('main[data-screen="home"]').waitFor();
  assert.deepEqual(problems, []);
  await close();
});

// A share locked to an agency's key: the agency's key file instead of the
// code, in every shipped language. A file that is not a key and the key of
// another agency are said by the key; the right one opens; "Use a code
// instead" brings the code field back.
for (const locale of testedLocales(repo)) {
  test(`reader: a share locked to an agency's key opens with the key file in ${locale.code}`, async () => {
    const m = messages(repo, locale.code);
    const { page, problems, close } = await b.open({ preferences: { language: locale.code }, now: NOW });
    const button = (id, args) => page.getByRole('button', { name: m(id, args), exact: true });
    await page.evaluate(
      (f) => window.__ETAPP_MOCK__.putBundle('agency.etapp', f),
      { payload: bundlePayload(), key: 'agency-key.txt', signer: SIGNER },
    );
    await page.locator('main[data-screen="welcome"]').waitFor();
    await button('open-share-start').click();
    await page.locator('main[data-screen="reader"]').waitFor();
    await nextOpen(page, 'agency.etapp');
    await button('open-share-choose').click();
    await page.getByTestId('open-share-file').getByText(m('open-share-chosen', { name: 'agency.etapp' })).waitFor();

    // A code does not open it; the key file of another agency does not either.
    await page.locator('#open-share-code').fill(CODE);
    await button('open-share-open').click();
    await page.locator('#open-share-code-error').getByText(m('bundle-error-wrong-code')).waitFor();
    const nextKey = (name) => page.evaluate((a) => (window.__ETAPP_MOCK__.keyAnswer = a), name);
    for (const [file, error, choose] of [
      ['notes.txt', 'bundle-error-not-an-identity', 'reader-key-choose'],
      ['other-agency.txt', 'bundle-error-wrong-code', 'reader-key-choose-other'],
    ]) {
      await nextKey(file);
      await button(choose).click();
      await page.getByTestId('open-share-key').getByText(m('open-share-chosen', { name: file })).waitFor();
      assert.equal(await page.locator('#open-share-code').count(), 0, 'no code field with a key file');
      await button('open-share-open').click();
      await page.locator('#open-share-code-error').getByText(m(error)).waitFor();
    }
    await b.check(page, 'a wrong key file', `reader-key-${locale.code}`);

    // Back to a code, then the right key file.
    await button('reader-key-use-code').click();
    await page.locator('#open-share-code').waitFor();
    await nextKey('agency-key.txt');
    await button('reader-key-choose').click();
    await page.getByTestId('open-share-key').getByText(m('open-share-chosen', { name: 'agency-key.txt' })).waitFor();
    await button('open-share-open').click();
    await page.locator('.columns').waitFor();
    assert.ok((await page.locator('.columns').textContent()).includes(WORDS.goal));
    assert.deepEqual(problems, []);
    await close();
  });
}
