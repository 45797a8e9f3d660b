// Days as the app and the stand-in shell count them: in Stockholm, not in
// this machine's zone (crates/core/src/time.rs, today_in_sweden).
const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day `offset` days from today in Stockholm, as `YYYY-MM-DD`. */
export function stockholmDay(offset = 0, now = new Date()) {
  const [y, m, d] = format.format(now).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}
