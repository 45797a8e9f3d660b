// My plan and one step, in every shipped language: a final goal and a
// sub-goal, a step with an agency, an appointment and two life areas under
// the sub-goal (who does it shows; the areas are there again when it is
// opened), done and evaluated with its history, end before
// start refused with the core's message, and the sub-goal deleted through
// the confirmation that names it. No accessibility violations and no
// missing messages in any state.
import { test } from 'node:test';
import { TEST_TIMEOUT } from '../lib/limits.mjs';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { messages, testedLocales } from '../lib/fluent.mjs';
import { stockholmDay } from '../lib/time.mjs';
import { vaultWithAnna, stepRecord, useBrowser, unlock, openScreen, pickDate, storedVault, before1, holdCommand } from '../lib/ui.mjs';

const vault = vaultWithAnna;
// The person's own words, in their language (Arabic, so bidi is exercised).
const words = {
  sv: { final: 'Arbeta som undersköterska', sub: 'Klara SFI kurs D', step: 'Praktik på vårdcentralen' },
  en: { final: 'Work as an assistant nurse', sub: 'Pass SFI course D', step: 'Internship at the health centre' },
  ar: { final: 'العمل كمساعد ممرض', sub: 'إنهاء دورة SFI المستوى D', step: 'تدريب عملي في المركز الصحي' },
};

const b = useBrowser();

for (const locale of testedLocales(repo)) {
  test(`goals, steps, status, evaluation and deletion in ${locale.code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, locale.code);
    const w = words[locale.code] ?? words.en;
    const year = Number(stockholmDay().slice(0, 4));
    const { page, problems, close } = await b.open({ preferences: { language: locale.code }, vault });
    const button = (id, scope = page) => scope.getByRole('button', { name: m(id), exact: true });
    const heading = (text) => page.locator('main h1');

    // Unlock, then the plan, empty.
    await unlock(page, m);
    await openScreen(page, m, 'nav-plan', 'plan');
    await page.getByText(m('plan-empty')).waitFor();
    assert.equal((await heading().textContent()).trim(), m('plan-title'));
    await b.check(page, 'empty plan', `plan-empty-${locale.code}`);

    // A final goal.
    await button('plan-add-goal').click();
    await page.getByRole('heading', { name: m('goal-form-new-final') }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'goal-form-title');
    // An occupation from the JobTech list; its name fills the empty title.
    await page.getByRole('radio', { name: m('goal-kind-occupation') }).check();
    await page.locator('#goal-occupation').fill('underskö');
    await page.getByRole('option', { name: /hemtjänst/ }).click();
    await page.waitForFunction(() => document.querySelector('#goal-title')?.value.startsWith('Undersköterska'));
    await b.check(page, 'goal form', `plan-goal-form-${locale.code}`);
    await page.locator('#goal-title').fill('');
    // An empty title is refused with the core's message.
    await button('goal-form-save').click();
    await page.getByRole('alert').getByText(m('record-error-empty-title', { field: m('goal-form-title') })).waitFor();
    await page.locator('#goal-title').fill(w.final);
    assert.equal(await page.locator('#goal-title').getAttribute('dir'), 'auto');
    await button('goal-form-save').click();
    const finalSection = page.locator('section.goal', { has: page.getByRole('heading', { name: w.final }) });
    await finalSection.waitFor();
    await page.getByRole('status').getByText(m('plan-goal-saved')).waitFor();
    await finalSection.getByText(m('occupation-ssyk', { code: '5321' })).waitFor();
    await finalSection.getByText(/Undersköterska, hemtjänst/).waitFor();
    assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /^goal-\d+-title$/);

    // A sub-goal under it, with a target date.
    await button('goal-add-sub', finalSection).click();
    await page.getByRole('heading', { name: m('goal-form-new-sub') }).waitFor();
    await page.locator('#goal-title').fill(w.sub);
    await pickDate(page.locator('#goal-target'), year, 12, 20);
    await b.check(page, 'sub-goal form', `plan-subgoal-form-${locale.code}`);
    await button('goal-form-save').click();
    const subItem = finalSection.locator('li.subgoal', { has: page.getByRole('heading', { name: w.sub }) });
    await subItem.waitFor();
    await subItem.getByText(before1(m('goal-target', { date: 'x' }))).waitFor();

    // A step: agency, an appointment, linked to the sub-goal.
    await button('plan-add-step').click();
    await page.locator('main[data-screen="step"]').waitFor();
    assert.equal((await heading().textContent()).trim(), m('step-new-title'));
    await page.locator('#step-title').fill(w.step);
    await page.locator('#step-type').selectOption('internship');
    await page.locator('#step-agency').selectOption('public_employment_service');
    await page.locator('#step-stage').selectOption('activity');
    await page.locator('#step-contact').selectOption({ label: `Anna Berg – ${m('agency-public-employment-service')}` });
    await page.getByRole('checkbox', { name: w.sub }).check();
    // Two parts of life it helps with, chosen out of catalog order.
    const areas = page.getByRole('group', { name: m('step-field-life-areas') });
    assert.equal(await areas.getByRole('checkbox').count(), 8);
    await areas.getByRole('checkbox', { name: m('life-area-work-studies'), exact: true }).check();
    await areas.getByRole('checkbox', { name: m('life-area-housing'), exact: true }).check();
    await button('appointment-add').click();
    const appointment = page.locator('fieldset.appointment').first();
    assert.equal(await appointment.locator('legend').first().textContent(), m('appointment-number', { number: 1 }));
    await pickDate(appointment.locator('fieldset.date'), year, 12, 31);
    const time = appointment.locator('fieldset.time');
    assert.equal((await time.locator('legend').textContent()).trim(), m('appointment-time'));
    await time.getByLabel(m('appointment-hour')).selectOption('23');
    await time.getByLabel(m('appointment-minute')).selectOption('30');
    await appointment.getByLabel(m('appointment-place')).fill('Kungsgatan 1');
    await appointment.getByLabel(m('appointment-with')).fill('Anna Berg');
    // End before start: the core says so, and nothing is saved.
    await pickDate(page.locator('#step-start'), year, 3, 10);
    await pickDate(page.locator('#step-end'), year, 3, 1);
    await button('step-save').click();
    await page
      .getByRole('alert')
      .getByText(m('record-error-end-before-start', { field: m('step-field-end') }))
      .waitFor();
    assert.equal(await page.locator('main').getAttribute('data-screen'), 'step');
    await b.check(page, 'end before start', `step-end-before-start-${locale.code}`);
    await pickDate(page.locator('#step-end'), year, 11, 30);
    await button('step-save').click();

    // Back in the plan: the step under the sub-goal, with who does it.
    await page.locator('main[data-screen="plan"]').waitFor();
    const stepButton = subItem.getByRole('button', { name: w.step });
    await stepButton.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), w.step);
    const stepItem = subItem.locator('li.step');
    await stepItem
      .getByText(m('step-who-with-contact', { agency: m('agency-public-employment-service'), contact: 'Anna Berg' }))
      .waitFor();
    await stepItem.getByText('Anna Berg').waitFor();
    await stepItem.getByText(m('step-state', { status: m('step-status-planned') })).waitFor();
    await stepItem.getByText(before1(m('step-next-appointment', { when: 'x' }))).waitFor();
    await finalSection.getByText(m('goal-step-count', { count: 1 })).waitFor();
    await b.check(page, 'plan with a step', `plan-${locale.code}`);

    // Done, evaluated; the history shows both statuses. While the step is
    // read, the screen says so, and its heading (where focus is) does not
    // call it a new step.
    const release = await holdCommand(page, 'get_steps');
    await stepButton.click();
    await page.locator('main[data-screen="step"]').waitFor();
    await page.getByRole('status').getByText(m('step-loading')).waitFor();
    assert.equal((await heading().textContent()).trim(), m('step-title'));
    await release();
    await page.locator('#step-new-status').waitFor();
    assert.equal((await heading().textContent()).trim(), w.step);
    // The life areas are there again, in catalog order, and ticked in the form.
    assert.deepEqual(await page.getByTestId('step-life-areas').locator('li').allTextContents(), [
      m('life-area-housing'),
      m('life-area-work-studies'),
    ]);
    const areaBoxes = page.getByRole('group', { name: m('step-field-life-areas') }).getByRole('checkbox');
    const ticked = [];
    for (const box of await areaBoxes.all()) if (await box.isChecked()) ticked.push(await box.getAttribute('value'));
    assert.deepEqual(ticked, ['housing', 'work_studies']);
    assert.equal(await page.getByRole('heading', { name: m('evaluation-title') }).count(), 0);
    await page.locator('#step-new-status').selectOption('done');
    await button('step-progress-submit').click();
    await page.getByText(m('step-progress-changed')).waitFor();
    const history = page.getByTestId('step-history').locator('li');
    assert.equal(await history.count(), 2);
    assert.ok((await history.nth(0).textContent()).includes(m('step-status-planned')));
    assert.ok((await history.nth(1).textContent()).includes(m('step-status-done')));
    await page.getByRole('heading', { name: m('evaluation-title') }).waitFor();
    await button('evaluation-save').click();
    await page.getByRole('alert').getByText(m('evaluation-choose')).waitFor();
    await page.getByRole('radio', { name: m('evaluation-score-4') }).check();
    await page.locator('#evaluation-helped').fill('Handledaren var snäll.');
    await page.locator('#evaluation-hard').fill('Tidiga morgnar.');
    await button('evaluation-save').click();
    await page.getByText(m('evaluation-saved')).waitFor();
    await b.check(page, 'step done and evaluated', `step-${locale.code}`);
    const saved = (await storedVault(page)).steps[0];
    assert.deepEqual(saved.evaluation, { usefulness: 4, helped: 'Handledaren var snäll.', hard: 'Tidiga morgnar.' });
    assert.deepEqual(saved.appointments, [
      { at: `${year}-12-31T23:30:00`, place: 'Kungsgatan 1', with_whom: 'Anna Berg' },
    ]);
    assert.equal(saved.status, 'done');
    assert.deepEqual(saved.life_areas, ['housing', 'work_studies']);
    assert.equal(saved.contact_id, 1);

    // Back: focus returns to the step, now done.
    await button('step-back').click();
    await page.locator('main[data-screen="plan"]').waitFor();
    await stepItem.getByText(m('step-state', { status: m('step-status-done') })).waitFor();
    await page.waitForFunction((title) => document.activeElement?.textContent?.trim() === title, w.step);

    // Delete the sub-goal: the confirmation names it; keep first, then delete.
    await button('goal-delete', subItem).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(m('goal-delete-title')).waitFor();
    await dialog.getByText(w.sub).waitFor();
    await dialog.getByText(w.step).waitFor();
    await b.check(page, 'confirm goal deletion', `plan-delete-${locale.code}`);
    await button('delete-keep').click();
    assert.equal(await dialog.count(), 0);
    assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /^goal-\d+-delete$/);
    await button('goal-delete', subItem).click();
    await button('delete-confirm').click();
    await page.getByRole('status').getByText(m('plan-goal-deleted')).waitFor();
    assert.equal(await subItem.count(), 0);
    await finalSection.getByText(m('goal-sub-count', { count: 0 })).waitFor();
    // The step stays, now without a goal.
    await page
      .locator('section.goal[data-goal="none"]')
      .getByRole('button', { name: w.step })
      .waitFor();
    await b.check(page, 'after deletion', `plan-after-delete-${locale.code}`);

    assert.deepEqual(problems, []);
    await close();
  });
}

// A goal with many closed steps: the steps still to do show, the closed
// ones fold behind a button that says how many; it opens and closes them
// (aria-expanded), and coming back from a closed step opens its list and
// puts focus on it. A goal with few closed steps shows them all.
for (const locale of testedLocales(repo)) {
  test(`closed steps fold under a goal in ${locale.code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, locale.code);
    const goal = (id, title) => ({ id, final_goal_id: null, kind: 'free_text', title, occupation: null, target_date: null, status: 'active' });
    const under = (goalId, fields) => ({ ...stepRecord({ agency: 'municipal_labour_market', stage: 'activity', ...fields }), goal_ids: [goalId] });
    const steps = [
      under(1, { id: 1, title: 'Course 1', status: 'done' }),
      under(1, { id: 2, title: 'Course 2', status: 'cancelled' }),
      under(1, { id: 3, title: 'Course 3', status: 'ongoing' }),
      under(1, { id: 4, title: 'Course 4', status: 'done' }),
      under(1, { id: 5, title: 'Course 5', status: 'done' }),
      under(2, { id: 6, title: 'Visit 1', status: 'done' }),
      under(2, { id: 7, title: 'Visit 2', status: 'planned' }),
    ];
    const { page, problems, close } = await b.open({
      preferences: { language: locale.code },
      vault: { ...vault, goals: [goal(1, 'Swedish'), goal(2, 'Health')], steps },
    });
    await unlock(page, m);
    await openScreen(page, m, 'nav-plan', 'plan');
    const swedish = page.locator('section.goal[data-goal="1"]');
    const health = page.locator('section.goal[data-goal="2"]');
    const stepButtons = async (scope) => (await scope.locator('button[data-step]').allTextContents()).map((t) => t.trim());
    const fold = swedish.getByRole('button', { name: m('plan-closed-show', { count: 4 }), exact: true });
    await fold.waitFor();
    assert.deepEqual(await stepButtons(swedish), ['Course 3']);
    assert.equal(await fold.getAttribute('aria-expanded'), 'false');
    // Few closed steps: nothing folds.
    await health.getByRole('button', { name: 'Visit 1' }).waitFor();
    assert.equal(await health.locator('button[aria-expanded]').count(), 0);
    await b.check(page, 'closed steps folded', `plan-folded-${locale.code}`);

    // Open: every step in its order; the same button closes them again.
    await fold.click();
    const unfold = swedish.getByRole('button', { name: m('plan-closed-hide'), exact: true });
    await unfold.waitFor();
    assert.equal(await unfold.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded')), 'true');
    assert.deepEqual(await stepButtons(swedish), ['Course 1', 'Course 2', 'Course 3', 'Course 4', 'Course 5']);
    await b.check(page, 'closed steps shown', `plan-unfolded-${locale.code}`);

    // Into a closed step and back: its list is open and it has focus.
    await swedish.getByRole('button', { name: 'Course 4' }).click();
    await page.locator('main[data-screen="step"]').waitFor();
    await page.getByRole('button', { name: m('step-back'), exact: true }).click();
    await page.locator('main[data-screen="plan"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Course 4');
    await unfold.click();
    await fold.waitFor();
    assert.deepEqual(await stepButtons(swedish), ['Course 3']);

    assert.deepEqual(problems, []);
    await close();
  });
}
