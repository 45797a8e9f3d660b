// "About me" in every shipped language: each part of the profile is
// changed and saved, the core's refusals show as sentences that name the
// field, contacts are added, changed and deleted (after a confirmation
// that names the contact), and everything is still there after locking and
// opening again. Every state: no accessibility violations, no missing
// messages, a screenshot.
import { test } from 'node:test';
import { TEST_TIMEOUT } from '../lib/limits.mjs';
import assert from 'node:assert/strict';
import { repo } from '../lib/browser.mjs';
import { intlTag, messages, testedLocales } from '../lib/fluent.mjs';
import { vaultBase, useBrowser, unlock, openScreen, storedVault, longDate } from '../lib/ui.mjs';

const vault = {
  ...vaultBase,
  // As a vault made before the later profile fields: they read as defaults.
  profile: { name: 'Amina Yusuf', arrived: '2023-09-14' },
};

const b = useBrowser();

async function openAboutMe(page, m) {
  await openScreen(page, m, 'nav-profile', 'profile');
  assert.equal((await page.locator('main h1').textContent()).trim(), m('profile-title'));
  await page.locator('[data-section="contacts"]').waitFor();
}

for (const locale of testedLocales(repo)) {
  test(`About me: profile and contacts in ${locale.code}`, { timeout: TEST_TIMEOUT }, async () => {
    const code = locale.code;
    const m = messages(repo, code);
    const { page, problems, close } = await b.open({ preferences: { language: code }, vault });
    const section = (id) => page.locator(`[data-section="${id}"]`);
    const change = (id) => section(id).getByRole('button', { name: m('profile-change') }).click();
    const saveSection = async (id) => {
      await section(id).getByRole('button', { name: m('action-save'), exact: true }).click();
      await section(id).getByRole('status').getByText(m('profile-saved')).waitFor();
    };
    const languages = code === 'ar' ? ['التغرينية', 'العربية'] : ['Tigrinya', 'Arabic'];

    await unlock(page, m);
    await openAboutMe(page, m);
    assert.equal(await page.locator('html').getAttribute('dir'), locale.dir);
    await b.check(page, 'about me, empty', `profile-view-${code}`);

    // Names: the name stays, the residence permit spelling is added.
    await change('profile-names');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'profile-display-name');
    assert.equal(await page.locator('#profile-display-name').inputValue(), 'Amina Yusuf');
    assert.equal(await page.locator('#profile-permit-name').getAttribute('dir'), 'auto');
    // A name too long: the message names the field by its label, and focus goes there.
    await page.locator('#profile-display-name').fill('A'.repeat(201));
    await section('profile-names').getByRole('button', { name: m('action-save'), exact: true }).click();
    const nameError = m('record-error-invalid-value', { field: m('profile-display-name') });
    await section('profile-names').getByRole('alert').getByText(nameError).waitFor();
    assert.equal(await page.locator('#profile-display-name').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'profile-display-name');
    await page.locator('#profile-display-name').fill('Amina Yusuf');
    await page.locator('#profile-permit-name').fill('YUSUF, AMINA');
    await saveSection('profile-names');
    await section('profile-names').getByText('YUSUF, AMINA').waitFor();

    // Numbers: the core refuses a wrong personal identity number and the
    // message names the field in the person's language.
    await change('profile-ids');
    await section('profile-ids').getByText(m('profile-ids-why')).waitFor();
    await page.locator('#profile-pin').fill('19121212-1213');
    await page.locator('#profile-case-number').fill('UT-2023-123456');
    await section('profile-ids').getByRole('button', { name: m('action-save'), exact: true }).click();
    const pinError = m('record-error-invalid-value', { field: m('profile-pin') });
    await section('profile-ids').getByRole('alert').getByText(pinError).waitFor();
    assert.equal(await page.locator('#profile-pin').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'profile-pin');
    await b.check(page, 'wrong personal identity number', `profile-error-${code}`);
    // Typed with Arabic-Indic digits, it is saved with 0–9.
    await page.locator('#profile-pin').fill(code === 'ar' ? '١٩١٢١٢١٢-١٢١٢' : '19121212-1212');
    await saveSection('profile-ids');
    await section('profile-ids').getByText('19121212-1212').waitFor();

    // Languages with their level.
    await change('profile-languages');
    await page.getByRole('button', { name: m('profile-language-add') }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'profile-language-0');
    await page.locator('#profile-language-0').fill(languages[0]);
    await page.getByRole('button', { name: m('profile-language-add') }).click();
    await page.locator('#profile-language-1').fill(languages[1]);
    await page.locator('#profile-language-level-1').selectOption('fluent');
    await page.getByRole('button', { name: m('profile-language-add') }).click();
    await b.check(page, 'languages being changed', `profile-languages-edit-${code}`);
    await saveSection('profile-languages'); // the empty third row goes
    assert.equal(await page.getByTestId('languages').locator('li').count(), 2);
    await page.getByTestId('languages').getByText(m('language-level-fluent')).waitFor();

    // Time in Sweden: residence permit date and municipality.
    await change('profile-sweden');
    const permit = page.locator('#profile-permit-date select');
    await permit.nth(0).selectOption('2');
    await permit.nth(1).selectOption('5');
    await permit.nth(2).selectOption('2024');
    await page.locator('#profile-municipality').fill('Malmö');
    await saveSection('profile-sweden');
    await section('profile-sweden').getByText(await longDate(page, code, '2024-05-02')).waitFor();
    await section('profile-sweden').getByText('Malmö').waitFor();

    // Household: two adults, two children; a child without a year is asked for.
    await change('profile-household');
    await page.locator('#profile-adults').selectOption('2');
    await page.getByRole('button', { name: m('profile-child-add') }).click();
    await page.locator('#profile-child-0').selectOption('2019');
    await page.getByRole('button', { name: m('profile-child-add') }).click();
    await section('profile-household').getByRole('button', { name: m('action-save'), exact: true }).click();
    const two = await page.evaluate((l) => new Intl.NumberFormat(l).format(2), intlTag(repo, code));
    await section('profile-household').getByRole('alert').getByText(m('profile-child-year-missing', { number: two })).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'profile-child-1');
    await b.check(page, 'household being changed', `profile-household-edit-${code}`);
    await page.locator('#profile-child-1').selectOption('2021');
    await saveSection('profile-household');
    await section('profile-household').getByText(m('profile-adults-count', { count: 2 })).waitFor();
    assert.equal(await page.getByTestId('children').locator('li').count(), 2);

    // The establishment programme: in it, since a date.
    await change('profile-programme');
    await page.getByRole('radio', { name: m('profile-programme-yes') }).check();
    const since = page.locator('#profile-programme-since select');
    await since.nth(0).selectOption('1');
    await since.nth(1).selectOption('6');
    await since.nth(2).selectOption('2024');
    await saveSection('profile-programme');
    const inSince = m('profile-programme-in-since', { date: await longDate(page, code, '2024-06-01') });
    assert.equal((await page.getByTestId('programme').textContent()).trim(), inSince);
    await b.check(page, 'profile filled in', `profile-filled-${code}`);

    // A contact: the core refuses letters in a phone number.
    const contacts = section('contacts');
    await contacts.getByRole('button', { name: m('contact-add') }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'contact-new-name');
    await page.locator('#contact-new-name').fill('Sara Lind');
    await page.locator('#contact-new-agency').selectOption('public_employment_service');
    await page.locator('#contact-new-unit').fill('Malmö Centrum');
    await page.locator('#contact-new-phone').fill('ring me');
    await page.locator('#contact-new-email').fill('sara.lind@example.se');
    await page.locator('#contact-new-note').fill('Best on Tuesday mornings.');
    await contacts.getByRole('button', { name: m('contact-save') }).click();
    await contacts.getByRole('alert').getByText(m('record-error-invalid-value', { field: m('contact-phone') })).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'contact-new-phone');
    await b.check(page, 'new contact with a wrong phone', `profile-contact-new-${code}`);
    await page.locator('#contact-new-phone').fill('+46 40 123 45 67');
    await contacts.getByRole('button', { name: m('contact-save') }).click();
    await contacts.getByRole('status').getByText(m('contact-saved')).waitFor();
    const sara = contacts.locator('li.contact', { hasText: 'Sara Lind' });
    await sara.getByText(m('agency-public-employment-service')).waitFor();
    await sara.getByText('+46 40 123 45 67').waitFor();

    // Change it.
    const saraId = await sara.getAttribute('data-contact-id');
    await sara.getByRole('button', { name: m('contact-edit') }).click();
    assert.equal(await page.locator(`#contact-${saraId}-name`).inputValue(), 'Sara Lind');
    await page.locator(`#contact-${saraId}-unit`).fill('Malmö Väster');
    await b.check(page, 'contact being changed', `profile-contact-edit-${code}`);
    await contacts.getByRole('button', { name: m('contact-save') }).click();
    await contacts.getByRole('status').getByText(m('contact-saved')).waitFor();
    await sara.getByText('Malmö Väster').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), `contact-change-${saraId}`);

    // A second contact, then delete it: the confirmation names it; "Keep" keeps it.
    await contacts.getByRole('button', { name: m('contact-add') }).click();
    await page.locator('#contact-new-name').fill('Omar Haddad');
    await page.locator('#contact-new-agency').selectOption('social_services');
    await contacts.getByRole('button', { name: m('contact-save') }).click();
    const omar = contacts.locator('li.contact', { hasText: 'Omar Haddad' });
    await omar.waitFor();
    await omar.getByRole('button', { name: m('contact-delete') }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    assert.equal(
      (await dialog.getByRole('heading').textContent()).trim(),
      m('contact-delete-title', { name: 'Omar Haddad' }),
    );
    await dialog.getByRole('listitem').getByText('Omar Haddad').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), m('delete-keep'));
    await b.check(page, 'confirm deleting a contact', `profile-contact-delete-${code}`);
    await dialog.getByRole('button', { name: m('delete-keep') }).click();
    await dialog.waitFor({ state: 'detached' });
    await omar.getByRole('button', { name: m('contact-delete') }).click();
    await dialog.getByRole('button', { name: m('delete-confirm') }).click();
    await contacts.getByRole('status').getByText(m('contact-deleted')).waitFor();
    assert.equal(await omar.count(), 0);

    // What the shell saved is the whole profile.
    const saved = await storedVault(page);
    assert.deepEqual(saved.profile, {
      name: 'Amina Yusuf',
      arrived: '2023-09-14',
      residence_permit_name: 'YUSUF, AMINA',
      personal_identity_number: '19121212-1212',
      migration_agency_case_number: 'UT-2023-123456',
      languages: [
        { language: languages[0], level: 'first_language' },
        { language: languages[1], level: 'fluent' },
      ],
      residence_permit_date: '2024-05-02',
      municipality: 'Malmö',
      household: { adults: 2, children: [{ birth_year: 2019 }, { birth_year: 2021 }] },
      establishment_programme: { participating: true, since: '2024-06-01' },
    });
    assert.deepEqual(
      saved.contacts.map((c) => c.name),
      ['Sara Lind'],
    );

    // Lock, open again: everything is still there.
    await page.getByRole('button', { name: m('nav-lock'), exact: true }).click();
    await unlock(page, m);
    await openAboutMe(page, m);
    await section('profile-names').getByText('YUSUF, AMINA').waitFor();
    await section('profile-ids').getByText('19121212-1212').waitFor();
    await section('profile-ids').getByText('UT-2023-123456').waitFor();
    assert.equal(await page.getByTestId('languages').locator('li').count(), 2);
    await page.getByTestId('languages').getByText(languages[0]).waitFor();
    await section('profile-sweden').getByText('Malmö').waitFor();
    await section('profile-household').getByText(m('profile-adults-count', { count: 2 })).waitFor();
    assert.equal((await page.getByTestId('programme').textContent()).trim(), inSince);
    const again = section('contacts').locator('li.contact');
    assert.equal(await again.count(), 1);
    await again.getByText('Malmö Väster').waitFor();
    await again.getByText('sara.lind@example.se').waitFor();
    await b.check(page, 'about me after opening again', `profile-reopened-${code}`);

    assert.deepEqual(problems, []);
    await close();
  });
}
