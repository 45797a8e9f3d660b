import { describe, expect, it, beforeEach } from 'vitest';
import { t, messageIds, missingMessages, resetMissing, locales, negotiate, formatDate, formatNumber, localeName, intlLocale } from './i18n.svelte';

describe('locales', () => {
  beforeEach(resetMissing);

  // First: each file of a language is parsed when one of its messages is
  // first asked for, so this is the first message of Swedish asked for.
  it('a message naming a message of a file not parsed yet formats whole', () => {
    const hint = t('sv', 'obstacles-form-description-hint');
    expect(hint).toContain(t('sv', 'obstacle-other'));
    expect(hint).not.toContain('{');
    expect(missingMessages()).toEqual([]);
  });

  it('every shipped locale has exactly the messages of English', () => {
    const reference = messageIds('en');
    expect(reference.length).toBeGreaterThan(10);
    for (const l of locales) {
      expect(messageIds(l.code), l.code).toEqual(reference);
    }
  });

  it('every message of every locale formats without a fallback', () => {
    // Every variable a message asks for gets a value.
    const anyArgs = new Proxy({} as Record<string, string>, {
      get: () => 'x',
      getOwnPropertyDescriptor: () => ({ value: 'x', enumerable: true, configurable: true }),
    });
    for (const l of locales) {
      for (const id of messageIds('en')) {
        const text = t(l.code, id, anyArgs);
        expect(text.trim(), `${l.code}: ${id}`).not.toBe('');
      }
    }
    expect(missingMessages()).toEqual([]);
  });

  it('each language name that comes with the script is its language-name message', () => {
    for (const l of locales) expect(localeName(l.code), l.code).toBe(t(l.code, 'language-name'));
  });

  it('a missing message is counted, not hidden', () => {
    expect(t('sv', 'no-such-message')).toBe('no-such-message');
    expect(missingMessages()).toEqual(['sv: no-such-message']);
  });

  it('arguments are isolated for mixed directions', () => {
    expect(t('ar', 'welcome-greeting', { name: 'Amina' })).toContain('\u2068Amina\u2069');
  });

  it('negotiates regional and POSIX tags', () => {
    expect(negotiate('ar-EG')?.code).toBe('ar');
    expect(negotiate('sv_SE.UTF-8')?.code).toBe('sv');
    expect(negotiate('xx')).toBeUndefined();
    expect(negotiate('ar')?.dir).toBe('rtl');
  });

  it('a system set to Dari gets Dari, not the Persian of Iran', () => {
    for (const tag of ['fa-AF', 'fa_AF.UTF-8', 'prs', 'prs-AF', 'fa-Arab-AF']) expect(negotiate(tag)?.code, tag).toBe('prs');
    for (const tag of ['fa', 'fa-IR', 'fa_IR.UTF-8']) expect(negotiate(tag)?.code, tag).toBe('fa');
    expect(negotiate('uk-UA')?.code).toBe('uk');
    expect(negotiate('so-SO')?.code).toBe('so');
  });

  it("counts by each language's CLDR rules, Dari by those of fa-AF", () => {
    // The categories Fluent picks: a probe message with every category.
    const probe = (code: string, n: number) => new Intl.PluralRules(intlLocale(code)).select(n);
    expect([0, 1, 2].map((n) => probe('prs', n))).toEqual(['one', 'one', 'other']);
    expect([1, 2, 5, 21].map((n) => probe('uk', n))).toEqual(['one', 'few', 'many', 'one']);
    expect([0, 1, 2].map((n) => probe('ti', n))).toEqual(['one', 'one', 'other']);
    // And the messages: zero takes Dari's "one" form, which shows the number.
    expect(t('prs', 'guide-your-steps', { count: 0 })).toContain('۰');
    expect(t('uk', 'guide-your-steps', { count: 3 })).toBe(t('uk', 'guide-your-steps', { count: 2 }).replace('2', '3'));
    expect(missingMessages()).toEqual([]);
  });

  it("month names are CLDR's, as the core writes them too", () => {
    // The core writes dates from the date-month-N messages; the screens
    // from Intl. They must agree, in the form a date uses ("6 грудня").
    for (const l of locales) {
      const format = new Intl.DateTimeFormat(intlLocale(l.code, true), { day: 'numeric', month: 'long', year: 'numeric' });
      for (let m = 1; m <= 12; m++) {
        const month = format.formatToParts(new Date(2026, m - 1, 15)).find((p) => p.type === 'month')!.value;
        expect(t(l.code, `date-month-${m}`), `${l.code} month ${m}`).toBe(month);
      }
    }
  });

  it('numbers and dates use the digits of locales.json', () => {
    expect(formatNumber('ar', 12)).toBe('١٢');
    expect(formatNumber('fa', 12)).toBe('۱۲');
    expect(formatNumber('prs', 12)).toBe('۱۲');
    expect(formatNumber('so', 12)).toBe('12');
    expect(formatDate('prs', '2026-12-06')).toContain('دسمبر');
  });

  it('dates are Gregorian in every locale', () => {
    // 1 March 2026 is in Ramadan 1447 in the Hijri calendar.
    const ar = formatDate('ar', '2026-03-01');
    expect(ar).toContain('مارس');
    expect(ar).not.toContain('رمضان');
    expect(formatDate('sv', '2026-03-01')).toBe('1 mars 2026');
    expect(formatDate('en', '2026-03-01')).toBe('March 1, 2026');
  });
});
