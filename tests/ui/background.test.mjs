// My background, in every shipped language: add an education, a job
// picked with the keyboard from the occupation search, and something done
// before the residence permit (first refused: its end before its start);
// reload, unlock and find them back; delete one after the confirmation
// that names it. Each state: its heading, no accessibility violations, no
// missing messages, a screenshot.
import { test } from 'node:test';
import { TEST_TIMEOUT } from '../lib/limits.mjs';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { messages, testedLocales } from '../lib/fluent.mjs';
import { vaultBase, useBrowser, unlock, openScreen, storedVault } from '../lib/ui.mjs';

const vault = () => ({ ...vaultBase, profile: { name: 'Amina Yusuf', arrived: '2023-04-02' } });

/** What the person types, in their own language. */
const typed = {
  sv: { field: 'Sjuksköterskeprogrammet', tasks: 'Jag tog hand om patienter på natten.', asylum: 'Tolk på boendet' },
  en: { field: 'Nursing', tasks: 'I cared for patients at night.', asylum: 'Interpreter at the accommodation' },
  ar: { field: 'التمريض', tasks: 'كنت أعتني بالمرضى في الليل.', asylum: 'مترجم في مكان السكن' },
  ti: { field: 'ነርስ', tasks: 'ብለይቲ ንሕሙማት እሕግዝ ነይረ።', asylum: 'ተርጓሚ ኣብ መንበሪ' },
};

/** Fluent isolates arguments with FSI/PDI; the page shows names in <bdi> instead. */
const plain = (s) => s.replace(/[\u2068\u2069]/g, '');

const b = useBrowser();

/** Checks the heading, audits the page and keeps a screenshot. */
async function state(page, heading, shot) {
  await page.locator('main h1', { hasText: heading }).waitFor();
  assert.equal((await page.locator('main h1').textContent()).trim(), heading, `${shot} heading`);
  await b.check(page, shot, shot);
}

async function unlockAndOpenBackground(page, m) {
  await unlock(page, m);
  await openScreen(page, m, 'nav-background', 'background');
  await page.locator('main[data-screen="background"] section[data-part="education"]').waitFor();
}

const stored = async (page) => (await storedVault(page)).background;

for (const locale of testedLocales(repo)) {
  const code = locale.code;
  test(`my background in ${code}: add, keep after reload, delete`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, code);
    const words = typed[code] ?? typed.en;
    const { page, problems, close } = await b.open({ preferences: { language: code }, vault: vault() });
    const click = (id, scope = page.locator('main')) =>
      scope.getByRole('button', { name: m(id), exact: true }).click();
    const section = (part) => page.locator(`section[data-part="${part}"]`);
    assert.equal(await page.locator('html').getAttribute('dir'), locale.dir);

    await unlockAndOpenBackground(page, m);
    await state(page, m('background-title'), `background-empty-${code}`);
    // The asylum period is its own, titled part.
    assert.equal((await section('asylum_period').locator('h2').textContent()).trim(), m('background-asylum-title'));

    // An education.
    await click('background-education-add');
    await state(page, m('background-education-new'), `background-education-form-${code}`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'bg-form-title');
    await page.locator('#bg-education-level').selectOption('isced_6');
    await page.locator('#bg-education-field').fill(words.field);
    assert.equal(await page.locator('#bg-education-field').getAttribute('dir'), 'auto');
    await page.locator('#bg-education-country').selectOption('SY');
    await page.locator('#bg-education-years').selectOption('4');
    await page.getByLabel(m('background-education-completed')).check();
    await page.locator('#bg-education-recognition').selectOption('applied');
    await click('action-save');
    await section('education').getByRole('status').getByText(m('background-saved')).waitFor();
    await section('education').locator('h3', { hasText: words.field }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'bg-section-education');

    // A job, picked from the occupation search with the keyboard alone.
    await click('background-work-add');
    await state(page, m('background-work-new'), `background-work-form-${code}`);
    const box = page.locator('#bg-work_experience-occupation');
    assert.equal(await box.getAttribute('role'), 'combobox');
    await box.focus();
    // Escape closes the list; a second Escape empties the box.
    await page.keyboard.type('lak');
    await page.locator('#bg-work_experience-occupation-list [role="option"]').first().waitFor();
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Escape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Escape');
    assert.equal(await box.inputValue(), '');
    // No diacritics typed: "skoterska" finds "Sjuksköterska" and "Undersköterska".
    await page.keyboard.type('skoterska');
    const options = page.locator('#bg-work_experience-occupation-list [role="option"]');
    await options.nth(2).waitFor();
    assert.equal(await options.count(), 3);
    assert.equal(await options.first().locator('[lang="sv"]').textContent(), 'Sjuksköterska, grundutbildad');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    assert.equal(await box.getAttribute('aria-activedescendant'), await options.first().getAttribute('id'));
    assert.equal(await options.first().getAttribute('aria-selected'), 'true');
    await state(page, m('background-work-new'), `background-occupation-list-${code}`);
    await page.keyboard.press('Enter');
    // Enter chose the occupation; it did not send the form.
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    const chosen = page.getByTestId('bg-work_experience-occupation-chosen');
    await chosen.waitFor();
    assert.equal(await chosen.locator('[lang="sv"]').textContent(), 'Sjuksköterska, grundutbildad');
    assert.ok((await chosen.textContent()).includes('2221'));
    await page.locator('#bg-work_experience-country').selectOption('SY');
    await page.locator('#bg-work_experience-years').selectOption('6');
    await page.locator('#bg-work_experience-tasks').fill(words.tasks);
    await state(page, m('background-work-new'), `background-work-chosen-${code}`);
    await click('action-save');
    await section('work_experience').getByRole('status').getByText(m('background-saved')).waitFor();
    const job = section('work_experience').locator('h3 [lang="sv"]');
    assert.equal(await job.textContent(), 'Sjuksköterska, grundutbildad');

    // Before the residence permit: an end before the start is refused,
    // with the field named as the form names it.
    await click('background-asylum-add');
    await state(page, m('background-asylum-new'), `background-asylum-form-${code}`);
    await page.locator('#bg-asylum_period-title').fill(words.asylum);
    await page.locator('#bg-asylum_period-description').fill(words.tasks);
    const startParts = page.locator('#bg-asylum_period-start_date select');
    await startParts.nth(0).selectOption('1');
    await startParts.nth(1).selectOption('9');
    await startParts.nth(2).selectOption('2022');
    const endParts = page.locator('#bg-asylum_period-end_date select');
    await endParts.nth(0).selectOption('1');
    await endParts.nth(1).selectOption('3');
    await endParts.nth(2).selectOption('2022');
    await click('action-save');
    const refusal = m('record-error-end-before-start', { field: m('background-asylum-end') });
    await page.getByRole('alert').getByText(refusal).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id), 'bg-asylum_period-end_date');
    await state(page, m('background-asylum-new'), `background-asylum-error-${code}`);
    await endParts.nth(1).selectOption('12');
    await click('action-save');
    await section('asylum_period').getByRole('status').getByText(m('background-saved')).waitFor();
    await section('asylum_period').locator('h3', { hasText: words.asylum }).waitFor();
    await state(page, m('background-title'), `background-filled-${code}`);

    // What was saved, with the ids the core gives.
    let saved = await stored(page);
    assert.equal(saved.education[0].id, 1);
    assert.deepEqual(saved.work_experience[0].occupation, { jobtech_id: 'bXNH_MNX_dUR', ssyk: '2221' });
    assert.equal(saved.asylum_period[0].end_date, '2022-12-01');

    // Locking reloads the page; all of it is back after unlocking.
    await page.reload();
    await page.waitForSelector('main[data-ready="true"]');
    await unlockAndOpenBackground(page, m);
    await section('education').locator('h3', { hasText: words.field }).waitFor();
    await section('work_experience').locator('h3 [lang="sv"]', { hasText: 'Sjuksköterska, grundutbildad' }).waitFor();
    await section('asylum_period').locator('h3', { hasText: words.asylum }).waitFor();
    await state(page, m('background-title'), `background-reloaded-${code}`);

    // Delete the education: the question names it; "keep" keeps it.
    await click('background-delete', section('education'));
    const dialog = section('education').getByRole('alertdialog');
    await dialog.waitFor();
    assert.equal(
      plain(await dialog.locator('.question').textContent()).trim(),
      plain(m('background-delete-question', { name: words.field })),
    );
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), m('delete-keep'));
    await state(page, m('background-title'), `background-delete-question-${code}`);
    await click('delete-keep', dialog);
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'bg-education-1-delete');
    await click('background-delete', section('education'));
    await click('delete-confirm', section('education').getByRole('alertdialog'));
    await section('education').getByRole('status').getByText(plain(m('background-deleted', { name: words.field }))).waitFor();
    assert.equal(await section('education').locator('h3').count(), 0);
    await state(page, m('background-title'), `background-deleted-${code}`);
    saved = await stored(page);
    assert.equal(saved.education.length, 0);
    assert.equal(saved.work_experience.length, 1);
    assert.equal(saved.asylum_period.length, 1);

    assert.deepEqual(problems, []);
    await close();
  });
}

test('a job needs the list or your own words; a skill, a certificate and a licence', { timeout: TEST_TIMEOUT }, async () => {
  const m = messages(repo, 'en');
  const { page, problems, close } = await b.open({ preferences: { language: 'en' }, vault: vault() });
  const click = (id, scope = page.locator('main')) => scope.getByRole('button', { name: m(id), exact: true }).click();
  await unlockAndOpenBackground(page, m);

  await click('background-work-add');
  await click('action-save');
  await page.getByRole('alert').getByText(m('background-work-need-title')).waitFor();
  // Free text alone is enough; a pointer can pick from the list too.
  await page.locator('#bg-work_experience-occupation').fill('Läkare');
  await page.locator('#bg-work_experience-occupation-list [role="option"]', { hasText: 'Tandläkare' }).click();
  await page.getByTestId('bg-work_experience-occupation-chosen').getByText('Tandläkare').waitFor();
  await click('occupation-remove');
  assert.equal(await page.getByTestId('bg-work_experience-occupation-chosen').count(), 0);
  await page.locator('#bg-work_experience-title').fill('Market trader');
  await click('action-save');
  await page.locator('section[data-part="work_experience"] h3', { hasText: 'Market trader' }).waitFor();

  await click('background-skills-add');
  await page.locator('#bg-skills-name').fill('Sewing');
  await click('action-save');
  await click('background-certificates-add');
  await page.locator('#bg-certificates-name').fill('Forklift licence');
  await page.locator('#bg-certificates-year').selectOption('2021');
  await click('action-save');
  await click('background-licence-add');
  await page.locator('#bg-driving_licence-classes').fill('B');
  await page.locator('#bg-driving_licence-country').selectOption('AF');
  await click('action-save');
  await page.locator('section[data-part="driving_licence"] h3', { hasText: m('background-licence-name', { classes: 'B' }) }).waitFor();
  assert.deepEqual(await b.audit(page), []);
  await b.screenshot(page, 'background-all-parts-en');

  const saved = await stored(page);
  assert.deepEqual(saved.skills, [{ id: 1, name: 'Sewing' }]);
  assert.deepEqual(saved.certificates, [{ id: 1, name: 'Forklift licence', issuer: '', year: 2021 }]);
  assert.deepEqual(saved.driving_licence, { classes: 'B', country: 'AF' });
  assert.deepEqual(saved.work_experience[0].occupation, null);

  // The driving licence goes the same way, after the question.
  const licence = page.locator('section[data-part="driving_licence"]');
  await click('background-delete', licence);
  await click('delete-confirm', licence.getByRole('alertdialog'));
  await licence.getByText(m('background-licence-none')).waitFor();
  assert.equal((await stored(page)).driving_licence, null);

  // Cancel leaves the entry as it was.
  await click('background-change', page.locator('section[data-part="skills"]'));
  await page.locator('#bg-skills-name').fill('Something else');
  await click('background-cancel');
  await page.locator('section[data-part="skills"] h3', { hasText: 'Sewing' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'bg-section-skills');

  assert.deepEqual(problems, []);
  await close();
});
