/**
 * The fonts the app and the reader page ship, cut at build time to what
 * Etapp can show, with HarfBuzz's subsetter (`subset-font`, from the woff2
 * files of the @fontsource packages; nothing is fetched).
 *
 * - **Every font file of `ui/src/fonts.css`** keeps, of its own
 *   unicode-range, the Unicode blocks a person's own text is written in
 *   (`KEEP`: the European Latin alphabets, Cyrillic, Arabic, Ethiopic and
 *   common punctuation) and every character of Etapp's own text (the
 *   messages, the catalogs, the demo record, the screens' sources).
 *   Text in a dropped block still shows, in a font of the system.
 * - **The language picker's names** (`etapp:language-names.css`): each
 *   language's name in its own script, from the `language-name` message,
 *   in a tiny font of only those letters, so the first screen does not
 *   load the whole Arabic and Ethiopic fonts to show two words. The full
 *   font loads when a language in that script is chosen.
 *
 * Shaping is kept: the subsetter keeps every glyph the kept characters
 * reach through the font's substitutions (Arabic's joining forms,
 * ligatures). The results are the same on every machine (same inputs,
 * same HarfBuzz), and are kept under `node_modules/.cache/etapp-fonts/`,
 * by a hash of their inputs.
 */
import type { Plugin } from 'vite';
import subsetFont from 'subset-font';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const fontsCss = join(repo, 'ui/src/fonts.css');
const NAMES = 'etapp:language-names.css';

/** Unicode blocks kept whole: what people write their own text in. */
const KEEP: [number, number][] = [
  [0x0000, 0x024f], // Basic Latin to Latin Extended-B: every European Latin alphabet, Turkish, Somali, Kurmanji
  [0x0300, 0x036f], // combining diacritical marks
  [0x0400, 0x045f], // Cyrillic: Russian, Ukrainian, Serbian, Bulgarian, …
  [0x0490, 0x0491], // Ukrainian Ґ ґ
  [0x0600, 0x06ff], // Arabic: Arabic, Persian and Dari, Sorani, Pashto, Urdu
  [0x1200, 0x137f], // Ethiopic: Tigrinya, Amharic, Tigre
  [0x2000, 0x206f], // general punctuation
  [0x20a0, 0x20c0], // currency signs
];

/** One `@font-face` of fonts.css: its file (as written) and unicode-range. */
type Face = { url: string; file: string; range: [number, number][]; family: string; weight: string };

function faces(): Face[] {
  const css = readFileSync(fontsCss, 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const url = /url\('([^']+)'\)/.exec(body)![1];
    const range = /unicode-range:\s*([^;]+);/
      .exec(body)![1]
      .split(',')
      .map((r) => {
        const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
      });
    return {
      url,
      file: url.split('/').pop()!,
      range,
      family: /font-family:\s*'([^']+)'/.exec(body)![1],
      weight: /font-weight:\s*(\d+)/.exec(body)![1],
    };
  });
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.(ftl|json|svelte|ts|html|css)$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Every character of Etapp's own text. */
function ownText(): Set<number> {
  const files = [
    ...walk(join(repo, 'locales')),
    ...walk(join(repo, 'ui/src')),
    ...walk(join(repo, 'ui/page')),
    join(repo, 'crates/core/data/jobtech/occupations.json'),
    join(repo, 'crates/core/data/demo/record.json'),
  ].sort();
  const chars = new Set<number>();
  for (const f of files) for (const c of readFileSync(f, 'utf8')) chars.add(c.codePointAt(0)!);
  return chars;
}

const inRanges = (cp: number, ranges: [number, number][]) => ranges.some(([a, b]) => cp >= a && cp <= b);

/** The characters a face keeps: its range, cut to KEEP and Etapp's own text. */
function kept(face: Face, own: Set<number>): number[] {
  const out: number[] = [];
  for (const [a, b] of face.range)
    for (let cp = a; cp <= b; cp++) if (inRanges(cp, KEEP) || own.has(cp)) out.push(cp);
  return [...new Set(out)].sort((x, y) => x - y);
}

/** `U+0041-005A,U+00E5` for a sorted list of code points. */
function unicodeRange(cps: number[]): string {
  const parts: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    parts.push(i === j ? `U+${hex(cps[i])}` : `U+${hex(cps[i])}-${hex(cps[j])}`);
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * The names of the locales not in the Latin script, by script (Arabic:
 * العربية, فارسی, دری), and the regular font file that has their letters.
 */
function languageNames(all: Face[]): { script: string; text: string; face: Face }[] {
  const catalog = JSON.parse(readFileSync(join(repo, 'locales/locales.json'), 'utf8')) as {
    locales: { code: string; script: string }[];
  };
  const byScript = new Map<string, string>();
  for (const l of catalog.locales.filter((l) => l.script !== 'latin')) {
    const ftl = readFileSync(join(repo, 'locales', l.code, 'app.ftl'), 'utf8');
    byScript.set(l.script, (byScript.get(l.script) ?? '') + /^language-name = (.+)$/m.exec(ftl)![1].trim());
  }
  return [...byScript].map(([script, text]) => {
    // The face whose unicode-range holds the name's letters.
    const letter = [...text].find((c) => /\p{L}/u.test(c))!.codePointAt(0)!;
    const face = all.find((f) => f.weight === '400' && inRanges(letter, f.range));
    if (!face) throw new Error(`fonts.css has no regular face for the ${script} script`);
    return { script, text, face };
  });
}

const require = createRequire(import.meta.url);
const source = (face: Face) => readFileSync(require.resolve(face.url));

/** Makes the fonts (once per set of inputs) and returns their folder. */
async function generate(): Promise<string> {
  const all = faces();
  const own = ownText();
  const names = languageNames(all);
  const hash = createHash('sha256');
  const version = JSON.parse(readFileSync(require.resolve('subset-font/package.json'), 'utf8')).version;
  hash.update(`subset-font ${version}\n${JSON.stringify(KEEP)}\n${JSON.stringify(names.map((n) => [n.text, n.face.url]))}\n`);
  hash.update(String.fromCodePoint(...[...own].sort((a, b) => a - b)));
  for (const f of all) hash.update(`${f.url} ${f.range.join(';')}\n`).update(source(f));
  const dir = join(repo, 'node_modules/.cache/etapp-fonts', hash.digest('hex').slice(0, 16));
  if (existsSync(join(dir, 'done'))) return dir;

  const tmp = `${dir}.${process.pid}`;
  mkdirSync(tmp, { recursive: true });
  for (const f of all) {
    const text = String.fromCodePoint(...kept(f, own));
    writeFileSync(join(tmp, f.file), await subsetFont(source(f), text, { targetFormat: 'woff2' }));
  }
  let css = '/* The language picker\'s names, each in its own script (ui/fonts.ts). */\n';
  for (const n of names) {
    const file = `language-name-${n.script}.woff2`;
    writeFileSync(join(tmp, file), await subsetFont(source(n.face), n.text, { targetFormat: 'woff2' }));
    const cps = [...new Set([...n.text].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
    css +=
      `@font-face {\n  font-family: 'Etapp Language Names';\n  font-style: normal;\n  font-display: swap;\n` +
      `  font-weight: 400;\n  src: url('./${file}') format('woff2');\n  unicode-range: ${unicodeRange(cps)};\n}\n`;
  }
  writeFileSync(join(tmp, 'language-names.css'), css);
  writeFileSync(join(tmp, 'done'), '');
  mkdirSync(dirname(dir), { recursive: true });
  try {
    renameSync(tmp, dir);
  } catch (e) {
    // Another build made the same folder first: it holds the same files.
    if (!existsSync(join(dir, 'done'))) throw e;
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

/** `html` with `lines` put on the lines before `</head>`. */
export function beforeHeadEnd(html: string, lines: string): string {
  if (!/^\s*<\/head>/m.test(html)) throw new Error('index.html has no </head> line');
  return html.replace(/^\s*<\/head>/m, (end) => lines + end);
}

/**
 * The font files the first screen shows in any language: the Latin text
 * faces (regular and bold) and the picker's names.
 */
const FIRST_SCREEN = /^(noto-sans-latin-(400|700)-normal|language-name-[a-z]+)\.woff2$/;

/**
 * The plugin: the font files of fonts.css resolve to their cut versions
 * (an alias, as CSS `url()`s are resolved by aliases alone), and
 * `etapp:language-names.css` to the picker's name fonts.
 *
 * With `preload`, the built index.html asks for the first screen's fonts
 * (`FIRST_SCREEN`) at once, beside the script: otherwise WebKit asks for
 * a font only when laying out text that needs it, and draws the first
 * screen twice, the second time when the fonts have come.
 */
export function shippedFonts({ preload = false } = {}): Plugin {
  let made: Promise<string> | null = null;
  const folder = () => (made ??= generate());
  return {
    name: 'etapp-shipped-fonts',
    enforce: 'pre',
    async config() {
      const dir = await folder();
      return {
        resolve: { alias: [{ find: /^@fontsource\/[^/]+\/files\/([^/?#]+\.woff2)$/, replacement: `${dir}/$1` }] },
      };
    },
    async resolveId(id) {
      if (id === NAMES) return join(await folder(), 'language-names.css');
      return null;
    },
    // After every other plugin, when the fonts and index.html are both in
    // the bundle (the fonts come from the styles, after the page is made).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!preload || !page || page.type !== 'asset') return;
        const fonts = Object.values(bundle)
          .filter((a) => a.type === 'asset' && (a.names ?? []).some((n) => FIRST_SCREEN.test(n.split('/').pop()!)))
          .map((a) => a.fileName)
          .sort();
        if (fonts.length < 4) throw new Error(`the build has ${fonts.length} of the first screen's fonts, expected 4 or more`);
        const links = fonts
          .map((f) => `    <link rel="preload" as="font" type="font/woff2" crossorigin href="./${f}">\n`)
          .join('');
        page.source = beforeHeadEnd(String(page.source), links);
      },
    },
  };
}
