// Obstacles in every shipped language: one of kind "no childcare" with an
// agency and a contact person (a sensitive kind, and the form says so);
// an "other" one without words refused with the core's message, then
// written; the dates following the status in the full form; the first
// moved to being handled and then solved with the quick buttons, its dates
// in words; back from solved with the quick button: to being handled
// (its start kept) if someone was handling it, else to open; the second
// deleted through a confirmation that names it; deleting the contact
// person, whose confirmation counts the obstacle that loses them; an
// imported obstacle from before 1990 opens with its dates. No
// accessibility violations and no missing messages in any state.
import { test } from 'node:test';
import { TEST_TIMEOUT } from '../lib/limits.mjs';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { messages, testedLocales } from '../lib/fluent.mjs';
import { stockholmDay } from '../lib/time.mjs';
import { vaultWithAnna, useBrowser, unlock, openScreen, pickDate, shownDate } from '../lib/ui.mjs';
import { storedVault as stored, longDate as longDateIn } from '../lib/ui.mjs';

const vault = vaultWithAnna;
// The person's own words, in their language (Arabic, so bidi is exercised).
const words = {
  sv: { childcare: 'Ingen förskoleplats för Lina.\nKön är lång.', other: 'Bussen går inte på söndagar' },
  en: { childcare: 'No preschool place for Lina.\nThe queue is long.', other: 'The bus does not run on Sundays' },
  ar: { childcare: 'لا يوجد مكان في الروضة لـ Lina.\nقائمة الانتظار طويلة.', other: 'الباص لا يعمل يوم الأحد' },
};

const b = useBrowser();

for (const locale of testedLocales(repo)) {
  test(`obstacles: add, refuse, move on, delete, lose a contact in ${locale.code}`, { timeout: TEST_TIMEOUT }, async () => {
    const code = locale.code;
    const m = messages(repo, code);
    const w = words[code] ?? words.en;
    const { page, problems, close } = await b.open({ preferences: { language: code }, vault });
    const button = (id, scope = page) => scope.getByRole('button', { name: m(id), exact: true });
    // Today in Stockholm, as the app and the core count it.
    const today = stockholmDay();
    const year = Number(today.slice(0, 4));
    const longDate = (iso) => longDateIn(page, code, iso);
    const todayWords = await longDate(today);
    const agency = m('agency-public-employment-service');
    const both = { by: 'both', agency, contact: 'Anna Berg' };

    // Unlock, then the obstacles, none yet.
    await unlock(page, m);
    await openScreen(page, m, 'nav-obstacles', 'obstacles');
    assert.equal((await page.locator('main h1').textContent()).trim(), m('obstacles-title'));
    await page.getByText(m('obstacles-lead')).waitFor();
    await page.getByText(m('obstacles-empty')).waitFor();
    await b.check(page, 'no obstacles', `obstacles-empty-${code}`);

    // No childcare, with the agency and the contact person; it is sensitive.
    await button('obstacles-add').click();
    await page.getByRole('heading', { name: m('obstacles-form-new') }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'obstacle-form-title');
    const kind = (k) => page.locator(`input[name="obstacle-kind"][value="${k}"]`);
    assert.equal(await kind('no_childcare').count(), 1);
    await kind('no_childcare').check();
    await page.getByText(m('obstacles-sensitive-note')).waitFor();
    await page.locator('#obstacle-description').fill(w.childcare);
    assert.equal(await page.locator('#obstacle-description').getAttribute('dir'), 'auto');
    await page.locator('#obstacle-agency').selectOption('public_employment_service');
    await page.locator('#obstacle-contact').selectOption({ label: `Anna Berg – ${agency}` });
    // Noticed today unless chosen; no other date while it is open.
    assert.equal(await shownDate(page.locator('#obstacle-noticed')), today);
    assert.equal(await page.locator('#obstacle-since').count(), 0);
    assert.equal(await page.locator('#obstacle-solved').count(), 0);
    await b.check(page, 'obstacle form', `obstacles-form-${code}`);
    await button('obstacles-form-save').click();
    await page.getByRole('status').getByText(m('obstacles-saved')).waitFor();
    const childcare = page.locator('li.obstacle', { has: page.getByRole('heading', { name: m('obstacle-no-childcare') }) });
    await childcare.waitFor();
    assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /^obstacle-\d+-title$/);
    await childcare.getByText(m('obstacles-noticed', { date: todayWords })).waitFor();
    await childcare.getByText(m('obstacles-open-by', both)).waitFor();
    await childcare.getByText(m('obstacles-sensitive-note')).waitFor();
    // The person's words keep their line break and their own direction.
    const description = childcare.locator('.description bdi');
    assert.equal(await description.getAttribute('dir'), 'auto');
    assert.equal(await description.evaluate((e) => e.textContent), w.childcare);
    assert.equal(await description.evaluate((e) => getComputedStyle(e).whiteSpace), 'pre-line');

    // "Something else" without words: the core refuses it, and the form keeps what was chosen.
    await button('obstacles-add').click();
    await kind('other').check();
    await pickDate(page.locator('#obstacle-noticed'), year, 1, 1);
    await button('obstacles-form-save').click();
    await page
      .getByRole('alert')
      .getByText(m('record-error-empty-title', { field: m('obstacles-form-description') }))
      .waitFor();
    assert.equal(await page.locator('#obstacle-description').getAttribute('aria-invalid'), 'true');
    assert.equal(await kind('other').isChecked(), true);
    assert.equal(await shownDate(page.locator('#obstacle-noticed')), `${year}-01-01`);
    await b.check(page, 'other without words refused', `obstacles-refused-${code}`);

    // The dates follow the status in the form, as the core's with_status.
    const statusRadio = (s) => page.getByRole('radio', { name: m(`obstacle-status-${s.replace('_', '-')}`), exact: true });
    await statusRadio('being_handled').check();
    assert.equal(await shownDate(page.locator('#obstacle-since')), today);
    assert.equal(await page.locator('#obstacle-solved').count(), 0);
    await statusRadio('solved').check();
    assert.equal(await shownDate(page.locator('#obstacle-since')), today);
    assert.equal(await shownDate(page.locator('#obstacle-solved')), today);
    await statusRadio('open').check();
    assert.equal(await page.locator('#obstacle-since').count(), 0);
    assert.equal(await page.locator('#obstacle-solved').count(), 0);
    await page.locator('#obstacle-description').fill(w.other);
    await button('obstacles-form-save').click();
    const other = page.locator('li.obstacle', { has: page.getByRole('heading', { name: m('obstacle-other') }) });
    await other.waitFor();
    await other.getByText(m('obstacles-nobody')).waitFor();
    await other.getByText(m('obstacles-noticed', { date: await longDate(`${year}-01-01`) })).waitFor();
    assert.equal(await other.getByText(m('obstacles-sensitive-note')).count(), 0);
    await b.check(page, 'two open obstacles', `obstacles-open-${code}`);

    // The quick buttons: someone handles it today, then it is solved today.
    await button('obstacles-to-handled', childcare).click();
    await page.getByRole('status').getByText(m('obstacles-status-changed', { status: m('obstacle-status-being-handled') })).waitFor();
    await childcare.getByText(m('obstacles-handling-by', { ...both, date: todayWords })).waitFor();
    assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /^obstacle-\d+-title$/);
    await button('obstacles-to-solved', childcare).click();
    const solvedList = page.locator('[data-list="solved"]');
    await solvedList.getByRole('heading', { name: m('obstacles-solved') }).waitFor();
    const solvedItem = solvedList.locator('li.obstacle');
    await solvedItem.getByText(m('obstacles-solved-on', { date: todayWords })).waitFor();
    await solvedItem.getByText(m('obstacles-handled-by-from', { ...both, date: todayWords })).waitFor();
    assert.equal(await page.locator('[data-list="now"] li.obstacle').count(), 1);
    // The agency comes before the person in reading order: left of it in
    // left-to-right, right of it in right-to-left.
    const agencyFirst = await solvedItem.locator('.facts li', { hasText: 'Anna Berg' }).evaluate((li, name) => {
      const node = [...li.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.includes(name));
      const left = (s) => {
        const r = document.createRange();
        const i = node.textContent.indexOf(s);
        r.setStart(node, i);
        r.setEnd(node, i + s.length);
        return r.getBoundingClientRect().left;
      };
      return { agency: left(name), contact: left('Anna Berg') };
    }, agency);
    assert.ok(
      locale.dir === 'rtl' ? agencyFirst.agency > agencyFirst.contact : agencyFirst.agency < agencyFirst.contact,
      `agency and person in reading order: ${JSON.stringify(agencyFirst)}`,
    );
    await b.check(page, 'one solved', `obstacles-solved-${code}`);
    let saved = (await stored(page)).obstacles;
    assert.deepEqual(
      saved.map((o) => [o.kind, o.status, o.handled_by, o.contact_id, o.noticed_on, o.handling_since, o.solved_on]),
      [
        ['no_childcare', 'solved', 'public_employment_service', 1, today, today, today],
        ['other', 'open', null, null, `${year}-01-01`, null, null],
      ],
    );
    assert.equal(saved[0].description, w.childcare);

    // Back from solved. Someone was handling the childcare one: "not solved
    // after all" takes it back to being handled, the day they started kept.
    // Nobody handled the other one: solved, then "open again".
    assert.equal(await button('obstacles-to-open', solvedItem).count(), 0);
    await button('obstacles-to-solved', other).click();
    await page.getByRole('status').getByText(m('obstacles-status-changed', { status: m('obstacle-status-solved') })).waitFor();
    assert.equal(await solvedList.locator('li.obstacle').count(), 2);
    assert.equal(await button('obstacles-to-not-solved', other).count(), 0);
    await button('obstacles-to-open', other).click();
    await other.getByText(m('obstacles-nobody')).waitFor();
    await button('obstacles-to-not-solved', solvedItem).click();
    await page.getByRole('status').getByText(m('obstacles-status-changed', { status: m('obstacle-status-being-handled') })).waitFor();
    await childcare.getByText(m('obstacles-handling-by', { ...both, date: todayWords })).waitFor();
    assert.equal(await page.locator('[data-list="solved"]').count(), 0);
    saved = (await stored(page)).obstacles;
    assert.deepEqual(
      saved.map((o) => [o.status, o.handling_since, o.solved_on]),
      [
        ['being_handled', today, null],
        ['open', null, null],
      ],
    );
    await b.check(page, 'not solved after all', `obstacles-not-solved-${code}`);
    await button('obstacles-to-solved', childcare).click();
    await solvedItem.getByText(m('obstacles-solved-on', { date: todayWords })).waitFor();

    // The full form opens with what is saved; cancelling goes back to its button.
    await button('obstacles-edit', solvedItem).click();
    await page.getByRole('heading', { name: m('obstacles-form-edit') }).waitFor();
    assert.equal(await kind('no_childcare').isChecked(), true);
    assert.equal(await statusRadio('solved').isChecked(), true);
    assert.equal(await shownDate(page.locator('#obstacle-solved')), today);
    assert.equal(await page.locator('#obstacle-contact').inputValue(), '1');
    await button('obstacles-form-cancel').click();
    await page.waitForFunction(() => /^obstacle-\d+-edit$/.test(document.activeElement?.id ?? ''));

    // Delete the other one: the confirmation names it; keep first, then delete.
    await button('obstacles-delete', other).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('heading', { name: m('obstacles-delete-title') }).waitFor();
    await dialog.getByText(m('obstacle-other')).waitFor();
    await dialog.getByText(w.other).waitFor();
    await b.check(page, 'confirm deleting an obstacle', `obstacles-delete-${code}`);
    await button('delete-keep').click();
    assert.equal(await dialog.count(), 0);
    assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /^obstacle-\d+-delete$/);
    await button('obstacles-delete', other).click();
    await button('delete-confirm').click();
    await page.getByRole('status').getByText(m('obstacles-deleted')).waitFor();
    assert.equal(await other.count(), 0);
    await page.getByText(m('obstacles-none-now')).waitFor();
    assert.deepEqual(
      (await stored(page)).obstacles.map((o) => o.kind),
      ['no_childcare'],
    );
    await b.check(page, 'after deleting', `obstacles-after-delete-${code}`);

    // Deleting the contact person says the obstacle loses them; it stays, with the agency.
    await page.getByRole('navigation').getByRole('button', { name: m('nav-profile'), exact: true }).click();
    await page.locator('main[data-screen="profile"]').waitFor();
    const anna = page.locator('li.contact', { has: page.getByRole('heading', { name: 'Anna Berg' }) });
    // (Its name ends with the person's name, for screen readers.)
    await anna.getByRole('button', { name: m('contact-delete') }).click();
    await page.getByTestId('delete-obstacles-losing-contact').getByText(m('delete-obstacles-losing-contact', { count: 1 })).waitFor();
    await b.check(page, 'confirm deleting a contact with an obstacle', `obstacles-contact-delete-${code}`);
    await button('delete-confirm').click();
    await page.getByText(m('contact-deleted')).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: m('nav-obstacles'), exact: true }).click();
    await page.locator('main[data-screen="obstacles"]').waitFor();
    await page.getByText(m('obstacles-handled-by-from', { by: 'agency', agency, contact: '', date: todayWords })).waitFor();
    saved = (await stored(page)).obstacles;
    assert.equal(saved[0].contact_id, null);
    assert.equal(saved[0].handled_by, 'public_employment_service');

    // An obstacle imported from long ago (the core takes 1900 on) opens
    // with its dates, and saves unchanged.
    await page.evaluate(() =>
      window.__ETAPP_MOCK__.needOpen().obstacles.push({
        id: 50,
        kind: 'transport',
        description: '',
        status: 'solved',
        handled_by: null,
        contact_id: null,
        noticed_on: '1985-03-04',
        handling_since: '1986-05-06',
        solved_on: '1987-07-08',
      }),
    );
    await page.getByRole('navigation').getByRole('button', { name: m('nav-home'), exact: true }).click();
    await page.locator('main[data-screen="home"]').waitFor();
    await page.getByRole('navigation').getByRole('button', { name: m('nav-obstacles'), exact: true }).click();
    const old = page.locator('li.obstacle[data-obstacle="50"]');
    await button('obstacles-edit', old).click();
    await page.getByRole('heading', { name: m('obstacles-form-edit') }).waitFor();
    assert.equal(await shownDate(page.locator('#obstacle-noticed')), '1985-03-04');
    assert.equal(await shownDate(page.locator('#obstacle-since')), '1986-05-06');
    assert.equal(await shownDate(page.locator('#obstacle-solved')), '1987-07-08');
    await button('obstacles-form-save').click();
    await page.getByRole('status').getByText(m('obstacles-saved')).waitFor();
    const kept = (await stored(page)).obstacles.find((o) => o.id === 50);
    assert.deepEqual([kept.noticed_on, kept.handling_since, kept.solved_on], ['1985-03-04', '1986-05-06', '1987-07-08']);

    assert.deepEqual(problems, []);
    await close();
  });
}
