// Time in the stand-in shell as the real one has it: "today" and "now" are
// Stockholm's (crates/core/src/time.rs, `today_in_sweden` and
// `now_in_sweden`), whatever zone the browser is in. The other parts take
// them from here.
(() => {
  const format = new Intl.DateTimeFormat('en-GB', {
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
  /** Now in Stockholm as a wall-clock time (`2024-03-15T10:30:00`). */
  const stockholmNow = () => {
    const parts = format.formatToParts(new Date());
    const p = (type, width) => (parts.find((x) => x.type === type)?.value ?? '0').padStart(width, '0');
    return `${p('year', 4)}-${p('month', 2)}-${p('day', 2)}T${p('hour', 2)}:${p('minute', 2)}:${p('second', 2)}`;
  };
  /** Today in Stockholm (`2024-03-15`). */
  const stockholmToday = () => stockholmNow().slice(0, 10);
  Object.assign(window.__ETAPP_MOCK__, { stockholmNow, stockholmToday });
})();
