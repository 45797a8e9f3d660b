// The offline reader page in Chromium, opened from a file:// URL with
// every other request refused and counted (there must be none): the
// golden bundles give it the same outcomes as the Rust reader (one table,
// crates/core/tests/fixtures/bundles/outcomes.json); every bad file —
// tampered, truncated, damaged, newer, not Etapp's, not age, a mistyped or
// wrong code, a page with no share — shows its own message; the share
// reads in every shipped language and side by side with the person's,
// with no missing message and no axe-core violation; printing leaves out
// the form and the buttons. Screenshots in artifacts/ui/page-*.png.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repo } from '../lib/browser.mjs';
import { messages, shippedLocales } from '../lib/fluent.mjs';
import { useBrowser } from '../lib/ui.mjs';
import { WAIT } from '../lib/limits.mjs';
import { pageFor, envelope, lock, unlock, headerEnd, signerDigits } from '../lib/page.mjs';
import { shareCode } from '../lib/share.mjs';

const b = useBrowser();
const sv = messages(repo, 'sv');
const golden = join(repo, 'crates/core/tests/fixtures/bundles');
const outcomes = JSON.parse(await readFile(join(golden, 'outcomes.json'), 'utf8'));
const CODE = (await readFile(join(golden, 'code.txt'), 'utf8')).trim();
/** The code as age's passphrase: its 16 digits. */
const DIGITS = CODE.replace(/\D/g, '');
const IDENTITY = join(golden, 'identity.txt');
const NOW = '2026-12-06T12:00:00Z';
const dir = await mkdtemp(join(tmpdir(), 'etapp-page-'));
after(() => rm(dir, { recursive: true, force: true }));

/** The message each exit status of the bundle format shows in the page. */
const MESSAGE = {
  4: 'bundle-error-mistyped-code',
  5: 'bundle-error-wrong-code',
  6: 'bundle-error-not-a-bundle',
  7: 'bundle-error-truncated',
  8: 'bundle-error-signature',
  9: 'bundle-error-expired',
  10: 'page-error-newer-version',
};

/** Writes the page for `bytes`; its file:// URL. */
async function pageFile(name, bytes) {
  const path = join(dir, `${name}.html`);
  await writeFile(path, await pageFor(repo, bytes));
  return pathToFileURL(path).href;
}

/** Opens the page and, unless `key` is null, gives it the code or the key file and waits for the outcome. */
async function openPage(url, { key = { code: CODE }, now = NOW } = {}) {
  const opened = await b.openFile(url, { now });
  const { page } = opened;
  await page.waitForSelector('main h1', { timeout: WAIT });
  if (key) {
    if (key.identity) await page.setInputFiles('#page-key', key.identity);
    else await page.fill('#page-code', key.code);
    await page.click('button[type="submit"]');
    await page.waitForSelector('.columns, main [role="alert"]', { timeout: WAIT });
  }
  return opened;
}

/** Whether the alert says message `id` (an expiry's date may be anything). */
async function says(page, id) {
  const text = (await page.locator('main [role="alert"]').first().textContent()).trim();
  const [before, rest] = sv(id, { expires: '\u0000' }).split('\u0000');
  assert.ok(text.startsWith(before.replace(/\u2068$/, '')), `${id}: ${text}`);
  if (rest !== undefined) assert.ok(text.endsWith(rest.replace(/^\u2069/, '')), `${id}: ${text}`);
}

/** Nothing was asked of the network, nothing went wrong in the page, and no message fell back. */
async function clean({ page, problems, refused }, what) {
  assert.deepEqual(refused, [], `${what}: requests`);
  assert.deepEqual(problems, [], `${what}: problems`);
  assert.equal(await page.locator('html').getAttribute('data-missing-messages'), null, `${what}: missing messages`);
}

test('the golden bundles give the page the same outcomes as the Rust reader', async () => {
  for (const row of outcomes) {
    const what = `${row.file} with the ${row.key} at ${row.now}`;
    const bytes = await readFile(join(golden, row.file));
    const url = await pageFile(row.file, bytes);
    const lockedWithCode = Buffer.from(bytes).includes('-> scrypt ');
    if ((row.key === 'code') !== lockedWithCode) {
      // The page asks for what locks the file: the other key cannot be given.
      const opened = await openPage(url, { key: null, now: row.now });
      assert.equal(await opened.page.locator(row.key === 'code' ? '#page-code' : '#page-key').count(), 0, what);
      assert.equal(await opened.page.locator(row.key === 'code' ? '#page-key' : '#page-code').count(), 1, what);
      await clean(opened, what);
      await opened.close();
      continue;
    }
    const key = row.key === 'code' ? { code: CODE } : { identity: IDENTITY };
    const opened = await openPage(url, { key, now: row.now });
    if (row.status === 0) {
      await opened.page.waitForSelector('.columns', { timeout: WAIT });
      assert.ok((await opened.page.locator('.columns').textContent()).includes(signerDigits()), what);
    } else {
      await says(opened.page, MESSAGE[row.status]);
    }
    await clean(opened, what);
    await opened.close();
  }
});

test('every bad file and code says what is wrong', { timeout: 5 * 60_000 }, async () => {
  const inner = JSON.parse(await unlock(await readFile(join(golden, 'code.etapp')), DIGITS));
  const big = JSON.stringify({ ...JSON.parse(inner.payload), padding: 'x'.repeat(70_000) });
  const bigFile = await lock(envelope(big), DIGITS);
  const body = headerEnd(bigFile) + 16;
  const damaged = Uint8Array.from(await lock(envelope(inner.payload), DIGITS));
  damaged[damaged.length - 5] ^= 1;
  const cases = [
    ['tampered', await lock(JSON.stringify({ ...inner, payload: inner.payload.replace('"to":', '"to" :') }), DIGITS), 8],
    ['newer', await lock(envelope(inner.payload, { version: 3 }), DIGITS), 10],
    ['version-0', await lock(envelope(inner.payload, { version: 0 }), DIGITS), 6],
    ['not-etapp', await lock('{"hello":"world"}', DIGITS), 6],
    ['not-age', new TextEncoder().encode('PK\u0003\u0004 a zip file'), 6],
    ['truncated', bigFile.subarray(0, body + 64 * 1024 + 16), 7],
    ['cut-mid-chunk', bigFile.subarray(0, body + 1000), 5],
    ['damaged', damaged, 5],
  ];
  for (const [name, bytes, status] of cases) {
    const opened = await openPage(await pageFile(name, bytes));
    await says(opened.page, MESSAGE[status]);
    await clean(opened, name);
    if (name === 'tampered') await b.screenshot(opened.page, 'page-tampered');
    await opened.close();
  }

  // Version 2 (an education may name its occupation) opens, as version 1 does.
  const two = await openPage(await pageFile('version-2', await lock(envelope(inner.payload, { version: 2 }), DIGITS)));
  assert.equal(await two.page.locator('.columns').count(), 1, 'version 2 opens');
  await clean(two, 'version-2');
  await two.close();

  // Codes: mistyped (said before any work) and wrong, by the code field.
  const good = await pageFile('good', await readFile(join(golden, 'code.etapp')));
  for (const [code, status] of [
    [DIGITS.slice(0, 15), 4],
    [`${DIGITS.slice(0, 14)}${DIGITS[15]}${DIGITS[14]}`, 4],
    [shareCode('111111111111111'), 5],
  ]) {
    const opened = await openPage(good, { key: { code } });
    await says(opened.page, MESSAGE[status]);
    assert.equal(await opened.page.locator('#page-code').getAttribute('aria-invalid'), 'true');
    await clean(opened, code);
    await opened.close();
  }

  // A page whose share was taken out.
  const empty = join(dir, 'empty.html');
  await writeFile(empty, (await pageFor(repo, new Uint8Array())).replace(/-----BEGIN[\s\S]*END ETAPP BUNDLE-----/, ''));
  const opened = await openPage(pathToFileURL(empty).href, { key: null });
  await says(opened.page, 'page-error-no-bundle');
  await clean(opened, 'no share');
  await opened.close();
});

test('the share reads in every shipped language and side by side, with nothing missing and no axe violation', async () => {
  const url = await pageFile('languages', await readFile(join(golden, 'code.etapp')));
  const opened = await openPage(url, { key: null });
  const { page } = opened;
  assert.equal(await page.title(), sv('page-title'));
  assert.deepEqual(await b.audit(page), [], 'the code form');
  await b.screenshot(page, 'page-code');
  await page.fill('#page-code', DIGITS.replace(/(\d{4})(?=\d)/g, '$1-'));
  await page.click('button[type="submit"]');
  await page.waitForSelector('.columns', { timeout: WAIT });
  assert.equal(await page.title(), sv('reader-title'));
  for (const { code, dir: direction } of shippedLocales(repo)) {
    await page.check(`input[name="reader-language"][value="${code}"]`);
    await page.waitForFunction((c) => document.documentElement.lang === c, code, { timeout: WAIT });
    assert.equal(await page.locator('html').getAttribute('dir'), direction);
    assert.equal(await page.locator('main h1').textContent(), messages(repo, code)('reader-title'));
    assert.deepEqual(await b.audit(page), [], `the share in ${code}`);
    await b.screenshot(page, `page-share-${code}`);
  }
  // The interpreter's view: Swedish beside the person's Arabic.
  await page.check('input[name="reader-language"][value="sv"]');
  await page.locator('label.side input').check();
  await page.waitForSelector('.columns.two [lang="ar"]', { timeout: WAIT });
  assert.deepEqual(await b.audit(page), [], 'side by side');
  await b.screenshot(page, 'page-side-by-side');
  // Printed: the share without the form and the buttons.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.no-print').isVisible(), false);
  assert.equal(await page.locator('.columns').isVisible(), true);
  await clean(opened, 'languages');
  await opened.close();
});
