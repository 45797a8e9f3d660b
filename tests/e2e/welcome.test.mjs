// The real app: switch to Arabic and the window turns right-to-left with
// the Arabic heading; the choice survives a restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDriver, launch, freshVault, shot, repo } from './app.mjs';
import { messages } from '../lib/fluent.mjs';
import { TEST_TIMEOUT } from '../lib/limits.mjs';

const driver = useDriver();

test('switching to Arabic turns the window right-to-left, and it is remembered', { timeout: TEST_TIMEOUT }, async () => {
  const vault = await freshVault();
  const ar = messages(repo, 'ar');
  let app = await launch(driver, vault);
  await app.click('input[name="language"][value="ar"]');
  await app.until('return document.documentElement.dir === "rtl"');
  assert.equal(await app.attribute('html', 'lang'), 'ar');
  assert.equal(await app.text('h1'), ar('welcome-title'));
  // The shipped CSP is in force: inline script is refused.
  const inline = await app.exec(
    'const s = document.createElement("script"); s.textContent = "window.__inline = 1"; document.head.append(s); return window.__inline === 1;',
  );
  assert.equal(inline, false);
  await shot(app, 'welcome-ar');
  await app.close();

  app = await launch(driver, vault);
  await app.until('return document.documentElement.dir === "rtl"');
  assert.equal(await app.text('h1'), ar('welcome-title'));
  await app.close();
});
