// Sharing with a case worker, in every shipped language: the wizard from
// My page — to whom (filled from a contact; an empty name refused by the
// core, next to its field), why ("other" needs words), what (nothing
// ticked at first; health, family and money things with their own tick
// and a sentence; a sensitive part that would ride along, and the stage
// without all steps, refused next to them), how long (30 days, shown as a
// date), the preview (exactly the chosen things, in the person's language
// and Swedish side by side, what was left out as sensitive, the consent
// text), the last look (a closed save window saves nothing), the code
// (Latin digits in order, and Arabic-Indic ones beside them in Arabic)
// and the fingerprint — then the share log, where the share is marked
// withdrawn after an honest question. The whole wizard also by keyboard
// alone. Every state: no accessibility violations, no missing messages,
// a screenshot. The page's clock is fixed (tests/lib/share.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { appDate, messages, testedLocales } from '../lib/fluent.mjs';
import { useBrowser, unlock, openScreen, vaultBase, PASS } from '../lib/ui.mjs';
import { shareVault, NOW, WORDS } from '../lib/share.mjs';

const b = useBrowser();
const DAY = 86_400_000;

/** A day (or an instant, with `time`) as the app writes it in `locale`: long, Gregorian, in Sweden. */
const when = (page, locale, at, time = false) =>
  appDate(page, repo, locale, { dateStyle: 'long', ...(time ? { timeStyle: 'short' } : {}), timeZone: 'Europe/Stockholm' }, at);

/** Waits for the wizard's screen `step`; its title has the focus. */
async function onStep(page, step, title) {
  await page.locator(`[data-step="${step}"]`).waitFor();
  const h1 = page.locator('main h1');
  assert.equal((await h1.textContent()).trim(), title);
  await page.waitForFunction(() => document.activeElement === document.querySelector('main h1'));
}

/** The share log as the stand-in shell keeps it (undefined while nothing was saved). */
const savedShares = (page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('__etapp_mock__') ?? 'null')?.vault?.shares);

const texts = (locator) => locator.evaluateAll((els) => els.map((e) => e.textContent.trim()));

for (const locale of testedLocales(repo)) {
  test(`share: to whom, why, what, how long, preview, code and the log in ${locale.code}`, async () => {
    const code = locale.code;
    const m = messages(repo, code);
    const sv = messages(repo, 'sv');
    const { page, problems, close } = await b.open({ preferences: { language: code }, vault: shareVault(), now: NOW });
    const button = (id, args, scope = page) => scope.getByRole('button', { name: m(id, args), exact: true });
    const next = () => button('share-next').click();

    await unlock(page, m);
    await button('home-share').click();
    await page.locator('main[data-screen="share"]').waitFor();

    // To whom: an empty name is refused by the core, next to the field.
    await onStep(page, 'to', m('share-to-title'));
    assert.equal((await page.locator('.progress').textContent()).trim(), m('share-step-of', { step: 1, total: 6 }));
    await b.check(page, 'to whom', `share-to-${code}`);
    await next();
    const nameError = page.locator('#share-to-name-error');
    await nameError.waitFor();
    assert.equal((await nameError.textContent()).trim(), m('record-error-empty-title', { field: m('share-to-name') }));
    assert.equal(await page.locator('#share-to-name').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#share-to-name').getAttribute('aria-describedby'), /share-to-name-error/);
    await page.waitForFunction(() => document.activeElement?.id === 'share-to-name');
    await b.check(page, 'no name', `share-to-error-${code}`);
    // Filled from a contact.
    await page.locator('#share-to-contact').selectOption('1');
    assert.equal(await page.locator('#share-to-name').inputValue(), 'Anna Berg');
    assert.equal(await page.locator('#share-to-agency').inputValue(), 'public_employment_service');
    await page.locator('#share-to-unit').fill('Borås');
    await next();

    // Why: a purpose is needed, and words for "Something else".
    await onStep(page, 'why', m('share-why-title'));
    await next();
    await page.locator('#share-why-none').getByText(m('share-why-none')).waitFor();
    await page.getByRole('radio', { name: m('purpose-other') }).check();
    await next();
    const textError = page.locator('#share-why-text-error');
    await textError.waitFor();
    assert.equal((await textError.textContent()).trim(), m('record-error-empty-title', { field: m('share-why-text') }));
    assert.equal(await page.locator('#share-why-none').count(), 0);
    await b.check(page, 'why, words missing', `share-why-${code}`);
    await page.getByRole('radio', { name: m('purpose-joint-planning') }).check();
    await next();

    // What: nothing ticked; the sensitive things have their own tick and say why.
    await onStep(page, 'what', m('share-what-title'));
    await page.locator('#tick-profile').waitFor();
    assert.equal(await page.locator('[data-step="what"] input[type="checkbox"]:checked').count(), 0, 'nothing ticked');
    const why = (category) => m('share-what-sensitive', { categories: m(`sensitive-category-${category}`) });
    assert.equal((await page.locator('#tick-steps-3-why').textContent()).trim(), why('health'));
    assert.equal((await page.locator('#tick-contacts-2-why').textContent()).trim(), why('health'));
    assert.equal((await page.locator('#tick-obstacles-1-why').textContent()).trim(), why('family'));
    assert.equal(await page.locator('#tick-steps-1-why').count(), 0, 'a plain step has no warning');
    await page.getByText(m('share-what-name-tip')).waitFor();
    await next();
    await page.getByRole('alert').getByText(m('share-what-none')).waitFor();
    await b.check(page, 'what, nothing ticked', `share-what-${code}`);

    // "All of it" ticks every goal but leaves the sensitive things alone.
    await page.getByRole('checkbox', { name: m('share-what-all', { section: m('section-steps') }) }).check();
    assert.ok(await page.locator('#tick-steps-1').isChecked());
    assert.ok(await page.locator('#tick-steps-stage').isChecked());
    assert.ok(!(await page.locator('#tick-steps-3').isChecked()), 'the health step keeps its own tick');
    await page.getByRole('checkbox', { name: m('share-what-all', { section: m('section-steps') }) }).uncheck();
    assert.equal(await page.locator('[data-step="what"] input[type="checkbox"]:checked').count(), 0);
    await page.getByRole('checkbox', { name: m('share-what-all', { section: m('section-goals') }) }).check();
    for (const id of ['profile', 'steps-1', 'steps-stage', 'steps-3', 'checkins-1', 'notes-1']) {
      await page.locator(`#tick-${id}`).check();
    }
    // The sensitive parts of "About me" and of the check-in get their own tick.
    assert.equal((await page.locator('#tick-profile-part-why').textContent()).trim(), why('family'));
    assert.equal((await page.locator('#tick-checkins-1-part-why').textContent()).trim(), why('health'));
    await next();
    await page.getByRole('alert').getByText(m('share-what-check')).waitFor();
    // The stage goes only with every step; the children and the health
    // answer would ride along with the health step.
    await page.locator('#tick-steps-stage-whole').getByText(m('share-what-whole-only', { section: m('section-steps') })).waitFor();
    await page.locator('#tick-profile-together').getByText(m('share-what-together', { item: m('share-what-profile') })).waitFor();
    await page.locator('#tick-checkins-1-together').waitFor();
    assert.equal(await page.locator('#tick-profile-part').getAttribute('aria-invalid'), 'true');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    await b.check(page, 'what, cannot go as ticked', `share-what-conflict-${code}`);
    await page.locator('#tick-steps-stage').uncheck();
    await page.locator('#tick-steps-3').uncheck();
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0, 'nothing left to resolve');
    await next();

    // How long: 30 days unless chosen, each shown as the day it ends.
    await onStep(page, 'until', m('share-until-title'));
    const thirty = page.getByRole('radio', { name: new RegExp(m('share-until-days', { days: 30 })) });
    assert.ok(await thirty.isChecked());
    for (const days of [7, 30, 365]) {
      const date = await when(page, code, NOW.getTime() + days * DAY);
      await page.locator('label.choice', { hasText: m('share-until-date', { date }) }).waitFor();
    }
    await b.check(page, 'how long', `share-until-${code}`);
    await next();

    // The preview: exactly what was chosen, in the person's language and Swedish.
    await onStep(page, 'preview', m('share-preview-title'));
    await page.locator('.columns').waitFor();
    const columns = page.locator('.columns .locale-region');
    const langs = await columns.evaluateAll((els) => els.map((e) => [e.lang, e.dir]));
    assert.deepEqual(langs, code === 'sv' ? [['sv', 'ltr']] : [[code, locale.dir], ['sv', 'ltr']]);
    for (const column of await columns.all()) {
      const text = await column.textContent();
      for (const shown of [WORDS.goal, WORDS.subGoal, WORDS.steps[0], WORDS.note, 'Amina Yusuf', '1234 5678 9012 3456 7890']) {
        assert.ok(text.includes(shown), `${shown} shown`);
      }
      for (const hidden of [WORDS.steps[1], WORDS.steps[2], WORDS.obstacle, WORDS.transport, 'Sara Lind', WORDS.work, 'Ont i ryggen']) {
        assert.ok(!text.includes(hidden), `${hidden} not shared`);
      }
    }
    const swedish = columns.last();
    assert.ok((await swedish.textContent()).includes(sv('section-goals')));
    assert.equal(await swedish.getByText(sv('reader-child-born')).count(), 0, 'the children left out');
    const categories = [m('sensitive-category-health'), m('sensitive-category-family')].join(m('list-separator'));
    await page.getByText(m('share-left-out', { count: 2, categories })).waitFor();
    const consent = page.locator('section.card', { has: page.getByRole('heading', { name: m('share-consent-title') }) });
    assert.deepEqual(
      await consent.locator('.locale-region').evaluateAll((els) => els.map((e) => e.lang)),
      [...new Set([code, 'sv'])],
    );
    await b.check(page, 'preview', `share-preview-${code}`);
    assert.equal(await savedShares(page), undefined, 'nothing is written by the preview');
    await next();

    // The last look; a closed save window saves nothing and stays here.
    await onStep(page, 'confirm', m('share-confirm-title'));
    const summary = await texts(page.locator('.summary dd'));
    assert.ok(summary[0].includes('Anna Berg'));
    assert.equal(summary[1], m('purpose-joint-planning'));
    assert.equal(summary[3], await when(page, code, NOW.getTime() + 30 * DAY));
    await page.getByText(m('share-confirm-agree')).waitFor();
    await b.check(page, 'confirm', `share-confirm-${code}`);
    await page.evaluate(() => (window.__ETAPP_MOCK__.saveAnswer = 'cancel'));
    await button('share-confirm-save').click();
    await page.getByRole('status').getByText(m('share-confirm-cancelled')).waitFor();
    assert.equal(await savedShares(page), undefined, 'nothing saved');
    // The file for Etapp unless the person chooses the page too.
    assert.equal(await page.locator('input[name="share-form"]:checked').getAttribute('value'), 'file');
    await page.getByLabel(m('share-form-both'), { exact: false }).check();
    await button('share-confirm-save').click();

    // The code, in order left to right, and the fingerprint.
    await page.locator('[data-step="code"]').waitFor();
    assert.equal((await page.locator('main h1').textContent()).trim(), m('share-code-title'));
    const disk = await page.evaluate(() => JSON.parse(sessionStorage.getItem('__etapp_mock__')));
    const [fileName, pageName] = Object.keys(disk.files);
    const file = disk.files[fileName];
    assert.ok(fileName.endsWith('.etapp') && pageName.endsWith('.html'), 'the file and the page');
    await page.getByText(m('share-code-file', { name: [fileName, pageName].join(m('list-separator')) })).waitFor();
    await page.getByText(m('share-code-page')).waitFor();
    const groups = page.locator('[data-testid="share-code"] .group');
    assert.deepEqual(await texts(groups), file.code.match(/.{4}/g));
    const x = await groups.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    assert.ok(x[0] < x[1] && x[1] < x[2] && x[2] < x[3], 'read left to right in every language');
    const own = page.locator('[data-testid="share-code-own"] .group');
    if (locale.digits === 'latn') assert.equal(await own.count(), 0);
    else {
      // In the locale's own digits: Arabic-Indic (ar) or Persian (fa, prs).
      const zero = locale.digits === 'arab' ? 0x660 : 0x6f0;
      const digits = file.code.match(/.{4}/g).map((g) => g.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d))));
      assert.deepEqual(await texts(own), digits);
    }
    for (const id of ['share-code-advice-face', 'share-code-advice-message', 'share-code-advice-stick']) {
      await page.getByText(m(id)).waitFor();
    }
    assert.equal(await page.getByTestId('share-fingerprint').textContent(), vaultBase.fingerprint.digits);
    await b.check(page, 'the code', `share-code-${code}`);

    // The file holds exactly the ticked things.
    const c = file.payload.content;
    assert.deepEqual(Object.keys(c).sort(), ['checkins', 'goals', 'notes', 'profile', 'steps']);
    // One check-in and one note, both ticked: those parts go whole.
    assert.deepEqual(file.payload.scope.sections, ['profile', 'goals', 'checkins', 'notes']);
    assert.deepEqual(file.payload.scope.items, [{ kind: 'steps', id: 1 }]);
    assert.deepEqual(c.steps.map((s) => s.id), [1]);
    assert.equal(c.stage, undefined, 'no stage without every step');
    assert.deepEqual(c.checkins[0].areas.map((a) => a.life_area), ['housing', 'swedish_language']);
    assert.deepEqual(c.profile.household.children, []);
    assert.equal(file.payload.scope.include_sensitive, false);

    // The log: the share, and marking it withdrawn after an honest question.
    await button('share-code-to-log').click();
    await page.locator('main[data-screen="shares"]').waitFor();
    const entry = page.locator('li.share');
    assert.equal(await entry.count(), 1);
    assert.ok((await entry.locator('h3').textContent()).includes('Anna Berg'));
    const rows = await texts(entry.locator('dd'));
    assert.equal(rows[1], m('purpose-joint-planning'));
    assert.equal(
      rows[2],
      [
        m('section-profile'),
        m('section-goals'),
        m('section-checkins'),
        m('section-notes'),
        m('share-consent-items', { count: 1 }),
      ].join(m('list-separator')),
    );
    const expires = await when(page, code, file.payload.expires);
    assert.equal(rows[3], expires);
    await b.check(page, 'the log', `shares-${code}`);
    await button('shares-withdraw', undefined, entry).click();
    const question = page.getByRole('alertdialog');
    await question.getByText(m('shares-withdraw-what', { date: expires })).waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[role="alertdialog"]'));
    await b.check(page, 'withdraw?', `shares-withdraw-${code}`);
    await button('shares-withdraw-keep').click();
    await page.waitForFunction(() => document.activeElement?.id === 'share-1-withdraw');
    assert.equal((await savedShares(page))[0].withdrawn, null);
    await button('shares-withdraw', undefined, entry).click();
    await button('shares-withdraw-confirm').click();
    await page.getByRole('status').getByText(m('shares-withdrawn-done')).waitFor();
    await entry.getByText(m('shares-withdrawn', { date: await when(page, code, NOW) })).waitFor();
    assert.equal(await button('shares-withdraw').count(), 0);
    assert.ok((await savedShares(page))[0].withdrawn);
    await b.check(page, 'withdrawn', `shares-withdrawn-${code}`);

    assert.deepEqual(problems, []);
    await close();
  });
}

/** Presses Tab until the focused element matches `css` (at most 60 times). */
async function tabTo(page, css) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), css)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${css}`);
}

test('share: the whole wizard with the keyboard alone', async () => {
  const m = messages(repo, 'en');
  const { page, problems, close } = await b.open({ preferences: { language: 'en' }, vault: shareVault(), now: NOW });
  await unlock(page, m);
  await openScreen(page, m, 'nav-share', 'share');
  await onStep(page, 'to', m('share-to-title'));
  const submit = async (label) => {
    await tabTo(page, `button[type="submit"]`);
    assert.equal((await page.evaluate(() => document.activeElement.textContent)).trim(), label);
    await page.keyboard.press('Enter');
  };

  await tabTo(page, '#share-to-contact');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#share-to-name').inputValue(), 'Anna Berg');
  await tabTo(page, '#share-to-unit');
  await page.keyboard.type('Borås');
  await tabTo(page, '#share-to-name');
  await page.keyboard.press('Enter');

  await onStep(page, 'why', m('share-why-title'));
  await tabTo(page, 'input[name="share-purpose"]');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('input[name="share-purpose"]:checked').getAttribute('value'), 'joint-planning');
  await submit(m('share-next'));

  await onStep(page, 'what', m('share-what-title'));
  await page.locator('#tick-goals-1').waitFor();
  await tabTo(page, '#tick-goals-1');
  await page.keyboard.press('Space');
  await tabTo(page, '#tick-steps-1');
  await page.keyboard.press('Space');
  await submit(m('share-next'));

  await onStep(page, 'until', m('share-until-title'));
  await tabTo(page, 'input[name="share-days"]:checked');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.locator('input[name="share-days"]:checked').getAttribute('value'), '14');
  await submit(m('share-next'));

  await onStep(page, 'preview', m('share-preview-title'));
  await page.locator('.columns').waitFor();
  await submit(m('share-next'));

  await onStep(page, 'confirm', m('share-confirm-title'));
  await submit(m('share-confirm-save'));
  await page.locator('[data-testid="share-code"]').waitFor();
  const file = Object.values(await page.evaluate(() => JSON.parse(sessionStorage.getItem('__etapp_mock__')).files))[0];
  assert.deepEqual(file.payload.scope, {
    sections: [],
    items: [
      { kind: 'goals', id: 1 },
      { kind: 'steps', id: 1 },
    ],
    include_sensitive: false,
    sensitive_categories: [],
  });
  assert.equal(Date.parse(file.payload.expires) - Date.parse(file.payload.created), 14 * DAY);
  assert.deepEqual(problems, []);
  await close();
});

test('share: "Back" on the first screen goes to My page, and a new share starts empty', async () => {
  const m = messages(repo, 'en');
  const { page, close } = await b.open({ preferences: { language: 'en' }, vault: shareVault(), now: NOW });
  await unlock(page, m);
  await openScreen(page, m, 'nav-share', 'share');
  await page.locator('#share-to-name').fill('Eva');
  await page.getByRole('button', { name: m('action-back'), exact: true }).click();
  await page.locator('main[data-screen="home"]').waitFor();
  await openScreen(page, m, 'nav-share', 'share');
  assert.equal(await page.locator('#share-to-name').inputValue(), '');
  await close();
});

test("share: locked to an agency's public key, with no code", async () => {
  const m = messages(repo, 'en');
  const { page, problems, close } = await b.open({ preferences: { language: 'en' }, vault: shareVault(), now: NOW });
  const button = (id) => page.getByRole('button', { name: m(id), exact: true });
  await unlock(page, m);
  await openScreen(page, m, 'nav-share', 'share');
  await onStep(page, 'to', m('share-to-title'));
  await page.locator('#share-to-name').fill('Anna Berg');
  await button('share-next').click();
  await onStep(page, 'why', m('share-why-title'));
  await page.locator('input[name="share-purpose"][value="evaluate-step"]').check();
  await button('share-next').click();
  await onStep(page, 'what', m('share-what-title'));
  await page.locator('#tick-goals-1').check();
  await button('share-next').click();
  await onStep(page, 'until', m('share-until-title'));
  await button('share-next').click();
  await onStep(page, 'preview', m('share-preview-title'));
  await page.locator('.columns').waitFor();
  await button('share-next').click();
  await onStep(page, 'confirm', m('share-confirm-title'));

  // A code unless the person chooses the agency's key; a key that is not one is refused by its name.
  assert.equal(await page.locator('input[name="share-lock"]:checked').getAttribute('value'), 'code');
  await page.getByLabel(m('share-lock-key'), { exact: false }).check();
  const field = page.getByLabel(m('share-lock-key-field'), { exact: true });
  await field.fill('age1 this is not a key');
  await button('share-confirm-save').click();
  await page
    .getByRole('alert')
    .getByText(m('record-error-invalid-value', { field: m('share-lock-key-field') }))
    .waitFor();
  assert.equal(await savedShares(page), undefined, 'nothing saved');
  await b.check(page, 'a bad agency key', 'share-key-bad-en');
  await field.fill('  age1mnj8y7ypzg33hx7rarp3t3kqgm6g5fdhfysu7qkdaj7cjy6k6wqs7p28xy  ');
  await button('share-confirm-save').click();

  // No code to say: the share opens only with the agency's key.
  await page.locator('[data-step="code"]').waitFor();
  await page.getByText(m('share-code-key')).waitFor();
  assert.equal(await page.locator('[data-testid="share-code"]').count(), 0);
  const [entry] = await savedShares(page);
  assert.equal(entry.lock, 'key');
  await b.check(page, 'locked to a key', 'share-key-done-en');
  assert.deepEqual(problems, []);
  await close();
});

test("share with the interpreter's view: the summary and the log in both languages", async () => {
  const [one, two] = ['ar', 'sv'];
  const m1 = messages(repo, one);
  const m2 = messages(repo, two);
  const { page, problems, close } = await b.open({ preferences: { language: one, interpreter: two }, vault: shareVault(), now: NOW });
  const step = (name) => page.locator(`[data-step="${name}"]`).waitFor();
  /** Text without Fluent's direction marks around its variables. */
  const plainText = (s) => s.replace(/[\u2068\u2069]/g, '').trim();
  const next = () => page.locator('main button[type="submit"]').click();
  await page.locator('main[data-screen="unlock"]').waitFor();
  await page.locator('#unlock-passphrase').fill(PASS);
  await next();
  await page.locator('main[data-screen="home"]').waitFor();
  await page.getByRole('navigation').getByRole('button', { name: `${m1('nav-share')} ${m2('nav-share')}`, exact: true }).click();

  await step('to');
  await page.locator('#share-to-contact').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#share-to-name').inputValue(), 'Anna Berg');
  await next();
  await step('why');
  await page.locator('input[name="share-purpose"]').first().check();
  await next();
  await step('what');
  await page.locator('#tick-goals-1').check();
  await page.locator('#tick-steps-1').check();
  await next();
  await step('until');
  await next();
  await step('preview');
  await page.locator('.columns').waitFor();
  await next();

  // For whom, why, what and until when: each in both languages.
  await step('confirm');
  const summary = page.locator('main dl.summary dd');
  assert.equal(await summary.count(), 4);
  for (const dd of await summary.all()) {
    assert.equal(await dd.locator(`.both > [lang="${one}"]`).count(), 1, await dd.textContent());
    assert.equal(await dd.locator(`.both > [lang="${two}"]`).count(), 1, await dd.textContent());
  }
  const parts = plainText(await summary.nth(2).locator(`[lang="${two}"]`).textContent());
  assert.equal(parts, plainText(m2('share-consent-items', { count: 2 })));
  await b.check(page, `${one}+${two} confirm`, `share-confirm-${one}-${two}`);

  // The log: what the share holds, in both languages.
  await next();
  await page.locator('[data-testid="share-code"]').waitFor();
  await page.getByRole('button', { name: `${m1('share-code-to-log')} ${m2('share-code-to-log')}`, exact: true }).click();
  await page.locator('main[data-screen="shares"]').waitFor();
  const held = page.locator('li.share dd .both');
  assert.ok((await held.count()) >= 1);
  assert.ok(
    (await texts(page.locator(`li.share dd .both > [lang="${two}"]`))).map(plainText).includes(plainText(m2('share-consent-items', { count: 2 }))),
  );
  assert.deepEqual(problems, []);
  await close();
});
