// Runs the real desktop binary under tauri-driver (which drives
// WebKitWebDriver), on a display of its own (Xvfb). The binary must be
// built with the UI inside it (`--features custom-protocol`), so the
// shipped CSP and assets are what is tested.
//
// Whatever a test does — fails, hangs, times out — nothing it started may
// outlive the test file: a window left open keeps a machine busy, and a
// process holding the test runner's output keeps the runner waiting for
// that output to end, so the whole run stands still. Hence:
// - Xvfb and tauri-driver each lead a process group of their own
//   (WebKitWebDriver, the app and WebKit's processes join tauri-driver's),
//   which is ended as a whole;
// - none of them writes to this process's output: theirs goes to
//   artifacts/e2e/logs/<test file>.log;
// - the apps a test left open are closed after it, the groups are ended
//   after the file, and if this process is told to stop or ends early, it
//   ends the groups first;
// - what the app writes to disk (vaults, its webview folder) goes into one
//   temporary folder per file, removed with the groups.
import { spawn, execFileSync } from 'node:child_process';
import { mkdir, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { mkdtempSync, openSync, closeSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after, afterEach } from 'node:test';
import { session } from '../lib/webdriver.mjs';
import { HOOK_TIMEOUT } from '../lib/limits.mjs';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = join(repo, 'artifacts', 'e2e');
/** This test file's log: what Xvfb, the drivers and the app print. */
const log = join(artifacts, 'logs', `${basename(process.argv[1] ?? 'e2e', '.test.mjs')}.log`);

const binary = process.env.ETAPP_DESKTOP_BIN;
const driverCommand = process.env.TAURI_DRIVER ?? 'tauri-driver';

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Vaults, and the app's temporary files (TMPDIR), of this test file. */
const scratch = mkdtempSync(join(tmpdir(), 'etapp-e2e-'));

/** The leaders of the process groups started and not yet ended, by pid. */
const groups = new Set();
/** The apps (WebDriver sessions) open now. */
const apps = new Set();

/** Sends `signal` to the group led by `pid`; false when nothing of the group is left. */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function endAllNow() {
  for (const pid of groups) signalGroup(pid, 'SIGKILL');
  try {
    rmSync(scratch, { recursive: true, force: true });
  } catch {
    // A process just killed may still have been writing there; the folder
    // is in the system's temporary folder, so it is left.
  }
}
// The groups are not in this process's group, so a signal that ends this
// process does not reach them: end them first. (No `after` hook runs then.
// The test runner stops a test file that runs out of time with SIGTERM,
// and passes on a SIGTERM it gets itself, as from the suite's time limit.)
process.on('exit', endAllNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    endAllNow();
    process.kill(process.pid, signal);
  });
}

/** Starts `command` as the leader of a new process group, its output going to the log. */
function startGroup(command, args, { env = process.env, extra = [] } = {}) {
  const out = openSync(log, 'a');
  const child = spawn(command, args, { detached: true, env, stdio: ['ignore', out, out, ...extra] });
  closeSync(out);
  if (child.pid) groups.add(child.pid);
  // Never what keeps this process alive: once the tests are done it exits,
  // and its exit ends the group.
  child.unref();
  return child;
}

/** Ends the group led by `child`: SIGTERM, then SIGKILL to what is left after a few seconds. */
async function endGroup(child) {
  if (!child.pid) return;
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    const end = Date.now() + 5000;
    if (!signalGroup(child.pid, signal)) break;
    while (signalGroup(child.pid, 0) && Date.now() < end) await pause(100);
  }
  groups.delete(child.pid);
}

/** Rejects when `child` ends or cannot start, naming `what`. */
function ended(child, what) {
  const gone = new Promise((_, reject) => {
    child.once('error', (e) => reject(new Error(`${what} did not start: ${e.message}`)));
    child.once('exit', (code, signal) => reject(new Error(`${what} ended (${signal ?? code}); see ${log}`)));
  });
  // Awaited only while starting; its end later, when stopped, is expected.
  gone.catch(() => {});
  return gone;
}

/** What `promise` gives, or a failure saying `what` did not start if that takes longer than `ms`. */
async function within(ms, what, promise) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not start within ${ms / 1000} s; see ${log}`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A TCP port free now on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display number; resolves to `:<number>` once it takes clients. */
async function startDisplay() {
  // -displayfd: Xvfb picks a free display and writes its number to fd 3
  // when it is ready.
  const xvfb = startGroup('Xvfb', ['-displayfd', '3', '-screen', '0', '1024x768x24', '-nolisten', 'tcp'], {
    extra: ['pipe'],
  });
  const number = new Promise((resolve) => {
    let text = '';
    xvfb.stdio[3].on('data', (d) => {
      text += d;
      if (text.includes('\n')) resolve(text.trim());
    });
  });
  try {
    return { xvfb, display: `:${await within(30000, 'Xvfb', Promise.race([number, ended(xvfb, 'Xvfb')]))}` };
  } catch (e) {
    await endGroup(xvfb);
    throw e;
  } finally {
    xvfb.stdio[3].destroy();
  }
}

/** Starts Xvfb and tauri-driver; resolves when the driver accepts connections. */
async function startDriver() {
  if (!binary) throw new Error('ETAPP_DESKTOP_BIN is not set (make test sets it)');
  await mkdir(join(artifacts, 'logs'), { recursive: true });
  await writeFile(log, '');
  const { xvfb, display } = await startDisplay();
  const started = [xvfb];
  const stop = async () => {
    for (const child of [...started].reverse()) await endGroup(child);
  };
  try {
    // Ports picked free, so another run on the machine, or a driver left
    // over from one, is never the one reached.
    const [port, nativePort] = [await freePort(), await freePort()];
    const env = { ...process.env, DISPLAY: display, TMPDIR: scratch };
    delete env.WAYLAND_DISPLAY;
    const driver = startGroup(driverCommand, ['--port', String(port), '--native-port', String(nativePort)], { env });
    started.push(driver);
    const gone = ended(driver, 'tauri-driver');
    const answers = () =>
      fetch(`http://127.0.0.1:${port}/status`).then(
        () => true,
        () => false,
      );
    const end = Date.now() + 30000;
    while (!(await Promise.race([answers(), gone]))) {
      if (Date.now() > end) throw new Error(`tauri-driver did not start within 30 s; see ${log}`);
      await pause(100);
    }
    return { port, display, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Closes every app still open (a test that failed leaves its app open). */
async function closeApps() {
  for (const app of apps) await app.close();
  apps.clear();
}

/**
 * Starts Xvfb and tauri-driver before this file's tests and ends them
 * after; closes the apps a test left open after each test. Returns the
 * handle `launch` takes (with `display`, the X display the apps show on).
 */
export function useDriver() {
  const driver = {};
  before(async () => Object.assign(driver, await startDriver()), { timeout: HOOK_TIMEOUT });
  afterEach(closeApps, { timeout: HOOK_TIMEOUT });
  after(
    async () => {
      await closeApps();
      await driver.stop?.();
      await rm(scratch, { recursive: true, force: true });
    },
    { timeout: HOOK_TIMEOUT },
  );
  return driver;
}

/** A fresh, empty vault folder. */
export async function freshVault() {
  return mkdtemp(join(scratch, 'vault-'));
}

/** A fresh, empty folder for a test's other files (the answers to the file dialogs). */
export async function freshFolder() {
  return mkdtemp(join(scratch, 'files-'));
}

/**
 * Opens the app on `vault`; returns the WebDriver session. `args`: more
 * switches, as `['--dialog-dir', DIR]` (a debug build then answers its
 * file dialogs from DIR: src-tauri/src/dialog.rs).
 */
export async function launch(driver, vault, { args = [] } = {}) {
  const app = await session({ port: driver.port, application: binary, args: ['--vault', vault, ...args] });
  app.display = driver.display;
  apps.add(app);
  await app.find('main[data-ready="true"]');
  return app;
}

/**
 * Saves the screen as a person sees it, from the test's own X display
 * (ImageMagick's `import`), after a moment for the last change to be
 * drawn. Not WebDriver's screenshot: WebKitWebDriver waits for a
 * composited frame that never comes where the app paints uncomposited,
 * as it does without a GPU (src-tauri/src/renderer.rs).
 */
export async function shot(app, name) {
  await mkdir(artifacts, { recursive: true });
  await new Promise((r) => setTimeout(r, 300));
  const env = { ...process.env, DISPLAY: app.display };
  execFileSync('import', ['-window', 'root', join(artifacts, `${name}.png`)], { env, timeout: 30_000 });
}

/**
 * Waits until the screen named `name` shows. Its content may come later
 * (a screen shows that it is loading until its data is there): wait for
 * what is acted on or read next, as the helpers of webdriver.mjs do.
 */
export const onScreen = (app, name) => app.find(`main[data-screen="${name}"]`);

/** Waits for My page and its overview (until the overview is there, the heading does not name the person). */
export async function onHome(app) {
  await onScreen(app, 'home');
  await app.find('[data-testid="overview-stage"]');
}

/** Picks day, month, year in the DateSelect inside `css`. */
export async function pickDate(app, css, y, mo, d) {
  for (const [i, v] of [d, mo, y].entries()) await app.select(`${css} label:nth-child(${i + 1}) select`, String(v));
}

/** Waits until `text` shows somewhere in the main area. */
export const visible = (app, text) =>
  app.until(`return document.querySelector('main').innerText.includes(arguments[0])`, {
    args: [text],
    what: `not shown: ${text}`,
  });

/** Unlocks the vault after a restart and waits for My page. */
export async function unlock(app, m, passphrase) {
  await onScreen(app, 'unlock');
  await app.fill('#unlock-passphrase', passphrase);
  await app.clickButton(m('unlock-submit'));
  await onHome(app);
}

/** A new vault in English with `passphrase`, through the first-run screens. */
export async function newVault(app, m, passphrase) {
  await app.click('input[name="language"][value="en"]');
  await app.clickButton(m('welcome-start'));
  await onScreen(app, 'create');
  await app.fill('#new-passphrase', passphrase);
  await app.fill('#new-passphrase-again', passphrase);
  await app.clickButton(m('create-submit'));
  await onScreen(app, 'code');
  const code = (await app.text('[data-testid="recovery-code"]')).replace(/\s+/g, '');
  await app.clickButton(m('code-written'));
  await onScreen(app, 'confirm');
  for (const i of [0, 1]) {
    const n = Number((await app.text(`label[for="group-${i}"]`)).replace(/\D/g, ''));
    await app.fill(`#group-${i}`, code.slice((n - 1) * 4, n * 4));
  }
  await app.clickButton(m('action-continue'));
  await onScreen(app, 'profile-setup');
  await app.fill('#profile-name', 'Amina');
  await app.clickButton(m('action-save'));
  await onScreen(app, 'home');
}
