// The real app, the plan: a final goal and a sub-goal, a step with an
// agency and an appointment, moved to done and evaluated; after a restart
// everything is still there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDriver, launch, freshVault, shot, repo, onScreen, pickDate, visible, newVault, unlock } from './app.mjs';
import { messages } from '../lib/fluent.mjs';
import { TEST_TIMEOUT } from '../lib/limits.mjs';

const driver = useDriver();

const PASS = 'plan river paper lamp';

test('goals and a step with an appointment, done and evaluated, survive a restart', { timeout: TEST_TIMEOUT }, async () => {
  const m = messages(repo, 'en');
  const year = new Date().getFullYear();
  const vault = await freshVault();
  let app = await launch(driver, vault);
  await newVault(app, m, PASS);

  await app.clickButton(m('nav-plan'));
  await onScreen(app, 'plan');
  await app.clickButton(m('plan-add-goal'));
  await app.fill('#goal-title', 'Work as an assistant nurse');
  await app.clickButton(m('goal-form-save'));
  await visible(app, 'Work as an assistant nurse');
  await app.clickButton(m('goal-add-sub'));
  await app.fill('#goal-title', 'Pass SFI course D');
  await app.clickButton(m('goal-form-save'));
  await visible(app, 'Pass SFI course D');

  await app.clickButton(m('plan-add-step'));
  await onScreen(app, 'step');
  await app.fill('#step-title', 'Internship at the health centre');
  await app.select('#step-type', 'internship');
  await app.select('#step-agency', 'public_employment_service');
  await app.select('#step-stage', 'activity');
  await app.act(
    `const box = [...document.querySelectorAll('input[type=checkbox]')].find((c) => c.closest('label')?.textContent.includes('Pass SFI course D'));
     box?.click(); return !!box;`,
  );
  await app.clickButton(m('appointment-add'));
  const base = await app.attribute('fieldset.appointment', 'id');
  await pickDate(app, `#${base}-date`, year, 12, 31);
  await app.select(`#${base}-time label:nth-child(1) select`, '10');
  await app.select(`#${base}-time label:nth-child(2) select`, '30');
  await app.fill(`#${base}-place`, 'Kungsgatan 1');
  await app.fill(`#${base}-with`, 'Anna Berg');
  await app.clickButton(m('step-save'));
  await onScreen(app, 'plan');
  await visible(app, 'Internship at the health centre');
  await visible(app, m('step-who', { agency: m('agency-public-employment-service') }));
  await shot(app, 'plan');

  // Done, then evaluated.
  await app.clickButton('Internship at the health centre');
  await onScreen(app, 'step');
  await app.select('#step-new-status', 'done');
  await app.clickButton(m('step-progress-submit'));
  await visible(app, m('step-progress-changed'));
  await app.click('input[name="evaluation-usefulness"][value="4"]');
  await app.fill('#evaluation-helped', 'The supervisor was kind.');
  await app.clickButton(m('evaluation-save'));
  await visible(app, m('evaluation-saved'));
  await shot(app, 'step-done');
  await app.close();

  // Restart: all still there.
  app = await launch(driver, vault);
  await unlock(app, m, PASS);
  await app.clickButton(m('nav-plan'));
  await onScreen(app, 'plan');
  await visible(app, 'Work as an assistant nurse');
  await visible(app, 'Pass SFI course D');
  await app.clickButton('Internship at the health centre');
  await onScreen(app, 'step');
  assert.equal(await app.property('input[name="evaluation-usefulness"]:checked', 'value'), '4');
  assert.equal(await app.property('#evaluation-helped', 'value'), 'The supervisor was kind.');
  assert.equal(await app.count('[data-testid="step-history"]', 'li'), 2);
  assert.equal(await app.property('fieldset.appointment input[id$="-place"]', 'value'), 'Kungsgatan 1');
  await app.close();
});
