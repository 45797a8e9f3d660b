// Runs the real desktop binary under tauri-driver (which drives
// WebKitWebDriver). The binary must be built with the UI inside it
// (`--features custom-protocol`), so the shipped CSP and assets are what is
// tested. Needs a display: `make test` runs this under xvfb-run.
import { spawn } from 'node:child_process';
import { mkdir, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { session } from '../lib/webdriver.mjs';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = join(repo, 'artifacts', 'e2e');

const binary = process.env.ETAPP_DESKTOP_BIN;
const driver = process.env.TAURI_DRIVER ?? 'tauri-driver';

/** Starts tauri-driver; resolves when it accepts connections. */
export async function startDriver(port = 4444) {
  if (!binary) throw new Error('ETAPP_DESKTOP_BIN is not set (make test sets it)');
  const proc = spawn(driver, ['--port', String(port)], { stdio: ['ignore', 'inherit', 'inherit'] });
  const end = Date.now() + 15000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      break;
    } catch {
      if (Date.now() > end) throw new Error('tauri-driver did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    port,
    stop: async () => {
      proc.kill();
      await new Promise((r) => proc.once('exit', r));
    },
  };
}

/** A fresh, empty vault folder. */
export async function freshVault() {
  return mkdtemp(join(tmpdir(), 'etapp-e2e-'));
}

/** Opens the app on `vault`; returns the WebDriver session. */
export async function launch(driverPort, vault) {
  const app = await session({ port: driverPort, application: binary, args: ['--vault', vault] });
  await app.find('main[data-ready="true"]');
  return app;
}

export async function shot(app, name) {
  await mkdir(artifacts, { recursive: true });
  await writeFile(join(artifacts, `${name}.png`), await app.screenshot());
}

/** Waits until the screen named `name` shows. */
export const onScreen = (app, name) => app.find(`main[data-screen="${name}"]`, { timeout: 20000 });

/** Picks day, month, year in the DateSelect inside `css`. */
export async function pickDate(app, css, y, mo, d) {
  for (const [i, v] of [d, mo, y].entries()) await app.select(`${css} label:nth-child(${i + 1}) select`, String(v));
}

/** Waits until `text` shows somewhere in the main area. */
export const visible = (app, text) =>
  app.until(`return document.querySelector('main').innerText.includes(arguments[0])`, { args: [text], timeout: 20000 });

/** Unlocks the vault after a restart and waits for the home screen. */
export async function unlock(app, m, passphrase) {
  await onScreen(app, 'unlock');
  await app.fill('#unlock-passphrase', passphrase);
  await app.clickButton(m('unlock-submit'));
  await onScreen(app, 'home');
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
