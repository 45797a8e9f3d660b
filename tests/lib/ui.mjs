// What the UI tests (tests/ui/*.test.mjs) share: the browser started once
// per test file, the check every state gets (axe, missing messages, a
// screenshot), the stand-in vault's fixed parts, unlocking and moving
// between screens, and reading and picking dates in a DateSelect. Kept in
// one place so that a change to the app's markup (the unlock screen, the
// date drop-downs) is followed in one place, and every test checks a state
// the same way.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, repo } from './browser.mjs';
import { appDate } from './fluent.mjs';
import { stockholmDay } from './time.mjs';
import { HOOK_TIMEOUT } from './limits.mjs';

/** The password of every test vault. */
export const PASS = 'green river paper lamp';

/**
 * The parts of a stand-in vault (`window.__ETAPP_MOCK_VAULT__`) that every
 * test shares; spread it and add `profile`, `contacts`, `steps`, ...
 */
export const vaultBase = Object.freeze({
  passphrase: PASS,
  code: '1'.repeat(32),
  autoLock: 5,
  fingerprint: Object.freeze({ hex: 'ab'.repeat(32), digits: '1234 5678 9012 3456 7890' }),
});

/** A contact person as the core stores one, with only a name and an agency. */
export const contact = (id, name, agency) => ({ id, name, agency, unit: '', phone: '', email: '', note: '' });

/**
 * Amina's vault, no arrival date, with one contact person: Anna Berg at
 * the Public Employment Service (contact 1).
 */
export const vaultWithAnna = {
  ...vaultBase,
  profile: { name: 'Amina', arrived: null },
  contacts: [contact(1, 'Anna Berg', 'public_employment_service')],
  nextContactId: 2,
};

/**
 * A step as the core stores one: `status` also starts its history; no
 * dates, goals, life areas or evaluation; `appointments` as given.
 */
export function stepRecord({ id, title, agency, status, stage, contact_id = null, appointments = [] }) {
  return {
    id,
    title,
    step_type: 'other',
    agency,
    contact_id,
    stage,
    status,
    status_history: [{ status, at: '2025-01-10T09:00:00Z' }],
    start_date: null,
    end_date: null,
    goal_ids: [],
    life_areas: [],
    appointments,
    evaluation: null,
  };
}

/**
 * Starts the browser before this file's tests and closes it after them.
 * Returns the handle the tests use: `open`, `audit` and `screenshot` as in
 * browser.mjs, and `check`.
 */
export function useBrowser() {
  let b;
  // Playwright starts Chromium in a process group of its own, its output
  // piped to this process (never to the test runner), and ends it if this
  // process exits or is told to stop; closing it here ends it as soon as
  // the tests are done, whatever they did.
  before(
    async () => {
      b = await start();
    },
    { timeout: HOOK_TIMEOUT },
  );
  after(
    async () => {
      await b?.close();
    },
    { timeout: HOOK_TIMEOUT },
  );
  return {
    open: (options) => b.open(options),
    openFile: (url, options) => b.openFile(url, options),
    audit: (page) => b.audit(page),
    screenshot: (page, name) => b.screenshot(page, name),
    /**
     * The check for every state: no axe violations and no missing messages
     * (`what` names the state in a failure); then a screenshot
     * artifacts/ui/<shot>.png, when `shot` is given.
     */
    async check(page, what, shot) {
      const violations = await b.audit(page);
      assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 2)}`);
      assert.equal(await page.locator('html').getAttribute('data-missing-messages'), null, `${what}: missing messages`);
      if (shot) await b.screenshot(page, shot);
    },
  };
}

/** Unlocks the vault from the unlock screen and waits for My page. `m`: the locale's messages. */
export async function unlock(page, m, passphrase = PASS) {
  await page.locator('main[data-screen="unlock"]').waitFor();
  await page.locator('#unlock-passphrase').fill(passphrase);
  await page.getByRole('button', { name: m('unlock-submit'), exact: true }).click();
  await page.locator('main[data-screen="home"]').waitFor();
}

/** The screens of the menu: the message of its button, the screen's id. */
export const MENU = Object.freeze([
  ['nav-home', 'home'],
  ['nav-plan', 'plan'],
  ['nav-life-areas', 'life-areas'],
  ['nav-obstacles', 'obstacles'],
  ['nav-notes', 'notes'],
  ['nav-background', 'background'],
  ['nav-profile', 'profile'],
  ['nav-guide', 'guide'],
  ['nav-share', 'share'],
  ['nav-shares', 'shares'],
  ['nav-reader', 'reader'],
  ['nav-settings', 'settings'],
]);

/** Opens a screen with its button in the navigation (message `navId`) and waits for it. */
export async function openScreen(page, m, navId, screen) {
  await page.getByRole('navigation').getByRole('button', { name: m(navId), exact: true }).click();
  await page.locator(`main[data-screen="${screen}"]`).waitFor();
}

/** Picks a date in a DateSelect (day, month, year drop-downs) inside `scope`. */
export async function pickDate(scope, year, month, day) {
  const s = scope.locator('select');
  await s.nth(0).selectOption(String(day));
  await s.nth(1).selectOption(String(month));
  await s.nth(2).selectOption(String(year));
}

/** Picks a date given as `YYYY-MM-DD` in a DateSelect inside `scope`. */
export const pickDay = (scope, iso) => pickDate(scope, ...iso.split('-').map(Number));

/** The date a DateSelect shows, as `YYYY-MM-DD` (or null when not all chosen). */
export async function shownDate(scope) {
  const [d, m, y] = await Promise.all([0, 1, 2].map((i) => scope.locator('select').nth(i).inputValue()));
  const pad = (n, w) => String(n).padStart(w, '0');
  return d !== '0' && m !== '0' && y !== '0' ? `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` : null;
}

/**
 * Holds the stand-in shell's answers to `command` until the returned
 * function is called: to see a screen while its data is still coming.
 */
export async function holdCommand(page, command) {
  await page.evaluate((name) => {
    const { commands } = window.__ETAPP_MOCK__;
    const answer = commands[name];
    const held = new Promise((release) => (window.__etappRelease = release));
    commands[name] = async (args) => {
      await held;
      return answer(args);
    };
  }, command);
  return () => page.evaluate(() => window.__etappRelease());
}

/** The open vault as the stand-in shell keeps it (what the core would store). */
export const storedVault = (page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('__etapp_mock__')).vault);

/** A date (`YYYY-MM-DD`) as the app writes it in `locale`: the browser's own Intl, long, Gregorian. */
export const longDate = (page, locale, iso) => appDate(page, repo, locale, { dateStyle: 'long' }, `${iso}T12:00:00`);

/** The text of a message before its first argument (Fluent isolates arguments with U+2068). */
export const before1 = (text) => text.split('\u2068')[0].trim();

function step(id, title, agency, status, stage, contact_id, appointments) {
  return stepRecord({ id, title, agency, status, stage, contact_id, appointments });
}

/**
 * A record with something on every screen: two contacts, five steps with
 * appointments (`w`: the steps' and obstacles' titles in one language),
 * two check-ins, an open and a solved obstacle.
 */
export function filledVault(w) {
  // Without preschool, or (`all`) every area.
  const areas = (level, all = false) =>
    ['household_economy', 'network', 'welfare_system', 'housing', ...(all ? ['preschool'] : []), 'health', 'work_studies', 'swedish_language'].map(
      (life_area) => ({ life_area, level, note: '' }),
    );
  return {
    ...vaultBase,
    profile: { name: 'Amina Yusuf', arrived: stockholmDay(-400), residence_permit_date: stockholmDay(-12) },
    contacts: [contact(1, 'Anna Berg', 'public_employment_service'), contact(2, 'Karin Ek', 'adult_education')],
    steps: [
      step(1, w[0], 'public_employment_service', 'planned', 'matching', 1, [
        { at: `${stockholmDay(-20)}T10:00:00`, place: 'Kungsgatan 1', with_whom: 'Anna Berg' },
        { at: `${stockholmDay(10)}T09:00:00`, place: 'Kungsgatan 1', with_whom: 'Anna Berg' },
      ]),
      step(2, w[1], 'adult_education', 'ongoing', 'activity', 2, [
        { at: `${stockholmDay(3)}T13:30:00`, place: 'Komvux, sal 4', with_whom: 'Karin Ek' },
        { at: `${stockholmDay(17)}T13:30:00`, place: 'Komvux, sal 4', with_whom: 'Karin Ek' },
      ]),
      step(3, w[2], 'county_board', 'ongoing', 'vision', null, [
        { at: `${stockholmDay(3)}T09:15:00`, place: 'Stadshuset', with_whom: '' },
      ]),
      // Done: its appointment will not take place, so it is not listed.
      step(4, w[3], 'myself', 'done', 'intake', null, [{ at: `${stockholmDay(1)}T08:00:00`, place: '', with_whom: '' }]),
      step(5, w[4], 'public_employment_service', 'ongoing', 'vision', 1, []),
    ],
    checkins: [
      { id: 1, date: stockholmDay(-40), areas: areas('struggling'), note: '' },
      { id: 2, date: stockholmDay(-5), areas: areas('mostly_managing', true), note: '' },
    ],
    obstacles: [
      {
        id: 1,
        kind: 'no_childcare',
        description: w[5],
        status: 'open',
        handled_by: null,
        contact_id: null,
        noticed_on: stockholmDay(-30),
        handling_since: null,
        solved_on: null,
      },
      {
        id: 2,
        kind: 'transport',
        description: w[6],
        status: 'solved',
        handled_by: null,
        contact_id: null,
        noticed_on: stockholmDay(-60),
        handling_since: null,
        solved_on: stockholmDay(-50),
      },
    ],
  };
}
