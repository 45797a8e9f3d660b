import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { shippedFonts, beforeHeadEnd } from './fonts.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

/**
 * The app's messages, one module per locale, fetched when the locale is
 * first shown (ui/src/lib/messages.ts):
 * - `virtual:locale-messages`: each shipped locale's loader, by code;
 * - `virtual:locale-messages/messages-<code>`: that locale's `.ftl` files
 *   by path (`/locales/sv/app.ftl`), but the command line's `cli.ftl`,
 *   which no screen shows (the core's tests check it has the same messages
 *   in every locale);
 * - `virtual:language-names`: each locale's `language-name` message, by
 *   code, so the language picker shows every name without fetching every
 *   locale.
 *
 * The built index.html asks for the default locale's file at once, beside
 * the app's script (`modulepreload`), as the app shows nothing before it.
 */
function localeMessages(): Plugin {
  const prefix = 'virtual:locale-messages';
  const catalog = () =>
    JSON.parse(readFileSync(join(repo, 'locales/locales.json'), 'utf8')) as { default: string; locales: { code: string }[] };
  const codes = () => catalog().locales.map((l) => l.code);
  return {
    name: 'etapp-locale-messages',
    resolveId: (source) =>
      source === prefix || source.startsWith(`${prefix}/`) || source === 'virtual:language-names' ? `\0${source}` : null,
    load(id) {
      if (id === `\0${prefix}`) {
        const loaders = codes().map((c) => `${JSON.stringify(c)}: () => import(${JSON.stringify(`${prefix}/messages-${c}`)})`);
        return `export default {${loaders.join(', ')}};`;
      }
      const one = id.startsWith(`\0${prefix}/messages-`) ? id.slice(`\0${prefix}/messages-`.length) : null;
      if (one !== null) {
        if (!codes().includes(one)) throw new Error(`no locale ${one} in locales/locales.json`);
        const dir = join(repo, 'locales', one);
        const sources: Record<string, string> = {};
        for (const file of readdirSync(dir).sort()) {
          if (!file.endsWith('.ftl') || file === 'cli.ftl') continue;
          this.addWatchFile(join(dir, file));
          sources[`/locales/${one}/${file}`] = readFileSync(join(dir, file), 'utf8');
        }
        return `export default ${JSON.stringify(sources)};`;
      }
      if (id === '\0virtual:language-names') {
        const names = Object.fromEntries(
          codes().map((code) => {
            const file = join(repo, 'locales', code, 'app.ftl');
            this.addWatchFile(file);
            const name = /^language-name = (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1];
            if (!name) throw new Error(`locales/${code}/app.ftl has no language-name`);
            return [code, name.trim()];
          }),
        );
        return `export default ${JSON.stringify(names)};`;
      }
      return null;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') return;
        const first = `${prefix}/messages-${catalog().default}`;
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId === `\0${first}`);
        if (!chunk) throw new Error(`the build has no file of ${first}`);
        page.source = beforeHeadEnd(
          String(page.source),
          `    <link rel="modulepreload" crossorigin href="./${chunk.fileName}">\n`,
        );
      },
    },
  };
}

export default defineConfig({
  root,
  plugins: [shippedFonts({ preload: true }), localeMessages(), svelte()],
  // Relative asset paths: the desktop shell serves the build from its own
  // protocol, and the UI tests serve it from a local folder.
  base: './',
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    // The locale files live beside ui/, shared with the Rust side.
    fs: { allow: [repo] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or data: URLs for fonts: the CSP allows only files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  // The passphrase-strength worker (src/lib/strength.worker.ts) is one
  // module file of its own, fetched only where a passphrase is chosen.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/lib/test/setup.ts'],
    environment: 'node',
  },
});
