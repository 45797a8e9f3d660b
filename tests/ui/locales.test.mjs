// Every screen in every shipped locale, as a person moves through them
// with a filled record: the window takes the locale's `lang` and `dir`,
// no message falls back to English or shows as its id (the app counts
// both on <html data-missing-messages>), and no text on screen looks like
// a message id. The screen-by-screen suites test behaviour in the
// locales of testedLocales (tests/lib/fluent.mjs); this one holds every
// other locale to the same messages, cheaply (no accessibility audit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT } from '../lib/limits.mjs';
import { repo } from '../lib/browser.mjs';
import { messages, shippedLocales } from '../lib/fluent.mjs';
import { useBrowser, unlock, openScreen, filledVault, MENU } from '../lib/ui.mjs';

const b = useBrowser();

/** Text on screen shaped like a message id (`plan-step-add`), which no message is. */
const ID_LIKE = /\b[a-z]+(?:-[a-z0-9]+){2,}\b/;

for (const { code, dir } of shippedLocales(repo)) {
  test(`every screen in ${code}: no fallback, no message id`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, code);
    const words = ['Praktik', 'SFI C', 'Samhällsorientering', 'Bostad', 'Jobbsökarkurs', 'Förskola', 'Bussen'];
    const { page, problems, close } = await b.open({ preferences: { language: code }, vault: filledVault(words) });
    try {
      await unlock(page, m);
      for (const [nav, screen] of MENU) {
        await openScreen(page, m, nav, screen);
        await page.locator('main h1').first().waitFor();
        const html = page.locator('html');
        assert.equal(await html.getAttribute('lang'), code, `${screen}: lang`);
        assert.equal(await html.getAttribute('dir'), dir, `${screen}: dir`);
        assert.equal(await html.getAttribute('data-missing-messages'), null, `${code} ${screen}: a message fell back`);
        const text = await page.locator('body').innerText();
        assert.doesNotMatch(text, ID_LIKE, `${code} ${screen}: text like a message id`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
}
