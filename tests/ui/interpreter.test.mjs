// The interpreter's view: switched on from the welcome screen, remembered
// after a reload, and on every screen of the record each label in the
// participant's language and in the second one, each with its own `lang`
// and `dir`; side by side on a wide window, one above the other on a
// narrow one; what the person typed shown once. No accessibility
// violations, no missing messages, a screenshot of each screen
// (artifacts/ui/interpreter-<participant>-<second>-<screen>.png).
import { test } from 'node:test';
import { TEST_TIMEOUT } from '../lib/limits.mjs';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { messages, shippedLocales } from '../lib/fluent.mjs';
import { PASS, vaultBase, contact, stepRecord, useBrowser, MENU } from '../lib/ui.mjs';

/** The participant's language and the interpreter's second language, one test each. */
const PAIRS = [
  ['prs', 'sv'],
  ['en', 'ar'],
];

const b = useBrowser();
const dirOf = Object.fromEntries(shippedLocales(repo).map((l) => [l.code, l.dir]));
/** Text without Fluent's direction marks around its variables. */
const plain = (s) => s.replace(/[\u2068\u2069]/g, '');

/** What the person typed: shown once, whatever the view. */
const TYPED = 'Praktik på vårdcentralen 7';

const vault = {
  ...vaultBase,
  profile: { name: 'Amina Yusuf', arrived: '2023-09-14' },
  contacts: [contact(1, 'Anna Berg', 'public_employment_service')],
  nextContactId: 2,
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
    { id: 1, final_goal_id: null, kind: 'free_text', title: 'Nurse', occupation: null, target_date: null, status: 'active' },
  ],
  steps: [
    stepRecord({ id: 1, title: TYPED, agency: 'public_employment_service', status: 'ongoing', stage: 'activity', contact_id: 1 }),
    stepRecord({ id: 2, title: 'SFI C', agency: 'adult_education', status: 'planned', stage: 'matching' }),
  ],
  checkins: [
    { id: 1, date: '2025-02-01', areas: [{ life_area: 'housing', level: 'struggling', note: '' }], note: '' },
    { id: 2, date: '2025-03-01', areas: [{ life_area: 'housing', level: 'mostly_managing', note: '' }], note: '' },
  ],
  obstacles: [
    {
      id: 1,
      kind: 'no_childcare',
      description: 'Ingen förskoleplats',
      status: 'open',
      handled_by: null,
      contact_id: null,
      noticed_on: '2025-02-10',
      handling_since: null,
      solved_on: null,
    },
  ],
  notes: [{ id: 1, date: '2025-03-02', language: 'en', text: 'Called Anna' }],
};

/** The interpreter's view's switch in the header. */
const toggle = (page) => page.locator('header button[aria-pressed]');

/**
 * Every label shown twice on the screen: some, and each with the
 * participant's `lang`/`dir` first and the second language's after; the
 * heading among them; no missing messages, no axe violations; a screenshot.
 */
async function checkScreen(page, [one, two], screen) {
  const what = `${one}+${two} ${screen}`;
  await page.locator(`main[data-screen="${screen}"] h1`).first().waitFor();
  // The second language's text arrives with its messages.
  await page.waitForFunction(
    (l) => [...document.querySelectorAll(`main [lang="${l}"]`)].some((e) => e.textContent.trim()),
    two,
  );
  const pairs = await page.locator('main .both').evaluateAll((all) =>
    all.map((e) => [...e.children].map((c) => ({ lang: c.lang, dir: c.dir, script: c.dataset.script ?? null, text: c.textContent }))),
  );
  assert.ok(pairs.length >= 2, `${what}: labels in two languages`);
  for (const p of pairs) {
    assert.equal(p.length, 2, what);
    assert.deepEqual([p[0].lang, p[0].dir], [one, dirOf[one]], what);
    assert.deepEqual([p[1].lang, p[1].dir], [two, dirOf[two]], what);
    assert.ok(p[1].script, `${what}: the second language's font`);
    assert.notEqual(p[0].text, p[1].text, what);
  }
  // A step's heading is its title, in the person's own words: once.
  if (screen === 'step') assert.equal(await page.locator('main h1 .both').count(), 0, what);
  else assert.ok(await page.locator(`main h1 [lang="${two}"]`).count(), `${what}: the heading in ${two}`);
  await b.check(page, what, `interpreter-${one}-${two}-${screen}`);
}

for (const [one, two] of PAIRS) {
  const m1 = messages(repo, one);
  const m2 = messages(repo, two);
  /** A button of the menu, named in both languages. */
  const menuButton = (page, id) =>
    page.getByRole('navigation').getByRole('button', { name: `${m1(id)} ${m2(id)}`, exact: true });

  test(`interpreter's view, ${one} with ${two}: switched on before the record, remembered, on every screen`, { timeout: TEST_TIMEOUT }, async () => {
    const { page, problems, close } = await b.open({ preferences: { language: one }, vault });

    // Off at first: one language, no second text.
    await page.locator('main[data-screen="unlock"]').waitFor();
    assert.equal(await toggle(page).getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator('.both').count(), 0);

    // On, from the unlock screen's header; the second language chosen.
    await toggle(page).click();
    assert.equal(await toggle(page).getAttribute('aria-pressed'), 'true');
    const select = page.locator('#interpreter-language');
    await select.selectOption(two);
    assert.equal(await page.evaluate(() => window.__ETAPP_MOCK__.disk.preferences.interpreter), two);
    await checkScreen(page, [one, two], 'unlock');
    assert.equal(plain(await page.locator(`main h1 [lang="${two}"]`).textContent()), plain(m2('unlock-title')));
    assert.equal(plain(await page.locator(`main h1 [lang="${one}"]`).textContent()), plain(m1('unlock-title')));

    // Remembered: after a reload (as locking does) it is still on.
    await page.reload();
    await page.waitForSelector('main[data-ready="true"]');
    assert.equal(await toggle(page).getAttribute('aria-pressed'), 'true');
    assert.equal(await select.inputValue(), two);

    // Open the record with the view on.
    await page.locator('#unlock-passphrase').fill(PASS);
    await page.locator('main form button[type="submit"]').click();
    await page.locator('main[data-screen="home"]').waitFor();

    for (const [nav, screen] of MENU) {
      await menuButton(page, nav).click();
      await page.locator(`main[data-screen="${screen}"]`).waitFor();
      await checkScreen(page, [one, two], screen);
      if (screen === 'background') {
        // Deleting an entry: the question names it, in both languages.
        await page.locator('#bg-work_experience-1-delete').click();
        const question = page.locator('#bg-work_experience-1-confirm-question');
        await question.waitFor();
        const name = await page.locator('#bg-work_experience-1-name bdi').textContent();
        for (const l of [one, two]) {
          const text = await question.locator(`.both > [lang="${l}"]`).textContent();
          assert.ok(text.includes(name), `${one}+${two}: the question in ${l} names ${name}: ${text}`);
        }
        await page.getByRole('alertdialog').locator('button').first().click();
        await question.waitFor({ state: 'detached' });
      }
      if (screen === 'plan') {
        // The step's title, typed by the person, is shown once.
        const text = await page.locator('main').innerText();
        assert.equal(text.split(TYPED).length - 1, 1, 'the typed title once');
        assert.equal(await page.locator('.both', { hasText: TYPED }).count(), 0);
        // A step, opened.
        await page.locator('main button', { hasText: TYPED }).first().click();
        await page.locator('main[data-screen="step"]').waitFor();
        await checkScreen(page, [one, two], 'step');
        assert.equal(await page.locator('main input#step-title').inputValue(), TYPED);
        // A month in a date's drop-down: in both languages, one option.
        const march = await page.locator('#step-start label:nth-child(2) select option[value="3"]').textContent();
        const names = plain(march).split(' · ');
        assert.equal(names.length, 2, `${one}+${two}: ${march}`);
        assert.ok(names.every((n) => n.trim()) && names[0] !== names[1], `${one}+${two}: ${march}`);
      }
    }

    // A narrow window: the two one above the other.
    await page.setViewportSize({ width: 480, height: 800 });
    await menuButton(page, 'nav-home').click();
    await page.locator('main[data-screen="home"]').waitFor();
    const stacked = await page.locator('main h1 .both').first().evaluate((e) => {
      const [a, c] = [...e.children].map((x) => x.getBoundingClientRect());
      return { direction: getComputedStyle(e).flexDirection, below: c.top >= a.bottom - 1 };
    });
    assert.deepEqual(stacked, { direction: 'column', below: true });
    await b.check(page, `${one}+${two} narrow home`, `interpreter-${one}-${two}-home-narrow`);

    // Off again: one language, remembered.
    await toggle(page).click();
    assert.equal(await toggle(page).getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator('.both').count(), 0);
    assert.equal(await page.evaluate(() => window.__ETAPP_MOCK__.disk.preferences.interpreter), null);
    assert.deepEqual(problems, []);
    await close();
  });

  test(`interpreter's view, ${one} with ${two}: on the welcome screen`, { timeout: TEST_TIMEOUT }, async () => {
    const { page, problems, close } = await b.open({ preferences: { language: one } });
    await page.locator('main[data-screen="welcome"]').waitFor();
    await toggle(page).click();
    await page.locator('#interpreter-language').selectOption(two);
    await checkScreen(page, [one, two], 'welcome');
    // The switch's own label in both languages, each language's name in its own.
    assert.equal(plain(await toggle(page).locator(`[lang="${two}"]`).textContent()), plain(m2('interpreter-view')));
    assert.equal(await page.locator(`#interpreter-language option[value="${two}"]`).getAttribute('lang'), two);
    await page.setViewportSize({ width: 480, height: 800 });
    await b.check(page, `${one}+${two} narrow welcome`, `interpreter-${one}-${two}-welcome-narrow`);
    // A reload keeps it.
    await page.reload();
    await page.waitForSelector('main[data-ready="true"]');
    assert.equal(await toggle(page).getAttribute('aria-pressed'), 'true');
    assert.ok(await page.locator(`main h1 [lang="${two}"]`).count());
    assert.deepEqual(problems, []);
    await close();
  });
}
