// My page (the overview), in every shipped language. A new, empty record:
// every part says it is empty and has its button on, the stage is the
// first one and called a suggestion. A filled record: the stage the steps
// suggest, a stage chosen and kept after locking and opening again, then
// given back to the suggestion; the next appointments in time order (past
// ones left out), each opening its step; the ongoing and planned steps by
// agency in catalog order with their contact; the latest check-in's star
// (closed where every area has a level, broken where one has none; the
// lock mark on sensitive areas); only the obstacle not solved, with the
// lock mark of a sensitive kind; the days since arrival and since the
// residence permit, counted from today in Stockholm. No accessibility
// violations, no missing messages.
import { test } from 'node:test';
import { TEST_TIMEOUT } from '../lib/limits.mjs';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { asciiDigits, messages, testedLocales } from '../lib/fluent.mjs';
import { stockholmDay } from '../lib/time.mjs';
import { vaultBase as base, useBrowser, unlock, before1, filledVault } from '../lib/ui.mjs';

/** A day `offset` days from today in Stockholm (as the app and the core count). */
const day = stockholmDay;
/** Arabic-Indic and Persian digits as ASCII, so counts compare whatever digits the locale writes. */
const ascii = asciiDigits;

// The person's own words, in their language (Arabic, so bidi is exercised).
const words = {
  sv: ['Praktik på vårdcentralen', 'SFI kurs C', 'Samhällsorientering', 'Söka bostad', 'Jobbsökarkurs', 'Ingen förskoleplats', 'Bussen går sällan'],
  en: ['Internship at the health centre', 'SFI course C', 'Civic orientation', 'Find a flat', 'Job search course', 'No preschool place', 'The bus seldom runs'],
  ar: ['تدريب عملي في المركز الصحي', 'دورة SFI المستوى C', 'التوجيه المجتمعي', 'البحث عن سكن', 'دورة البحث عن عمل', 'لا يوجد مكان في الروضة', 'الحافلة نادرة'],
};

const b = useBrowser();

/** Unlocks and waits for My page's parts. */
async function unlockToHome(page, m) {
  await unlock(page, m);
  await page.getByTestId('overview-stage').waitFor();
}

for (const locale of testedLocales(repo)) {
  test(`an empty record's page in ${locale.code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, locale.code);
    const vault = { ...base, profile: { name: 'Omid', arrived: null } };
    const { page, problems, close } = await b.open({ preferences: { language: locale.code }, vault });
    const button = (id, scope = page) => scope.getByRole('button', { name: m(id), exact: true });
    await unlockToHome(page, m);
    assert.equal((await page.locator('main h1').textContent()).trim(), m('welcome-greeting', { name: 'Omid' }));

    // The parts in order, each an h2.
    const h2 = await page.locator('main h2').allTextContents();
    assert.deepEqual(
      h2.map((t) => t.trim()),
      ['home-stage-title', 'home-appointments-title', 'home-agencies-title', 'home-life-title', 'home-obstacles-title', 'home-time-title'].map(
        (id) => m(id),
      ),
    );

    // The first stage, only suggested.
    const stage = page.getByTestId('overview-stage');
    assert.equal(await stage.locator('[aria-current="step"]').getAttribute('data-stage'), 'intake');
    assert.match(await stage.locator('[aria-current="step"]').textContent(), new RegExp(m('home-stage-marker-suggested')));
    assert.equal((await page.getByTestId('stage-said').textContent()).trim(), m('home-stage-suggested', { stage: m('stage-intake') }));
    await stage.getByText(m('home-stage-intake-description')).first().waitFor();

    // Every part says it is empty.
    await page.getByTestId('overview-appointments').getByText(m('home-appointments-none')).waitFor();
    await page.getByTestId('overview-agencies').getByText(m('home-agencies-none')).waitFor();
    await page.getByTestId('overview-life').getByText(m('home-life-none')).waitFor();
    await page.getByTestId('overview-obstacles').getByText(m('home-obstacles-none')).waitFor();
    await page.getByTestId('overview-time').getByText(m('home-no-arrived')).waitFor();
    await page.getByTestId('overview-time').getByText(m('home-no-permit')).waitFor();
    await b.check(page, 'empty home', `home-empty-${locale.code}`);

    // Each part's button goes where it is changed.
    const goes = [
      ['overview-appointments', 'home-to-plan', 'plan'],
      ['overview-agencies', 'home-to-plan', 'plan'],
      ['overview-life', 'home-life-first', 'checkin'],
      ['overview-life', 'home-to-life-areas', 'life-areas'],
      ['overview-obstacles', 'home-to-obstacles', 'obstacles'],
      ['overview-time', 'home-edit-profile', 'profile'],
    ];
    for (const [part, id, screen] of goes) {
      await button(id, page.getByTestId(part)).click();
      await page.locator(`main[data-screen="${screen}"]`).waitFor();
      await button('nav-home').click();
      await page.getByTestId('overview-stage').waitFor();
    }

    assert.deepEqual(problems, []);
    await close();
  });

  test(`a filled record's page in ${locale.code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, locale.code);
    const w = words[locale.code] ?? words.en;
    const { page, problems, close } = await b.open({ preferences: { language: locale.code }, vault: filledVault(w) });
    const button = (id, scope = page) => scope.getByRole('button', { name: m(id), exact: true });
    await unlockToHome(page, m);
    assert.equal((await page.locator('main h1').textContent()).trim(), m('welcome-greeting', { name: 'Amina Yusuf' }));

    // The stage the steps suggest: the latest stage of an ongoing step.
    const stage = page.getByTestId('overview-stage');
    const said = page.getByTestId('stage-said');
    assert.equal(await stage.locator('[aria-current="step"]').getAttribute('data-stage'), 'activity');
    assert.equal((await said.textContent()).trim(), m('home-stage-suggested', { stage: m('stage-activity') }));

    // The next appointments, soonest first, without the past one or the done step's.
    const appointments = page.getByTestId('overview-appointments');
    const titles = (await appointments.locator('li.appointment button').allTextContents()).map((t) => t.trim());
    assert.deepEqual(titles, [w[2], w[1], w[0], w[1]]);
    assert.match(ascii(await appointments.locator('time').first().getAttribute('datetime')), new RegExp(`^${day(3)}T09:15:00$`));
    await appointments.getByText('Komvux, sal 4').first().waitFor();
    assert.equal(await appointments.getByText('Kungsgatan 1').count(), 1);

    // Who does what: ongoing and planned steps by agency, in catalog order.
    const agencies = page.getByTestId('overview-agencies');
    assert.deepEqual(
      (await agencies.locator('h3').allTextContents()).map((t) => t.trim()),
      [m('agency-public-employment-service'), m('agency-adult-education'), m('agency-county-board')],
    );
    const pes = agencies.locator('[data-agency="public_employment_service"]');
    assert.deepEqual((await pes.locator('button').allTextContents()).map((t) => t.trim()), [w[4], w[0]]);
    await pes.getByText(m('home-step-status', { status: m('step-status-ongoing') })).waitFor();
    await pes.getByText(m('home-step-status', { status: m('step-status-planned') })).waitFor();
    assert.equal(await pes.getByText('Anna Berg').count(), 2);
    assert.equal(await agencies.getByText(w[3]).count(), 0, 'a done step is not listed');

    // The latest check-in: its star, and its date.
    const life = page.getByTestId('overview-life');
    await life.getByText(before1(m('home-life-latest', { date: 'x' }))).waitFor();
    assert.ok((await life.locator('svg:not(.icon)').count()) > 0, 'the star is drawn');
    // The latest has every area: one closed shape. The one before has no
    // preschool: one line round the other seven, open there.
    assert.equal(await life.locator('polygon.latest').count(), 1);
    assert.equal(await life.locator('polygon.previous').count(), 0);
    assert.deepEqual(await life.locator('polyline.previous').evaluateAll((ls) => ls.map((l) => l.dataset.areas)), [
      'health work_studies swedish_language household_economy network welfare_system housing',
    ]);
    // Sensitive areas have the lock mark in the star's table.
    assert.equal(await life.locator('tr[data-area="health"] [data-sensitive]').count(), 1);
    assert.equal(await life.locator('tr[data-area="network"] [data-sensitive]').count(), 0);
    assert.equal(await button('home-life-first', life).count(), 0);

    // Only the obstacle not solved.
    const obstacles = page.getByTestId('overview-obstacles');
    assert.equal(await obstacles.locator('li.obstacle').count(), 1);
    await obstacles.getByText(m('obstacle-no-childcare')).waitFor();
    await obstacles.getByText(w[5]).waitFor();
    await obstacles.getByText(m('home-obstacle-status', { status: m('obstacle-status-open') })).waitFor();
    // No childcare is a sensitive kind: the same lock mark as on the obstacles screen.
    assert.equal((await obstacles.locator('li.obstacle [data-sensitive]').textContent()).trim(), m('obstacles-sensitive-note'));
    assert.equal(await obstacles.getByText(w[6]).count(), 0);

    // The days since arrival and since the residence permit.
    const days = async (id) => ascii((await page.getByTestId(id).textContent()).trim());
    assert.equal(await days('days-since-arrival'), ascii(m('home-days-ago', { days: 400 })));
    assert.equal(await days('days-since-permit'), ascii(m('home-days-ago', { days: 12 })));
    await page.getByTestId('arrived').waitFor();
    await page.getByTestId('permit').waitFor();
    await b.check(page, 'filled home', `home-filled-${locale.code}`);

    // An appointment opens its step.
    await appointments.getByRole('button', { name: w[2] }).click();
    await page.locator('main[data-screen="step"]').waitFor();
    await page.waitForFunction((t) => document.querySelector('#step-title')?.value === t, w[2]);
    await button('nav-home').click();
    await page.getByTestId('overview-stage').waitFor();

    // Choose a stage by keyboard-reachable radios; it is said and marked.
    await button('home-stage-change').click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('value')), '');
    await page.getByRole('group', { name: m('home-stage-legend') }).waitFor();
    await b.check(page, 'stage choice', `home-stage-choice-${locale.code}`);
    await page.getByRole('radio', { name: m('stage-vision'), exact: true }).check();
    await button('home-stage-save').click();
    await page.getByRole('status').getByText(m('home-stage-saved')).waitFor();
    assert.equal((await page.evaluate(() => document.activeElement?.textContent ?? '')).trim(), m('home-stage-change'));
    assert.equal((await said.textContent()).trim(), m('home-stage-chosen', { stage: m('stage-vision') }));
    assert.equal(await stage.locator('[aria-current="step"]').getAttribute('data-stage'), 'vision');
    assert.match(await stage.locator('[aria-current="step"]').textContent(), new RegExp(m('home-stage-marker-chosen')));

    // Kept after locking and opening again.
    await page.reload();
    await unlockToHome(page, m);
    assert.equal((await page.getByTestId('stage-said').textContent()).trim(), m('home-stage-chosen', { stage: m('stage-vision') }));

    // Back to the suggestion.
    await button('home-stage-change').click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('value')), 'vision');
    await page.getByRole('radio', { name: m('home-stage-follow-steps', { stage: m('stage-activity') }) }).check();
    await button('home-stage-save').click();
    await page.getByRole('status').getByText(m('home-stage-saved')).waitFor();
    assert.equal((await page.getByTestId('stage-said').textContent()).trim(), m('home-stage-suggested', { stage: m('stage-activity') }));

    assert.deepEqual(problems, []);
    await close();
  });
}
