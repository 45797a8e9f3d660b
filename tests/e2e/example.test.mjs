// "Try with an example" in the real app: a fictional participant opens in a
// separate vault, the person's own folder gets no vault, and leaving the
// example removes it from disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { useDriver, launch, freshVault, shot, repo, onScreen, onHome } from './app.mjs';
import { messages } from '../lib/fluent.mjs';
import { TEST_TIMEOUT } from '../lib/limits.mjs';

const driver = useDriver();

test('the example opens apart from the own record and is removed on leaving', { timeout: TEST_TIMEOUT }, async () => {
  const m = messages(repo, 'sv');
  const vault = await freshVault();
  const app = await launch(driver, vault);
  await app.click('input[name="language"][value="sv"]');
  await app.clickButton(m('welcome-try-example'));
  await onHome(app);
  assert.match(await app.text('main h1'), /Rania Haddad/);
  assert.ok(existsSync(join(vault, 'example', 'vault.key')));
  assert.ok(!existsSync(join(vault, 'vault.key')), 'the own vault folder holds no vault');
  await shot(app, 'example-home');
  await app.clickButton(m('example-leave'));
  await onScreen(app, 'welcome');
  assert.ok(!existsSync(join(vault, 'example')), 'the example is gone');
  await app.close();
});
