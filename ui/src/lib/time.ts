/**
 * Time as the record counts it: in Sweden. The core checks "not in the
 * future" against today in Stockholm (crates/core/src/time.rs,
 * `today_in_sweden`), and appointments are wall-clock times in Sweden as
 * the letters write them. So "today" and "now" here are Stockholm's,
 * whatever zone the computer is set to, and a wall-clock time is never
 * converted to another zone.
 */

const stockholm = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** Now in Stockholm as a wall-clock time: `2024-03-15T10:30:00`. */
export function stockholmNow(now: Date = new Date()): string {
  const parts = stockholm.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes, width: number) =>
    (parts.find((p) => p.type === type)?.value ?? '0').padStart(width, '0');
  return `${part('year', 4)}-${part('month', 2)}-${part('day', 2)}T${part('hour', 2)}:${part('minute', 2)}:${part('second', 2)}`;
}

/** Today in Stockholm: `2024-03-15`. */
export function stockholmToday(now: Date = new Date()): string {
  return stockholmNow(now).slice(0, 10);
}

/** This year in Stockholm. */
export function stockholmYear(now: Date = new Date()): number {
  return Number(stockholmToday(now).slice(0, 4));
}

/**
 * A wall-clock time (`2024-03-15T10:30` or `…:00`) as a Date whose UTC
 * fields are that time: format it with `timeZone: 'UTC'` and the
 * computer's own zone changes nothing.
 */
export function wallClock(at: string): Date {
  return new Date(`${at.length === 16 ? `${at}:00` : at}Z`);
}
