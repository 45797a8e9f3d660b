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
