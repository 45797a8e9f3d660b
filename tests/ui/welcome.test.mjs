// The welcome screen in every shipped language: right text, right
// direction, no accessibility violations, no missing messages, and a
// translation not yet read by a native speaker says so in its language.
import { test } from 'node:test';
import { TEST_TIMEOUT } from '../lib/limits.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from '../lib/browser.mjs';
import { messages, shippedLocales } from '../lib/fluent.mjs';
import { useBrowser } from '../lib/ui.mjs';

const b = useBrowser();

for (const locale of shippedLocales(repo)) {
  test(`welcome screen in ${locale.code}`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages(repo, locale.code);
    const { page, problems, close } = await b.open();
    await page.locator(`input[name="language"][value="${locale.code}"]`).check();

    const html = page.locator('html');
    await assert.doesNotReject(() => html.and(page.locator(`[lang="${locale.code}"]`)).waitFor());
    assert.equal(await html.getAttribute('dir'), locale.dir);
    assert.equal(await page.locator('h1').textContent(), m('welcome-title'));
    assert.equal(await page.evaluate(() => window.__ETAPP_MOCK__.disk.preferences.language), locale.code);
    const draft = page.getByRole('note').filter({ hasText: m('language-draft') });
    assert.equal(await draft.count(), locale.review.status === 'drafted' ? 1 : 0, `${locale.code}: the draft note`);

    await b.check(page, `welcome in ${locale.code}`, `welcome-${locale.code}`);
    assert.deepEqual(problems, []);
    await close();
  });
}

test('the saved language is used at start, and the keyboard reaches the picker', { timeout: TEST_TIMEOUT }, async () => {
  const { page, close } = await b.open({ preferences: { language: 'ar' } });
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // the interpreter's view's switch, in the header
  await page.keyboard.press('Tab'); // the checked language
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('value'));
  assert.equal(focused, 'ar');
  await page.keyboard.press('ArrowLeft'); // in right-to-left, left is "next"
  const next = await page.evaluate(() => document.activeElement?.getAttribute('value'));
  assert.notEqual(next, 'ar');
  await close();
});

test('the first screen fetches only its own code and fonts', { timeout: TEST_TIMEOUT }, async () => {
  const { page, problems, close } = await b.open();
  await page.evaluate(() => document.fonts.ready);
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()),
  );
  // The language picker's names come in a font of their own letters; the
  // whole Arabic and Ethiopic fonts load only when their language is chosen.
  assert.ok(fetched.some((f) => f.startsWith('language-name-arabic')), fetched.join(' '));
  assert.ok(fetched.some((f) => f.startsWith('language-name-ethiopic')), fetched.join(' '));
  assert.ok(fetched.some((f) => f.startsWith('language-name-cyrillic')), fetched.join(' '));
  assert.deepEqual(fetched.filter((f) => /^noto-sans-(arabic|ethiopic|cyrillic)/.test(f)), []);
  // The screens behind the unlock are fetched when first shown, and so
  // are the messages of a language not yet shown.
  assert.deepEqual(fetched.filter((f) => /^(Home|Plan|Share|Reader|Report|Settings|CreateVault)-/.test(f)), []);
  assert.deepEqual(
    fetched.filter((f) => f.startsWith('messages-')).map((f) => f.split('-')[1]),
    ['sv'],
  );
  // index.html asks for each of them at once, beside the script, so the
  // first frame is drawn once, with its fonts (ui/fonts.ts, ui/vite.config.ts).
  const html = readFileSync(join(repo, 'ui/dist/index.html'), 'utf8');
  const asked = [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*href="\.\/assets\/([^"]+)"/g)].map((m) => m[1]);
  for (const f of fetched.filter((f) => /\.woff2$/.test(f) || f.startsWith('messages-'))) {
    assert.ok(asked.includes(f), `index.html does not preload ${f}: ${asked.join(' ')}`);
  }

  await page.locator('input[name="language"][value="ar"]').check();
  await page.locator('html[lang="ar"]').waitFor();
  await page.evaluate(() => document.fonts.ready);
  const later = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));
  assert.ok(later.some((f) => f.startsWith('noto-sans-arabic-arabic-400')), later.join(' '));
  assert.deepEqual(problems, []);
  await close();
});
