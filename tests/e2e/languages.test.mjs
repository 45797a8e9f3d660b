// The real app in Arabic and in Tigrinya, on the example person: Arabic
// turns the window right to left, Tigrinya is set in the shipped Ethiopic
// font with its own month names (WebKitGTK's ICU has them), and My page
// and the star show in both. Screenshots: artifacts/e2e/lang-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDriver, launch, freshVault, shot, repo, onScreen, onHome } from './app.mjs';
import { messages } from '../lib/fluent.mjs';
import { TEST_TIMEOUT } from '../lib/limits.mjs';

const driver = useDriver();

const html = (app, attribute) => app.attribute('html', attribute);

for (const [code, dir, script] of [
  ['ar', 'rtl', 'arabic'],
  ['ti', 'ltr', 'ethiopic'],
]) {
  test(`the example in ${code}: direction, font, dates, My page and the star`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, code);
    const app = await launch(driver, await freshVault());
    await app.click(`input[name="language"][value="${code}"]`);
    await app.until(`return document.documentElement.lang === '${code}'`);
    await app.clickButton(m('welcome-try-example'));
    await onHome(app);
    assert.equal(await html(app, 'dir'), dir);
    assert.equal(await html(app, 'data-script'), script);
    const font = await app.until(`const h = document.querySelector('main h1'); return h && getComputedStyle(h).fontFamily`);
    assert.match(font, script === 'ethiopic' ? /Noto Sans Ethiopic/ : /Noto Sans Arabic/);
    if (code === 'ti') {
      const month = await app.exec(
        `return new Intl.DateTimeFormat('ti', { month: 'long', calendar: 'gregory' }).format(new Date(2026, 10, 15))`,
      );
      assert.match(month, /[\u1200-\u137F]/, `month name in Ge'ez script: ${month}`);
    }
    await app.find('main [data-star] polygon.previous, main [data-star] polyline.previous');
    await shot(app, `lang-home-${code}`);
    await app.clickButton(m('nav-life-areas'));
    await onScreen(app, 'life-areas');
    await app.find('main [data-star] tr[data-area]');
    await shot(app, `lang-life-areas-${code}`);
    await app.clickButton(m('example-leave'));
    await onScreen(app, 'welcome');
    await app.close();
  });
}
