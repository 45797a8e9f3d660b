import { describe, expect, it } from 'vitest';
import { asciiDigits, groups, normalizeDigits } from './codes';

describe('codes', () => {
  it('accepts spaces, dashes, bidi marks and Arabic-Indic and Persian digits', () => {
    expect(normalizeDigits('١٢٣٤ - ۵۶۷۸\u20689012\u2069')).toBe('123456789012');
  });
  it('splits into groups of four', () => {
    expect(groups('1234 5678 90')).toEqual(['1234', '5678', '90']);
  });
});

describe('asciiDigits', () => {
  it('reads Arabic-Indic and Persian digits as ASCII and keeps the rest', () => {
    expect(asciiDigits('١٩٩٠٠١٠١-۱۲۳۴')).toBe('19900101-1234');
    expect(asciiDigits('12-345678 ab')).toBe('12-345678 ab');
  });
});
