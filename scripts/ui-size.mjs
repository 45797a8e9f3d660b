#!/usr/bin/env node
// The UI build's size budgets, checked by `make test` (no timing, bytes
// only): the JavaScript the first screen parses (the entry chunk of
// ui/dist/index.html, every chunk it imports statically, and the default
// language's messages, which the app fetches before its first frame);
// every asset the app embeds (all of ui/dist) but the languages'
// messages and the passphrase-strength worker; each language's messages
// (one file per language, fetched when it is shown), so that a new
// language costs what a language costs; and the strength worker with its
// word lists (fetched only where a passphrase is chosen), so that nothing
// else grows unseen. The budgets are lines of
// docs/PERFORMANCE.md, read here, so the doc is their one source:
//
//   Budget of the first screen's JavaScript: 123 456 bytes
//   Budget of the assets in the app, without the languages' messages: 123 456 bytes
//   Budget of one language's messages: 123 456 bytes
//   Budget of the passphrase-strength worker: 123 456 bytes
//
// Usage: node scripts/ui-size.mjs [DIST]   (default ui/dist)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(process.argv[2] ?? join(repo, 'ui/dist'));
const doc = join(repo, 'docs/PERFORMANCE.md');

/** The number of bytes on the line of docs/PERFORMANCE.md that starts with `prefix`. */
function budget(prefix) {
  const line = readFileSync(doc, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(prefix));
  if (!line) throw new Error(`docs/PERFORMANCE.md has no line starting "${prefix}"`);
  const m = /:\s*([\d\s\u00a0]+?)\s*bytes/.exec(line);
  if (!m) throw new Error(`docs/PERFORMANCE.md: no "N bytes" after the colon in "${line}"`);
  return Number(m[1].replace(/[\s\u00a0]/g, ''));
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * The entry scripts of index.html and, recursively, what they import
 * statically (`import … from "./x.js"`, `import "./x.js"`; never the
 * `import("./x.js")` of a screen fetched later).
 */
function firstScreenScripts() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g)].map((m) => resolve(dist, m[1]));
  entries.push(...[...html.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g)].map((m) => resolve(dist, m[1])));
  if (!entries.length) throw new Error(`${relative(repo, dist)}/index.html loads no module script`);
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${relative(repo, file)} is imported but not in the build`);
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(resolve(dirname(file), m[1]));
    }
  }
  // The default language's messages (ui/src/main.ts awaits them), when
  // the build made them a file of their own (ui/vite.config.ts).
  const lang = JSON.parse(readFileSync(join(repo, 'locales/locales.json'), 'utf8')).default;
  const assets = join(dist, 'assets');
  for (const f of existsSync(assets) ? readdirSync(assets) : []) {
    if (f.startsWith(`messages-${lang}-`) && f.endsWith('.js')) seen.add(join(assets, f));
  }
  return [...seen];
}

const size = (f) => statSync(f).size;
const fmt = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

function check(what, prefix, list) {
  const limit = budget(prefix);
  const total = list.reduce((s, f) => s + size(f), 0);
  const ok = total <= limit;
  console.log(`${what}: ${fmt(total)} bytes, budget ${fmt(limit)} (${((100 * total) / limit).toFixed(1)} %)`);
  if (ok) return true;
  console.error(`\n${what} is ${fmt(total - limit)} bytes OVER its budget of ${fmt(limit)} bytes (docs/PERFORMANCE.md).`);
  console.error('What it is made of, largest first:');
  const byKind = {};
  for (const f of list) {
    const kind = f.endsWith('.js') ? 'JavaScript' : f.endsWith('.woff2') ? 'fonts' : f.endsWith('.css') ? 'styles' : 'other';
    byKind[kind] = (byKind[kind] ?? 0) + size(f);
  }
  for (const [k, n] of Object.entries(byKind).sort((a, b) => b[1] - a[1])) console.error(`  ${k}: ${fmt(n)} bytes`);
  for (const f of [...list].sort((a, b) => size(b) - size(a)).slice(0, 15))
    console.error(`  ${fmt(size(f)).padStart(9)}  ${relative(dist, f)}`);
  console.error('Make it smaller, or raise the budget in docs/PERFORMANCE.md and say why there.');
  return false;
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`ui-size: no UI build in ${relative(repo, dist) || dist}; run npm run build first`);
  process.exit(1);
}
/** A language's messages: the module the build makes of locales/<code>/*.ftl (ui/vite.config.ts). */
const isMessages = (f) => /^messages-[a-z]+-[\w-]+\.js$/.test(f.split('/').pop());
/** The passphrase-strength worker and its word lists (ui/src/lib/strength.worker.ts). */
const isStrengthWorker = (f) => /^strength\.worker-[\w-]+\.js$/.test(f.split('/').pop());
const all = files(dist);
const workers = all.filter(isStrengthWorker);
if (workers.length !== 1) {
  console.error(`ui-size: expected one strength worker in ${relative(repo, dist) || dist}/assets, found ${workers.length}`);
  process.exit(1);
}
const ok = [
  check("The first screen's JavaScript", "Budget of the first screen's JavaScript", firstScreenScripts()),
  check(
    "The assets in the app, without the languages' messages",
    "Budget of the assets in the app, without the languages' messages",
    all.filter((f) => !isMessages(f) && !isStrengthWorker(f)),
  ),
  check('The passphrase-strength worker', 'Budget of the passphrase-strength worker', workers),
  ...all.filter(isMessages).map((f) => check(`Messages ${relative(dist, f)}`, "Budget of one language's messages", [f])),
].every(Boolean);
process.exit(ok ? 0 : 1);
