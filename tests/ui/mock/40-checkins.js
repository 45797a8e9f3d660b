// Check-ins in the stand-in shell, with the core's rules
// (crates/core/src/record/checkins.rs): a date not before 1900 and not in
// the future, at least one area, each area at most once, notes of at most
// 4 000 characters; the list oldest first (by date, then id), each
// check-in's areas in catalog order.
(() => {
  const { commands, save, userError, needOpen } = window.__ETAPP_MOCK__;

  const checkins = () => (needOpen().checkins ??= []);
  const nextId = (list) => list.reduce((m, x) => Math.max(m, x.id), 0) + 1;
  const clone = (x) => JSON.parse(JSON.stringify(x));
  const invalid = (field) => userError('record-error-invalid-value', { field });
  // Today in Stockholm, as the real shell takes it.
  const today = window.__ETAPP_MOCK__.stockholmToday;
  const areaOrder = () => window.__ETAPP_MOCK_CATALOGS__.life_areas;
  const levels = () => window.__ETAPP_MOCK_CATALOGS__.levels;

  function text(value, field) {
    const bad = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    if (typeof value !== 'string' || [...value].length > 4000 || bad.test(value)) throw invalid(field);
  }

  function validate(c) {
    if (typeof c.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(c.date) || Number(c.date.slice(0, 4)) < 1900) {
      throw invalid('checkin.date');
    }
    if (c.date > today()) throw userError('record-error-date-in-future', { field: 'checkin.date' });
    text(c.note, 'checkin.note');
    if (!Array.isArray(c.areas) || c.areas.length === 0) throw invalid('checkin.areas');
    const seen = [];
    c.areas.forEach((a, i) => {
      // Unknown codes fail deserialisation in the shell; named here.
      if (!areaOrder().includes(a.life_area)) throw invalid(`checkin.areas[${i}].life_area`);
      if (!levels().includes(a.level)) throw invalid(`checkin.areas[${i}].level`);
      if (seen.includes(a.life_area)) throw invalid(`checkin.areas[${i}].life_area`);
      seen.push(a.life_area);
      text(a.note, `checkin.areas[${i}].note`);
    });
  }

  /** What the core stores: the areas in catalog order. */
  function stored(c, id) {
    const order = areaOrder();
    const areas = c.areas
      .map((a) => ({ life_area: a.life_area, level: a.level, note: a.note }))
      .sort((a, b) => order.indexOf(a.life_area) - order.indexOf(b.life_area));
    return { id, date: c.date, areas, note: c.note };
  }

  function find(id) {
    const c = checkins().find((x) => x.id === id);
    if (!c) throw userError('record-error-no-such-checkin', { id: String(id) });
    return c;
  }

  const byDateThenId = (a, b) => a.date.localeCompare(b.date) || a.id - b.id;

  Object.assign(commands, {
    get_checkins: () => clone([...checkins()].sort(byDateThenId)),
    add_checkin: ({ checkin }) => {
      const c = clone(checkin);
      validate(c);
      const id = nextId(checkins());
      checkins().push(stored(c, id));
      save();
      return id;
    },
    update_checkin: ({ checkin }) => {
      const c = clone(checkin);
      validate(c);
      const old = find(c.id);
      Object.assign(old, stored(c, c.id));
      save();
      return null;
    },
    delete_checkin: ({ id }) => {
      find(id);
      needOpen().checkins = checkins().filter((c) => c.id !== id);
      save();
      return null;
    },
  });
})();
