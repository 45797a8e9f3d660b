// The real app, the record's part 2: two check-ins and the star changes,
// an obstacle added and solved and another left open, a note in Arabic,
// the overview on My page and the agency guide; after a restart all of it
// is still there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDriver, launch, freshVault, shot, repo, onScreen, onHome, pickDate, visible, newVault, unlock } from './app.mjs';
import { messages } from '../lib/fluent.mjs';
import { TEST_TIMEOUT } from '../lib/limits.mjs';

const driver = useDriver();

const PASS = 'life river paper lamp';

/** Chooses a level for an area in the check-in form (the radio is styled, so it is pressed from script). */
const choose = (app, area, level) => app.press(`#checkin-${area}-${level}`);

/** The star's table: the change in words for `area`. */
const change = async (app, area) =>
  (await app.property(`main [data-star] tr[data-area="${area}"] td.change`, 'textContent')).trim();

/** How many obstacles are listed in the section headed by the heading with id `section`. */
const obstaclesUnder = (app, section) =>
  app.count(`section[aria-labelledby="${section}"]`, '[data-testid="obstacle-state"]');

test('check-ins, obstacles, a note, the overview and the guide survive a restart', { timeout: TEST_TIMEOUT }, async () => {
  const m = messages(repo, 'en');
  const vault = await freshVault();
  let app = await launch(driver, vault);
  await newVault(app, m, PASS);

  // A first check-in, dated a month ago; then one today: the star changes.
  const then = new Date();
  then.setDate(then.getDate() - 30);
  await app.clickButton(m('nav-life-areas'));
  await onScreen(app, 'life-areas');
  await app.click('#life-areas-new');
  await onScreen(app, 'checkin');
  await pickDate(app, '#checkin-date', then.getFullYear(), then.getMonth() + 1, then.getDate());
  await choose(app, 'housing', 'struggling');
  await choose(app, 'health', 'managing');
  await choose(app, 'preschool', 'not_relevant');
  await app.clickButton(m('checkin-save'));
  await onScreen(app, 'life-areas');
  // (Its areas are not neighbours on the star: points, no outline.)
  await app.find('main [data-star] circle.latest-point');
  assert.equal(await app.count('main [data-star]', '.previous-point'), 0);

  await app.click('#life-areas-new');
  await onScreen(app, 'checkin');
  await choose(app, 'housing', 'getting_help');
  await choose(app, 'health', 'mostly_managing');
  await choose(app, 'preschool', 'not_relevant');
  await app.fill('#checkin-note', 'We got a flat of our own.');
  await app.clickButton(m('checkin-save'));
  await onScreen(app, 'life-areas');
  await app.find('main [data-star] rect.previous-point');
  await app.until(`return document.querySelectorAll('main [data-star] tr[data-area] td.change').length > 0`);
  assert.equal(await change(app, 'housing'), m('star-better'));
  assert.equal(await change(app, 'health'), m('star-worse'));
  await shot(app, 'life-areas');

  // Obstacles: one solved with the quick buttons, one left open.
  await app.clickButton(m('nav-obstacles'));
  await onScreen(app, 'obstacles');
  await app.click('#obstacles-add');
  await app.press('input[name="obstacle-kind"][value="transport"]');
  await app.fill('#obstacle-description', 'The bus to the course takes two hours.');
  await app.clickButton(m('obstacles-form-save'));
  await visible(app, 'The bus to the course takes two hours.');
  await app.click('#obstacle-1-to-solved');
  await app.find('#obstacles-solved-title');
  await app.click('#obstacles-add');
  await app.press('input[name="obstacle-kind"][value="no_childcare"]');
  await app.fill('#obstacle-description', 'No preschool place yet.');
  await app.clickButton(m('obstacles-form-save'));
  await visible(app, 'No preschool place yet.');
  assert.equal(await obstaclesUnder(app, 'obstacles-solved-title'), 1);
  assert.equal(await obstaclesUnder(app, 'obstacles-now-title'), 1);
  await shot(app, 'obstacles');

  // A note, written in Arabic.
  await app.clickButton(m('nav-notes'));
  await onScreen(app, 'notes');
  await app.click('#notes-add');
  await app.select('#note-language', 'ar');
  await app.fill('#note-text', 'سألت عن دورة اللغة.');
  await app.clickButton(m('notes-form-save'));
  await visible(app, 'سألت عن دورة اللغة.');

  // My page: the stage suggested, the star, only the open obstacle.
  await app.clickButton(m('nav-home'));
  await onHome(app);
  await app.find('main [data-star] rect.previous-point');
  await visible(app, 'No preschool place yet.');
  assert.ok(
    !(await app.property('main', 'innerText')).includes('The bus to the course takes two hours.'),
    'a solved obstacle is not on My page',
  );
  await shot(app, 'home');

  // The agency guide.
  await app.clickButton(m('nav-guide'));
  await onScreen(app, 'guide');
  await visible(app, m('guide-public-employment-service-help'));
  assert.ok((await app.count('#guide-public_employment_service ol', 'li')) >= 3);
  await shot(app, 'guide');
  await app.close();

  // Restart: all still there.
  app = await launch(driver, vault);
  await unlock(app, m, PASS);
  await visible(app, 'No preschool place yet.');
  await app.clickButton(m('nav-life-areas'));
  await onScreen(app, 'life-areas');
  await app.until(`return document.querySelectorAll('main [data-star] tr[data-area] td.change').length > 0`);
  assert.equal(await change(app, 'housing'), m('star-better'));
  await visible(app, 'We got a flat of our own.');
  await app.clickButton(m('nav-obstacles'));
  await onScreen(app, 'obstacles');
  await app.find('#obstacles-solved-title');
  assert.equal(await obstaclesUnder(app, 'obstacles-solved-title'), 1);
  assert.equal(await obstaclesUnder(app, 'obstacles-now-title'), 1);
  await app.clickButton(m('nav-notes'));
  await onScreen(app, 'notes');
  await visible(app, 'سألت عن دورة اللغة.');
  assert.equal((await app.property('main p.text[lang="ar"]', 'textContent')).trim(), 'سألت عن دورة اللغة.');
  await app.close();
});
