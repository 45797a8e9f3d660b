import { describe, expect, it, beforeEach } from 'vitest';
import { t, messageIds, missingMessages, resetMissing, locales, negotiate, formatDate, localeName } from './i18n.svelte';

describe('locales', () => {
  beforeEach(resetMissing);

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

  it('dates are Gregorian in every locale', () => {
    // 1 March 2026 is in Ramadan 1447 in the Hijri calendar.
    const ar = formatDate('ar', '2026-03-01');
    expect(ar).toContain('مارس');
    expect(ar).not.toContain('رمضان');
    expect(formatDate('sv', '2026-03-01')).toBe('1 mars 2026');
    expect(formatDate('en', '2026-03-01')).toBe('March 1, 2026');
  });
});
