// Times the offline reader page in headless Chromium, for `make bench`
// (bench/src/bundle.rs runs it): from clicking "Open" with the code typed
// to the share shown (and to the end of its checks, before the share is
// drawn), and the page's floor, scrypt at 2^18 as the page
// computes it (@noble/hashes, the library age-encryption uses), in a blank
// page of the same browser. Prints one JSON object: the milliseconds of
// each run.
//
//   node scripts/bench-page.mjs PAGE.html CODE RUNS
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { pathToFileURL, fileURLToPath } from 'node:url';

const [file, code, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const root = fileURLToPath(new URL('..', import.meta.url));
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

// scrypt alone, bundled for a blank page.
const built = await build({
  root,
  logLevel: 'silent',
  configFile: false,
  build: {
    write: false,
    lib: { entry: 'scripts/bench-scrypt.js', formats: ['iife'], name: 'benchScrypt' },
    minify: true,
  },
});
const scriptCode = (Array.isArray(built) ? built[0] : built).output[0].code;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
const result = { open_ms: [], checked_ms: [], scrypt_ms: [] };
try {
  const url = pathToFileURL(file).href;
  for (let i = 0; i <= runs; i++) {
    const context = await browser.newContext();
    await context.route('**/*', (r) => (r.request().url() === url ? r.continue() : r.abort()));
    const page = await context.newPage();
    await page.goto(url);
    await page.fill('#page-code', code);
    const [ms, checkedMs] = await page.evaluate(async () => {
      const started = performance.now();
      document.querySelector('button[type="submit"]').click();
      while (!document.querySelector('.columns [data-section]')) {
        if (document.querySelector('main [role="alert"]')) throw new Error(document.querySelector('main [role="alert"]').textContent);
        await new Promise((r) => requestAnimationFrame(r));
      }
      await new Promise((r) => requestAnimationFrame(r));
      const [checked] = performance.getEntriesByName('etapp-page-checked');
      return [performance.now() - started, checked ? checked.startTime - started : NaN];
    });
    if (i > 0) result.open_ms.push(ms);
    if (i > 0) result.checked_ms.push(checkedMs);
    const blank = await context.newPage();
    await blank.setContent('<!doctype html><title>scrypt</title>');
    await blank.addScriptTag({ content: scriptCode });
    const s = await blank.evaluate(() => window.benchScrypt.run());
    if (i > 0) result.scrypt_ms.push(s);
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
