import { describe, expect, it } from 'vitest';
import { stockholmNow, stockholmToday, stockholmYear, wallClock } from './time';

describe('time in Stockholm', () => {
  it('is Stockholm’s day and hour, winter and summer', () => {
    // Winter: UTC+1. 23:30 UTC on New Year's Eve is already the new year there.
    expect(stockholmNow(new Date('2026-12-31T23:30:05Z'))).toBe('2027-01-01T00:30:05');
    expect(stockholmToday(new Date('2026-12-31T23:30:05Z'))).toBe('2027-01-01');
    expect(stockholmYear(new Date('2026-12-31T23:30:05Z'))).toBe(2027);
    // Summer: UTC+2.
    expect(stockholmNow(new Date('2026-06-15T22:00:00Z'))).toBe('2026-06-16T00:00:00');
    expect(stockholmToday(new Date('2026-06-15T21:59:59Z'))).toBe('2026-06-15');
  });

  it('reads a wall-clock time without converting it', () => {
    const at = wallClock('2024-03-15T10:30');
    expect(at.getUTCHours()).toBe(10);
    expect(at.getUTCMinutes()).toBe(30);
    expect(wallClock('2024-03-15T10:30:00').getTime()).toBe(at.getTime());
  });
});
