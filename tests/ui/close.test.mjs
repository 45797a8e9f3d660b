// "Close to what I have done", in every shipped language: a person who
// cleaned (Städare) and trained as an interpreter (Tolk, named on the
// education, picked in the education form with the occupation search),
// with a goal of Hemsjukvårdare. From My page: their occupations; very
// close (Industristädare, Sjukhusstädare) and somewhat close, each with
// its group in Swedish and its field in the person's words and which of
// theirs lead there; for Tolk, with no relation, its occupation group
// apart; the goal, which none of theirs leads to. Sjukhusstädare made a
// goal: marked as one, and the goals now name Städare as leading there.
// The note goes to the guide's entry on UHR; from My background and back.
// Names are marked Swedish. No accessibility violations, no missing
// messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { messages, testedLocales } from '../lib/fluent.mjs';
import { useBrowser, unlock, openScreen, vaultBase } from '../lib/ui.mjs';

const b = useBrowser();
/** Text without Fluent's direction marks around its variables. */
const plain = (s) => s.replace(/[\u2068\u2069]/g, '');

const vault = {
  ...vaultBase,
  profile: { name: 'Dawit', arrived: '2023-05-02' },
  background: {
    education: [],
    work_experience: [
      { id: 1, occupation: { jobtech_id: 'KF64_AvU_S4N', ssyk: '9111' }, title: '', country: 'ER', years: 6, tasks: '' },
    ],
    skills: [],
    certificates: [],
    driving_licence: null,
    asylum_period: [],
  },
  goals: [
    {
      id: 1,
      final_goal_id: null,
      kind: 'occupation',
      title: 'Hemsjukvårdare',
      occupation: { jobtech_id: 'wvmE_VKa_dzo', ssyk: '5321' },
      target_date: null,
      status: 'active',
    },
  ],
};

for (const locale of testedLocales(repo)) {
  const code = locale.code;
  test(`close occupations: see what is close, make one a goal, in ${code}`, async () => {
    const m = messages(repo, code);
    const { page, problems, close } = await b.open({ preferences: { language: code }, vault });
    const button = (id, args) => page.getByRole('button', { name: m(id, args), exact: true });
    await unlock(page, m);

    // The education names the occupation it trained for, from the search.
    await openScreen(page, m, 'nav-background', 'background');
    await button('background-education-add').click();
    await page.locator('#bg-education-field').fill('Tolkutbildning');
    const box = page.locator('#bg-education-occupation');
    assert.equal(await box.getAttribute('role'), 'combobox');
    await box.focus();
    await page.keyboard.type('tolk');
    await page.locator('#bg-education-occupation-list [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByTestId('bg-education-occupation-chosen').getByText('Tolk', { exact: true }).waitFor();
    await button('action-save').click();
    const education = page.locator('section[data-part="education"]');
    await education.getByRole('status').getByText(m('background-saved')).waitFor();
    await education.locator('[lang="sv"]', { hasText: 'Tolk' }).first().waitFor();

    // From My page.
    await openScreen(page, m, 'nav-home', 'home');
    await button('close-open').click();
    await page.locator('main[data-screen="close-occupations"]').waitFor();
    await page.waitForFunction(() => document.activeElement === document.querySelector('main h1'));
    assert.equal((await page.locator('main h1').textContent()).trim(), m('close-title'));
    const own = page.locator('section[aria-labelledby="close-own-title"] li');
    await own.first().waitFor();
    assert.deepEqual(await own.allTextContents(), ['Städare', 'Tolk']);
    assert.deepEqual(await own.locator('bdi').evaluateAll((els) => els.map((e) => e.lang)), ['sv', 'sv']);

    const names = (testid) => page.getByTestId(testid).locator('[data-testid="close-occupation"] .name').allTextContents();
    assert.deepEqual(await names('close-very'), ['Industristädare', 'Sjukhusstädare']);
    assert.deepEqual(await names('close-somewhat'), [
      'Arbetsledare städ',
      'Byggstädare',
      'Cabin stewardess/Hyttvärdinna',
      'Fartygsstädare',
      'Fönsterputsare',
    ]);
    const hospital = page.locator('[data-jobtech="gBcF_mUm_Ruc"]');
    const text = plain(await hospital.textContent());
    assert.ok(text.includes(m('ssyk-major-9')), 'the field in the person’s words');
    assert.ok(text.includes('Städare') && text.includes('9111'), 'its group, in Swedish, with its code');
    assert.ok(text.includes(plain(m('close-leads-from', { count: 1 }))), text);
    assert.equal(await hospital.locator('.name').getAttribute('lang'), 'sv');
    // Tolk has no relation: its occupation group, apart and weaker.
    const group = page.getByTestId('close-same-group');
    assert.equal(await group.count(), 1);
    assert.ok(plain(await group.textContent()).includes(plain(m('close-no-relations', { occupation: 'Tolk' }))));
    assert.ok((await group.locator('.name').allTextContents()).includes('Kontakttolk/Dialogtolk'));
    assert.equal(await group.locator('li.weaker').count(), await group.locator('li').count());
    // The goal none of theirs leads to.
    const goals = page.getByTestId('close-goals');
    assert.ok(plain(await goals.textContent()).includes(m('close-goal-no-leads')));
    await b.check(page, 'close occupations', `close-${code}`);

    // Make Sjukhusstädare a goal.
    await hospital.getByRole('button', { name: `${m('close-make-goal')} Sjukhusstädare`, exact: true }).click();
    await page.locator('#close-made').waitFor();
    assert.ok(plain(await page.locator('#close-made').textContent()).includes(plain(m('close-made-goal', { occupation: 'Sjukhusstädare' }))));
    await hospital.getByText(m('close-your-goal')).waitFor();
    assert.equal(await hospital.getByRole('button').count(), 0);
    const leads = plain(m('close-goal-leads', { occupations: 'Städare' }));
    assert.ok(plain(await goals.textContent()).includes(leads), await goals.textContent());
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('__etapp_mock__')).vault.goals);
    const made = stored.find((g) => g.occupation?.jobtech_id === 'gBcF_mUm_Ruc');
    assert.deepEqual(
      { kind: made.kind, title: made.title, final_goal_id: made.final_goal_id, ssyk: made.occupation.ssyk },
      { kind: 'occupation', title: 'Sjukhusstädare', final_goal_id: null, ssyk: '9111' },
    );
    await b.check(page, 'a goal made', `close-goal-${code}`);

    // The note leads to the guide's entry for UHR.
    await button('close-guide-link').click();
    await page.locator('main[data-screen="guide"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'guide-council_for_higher_education-title');

    // From My background, and back there.
    await openScreen(page, m, 'nav-background', 'background');
    await button('close-open').click();
    await page.locator('main[data-screen="close-occupations"]').waitFor();
    await button('action-back').click();
    await page.locator('main[data-screen="background"]').waitFor();

    assert.deepEqual(problems, []);
    await close();
  });
}
