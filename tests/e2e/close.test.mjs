// The real app, "what you almost have": a background with a job as
// Personbilsmekaniker (picked in the occupation search); from My page,
// the occupations close to it come from the data shipped in the binary —
// Flygmekaniker very close, Lastbilsmekaniker somewhat close; Flygmekaniker
// is made a goal and is on the plan as a final goal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDriver, launch, freshVault, shot, repo, onScreen, visible, newVault } from './app.mjs';
import { messages } from '../lib/fluent.mjs';
import { TEST_TIMEOUT } from '../lib/limits.mjs';

const driver = useDriver();
const m = messages(repo, 'en');

test('a mechanic sees the occupations close to theirs and makes one a goal', { timeout: TEST_TIMEOUT }, async () => {
  const app = await launch(driver, await freshVault());
  await newVault(app, m, 'close river paper lamp');

  // The job, from the occupation search.
  await app.clickButton(m('nav-background'));
  await onScreen(app, 'background');
  await app.clickButton(m('background-work-add'));
  await app.fill('#bg-work_experience-occupation', 'Personbilsmek');
  await app.find('#bg-work_experience-occupation-list [role="option"]');
  await app.click('#bg-work_experience-occupation-list [role="option"]');
  await visible(app, 'Personbilsmekaniker');
  await app.clickButton(m('action-save'));
  await visible(app, m('background-saved'));

  // From My page: what is close.
  await app.clickButton(m('nav-home'));
  await onScreen(app, 'home');
  await app.clickButton(m('close-open'));
  await onScreen(app, 'close-occupations');
  await app.find('[data-testid="close-very"] [data-testid="close-occupation"]');
  const names = (part) =>
    app.exec(`return [...document.querySelectorAll('[data-testid="${part}"] [data-testid="close-occupation"] .name')].map((e) => e.textContent.trim());`);
  const very = await names('close-very');
  const somewhat = await names('close-somewhat');
  assert.ok(very.includes('Flygmekaniker'), `very close: ${very}`);
  assert.ok(somewhat.includes('Lastbilsmekaniker'), `somewhat close: ${somewhat}`);
  assert.ok(!very.includes('Personbilsmekaniker') && !somewhat.includes('Personbilsmekaniker'), 'not their own');
  await shot(app, 'close-occupations');

  // Flygmekaniker, made a goal: marked, and on the plan.
  const flyg = await app.exec(
    `return document.querySelector('[data-testid="close-very"] li[data-jobtech] .name') && [...document.querySelectorAll('[data-testid="close-very"] li[data-jobtech]')].find((li) => li.querySelector('.name').textContent.trim() === 'Flygmekaniker').dataset.jobtech;`,
  );
  await app.click(`[id="close-make-${flyg}"]`);
  await app.find('#close-made');
  await app.find(`li[data-jobtech="${flyg}"] .tag.goal`);
  await app.clickButton(m('close-to-plan'));
  await onScreen(app, 'plan');
  await visible(app, 'Flygmekaniker');
  await shot(app, 'close-goal-on-plan');
  await app.close();
});
