// Notes in the stand-in shell, with the core's rules
// (crates/core/src/record/notes.rs): a plausible date not in the future, a
// BCP 47 language tag, text that is not empty, and the same error codes and
// field paths. Today is Stockholm's (05-time.js).
(() => {
  const { commands, save, userError, needOpen } = window.__ETAPP_MOCK__;
  const TEXT_MAX = 4000;

  const notes = () => (needOpen().notes ??= []);
  const nextId = (list) => list.reduce((m, x) => Math.max(m, x.id), 0) + 1;
  const clone = (x) => JSON.parse(JSON.stringify(x));
  const invalid = (field) => userError('record-error-invalid-value', { field });
  const today = window.__ETAPP_MOCK__.stockholmToday;

  /** What serde would refuse before the core sees it: the shell answers "unexpected". */
  function shape(n) {
    const keys = ['id', 'date', 'language', 'text'];
    const ok =
      n &&
      Object.keys(n).every((k) => keys.includes(k)) &&
      keys.every((k) => k in n) &&
      Number.isInteger(n.id) &&
      typeof n.date === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(n.date) &&
      !Number.isNaN(Date.parse(n.date)) &&
      typeof n.language === 'string' &&
      typeof n.text === 'string';
    if (!ok) throw userError('error-unexpected');
  }

  /** A language of 2–3 lowercase letters, then subtags of 1–8 letters or digits. */
  const languageTag = (tag) => {
    const [primary, ...rest] = tag.split('-');
    return /^[a-z]{2,3}$/.test(primary) && rest.every((p) => /^[A-Za-z0-9]{1,8}$/.test(p));
  };

  /** Note::validate, in the core's order. */
  function validate(n) {
    if (Number(n.date.slice(0, 4)) < 1900) throw invalid('note.date');
    if (n.date > today()) throw userError('record-error-date-in-future', { field: 'note.date' });
    if (!languageTag(n.language)) throw invalid('note.language');
    if (!n.text.trim()) throw userError('record-error-empty-title', { field: 'note.text' });
    if ([...n.text].length > TEXT_MAX || /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(n.text)) {
      throw invalid('note.text');
    }
  }

  const noSuch = (id) => userError('record-error-no-such-note', { id: String(id) });

  Object.assign(commands, {
    get_notes: () => clone(notes()).sort((a, b) => a.id - b.id),
    add_note: ({ note }) => {
      shape(note);
      validate(note);
      const id = nextId(notes());
      notes().push({ ...clone(note), id });
      save();
      return id;
    },
    update_note: ({ note }) => {
      shape(note);
      validate(note);
      const i = notes().findIndex((x) => x.id === note.id);
      if (i < 0) throw noSuch(note.id);
      notes()[i] = clone(note);
      save();
      return null;
    },
    delete_note: ({ id }) => {
      if (!notes().some((n) => n.id === id)) throw noSuch(id);
      needOpen().notes = notes().filter((n) => n.id !== id);
      save();
      return null;
    },
  });
})();
