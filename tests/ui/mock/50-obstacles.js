// Obstacles (hinder) in the stand-in shell, with the core's rules
// (crates/core/src/record/obstacles.rs, record/check.rs): the kind's own
// words required for "other", dates that follow the status, each on or
// after the one before and none in the future, a contact that exists, and
// the same error codes and field paths. Today is Stockholm's (05-time.js).
(() => {
  const { commands, save, userError, needOpen } = window.__ETAPP_MOCK__;
  const TEXT_MAX = 4000;

  const obstacles = () => (needOpen().obstacles ??= []);
  const nextId = (list) => list.reduce((m, x) => Math.max(m, x.id), 0) + 1;
  const clone = (x) => JSON.parse(JSON.stringify(x));
  const invalid = (field) => userError('record-error-invalid-value', { field });
  const today = window.__ETAPP_MOCK__.stockholmToday;
  const chars = (s) => [...s].length;
  // check::text: control characters (C0, C1, DEL) but line breaks and tabs.
  const controlInText = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
  const catalog = (name) => window.__ETAPP_MOCK_CATALOGS__[name];

  /** What serde would refuse before the core sees it: the shell answers "unexpected". */
  function shape(o) {
    const keys = ['id', 'kind', 'description', 'status', 'handled_by', 'contact_id', 'noticed_on', 'handling_since', 'solved_on'];
    const isDate = (d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d));
    const ok =
      o &&
      Object.keys(o).every((k) => keys.includes(k)) &&
      keys.every((k) => k in o) &&
      Number.isInteger(o.id) &&
      catalog('obstacles').includes(o.kind) &&
      typeof o.description === 'string' &&
      catalog('obstacle_statuses').includes(o.status) &&
      (o.handled_by === null || catalog('agencies').includes(o.handled_by)) &&
      (o.contact_id === null || Number.isInteger(o.contact_id)) &&
      isDate(o.noticed_on) &&
      (o.handling_since === null || isDate(o.handling_since)) &&
      (o.solved_on === null || isDate(o.solved_on));
    if (!ok) throw userError('error-unexpected');
  }

  /** Obstacle::validate, in the core's order. */
  function validate(o) {
    const field = (f) => `obstacle.${f}`;
    // Words are required for "other"; line breaks are fine.
    if (o.kind === 'other' && !o.description.trim()) {
      throw userError('record-error-empty-title', { field: field('description') });
    }
    if (chars(o.description) > TEXT_MAX || controlInText.test(o.description)) throw invalid(field('description'));
    const now = today();
    for (const name of ['noticed_on', 'handling_since', 'solved_on']) {
      const d = o[name];
      if (d !== null && Number(d.slice(0, 4)) < 1900) throw invalid(field(name));
      if (d !== null && d > now) throw userError('record-error-date-in-future', { field: field(name) });
    }
    const ordered = (start, end, name) => {
      if (start !== null && end !== null && end < start) {
        throw userError('record-error-end-before-start', { field: field(name) });
      }
    };
    ordered(o.noticed_on, o.handling_since, 'handling_since');
    ordered(o.noticed_on, o.solved_on, 'solved_on');
    ordered(o.handling_since, o.solved_on, 'solved_on');
    const consistent =
      o.status === 'open'
        ? o.handling_since === null && o.solved_on === null
        : o.status === 'being_handled'
          ? o.solved_on === null
          : o.solved_on !== null;
    if (!consistent) throw invalid(field('status'));
  }

  function checkContact(o) {
    if (o.contact_id === null) return;
    const contacts = commands.get_contacts ? commands.get_contacts() : [];
    if (!contacts.some((c) => c.id === o.contact_id)) throw invalid('obstacle.contact_id');
  }

  const noSuch = (id) => userError('record-error-no-such-obstacle', { id: String(id) });
  function find(id) {
    const o = obstacles().find((x) => x.id === id);
    if (!o) throw noSuch(id);
    return o;
  }

  /** Obstacle::with_status: the dates follow (a date already set is kept). */
  function withStatus(o, status, day) {
    const n = { ...clone(o), status };
    if (status === 'open') {
      n.handling_since = null;
      n.solved_on = null;
    } else if (status === 'being_handled') {
      n.handling_since ??= day;
      n.solved_on = null;
    } else {
      n.solved_on ??= day;
    }
    return n;
  }

  function update(obstacle) {
    shape(obstacle);
    validate(obstacle);
    checkContact(obstacle);
    const i = obstacles().findIndex((x) => x.id === obstacle.id);
    if (i < 0) throw noSuch(obstacle.id);
    obstacles()[i] = clone(obstacle);
    save();
  }

  Object.assign(commands, {
    get_obstacles: () => clone(obstacles()).sort((a, b) => a.id - b.id),
    add_obstacle: ({ obstacle }) => {
      shape(obstacle);
      validate(obstacle);
      checkContact(obstacle);
      const id = nextId(obstacles());
      obstacles().push({ ...clone(obstacle), id });
      save();
      return id;
    },
    update_obstacle: ({ obstacle }) => {
      update(obstacle);
      return null;
    },
    set_obstacle_status: ({ id, status }) => {
      if (!catalog('obstacle_statuses').includes(status)) throw userError('error-unexpected');
      const o = withStatus(find(id), status, today());
      update(o);
      return clone(o);
    },
    delete_obstacle: ({ id }) => {
      find(id);
      needOpen().obstacles = obstacles().filter((o) => o.id !== id);
      save();
      return null;
    },
  });
})();
