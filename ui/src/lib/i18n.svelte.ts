/**
 * Localisation for the screens.
 *
 * The same `locales/<lang>/*.ftl` files the Rust side embeds are imported
 * here, so every string has one source. Lookups take the locale as a
 * parameter (`t(locale, id)`): the interpreter's view shows two languages
 * side by side. `tr(id)` is the shorthand for the participant's language.
 *
 * A message missing from a locale falls back to English and is counted;
 * the count is published on `<html data-missing-messages>` and the UI
 * tests fail on anything but zero.
 *
 * A locale's messages are fetched when it is first needed (`loadLocale`;
 * the app loads the shown language before showing it). Text asked for in
 * a locale still on its way is empty for that moment, and drawn again
 * when the messages arrive. Each file of a locale is parsed when one of
 * its messages is first asked for.
 */
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import catalog from '../../../locales/locales.json';
import type { LocaleInfo } from './generated/LocaleInfo';
import { preloaded, fetchLocale, names } from './messages';


/** Every shipped locale, in the order of `locales/locales.json`. */
export const locales: LocaleInfo[] = catalog.locales as LocaleInfo[];
const REFERENCE = 'en';

const shipped = (code: string) => locales.some((l) => l.code === code);

/** Each loaded locale's sources, by path. */
const sourcesOf = new Map<string, Record<string, string>>();
for (const [path, source] of Object.entries(preloaded)) {
  const code = /\/locales\/([^/]+)\//.exec(path)?.[1];
  if (code) sourcesOf.set(code, { ...sourcesOf.get(code), [path]: source });
}
/** Counts arrivals, so that text asked for too early is drawn again. */
const arrivals = $state({ count: 0 });
const pending = new Map<string, Promise<void>>();

/** Fetches a shipped locale's messages, once; resolves when they are there. */
export function loadLocale(code: string): Promise<void> {
  if (sourcesOf.has(code) || !shipped(code)) return Promise.resolve();
  let loading = pending.get(code);
  if (!loading) {
    loading = fetchLocale(code)
      .then((sources) => {
        sourcesOf.set(code, sources);
        arrivals.count++;
      })
      .finally(() => pending.delete(code));
    pending.set(code, loading);
  }
  return loading;
}

/** A shipped locale's name in its own language, there from the start. */
export function localeName(code: string): string {
  return names[code] ?? code;
}

/**
 * A locale's bundle, its files parsed as their messages are first asked
 * for: the first screen shows some sixty messages of the hundreds there
 * are, and parsing every file of a language is most of what the messages
 * cost at start.
 */
type Bundle = { fluent: FluentBundle; unparsed: Map<string, string> };

function buildBundle(code: string): Bundle {
  // Plural rules by the CLDR tag (`intl`): Dari's own code would count
  // every number as "other".
  const fluent = new FluentBundle(info(code).intl ?? code, { useIsolating: true });
  return { fluent, unparsed: new Map(Object.entries(sourcesOf.get(code) ?? {})) };
}

function parse(bundle: Bundle, path: string) {
  const source = bundle.unparsed.get(path)!;
  bundle.unparsed.delete(path);
  const errors = bundle.fluent.addResource(new FluentResource(source));
  if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
}

/** The message `id` of the bundle, parsing the file that has it if need be. */
function messageOf(bundle: Bundle, id: string) {
  const found = bundle.fluent.getMessage(id);
  if (found || !bundle.unparsed.size) return found;
  const line = new RegExp(`^${id}[ \\t]*=`, 'm');
  const path = [...bundle.unparsed].find(([, source]) => line.test(source))?.[0];
  if (!path) return undefined;
  parse(bundle, path);
  return bundle.fluent.getMessage(id);
}

// Built on first use: at start only the shown language is parsed (and
// English only if a message falls back to it).
const bundles = new Map<string, Bundle>();
function bundleFor(code: string): Bundle | undefined {
  if (!shipped(code) || !sourcesOf.has(code)) return undefined;
  let bundle = bundles.get(code);
  if (!bundle) {
    bundle = buildBundle(code);
    bundles.set(code, bundle);
  }
  return bundle;
}

let missing: string[] = [];

function noteMissing(locale: string, id: string) {
  missing.push(`${locale}: ${id}`);
  if (typeof document !== 'undefined') {
    document.documentElement.dataset.missingMessages = String(missing.length);
  }
}

/** The lookups that fell back so far, as `locale: id`. */
export function missingMessages(): string[] {
  return [...missing];
}

/** Forgets recorded misses (for tests). */
export function resetMissing() {
  missing = [];
}

/** Message ids defined in one locale (with `.attribute` ids). */
export function messageIds(code: string): string[] {
  const ids: string[] = [];
  for (const source of Object.values(sourcesOf.get(code) ?? {})) {
    let current: string | null = null;
    for (const line of source.split('\n')) {
      const m = /^([a-z][a-z0-9-]*)\s*=/.exec(line);
      if (m) {
        current = m[1];
        ids.push(current);
        continue;
      }
      const a = /^\s+\.([a-z][a-z0-9-]*)\s*=/.exec(line);
      if (a && current) ids.push(`${current}.${a[1]}`);
      else if (!/^\s/.test(line)) current = null;
    }
  }
  return ids.sort();
}

/** The message `id` (or `id.attribute`) in `locale`, arguments filled in. */
export function t(locale: string, id: string, args?: Record<string, FluentVariable>): string {
  // Read, so that text asked for before its locale arrived is drawn again.
  void arrivals.count;
  if (shipped(locale) && !sourcesOf.has(locale)) {
    loadLocale(locale).catch(() => {});
    return '';
  }
  const [msgId, attr] = id.split('.');
  for (const code of [locale, REFERENCE]) {
    // English is fetched only when a message falls back to it.
    if (!sourcesOf.has(code)) loadLocale(code).catch(() => {});
    const bundle = bundleFor(code);
    const msg = bundle && messageOf(bundle, msgId);
    const pattern = attr ? msg?.attributes[attr] : msg?.value;
    if (!bundle || !pattern) continue;
    if (code !== locale) noteMissing(locale, id);
    let errors: Error[] = [];
    let text = bundle.fluent.formatPattern(pattern, args ?? null, errors);
    if (errors.length && bundle.unparsed.size) {
      // A reference to a message of a file not parsed yet: parse them all.
      for (const path of [...bundle.unparsed.keys()]) parse(bundle, path);
      errors = [];
      text = bundle.fluent.formatPattern(pattern, args ?? null, errors);
    }
    if (errors.length) noteMissing(locale, `${id} (${errors.map(String).join('; ')})`);
    return text;
  }
  noteMissing(locale, id);
  return id;
}

/** The participant's language, shared by every screen. */
export const current = $state({ locale: catalog.default });

/** Shows the app in `code`, once its messages are there. */
export async function showLocale(code: string) {
  await loadLocale(code);
  current.locale = code;
}

/** Shorthand: `t` in the participant's language. */
export function tr(id: string, args?: Record<string, FluentVariable>): string {
  return t(current.locale, id, args);
}

/** Language and region of a tag (`fa_AF.UTF-8` → `fa`, `af`), lower case. */
function parts(tag: string): { lang: string; region?: string } {
  const [lang, ...rest] = tag.toLowerCase().split(/[.@]/)[0].split(/[-_]/);
  return { lang, region: rest.find((s) => /^([a-z]{2}|\d{3})$/.test(s)) };
}

/**
 * The shipped locale for a tag (`ar-EG` → `ar`), or undefined. A
 * locale's `matches` come before the language subtag: a system set to
 * `fa-AF` speaks Dari (`prs`), not the Persian of Iran. The same rules as
 * the core's `Locale::negotiate`.
 */
export function negotiate(tag: string | null | undefined): LocaleInfo | undefined {
  if (!tag) return undefined;
  const exact = locales.find((l) => l.code === tag);
  if (exact) return exact;
  const { lang, region } = parts(tag);
  const matched = locales.find((l) =>
    (l.matches ?? []).some((m) => {
      const p = parts(m);
      return p.lang === lang && (!p.region || p.region === region);
    }),
  );
  return matched ?? locales.find((l) => l.code === lang);
}

/**
 * The tag to give `Intl` for a shipped locale: its CLDR tag (`intl`, so
 * Dari names its months as `fa-AF` does), its digits (locales.json's
 * `digits`, so every engine writes the same ones, as the core does) and,
 * for dates, the Gregorian calendar.
 */
export function intlLocale(code: string, dates = false): string {
  const l = info(code);
  return `${l.intl ?? l.code}-u-${dates ? 'ca-gregory-' : ''}nu-${l.digits}`;
}

export function info(code: string): LocaleInfo {
  return negotiate(code) ?? locales[0];
}

/** Puts `lang`, `dir` and the script (which picks the font) on `<html>`. */
export function applyToDocument(code: string) {
  const l = info(code);
  const html = document.documentElement;
  html.lang = l.code;
  html.dir = l.dir;
  html.dataset.script = l.script;
}

// Making an Intl formatter costs far more than using one: a share of
// thousands of dates would spend seconds making them. One per kind and
// locale, kept.
const formatters = new Map<string, { format(value: Date | number): string }>();
function formatter(key: string, make: () => { format(value: Date | number): string }) {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/**
 * `date` formatted by Intl with `options` in the locale (Gregorian), the
 * month's name taken from the locale's `date-month-N` message. The core
 * writes dates with those messages, and the web engine's own data may be
 * older than CLDR's or lack a language (WebKitGTK on Debian 12 names
 * Somali months "Bisha Koobaad" and knows no Dari; Chromium knows no
 * Somali or Tigrinya months): so both sides and every engine write the
 * same month names, and a test holds the messages to CLDR's.
 */
function formatWith(locale: string, options: Intl.DateTimeFormatOptions, date: Date): string {
  const key = JSON.stringify(options);
  const parts = formatter(`date ${locale} ${key}`, () =>
    new Intl.DateTimeFormat(intlLocale(locale, true), { ...options, calendar: 'gregory' }),
  ) as Intl.DateTimeFormat;
  const numeric = formatter(`month ${options.timeZone ?? ''}`, () =>
    new Intl.DateTimeFormat('en-u-ca-gregory-nu-latn', { month: 'numeric', calendar: 'gregory', timeZone: options.timeZone }),
  );
  const month = Number(numeric.format(date));
  return parts
    .formatToParts(date)
    .map((p) => (p.type === 'month' && !/\d/.test(p.value) ? t(locale, `date-month-${month}`) || p.value : p.value))
    .join('');
}

/**
 * A date in the locale's words. Always the Gregorian calendar: for some
 * locales `Intl` would otherwise pick another one, and agencies in Sweden
 * count in Gregorian dates.
 */
export function formatDate(locale: string, date: Date | string, style: 'long' | 'short' = 'long'): string {
  const d = typeof date === 'string' ? new Date(`${date}T12:00:00`) : date;
  return formatWith(locale, { dateStyle: style }, d);
}

/**
 * An instant (RFC 3339) in the locale's words: the day and, unless
 * `time` is false, the time of day, both as the clock shows them in
 * Sweden, in the Gregorian calendar.
 */
export function formatInstant(locale: string, at: string | Date, time = true): string {
  return formatWith(
    locale,
    { dateStyle: 'long', ...(time ? { timeStyle: 'short' } : {}), timeZone: 'Europe/Stockholm' },
    typeof at === 'string' ? new Date(at) : at,
  );
}

/**
 * A wall-clock moment read as UTC (an appointment: see `wallClock` in
 * time.ts) with its weekday, day and time, in the locale's words.
 */
export function formatWallClock(locale: string, at: Date): string {
  return formatWith(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }, at);
}

/**
 * The twelve months' names for a date picker, in the form a name has on
 * its own (Ukrainian "грудень", where a date says "грудня"), from Intl —
 * unless the engine's data is not CLDR's (its dates would not use the
 * locale's `date-month-N` names), then those names.
 */
export function monthNames(locale: string): string[] {
  const alone = new Intl.DateTimeFormat(intlLocale(locale, true), { month: 'long', calendar: 'gregory' });
  const inDate = new Intl.DateTimeFormat(intlLocale(locale, true), { day: 'numeric', month: 'long', calendar: 'gregory' });
  return Array.from({ length: 12 }, (_, m) => {
    const day = new Date(2001, m, 15);
    const own = t(locale, `date-month-${m + 1}`);
    const engine = inDate.formatToParts(day).find((p) => p.type === 'month')?.value;
    return engine === own || !own ? alone.format(day) : own;
  });
}

/**
 * `text` with its ASCII digits written in the locale's own digits (the
 * `digits` of locales.json: Arabic-Indic for Arabic); as it is when the
 * locale writes Latin digits.
 */
export function localDigits(locale: string, text: string): string {
  const digits = info(locale).digits;
  if (digits === 'latn') return text;
  const format = formatter(`digits ${digits}`, () => new Intl.NumberFormat(`en-u-nu-${digits}`, { useGrouping: false }));
  return text.replace(/[0-9]/g, (d) => format.format(Number(d)));
}

/** A number in the locale's digits and separators. */
export function formatNumber(locale: string, n: number): string {
  return formatter(`number ${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(n);
}
