// The case worker's side beyond one share, in every shipped language.
//
// Progress since last time: with a share open, "Compare with an earlier
// share" asks for the earlier file and its own code. No file, a share of
// another person (another signer), the open share itself and a wrong code
// are each refused where they belong; the right one shows what changed —
// the shares oldest first, the parts not shared both times, the star of
// both check-ins with its table, the stage, new steps and steps with a new
// status (with the date), goals reached — side by side with the person's
// language for an interpreter, and hides again.
//
// The report: from the reader's first screen, choose a folder and the
// agency's key file; no folder, a folder with no shares, a file that is
// not a key, and a folder where nothing counted are each said by what they
// are about. A bar shows how far the report has come; the result shows the
// counts, the skipped share with its reason, a suppressed group as "fewer
// than 5", and the charts, each with a table for screen readers; it saves
// as CSV (a closed window saves nothing). No accessibility violations, no
// missing messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { appDate, intlTag, messages, testedLocales } from '../lib/fluent.mjs';
import { useBrowser } from '../lib/ui.mjs';
import { NOW, WORDS, SIGNER, EARLIER, bundlePayload, shareCode, comparison, reportSummary } from '../lib/share.mjs';

const b = useBrowser();
const CODE = shareCode('482109375512664');
const EARLIER_CODE = shareCode('773300118822554');
const GOOD = 'etapp-2026-03-01.etapp';

const nextOpen = (page, answer) => page.evaluate((a) => (window.__ETAPP_MOCK__.openAnswer = a), answer);

/** A day as the app writes it in `locale` (long, Gregorian). */
const day = (page, locale, iso) => appDate(page, repo, locale, { dateStyle: 'long', timeZone: 'UTC' }, `${iso}T00:00:00Z`);

for (const locale of testedLocales(repo)) {
  const code = locale.code;

  test(`reader: compare a share with an earlier one of the same person in ${code}`, async () => {
    const m = messages(repo, code);
    const sv = messages(repo, 'sv');
    const { page, problems, close } = await b.open({ preferences: { language: code }, now: NOW });
    const button = (id, args) => page.getByRole('button', { name: m(id, args), exact: true });
    await page.evaluate(
      (f) => {
        for (const [name, file] of Object.entries(f)) window.__ETAPP_MOCK__.putBundle(name, file);
      },
      {
        [GOOD]: { payload: bundlePayload(), code: CODE, signer: SIGNER },
        'earlier.etapp': {
          payload: { ...bundlePayload(), ...EARLIER, expires: '2026-03-01T08:30:00Z' },
          code: EARLIER_CODE,
          signer: SIGNER,
          comparison: comparison(),
        },
        'stranger.etapp': { payload: bundlePayload(), code: EARLIER_CODE, signer: { hex: 'aa'.repeat(32), digits: '1111 2222 3333 4444 5555' } },
      },
    );

    // Open the newer share.
    await page.locator('main[data-screen="welcome"]').waitFor();
    await button('open-share-start').click();
    await page.locator('main[data-screen="reader"]').waitFor();
    await nextOpen(page, GOOD);
    await button('open-share-choose').click();
    await page.getByTestId('open-share-file').getByText(m('open-share-chosen', { name: GOOD })).waitFor();
    await page.locator('#open-share-code').fill(CODE);
    await button('open-share-open').click();
    await page.locator('.columns').first().waitFor();

    // Ask to compare: focus goes to choosing the file; none chosen is said by the file.
    await button('compare-start').click();
    await page.waitForFunction(() => document.activeElement?.id === 'compare-file-choose');
    await button('compare-open').click();
    await page.locator('#compare-file-error').getByText(m('compare-error-no-file')).waitFor();
    await b.check(page, 'compare, nothing chosen', `compare-ask-${code}`);

    // Another person's share, then the open share itself: said by the file.
    await nextOpen(page, 'stranger.etapp');
    await button('compare-choose').click();
    await page.getByTestId('compare-file').getByText(m('open-share-chosen', { name: 'stranger.etapp' })).waitFor();
    const field = page.locator('#compare-code');
    await field.fill(EARLIER_CODE);
    await button('compare-open').click();
    await page.locator('#compare-file-error').getByText(m('bundle-error-different-signers')).waitFor();
    await nextOpen(page, GOOD);
    await button('open-share-choose-other').click();
    await page.getByTestId('compare-file').getByText(m('open-share-chosen', { name: GOOD })).waitFor();
    await field.fill(CODE);
    await button('compare-open').click();
    await page.locator('#compare-file-error').getByText(m('compare-error-same-share')).waitFor();

    // The earlier share with a wrong code: said by the code.
    await nextOpen(page, 'earlier.etapp');
    await button('open-share-choose-other').click();
    await page.getByTestId('compare-file').getByText(m('open-share-chosen', { name: 'earlier.etapp' })).waitFor();
    await field.fill(CODE);
    await button('compare-open').click();
    await page.locator('#compare-code-error').getByText(m('bundle-error-wrong-code')).waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'true');

    // Its own code: a bar while it opens, then what changed, in Swedish.
    await field.fill(EARLIER_CODE);
    await button('compare-open').click();
    await page.getByRole('status').getByText(m('compare-busy')).waitFor();
    const view = page.getByTestId('compare');
    await view.first().waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'compare-result-heading');
    const swedish = view.first();
    assert.equal(await swedish.evaluate((el) => el.closest('.locale-region').lang), 'sv');
    const text = await swedish.textContent();
    assert.ok(text.includes(sv('compare-title')));
    const notShared = await swedish.getByTestId('compare-not-shared').textContent();
    assert.equal(notShared.trim(), sv('compare-not-shared', { parts: sv('section-obstacles') }));
    for (const words of [
      sv('compare-change', { before: sv('stage-vision'), after: sv('stage-activity') }),
      sv('compare-steps-added'),
      sv('compare-steps-status'),
      sv('compare-goals-reached'),
      sv('compare-change', { before: sv('step-status-ongoing'), after: sv('step-status-done') }),
      WORDS.steps[0],
      WORDS.steps[1],
      WORDS.subGoal,
      await day(page, 'sv', '2026-02-25'),
    ]) {
      assert.ok(text.includes(words), `shows ${words}`);
    }
    // What the person wrote is marked with their language.
    assert.equal(await swedish.getByText(WORDS.steps[0], { exact: true }).getAttribute('lang'), 'ar');
    // The star of both check-ins, and its table: housing worse, work better.
    const table = swedish.locator('table').filter({ hasText: sv('star-col-change') });
    const row = (area) => table.locator('tr').filter({ hasText: sv(`life-area-${area.replace(/_/g, '-')}`) });
    assert.ok((await row('housing').textContent()).includes(sv('star-worse')));
    assert.ok((await row('work_studies').textContent()).includes(sv('star-better')));
    assert.equal(await swedish.locator('svg[role="img"]').count(), 1);
    await b.check(page, 'what changed', `compare-${code}`);

    // Side by side with the person's Arabic, for the interpreter.
    await page.getByRole('checkbox', { name: m('open-share-side-by-side', { language: 'العربية' }) }).check();
    await view.nth(1).waitFor();
    const regions = await view.evaluateAll((els) => els.map((e) => [e.closest('.locale-region').lang, e.closest('.locale-region').dir]));
    assert.deepEqual(regions, [
      ['sv', 'ltr'],
      ['ar', 'rtl'],
    ]);
    // Arabic's messages arrive when first asked for: wait for them.
    await view.nth(1).getByText(messages(repo, 'ar')('compare-title')).first().waitFor();
    await b.check(page, 'what changed, side by side', `compare-side-${code}`);

    // Hidden again: the question comes back.
    await button('compare-hide').click();
    await page.waitForFunction(() => document.activeElement?.id === 'compare-start');
    assert.equal(await view.count(), 0);

    assert.deepEqual(problems, []);
    await close();
  });

  test(`report: evaluation across participants from a folder of shares in ${code}`, async () => {
    const m = messages(repo, code);
    const { page, problems, close } = await b.open({ preferences: { language: code }, now: NOW });
    const button = (id, args) => page.getByRole('button', { name: m(id, args), exact: true });
    await page.evaluate(
      ([summary]) => {
        const mock = window.__ETAPP_MOCK__;
        mock.putReportFolder('shares-2026', { files: 9, delay: 150, summary });
        mock.putReportFolder('empty', { files: 0 });
        mock.putReportFolder('old-shares', { files: 3, reason: 'x', summary: null });
      },
      [reportSummary()],
    );
    const nextFolder = (name) => page.evaluate((a) => (window.__ETAPP_MOCK__.folderAnswer = a), name);
    const nextKey = (name) => page.evaluate((a) => (window.__ETAPP_MOCK__.keyAnswer = a), name);

    await page.locator('main[data-screen="welcome"]').waitFor();
    await button('open-share-start').click();
    await page.locator('main[data-screen="reader"]').waitFor();
    await button('report-start').click();
    await page.locator('main[data-screen="report"]').waitFor();
    await page.waitForFunction(() => document.activeElement === document.querySelector('main h1'));
    assert.equal((await page.locator('main h1').textContent()).trim(), m('report-screen-title'));
    await b.check(page, 'report, nothing chosen', `report-ask-${code}`);

    // Nothing chosen: said by the folder; a folder with no shares too.
    await button('report-make').click();
    await page.locator('#report-folder-error').getByText(m('report-error-no-folder')).waitFor();
    await nextFolder('empty');
    await button('report-folder-choose').click();
    await page.getByTestId('report-folder').getByText(m('open-share-chosen', { name: 'empty' })).waitFor();
    await button('report-make').click();
    await page.locator('#report-key-error').getByText(m('reader-error-no-key-file')).waitFor();
    await nextKey('notes.txt');
    await button('report-key-choose').click();
    await page.getByTestId('report-key').getByText(m('open-share-chosen', { name: 'notes.txt' })).waitFor();
    await button('report-make').click();
    await page.locator('#report-key-error').getByText(m('bundle-error-not-an-identity')).waitFor();
    await nextKey('agency-key.txt');
    await button('report-key-choose-other').click();
    await page.getByTestId('report-key').getByText(m('open-share-chosen', { name: 'agency-key.txt' })).waitFor();
    await button('report-make').click();
    await page.locator('#report-folder-error').getByText(m('report-error-no-shares')).waitFor();
    await b.check(page, 'a folder with no shares', `report-empty-${code}`);
    await nextFolder('old-shares');
    await button('report-folder-choose-other').click();
    await page.getByTestId('report-folder').getByText(m('open-share-chosen', { name: 'old-shares' })).waitFor();
    await button('report-make').click();
    await page.locator('#report-folder-error').getByText(m('report-error-none-counted', { reason: 'x' })).waitFor();

    // The folder of shares: a bar shows how far it has come.
    await nextFolder('shares-2026');
    await button('report-folder-choose-other').click();
    await page.getByTestId('report-folder').getByText(m('open-share-chosen', { name: 'shares-2026' })).waitFor();
    await button('report-make').click();
    const bar = page.locator('progress#report-progress');
    await bar.waitFor();
    await page.waitForFunction(() => Number(document.querySelector('progress#report-progress')?.value) >= 1);
    assert.equal(await bar.getAttribute('max'), '9');
    await b.check(page, 'report running', `report-running-${code}`);

    // The report.
    const report = page.getByTestId('report');
    await report.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'report-result-title');
    const text = await report.textContent();
    assert.ok(text.includes(m('report-counted', { count: 7 })));
    assert.ok(text.includes(m('report-replaced', { count: 1 })));
    const skipped = await page.getByTestId('report-skipped').textContent();
    assert.ok(skipped.includes('sara.etapp') && skipped.includes(m('report-skip-not-for-evaluation')));
    const groups = page.getByTestId('report-step');
    assert.equal(await groups.count(), 2);
    const internship = groups.first();
    assert.ok((await internship.locator('h4').textContent()).includes(m('step-type-internship')));
    assert.ok((await internship.textContent()).includes(m('report-participants', { count: 6 })));
    // Each chart has its table: done 3, rated 5 twice.
    const statusTable = internship.locator('table').filter({ hasText: m('report-status') });
    const doneRow = statusTable.locator('tr').filter({ hasText: m('step-status-done') });
    assert.equal(await doneRow.locator('td').textContent(), await page.evaluate((l) => new Intl.NumberFormat(l).format(3), intlTag(repo, code)));
    assert.equal(await internship.locator('figure .bars').first().getAttribute('aria-hidden'), 'true');
    assert.ok((await groups.nth(1).textContent()).includes(m('report-fewer-than')));
    const areas = page.getByTestId('report-area');
    assert.equal(await areas.count(), 8);
    assert.equal(await areas.locator('figure').count(), 1, 'only work and studies has figures');
    await b.check(page, 'the report', `report-${code}`);

    // Saved as CSV; a closed window saves nothing.
    await button('report-save-csv').click();
    await page.getByRole('status').getByText(m('report-csv-saved', { name: 'etapp-report.csv' })).waitFor();
    assert.equal(await page.evaluate(() => window.__ETAPP_MOCK__.savedReports), 1);
    await page.evaluate(() => (window.__ETAPP_MOCK__.saveAnswer = 'cancel'));
    await button('report-save-csv').click();
    await page.getByRole('status').getByText(m('open-share-page-not-saved')).waitFor();
    assert.equal(await page.evaluate(() => window.__ETAPP_MOCK__.savedReports), 1);

    // Back to the reader; the shell forgets the report.
    await button('action-back').click();
    await page.locator('main[data-screen="reader"]').waitFor();
    assert.deepEqual(await page.evaluate(() => window.__ETAPP_MOCK__.report()), { folder: null, key: null, summary: null });

    assert.deepEqual(problems, []);
    await close();
  });
}
