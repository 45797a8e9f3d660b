// Expected strings for assertions, read from the same .ftl files the app
// uses, so tests check the real messages rather than copies.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function messages(repo, locale) {
  const bundle = new FluentBundle(locale, { useIsolating: true });
  const dir = join(repo, 'locales', locale);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    bundle.addResource(new FluentResource(readFileSync(join(dir, f), 'utf8')));
  }
  return (id, args) => {
    const msg = bundle.getMessage(id);
    if (!msg?.value) throw new Error(`${locale}: no message ${id}`);
    return bundle.formatPattern(msg.value, args ?? null);
  };
}

/** The shipped locales from locales/locales.json. */
export function shippedLocales(repo) {
  return JSON.parse(readFileSync(join(repo, 'locales/locales.json'), 'utf8')).locales;
}

/**
 * The tag the app gives `Intl` for a shipped locale (ui/src/lib/i18n.svelte.ts
 * `intlLocale`): its CLDR tag, its digits and, for dates, the Gregorian
 * calendar. Tests format expected dates and numbers with it.
 */
export function intlTag(repo, code, dates = false) {
  const l = shippedLocales(repo).find((x) => x.code === code);
  if (!l) throw new Error(`${code} is not a shipped locale`);
  return `${l.intl ?? l.code}-u-${dates ? 'ca-gregory-' : ''}nu-${l.digits}`;
}

/**
 * The locales the screen-by-screen UI tests run in: Swedish and English
 * (the app's default and the reference), Arabic and Persian (right to
 * left, each its own digits) and Tigrinya (Ethiopic script). Every other
 * shipped locale shares a script, a direction and digits with one of
 * them; tests/ui/locales.test.mjs walks every screen in every shipped
 * locale for missing messages, and the welcome screen is tested in each.
 * ETAPP_TEST_LOCALES (`sv,so`) picks others.
 */
export function testedLocales(repo) {
  const want = (process.env.ETAPP_TEST_LOCALES ?? 'sv,en,ar,fa,ti').split(',');
  return shippedLocales(repo).filter((l) => want.includes(l.code));
}

const bundles = new Map();
/**
 * A date as the app writes it (`formatWith` in ui/src/lib/i18n.svelte.ts):
 * the page's Intl with the locale's CLDR tag and digits, Gregorian, and
 * the month's name from the locale's `date-month-N` message.
 * `at` is a Date, milliseconds or a date string `new Date()` reads.
 */
export async function appDate(page, repo, code, options, at) {
  const { parts, month } = await page.evaluate(
    ([tag, o, ms]) => {
      const d = new Date(ms);
      return {
        parts: new Intl.DateTimeFormat(tag, { ...o, calendar: 'gregory' }).formatToParts(d),
        month: Number(
          new Intl.DateTimeFormat('en-u-ca-gregory-nu-latn', { month: 'numeric', calendar: 'gregory', timeZone: o.timeZone }).format(d),
        ),
      };
    },
    [intlTag(repo, code, true), options, new Date(at).getTime()],
  );
  if (!bundles.has(code)) bundles.set(code, messages(repo, code));
  const name = bundles.get(code)(`date-month-${month}`);
  return parts.map((p) => (p.type === 'month' && !/\d/.test(p.value) ? name : p.value)).join('');
}

/** Arabic-Indic and Persian digits as ASCII ones (what the app reads them as). */
export const asciiDigits = (text) => text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) & 0xf));
