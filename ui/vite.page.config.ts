/**
 * Builds the offline reader page (ui/page/): one self-contained `.html`
 * file with its script, styles and fonts inlined, and a
 * Content-Security-Policy that allows exactly that script and that style
 * by their hashes and nothing from anywhere else. The result is the
 * template the core fills with a bundle (crates/core/assets/reader-page.html,
 * `npm run build:page`); `make test` checks that it is up to date.
 *
 * The page carries only the messages a reader shows: the whole of
 * `reader.ftl`, `bundle.ftl`, `catalog.ftl` and `page.ftl`, and the few
 * ids it uses from other files; and the Swedish labels of the JobTech
 * occupations, as id → label.
 */
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { shippedFonts } from './fonts.ts';

const root = fileURLToPath(new URL('./page', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));
const locales = join(repo, 'locales');

/** Files whose every message the page may show. */
const WHOLE = new Set(['reader.ftl', 'bundle.ftl', 'catalog.ftl', 'page.ftl']);
/** Messages of other files the page shows. */
const KEEP = new Set([
  'language-name',
  'list-separator',
  'locale-region',
  'obstacles-sensitive',
  'obstacles-sensitive-note',
  'open-share-code',
  'open-share-code-hint',
  'open-share-open',
  'open-share-busy',
  'open-share-show-in',
  'open-share-side-by-side',
  'open-share-close',
  'file-error-too-large',
  // Dates name their month from these (formatWith in lib/i18n.svelte.ts).
  ...Array.from({ length: 12 }, (_, i) => `date-month-${i + 1}`),
]);

/** The entries (messages and terms) of a Fluent file that the page keeps. */
function keep(file: string, source: string): string {
  const out: string[] = [];
  let take = false;
  for (const line of source.split('\n')) {
    const entry = /^(-?[a-zA-Z][\w-]*)\s*=/.exec(line);
    if (entry) take = WHOLE.has(file) || entry[1].startsWith('-') || KEEP.has(entry[1]);
    else if (line.startsWith('#') || (line.trim() && !/^\s/.test(line))) take = false;
    if (take && (entry || /^\s/.test(line) || line === '')) out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function pageMessages(): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const code of readdirSync(locales, { withFileTypes: true })) {
    if (!code.isDirectory()) continue;
    for (const file of readdirSync(join(locales, code.name)).sort()) {
      if (!file.endsWith('.ftl')) continue;
      const kept = keep(file, readFileSync(join(locales, code.name, file), 'utf8'));
      if (kept.trim()) sources[`/locales/${code.name}/${file}`] = kept;
    }
  }
  return sources;
}

function occupationNames(): Record<string, string> {
  const list = JSON.parse(readFileSync(join(repo, 'crates/core/data/jobtech/occupations.json'), 'utf8')) as {
    id: string;
    label_sv: string;
  }[];
  return Object.fromEntries(list.map((o) => [o.id, o.label_sv]));
}

/** The two virtual modules and the page's own messages module in place of the app's. */
function pageModules(): Plugin {
  const appMessages = resolve(repo, 'ui/src/lib/messages.ts');
  return {
    name: 'etapp-page-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === 'virtual:page-messages' || source === 'virtual:occupation-names') return `\0${source}`;
      if (importer && source.endsWith('/messages')) {
        const found = await this.resolve(source, importer, { ...options, skipSelf: true });
        if (found?.id === appMessages) return resolve(root, 'messages.ts');
      }
      return null;
    },
    load(id) {
      if (id === '\0virtual:page-messages') return `export default ${JSON.stringify(pageMessages())};`;
      if (id === '\0virtual:occupation-names') return `export default ${JSON.stringify(occupationNames())};`;
      return null;
    },
  };
}

/** Swedish text of a one-line message of `locales/sv/page.ftl`, escaped for HTML. */
function swedish(id: string): string {
  const source = readFileSync(join(locales, 'sv/page.ftl'), 'utf8');
  const m = new RegExp(`^${id} = (.*)$`, 'm').exec(source);
  if (!m) throw new Error(`sv/page.ftl has no ${id}`);
  return m[1].replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The package folder (under node_modules) a module comes from, if any. */
function packageOf(id: string): string | null {
  const m = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id.replace(/\\/g, '/'));
  return m ? m[1] : null;
}

/**
 * The notices of the software the page carries — the packages its script
 * is built from and the fonts — as an HTML comment: a page travels alone,
 * so its licences travel in it.
 */
function notices(moduleIds: string[]): string {
  const fonts = [...readFileSync(join(repo, 'ui/src/fonts.css'), 'utf8').matchAll(/@fontsource\/[^/]+/g)].map((m) =>
    join(repo, 'node_modules', m[0]),
  );
  const dirs = [...new Set([...moduleIds.map(packageOf).filter((d): d is string => !!d), ...fonts])];
  // By name and version, so the page is the same wherever it is built.
  const notices = new Map<string, string>();
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : '';
    notices.set(`${pkg.name} ${pkg.version}`, `${pkg.name} ${pkg.version} (${pkg.license ?? 'see its package'})\n\n${text}`);
  }
  const parts = [...notices.keys()].sort().map((k) => notices.get(k)!);
  const body = ['This page holds a share from Etapp and a reader for it, built from the software below.', ...parts]
    .join('\n\n----------------------------------------\n\n')
    .replace(/--(?=>)|<!--/g, '- ');
  return `<!--\n${body}\n-->\n`;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Inlines the script and the styles, and writes the CSP with their hashes. */
function singleFile(): Plugin {
  return {
    name: 'etapp-page-single-file',
    enforce: 'post',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace('%page-title%', swedish('page-title')).replace('%page-noscript%', swedish('page-noscript')),
    },
    generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') throw new Error('no index.html');
      let html = String(page.source);
      let script = '';
      let style = '';
      const modules: string[] = [];
      for (const [name, out] of Object.entries(bundle)) {
        if (out.type === 'chunk') {
          script += out.code;
          modules.push(...out.moduleIds);
          delete bundle[name];
        } else if (name.endsWith('.css')) {
          style += String(out.source);
          delete bundle[name];
        }
      }
      if (Object.keys(bundle).length !== 1) throw new Error(`left over: ${Object.keys(bundle).join(', ')}`);
      // `</script` or `</style` inside would end the element early.
      if (/<\/script/i.test(script) || /<\/style/i.test(style)) throw new Error('closing tag inside');
      html = html
        .replace(/\s*<script type="module" crossorigin src="[^"]+"><\/script>/, '')
        .replace(/\s*<link rel="stylesheet" crossorigin href="[^"]+">/, '')
        .replace('</head>', () => `  <style>${style}</style>\n  </head>`)
        .replace('</body>', () => `  <script type="module">${script}</script>\n  </body>`);
      const csp = [
        "default-src 'none'",
        `script-src ${hash(script)}`,
        `style-src ${hash(style)}`,
        'font-src data:',
        'img-src data:',
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      page.source = html.replace('%PAGE_CSP%', csp).replace(/^<!doctype html>\n/i, (d) => d + notices(modules));
    },
  };
}

export default defineConfig({
  root,
  plugins: [shippedFonts(), pageModules(), svelte(), singleFile()],
  base: './',
  clearScreen: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist-page', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Fonts go into the styles as data: URLs; nothing is a separate file.
    assetsInlineLimit: () => true,
    modulePreload: false,
    cssCodeSplit: false,
    rollupOptions: { output: { codeSplitting: false } },
  },
});
