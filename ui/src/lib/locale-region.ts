/**
 * Parts of one screen in different languages: the share preview shows
 * what the case worker will read in the participant's language and in
 * Swedish side by side, and the reader shows a bundle in Swedish beside
 * the person's language for the interpreter.
 *
 * `LocaleRegion.svelte` marks such a part: it sets `lang`, `dir` and
 * `data-script` (which picks the font, see app.css) on its own element
 * and gives its locale to every component inside through a Svelte
 * context. A component inside calls `useLocale()` (or `useTr()`) once,
 * while it is created, and translates, names catalog codes and formats
 * dates and numbers with what it gets: the nearest region's locale, or
 * the app's language outside any region. The functions read the locale
 * when they are called, so a region whose language changes re-renders.
 *
 * Only components made to be shown in another language use this; the
 * rest of the app uses `tr()`, the participant's language.
 */
import { getContext, setContext } from 'svelte';
import type { FluentVariable } from '@fluent/bundle';
import { current, t, formatDate, formatInstant, formatNumber } from './i18n.svelte';
import { label } from './labels';

const KEY = Symbol('locale-region');

/** Called by LocaleRegion while it is created: the components inside speak `locale()`. */
export function provideLocale(locale: () => string): void {
  setContext(KEY, locale);
}

/** Words, codes, dates and numbers in one locale. */
export interface Speech {
  /** The locale's code (`sv`, `ar`). */
  readonly locale: string;
  /** A message, as `t(locale, id, args)`. */
  t(id: string, args?: Record<string, FluentVariable>): string;
  /** A catalog code's label (`label('agency', 'health_care')`). */
  label(catalog: string, code: string): string;
  /** A civil date (`2024-03-15`), long. */
  date(day: string): string;
  /** An instant (RFC 3339), with the time of day in Sweden unless `time` is false. */
  instant(at: string, time?: boolean): string;
  /** A number in the locale's digits. */
  number(n: number): string;
  /** ASCII digits in `text` written in the digits the locale's dates and numbers use here. */
  digits(text: string): string;
}

/** The Speech of the nearest LocaleRegion, or of the app's language. Call it while the component is created. */
export function useLocale(): Speech {
  const region = getContext<(() => string) | undefined>(KEY);
  return speechIn(() => region?.() ?? current.locale);
}

/** Words, codes, dates and numbers in `locale` (a code, or a function read at each use). */
export function speechIn(code: string | (() => string)): Speech {
  const locale = typeof code === 'string' ? () => code : code;
  return {
    get locale() {
      return locale();
    },
    t: (id, args) => t(locale(), id, args),
    label: (catalog, code) => label(catalog, code, locale()),
    date: (day) => formatDate(locale(), day),
    instant: (at, time = true) => formatInstant(locale(), at, time),
    number: (n) => formatNumber(locale(), n),
    digits: (text) => text.replace(/[0-9]/g, (d) => formatNumber(locale(), Number(d))),
  };
}

/** Shorthand: the message function of `useLocale()`. */
export function useTr(): Speech['t'] {
  return useLocale().t;
}
