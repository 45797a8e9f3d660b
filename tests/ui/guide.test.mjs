// The agency guide, in every shipped language: a section for every agency
// of the catalog with what they help with and at least three usual steps
// (one a line in guide.ftl, shown as an ordered list); how many of the
// participant's steps are with each agency and their contact persons
// there; and the list at the top, used with the keyboard alone, moves
// focus to an agency's heading and back. No accessibility violations, no
// missing messages.
import { test } from 'node:test';
import { TEST_TIMEOUT } from '../lib/limits.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from '../lib/browser.mjs';
import { messages, testedLocales } from '../lib/fluent.mjs';
import { vaultBase, contact, stepRecord, useBrowser, unlock, openScreen } from '../lib/ui.mjs';

const { agencies } = JSON.parse(readFileSync(join(repo, 'tests/ui/fixtures/catalogs.json'), 'utf8'));
const dashed = (code) => code.replace(/_/g, '-');

const step = (id, agency, status) => stepRecord({ id, title: `Steg ${id}`, agency, status, stage: 'activity' });
const vault = {
  ...vaultBase,
  profile: { name: 'Amina', arrived: null },
  contacts: [
    contact(1, 'Anna Berg', 'public_employment_service'),
    contact(2, 'Omar Said', 'public_employment_service'),
    contact(3, 'سارة أحمد', 'health_care'),
  ],
  steps: [
    step(1, 'public_employment_service', 'ongoing'),
    step(2, 'public_employment_service', 'done'),
    step(3, 'adult_education', 'planned'),
    step(4, 'myself', 'ongoing'),
  ],
};
/** The participant's steps and contacts per agency in that record. */
const stepsWith = { public_employment_service: 2, adult_education: 1, myself: 1 };
const contactsWith = { public_employment_service: ['Anna Berg', 'Omar Said'], health_care: ['سارة أحمد'] };

const b = useBrowser();

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

for (const locale of testedLocales(repo)) {
  test(`the agency guide in ${locale.code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, locale.code);
    const { page, problems, close } = await b.open({ preferences: { language: locale.code }, vault });
    const button = (id) => page.getByRole('button', { name: m(id), exact: true });

    await unlock(page, m);
    await openScreen(page, m, 'nav-guide', 'guide');
    assert.equal((await page.locator('main h1').textContent()).trim(), m('guide-title'));
    await page.getByText(m('guide-lead')).waitFor();
    await page.locator('[data-testid="yours"]').first().waitFor();

    // Every agency: its heading, what they help with, the usual steps.
    const sections = page.locator('section.agency');
    assert.deepEqual(await sections.evaluateAll((s) => s.map((x) => x.dataset.agency)), agencies);
    for (const a of agencies) {
      const section = page.locator(`section[data-agency="${a}"]`);
      assert.equal((await section.locator('h2').textContent()).trim(), m(`agency-${dashed(a)}`));
      const help = (await section.locator('p.help').textContent()).trim();
      assert.equal(help, m(`guide-${dashed(a)}-help`));
      const usual = (await section.locator('ol.usual li').allTextContents()).map((t) => t.trim());
      const lines = m(`guide-${dashed(a)}-steps`).split('\n').map((l) => l.trim()).filter(Boolean);
      assert.ok(usual.length >= 3, `${a}: at least three usual steps`);
      assert.deepEqual(usual, lines, `${a}: one step a line`);

      // What the participant has with them.
      const n = stepsWith[a] ?? 0;
      assert.equal(
        (await section.getByTestId('your-steps').textContent()).trim(),
        n ? m('guide-your-steps', { count: n }) : m('guide-none-yet'),
        `${a}: step count`,
      );
      const names = contactsWith[a] ?? [];
      assert.deepEqual((await section.getByTestId('your-contacts').locator('li').allTextContents()).map((t) => t.trim()), names);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await b.check(page, 'the guide', `guide-${locale.code}`);

    // The list at the top, by keyboard: from the heading, Tab reaches the
    // first agency's link; Enter moves focus to that agency's heading,
    // scrolled into view; its "back" link returns to the list.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    await page.keyboard.press('Tab');
    assert.equal(await activeId(page), `guide-toc-${agencies[0]}`);
    const target = agencies.indexOf('migration_agency');
    for (let i = 0; i < target; i++) await page.keyboard.press('Tab');
    assert.equal(await activeId(page), 'guide-toc-migration_agency');
    await page.keyboard.press('Enter');
    assert.equal(await activeId(page), 'guide-migration_agency-title');
    const inView = await page.evaluate(() => {
      const r = document.getElementById('guide-migration_agency-title').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    assert.ok(inView, 'the heading is scrolled into view');
    await page.keyboard.press('Tab');
    assert.equal((await page.evaluate(() => document.activeElement?.textContent ?? '')).trim(), m('home-guide-back'));
    await page.keyboard.press('Enter');
    assert.equal(await activeId(page), 'guide-toc-migration_agency');

    assert.deepEqual(problems, []);
    await close();
  });
}
