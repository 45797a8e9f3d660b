// The real app (WebKitGTK) in Arabic, Persian, Dari and Tigrinya, on the
// example person: the first run's language choice turns the window (right
// to left for the Arabic script) and says when a translation is a draft;
// the shipped font of the script is used; dates name their months as the
// locale's messages do (WebKitGTK's own data lacks Dari and has older
// Somali names); My page, a step, the star, the share wizard and the
// reader show with no fallback. Screenshots: artifacts/e2e/lang-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDriver, launch, freshVault, shot, repo, onScreen, onHome } from './app.mjs';
import { messages, shippedLocales } from '../lib/fluent.mjs';
import { TEST_TIMEOUT } from '../lib/limits.mjs';

const driver = useDriver();

const html = (app, attribute) => app.attribute('html', attribute);
const plain = (s) => s.replace(/[\u2068\u2069]/g, '');
const FONTS = { arabic: /Noto Sans Arabic/, ethiopic: /Noto Sans Ethiopic/ };
const ENGLISH_MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

for (const code of ['ar', 'fa', 'prs', 'ti']) {
  const { dir, script } = shippedLocales(repo).find((l) => l.code === code);
  test(`the example in ${code}: direction, font, months, and the screens a person meets`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, code);
    const months = Array.from({ length: 12 }, (_, i) => m(`date-month-${i + 1}`));
    const app = await launch(driver, await freshVault());
    // Not yet reviewed by a native speaker: said, in the language itself.
    await app.click(`input[name="language"][value="${code}"]`);
    await app.until(`return document.documentElement.lang === '${code}'`);
    await app.until(`return document.body.innerText.includes(arguments[0])`, { args: [plain(m('language-draft'))] });
    assert.equal(await html(app, 'dir'), dir);
    await shot(app, `lang-welcome-${code}`);

    await app.clickButton(m('welcome-try-example'));
    await onHome(app);
    assert.equal(await html(app, 'data-script'), script);
    const font = await app.until(`const h = document.querySelector('main h1'); return h && getComputedStyle(h).fontFamily`);
    assert.match(font, FONTS[script]);
    await app.find('main [data-star] polygon.previous, main [data-star] polyline.previous');
    await shot(app, `lang-home-${code}`);

    await app.clickButton(m('nav-plan'));
    await onScreen(app, 'plan');
    await app.click('main button[data-step]');
    await onScreen(app, 'step');
    // A date with its month named as the locale's messages name it.
    const stepText = await app.until(`const t = document.querySelector('main').innerText; return /\\d|[٠-٩۰-۹]/.test(t) && t`);
    assert.ok(months.some((name) => stepText.includes(name)), `${code}: a month of ${months.join(', ')} in the step`);
    assert.doesNotMatch(stepText, ENGLISH_MONTHS);
    await shot(app, `lang-step-${code}`);

    await app.clickButton(m('nav-life-areas'));
    await onScreen(app, 'life-areas');
    await app.find('main [data-star] tr[data-area]');
    await shot(app, `lang-life-areas-${code}`);

    await app.clickButton(m('nav-share'));
    await onScreen(app, 'share');
    await shot(app, `lang-share-${code}`);

    await app.clickButton(m('nav-reader'));
    await onScreen(app, 'reader');
    await shot(app, `lang-reader-${code}`);

    assert.equal(await html(app, 'data-missing-messages'), null, `${code}: a message fell back`);
    await app.clickButton(m('example-leave'));
    await onScreen(app, 'welcome');
    await app.close();
  });
}
