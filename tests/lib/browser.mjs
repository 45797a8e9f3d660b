// Playwright over Debian's Chromium, for the UI with the desktop shell's
// IPC replaced by `mock-backend.js`. Screenshots go to artifacts/ui/.
import { chromium } from 'playwright-core';
import { readFile, readdir, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { serve, shippedCsp } from './serve.mjs';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
export const artifacts = join(repo, 'artifacts', 'ui');
const require = createRequire(import.meta.url);

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Starts the server and the browser; returns helpers and a `close`. */
export async function start() {
  // ETAPP_UI_DIST: another build folder (lets several builds be tested at once).
  const server = await serve(process.env.ETAPP_UI_DIST ?? join(repo, 'ui', 'dist'), await shippedCsp(repo));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: FLAGS,
  });
  // The stand-in shell: the base file, then each file in tests/ui/mock/
  // (one per part of the record), then the real catalogs.
  const mockDir = join(repo, 'tests', 'ui', 'mock');
  const parts = (await readdir(mockDir).catch(() => [])).filter((f) => f.endsWith('.js')).sort();
  const catalogs = await readFile(join(repo, 'tests', 'ui', 'fixtures', 'catalogs.json'), 'utf8');
  const locales = JSON.parse(await readFile(join(repo, 'locales', 'locales.json'), 'utf8')).locales.map((l) => l.code);
  const mock = [
    `window.__ETAPP_MOCK_CATALOGS__ = ${catalogs};`,
    `window.__ETAPP_MOCK_LOCALES__ = ${JSON.stringify(locales)};`,
    await readFile(join(repo, 'tests', 'ui', 'mock-backend.js'), 'utf8'),
    ...(await Promise.all(parts.map((f) => readFile(join(mockDir, f), 'utf8')))),
  ].join('\n');
  const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await mkdir(artifacts, { recursive: true });

  /**
   * `timezoneId`: the browser's own zone (default: this machine's); `now`:
   * a fixed time for the page's clock (timers still run).
   */
  async function open({ preferences = {}, vault = null, timezoneId, now } = {}) {
    const context = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      locale: 'sv-SE',
      ...(timezoneId ? { timezoneId } : {}),
    });
    await context.addInitScript({
      content: `window.__ETAPP_MOCK_PREFS__ = ${JSON.stringify(preferences)};
window.__ETAPP_MOCK_VAULT__ = ${JSON.stringify(vault)};
${mock}`,
    });
    const page = await context.newPage();
    if (now) await page.clock.setFixedTime(now);
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(server.url);
    await page.waitForSelector('main[data-ready="true"]');
    return { page, problems, close: () => context.close() };
  }

  /**
   * Opens a file (the offline reader page) with every request that is not
   * the file itself refused and counted. `now`: a fixed time for the
   * page's clock.
   */
  async function openFile(url, { now, locale = 'sv-SE' } = {}) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale });
    const refused = [];
    await context.route('**/*', (route) => {
      const asked = route.request().url();
      if (asked === url) return route.continue();
      refused.push(asked);
      return route.abort();
    });
    const page = await context.newPage();
    if (now) await page.clock.setFixedTime(now);
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`);
    });
    await page.goto(url);
    return { page, problems, refused, close: () => context.close() };
  }

  /** Runs axe-core in the page; returns its violations. */
  async function audit(page) {
    await page.evaluate(axe);
    return page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    });
  }

  async function screenshot(page, name) {
    await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  }

  return {
    open,
    openFile,
    audit,
    screenshot,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
