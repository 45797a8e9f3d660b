// The profile and the contacts, as the core keeps them
// (crates/core/src/record/profile.rs, crates/core/src/record/contacts.rs):
// the whole Profile in and out, and the core's checks with its error codes
// and field paths, so the screens show the messages a person would see.
(() => {
  const { disk, commands, save, userError, needOpen, HOUSEHOLD_MAX } = window.__ETAPP_MOCK__;
  const NAME_MAX = 200;
  const LINE_MAX = 200;
  const TEXT_MAX = 4000;
  const LEVELS = ['first_language', 'fluent', 'good', 'basic'];
  const KEYS = [
    'name',
    'arrived',
    'residence_permit_name',
    'personal_identity_number',
    'migration_agency_case_number',
    'languages',
    'residence_permit_date',
    'municipality',
    'household',
    'establishment_programme',
  ];

  /** A profile written before the later fields reads with their defaults, as in the core. */
  const full = (p) => ({
    residence_permit_name: '',
    personal_identity_number: null,
    migration_agency_case_number: null,
    languages: [],
    residence_permit_date: null,
    municipality: '',
    household: { adults: 1, children: [] },
    establishment_programme: { participating: false, since: null },
    ...structuredClone(p ?? { name: '', arrived: null }),
  });

  const today = window.__ETAPP_MOCK__.stockholmToday;
  const control = (s) => /[\u0000-\u001f\u007f-\u009f]/.test(s);
  const invalid = (field) => userError('record-error-invalid-value', { field });
  const line = (v, max, field) => {
    if ([...v].length > max || control(v)) throw invalid(field);
  };
  const requiredLine = (v, max, field) => {
    if (!v.trim()) throw userError('record-error-empty-title', { field });
    line(v, max, field);
  };
  const isDate = (d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
  const plausible = (d, field) => {
    if (d !== null && (!isDate(d) || Number(d.slice(0, 4)) < 1900)) throw invalid(field);
  };
  const notFuture = (d, field) => {
    if (d !== null && d > today()) throw userError('record-error-date-in-future', { field });
  };

  // Personnummer or samordningsnummer: 10 or 12 digits, an optional - or +
  // before the last four, and the Luhn check on the last ten.
  const pinOk = (n) => {
    const seps = [...n].filter((c) => c === '-' || c === '+').length;
    const digits = n.replace(/[-+]/g, '');
    if (!/^\d+$/.test(digits) || seps > 1 || !(digits.length === 10 || digits.length === 12)) return false;
    if (seps === 1 && !'-+'.includes(n[n.length - 5])) return false;
    const sum = [...digits.slice(-10)]
      .map(Number)
      .map((d, i) => (i % 2 === 0 ? d * 2 : d))
      .reduce((a, v) => a + Math.floor(v / 10) + (v % 10), 0);
    return sum % 10 === 0;
  };

  /** Profile::validate, in the core's order. */
  function validateProfile(p) {
    // serde: deny_unknown_fields, and this screen must send the whole profile.
    const keys = Object.keys(p ?? {});
    if (keys.some((k) => !KEYS.includes(k)) || KEYS.some((k) => !keys.includes(k))) {
      throw userError('error-unexpected');
    }
    line(p.name, NAME_MAX, 'profile.name');
    plausible(p.arrived, 'profile.arrived');
    notFuture(p.arrived, 'profile.arrived');
    line(p.residence_permit_name, NAME_MAX, 'profile.residence_permit_name');
    if (p.personal_identity_number !== null && !pinOk(p.personal_identity_number)) {
      throw invalid('profile.personal_identity_number');
    }
    if (p.migration_agency_case_number !== null) {
      requiredLine(p.migration_agency_case_number, 40, 'profile.migration_agency_case_number');
    }
    p.languages.forEach((l, i) => {
      if (!LEVELS.includes(l.level)) throw userError('error-unexpected');
      requiredLine(l.language, 100, `profile.languages[${i}].language`);
    });
    plausible(p.residence_permit_date, 'profile.residence_permit_date');
    notFuture(p.residence_permit_date, 'profile.residence_permit_date');
    line(p.municipality, 100, 'profile.municipality');
    const { adults, children } = p.household;
    if (!Number.isInteger(adults) || adults < 1 || adults > HOUSEHOLD_MAX) throw invalid('profile.household.adults');
    if (children.length > HOUSEHOLD_MAX) throw invalid('profile.household.children');
    children.forEach((c, i) => {
      const field = `profile.household.children[${i}].birth_year`;
      if (!Number.isInteger(c.birth_year) || c.birth_year < 1900) throw invalid(field);
      if (c.birth_year > Number(today().slice(0, 4))) throw userError('record-error-date-in-future', { field });
    });
    const { since } = p.establishment_programme;
    plausible(since, 'profile.establishment_programme.since');
    notFuture(since, 'profile.establishment_programme.since');
  }

  /** Contact::validate. */
  function validateContact(c) {
    requiredLine(c.name, LINE_MAX, 'contact.name');
    if (!window.__ETAPP_MOCK_CATALOGS__.agencies.includes(c.agency)) throw userError('error-unexpected');
    line(c.unit, LINE_MAX, 'contact.unit');
    if (!/^[0-9 +\-()]*$/.test(c.phone) || c.phone.length > 40) throw invalid('contact.phone');
    const [local, domain] = c.email.split(/@(.*)/s);
    const emailOk =
      c.email === '' ||
      (c.email.length <= 200 && !/\s/.test(c.email) && domain !== undefined && local !== '' && domain.includes('.'));
    if (!emailOk) throw invalid('contact.email');
    if ([...c.note].length > TEXT_MAX || /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(c.note)) {
      throw invalid('contact.note');
    }
  }

  const contactsOf = (v) => {
    v.contacts ??= [];
    v.nextContactId ??= 1;
    return v.contacts;
  };
  const noSuchContact = (id) => userError('record-error-no-such-contact', { id: String(id) });
  const pick = ({ id, name, agency, unit, phone, email, note }) => ({ id, name, agency, unit, phone, email, note });

  commands.get_profile = () => full(needOpen().profile);
  commands.set_profile = ({ profile }) => {
    const v = needOpen();
    validateProfile(profile);
    v.profile = structuredClone(profile);
    save();
    return null;
  };

  commands.get_contacts = () => structuredClone(contactsOf(needOpen()));
  commands.add_contact = ({ contact }) => {
    const v = needOpen();
    validateContact(contact);
    const id = v.nextContactId++;
    contactsOf(v).push({ ...pick(contact), id });
    save();
    return id;
  };
  commands.update_contact = ({ contact }) => {
    const v = needOpen();
    validateContact(contact);
    const list = contactsOf(v);
    const i = list.findIndex((c) => c.id === contact.id);
    if (i < 0) throw noSuchContact(contact.id);
    list[i] = pick(contact);
    save();
    return null;
  };
  commands.contact_deletion = ({ id }) => {
    const v = needOpen();
    const c = contactsOf(v).find((x) => x.id === id);
    if (!c) throw noSuchContact(id);
    const steps = (v.steps ?? []).filter((s) => s.contact_id === id).map((s) => ({ id: s.id, title: s.title }));
    return {
      goals: [],
      steps: [],
      contacts: [{ id, title: c.name }],
      appointments: 0,
      status_changes: 0,
      evaluations: 0,
      steps_unlinked: [],
      steps_losing_contact: steps,
      obstacles_losing_contact: (v.obstacles ?? []).filter((o) => o.contact_id === id).length,
    };
  };
  commands.delete_contact = ({ id }) => {
    const v = needOpen();
    const list = contactsOf(v);
    if (!list.some((c) => c.id === id)) throw noSuchContact(id);
    v.contacts = list.filter((c) => c.id !== id);
    // Its steps stay, without a contact person.
    for (const s of v.steps ?? []) if (s.contact_id === id) s.contact_id = null;
    // So do its obstacles (ON DELETE SET NULL).
    for (const o of v.obstacles ?? []) if (o.contact_id === id) o.contact_id = null;
    save();
    return null;
  };
})();
