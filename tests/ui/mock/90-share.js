// Sharing and the reader in the stand-in shell, as the real one does them
// (src-tauri/src/share_commands.rs over crates/core/src/bundle/): the
// request checked in the core's order with its field paths; the payload
// built from what the other parts of the stand-in keep, with exactly the
// chosen sections and items and the core's sensitive rules
// (bundle/select.rs, bundle/sensitive.rs); a share code of 15 digits and
// a Damm check digit; the share log; and a reader that opens a "file"
// with its code and refuses it with the core's errors.
//
// Files are kept on the stand-in's disk (`disk.files`, by name), outside
// any vault, like the files a person saves. The native dialogs answer
// with a file name; a test makes the next one answer otherwise by setting
// `window.__ETAPP_MOCK__.saveAnswer` or `.openAnswer` to 'cancel' or to a
// file name (used once). A test puts a file of its own there with
// `putBundle(name, { payload, code, signer, broken })`: `broken` is the
// error id the real reader would give for a damaged file
// (`bundle-error-not-a-bundle`, `bundle-error-truncated`, …). The
// consent text is a stand-in sentence: the real one is the core's.
(() => {
  const mock = window.__ETAPP_MOCK__;
  const { disk, commands, save, userError, needOpen } = mock;
  const catalog = (name) => window.__ETAPP_MOCK_CATALOGS__[name];
  const clone = (x) => JSON.parse(JSON.stringify(x));
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  const invalid = (field) => userError('record-error-invalid-value', { field });
  /** An instant to the second, as the core writes it. */
  const instant = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const DAYS = [1, 365];
  const KINDS = [
    'contacts',
    'background.education',
    'background.work',
    'background.skills',
    'background.certificates',
    'background.asylum_period',
    'goals',
    'steps',
    'checkins',
    'obstacles',
    'notes',
  ];
  const SECTION_OF = (kind) => kind.split('.')[0];
  const BACKGROUND_LIST = {
    'background.education': 'education',
    'background.work': 'work_experience',
    'background.skills': 'skills',
    'background.certificates': 'certificates',
    'background.asylum_period': 'asylum_period',
  };

  disk.files ??= {};
  disk.seen ??= {};
  /** The reader's state in the shell: the chosen file and the opened one, until closed. */
  let reader = { chosen: null, opened: null, key: null, earlier: null };
  /** The report's state in the shell, and how far the running one has come. */
  let report = { folder: null, key: null, summary: null };
  let progress = [0, 0];
  Object.assign(mock, {
    saveAnswer: null,
    openAnswer: null,
    savedPages: [],
    closeCalls: 0,
    reader: () => clone(reader),
    report: () => clone(report),
    savedReports: 0,
    folderAnswer: null,
    // A folder of shares for the report: how many files it has, how long
    // each takes to read, and the report they make (or none: no share
    // counted, `reason` says why).
    putReportFolder: (name, folder) => {
      disk.reportFolders = { ...(disk.reportFolders ?? {}), [name]: clone(folder) };
      save();
    },
    putBundle: (name, file) => {
      disk.files[name] = clone(file);
      save();
    },
  });
  const answer = (key) => {
    const a = mock[key];
    mock[key] = null;
    return a;
  };

  // --- Share codes: 15 digits and a Damm check digit -------------------
  const DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
  ];
  const damm = (digits) => [...digits].reduce((i, d) => DAMM[i][Number(d)], 0);
  function newCode() {
    let d = '';
    for (let i = 0; i < 15; i++) d += Math.floor(Math.random() * 10);
    return d + damm(d);
  }
  /** The core's code parsing: ASCII, Arabic-Indic and Persian digits; spaces, dashes and bidi marks ignored. */
  function parseCode(input) {
    let d = '';
    for (const ch of String(input)) {
      const c = ch.codePointAt(0);
      if (c >= 0x30 && c <= 0x39) d += ch;
      else if (c >= 0x660 && c <= 0x669) d += String(c - 0x660);
      else if (c >= 0x6f0 && c <= 0x6f9) d += String(c - 0x6f0);
      else if (!/[\s\-\u2066-\u2069\u200e\u200f]/.test(ch)) return null;
    }
    return d.length === 16 && damm(d) === 0 ? d : null;
  }
  mock.shareCode = { newCode, damm };

  // --- The request -----------------------------------------------------
  const control = /[\u0000-\u001f\u007f-\u009f]/;
  function line(value, field) {
    if ([...value].length > 200 || control.test(value)) throw invalid(field);
  }
  function requiredLine(value, field) {
    if (!value.trim()) throw userError('record-error-empty-title', { field });
    line(value, field);
  }

  /** What serde would refuse before the core sees it: the shell answers "unexpected". */
  function shape(r) {
    const ok =
      r &&
      typeof r.to?.name === 'string' &&
      typeof r.to?.unit === 'string' &&
      (r.to.agency === null || catalog('agencies').includes(r.to.agency)) &&
      catalog('purposes').includes(r.purpose) &&
      typeof r.purpose_text === 'string' &&
      Array.isArray(r.sections) &&
      r.sections.every((s) => catalog('sections').includes(s)) &&
      Array.isArray(r.items) &&
      r.items.every((i) => KINDS.includes(i.kind) && Number.isInteger(i.id)) &&
      typeof r.include_sensitive === 'boolean' &&
      Number.isInteger(r.expires_in_days) &&
      (r.recipient_key === null || typeof r.recipient_key === 'string');
    if (!ok) throw userError('error-unexpected');
  }

  /** ShareRequest::validate, in the core's order. */
  function validate(r) {
    requiredLine(r.to.name, 'share.to.name');
    line(r.to.unit, 'share.to.unit');
    if (r.purpose === 'other') requiredLine(r.purpose_text, 'share.purpose_text');
    else line(r.purpose_text, 'share.purpose_text');
    if (!r.sections.length && !r.items.length) throw invalid('share.sections');
    if (r.expires_in_days < DAYS[0] || r.expires_in_days > DAYS[1]) throw invalid('share.expires_in_days');
  }

  /** The whole record, as the core reads it for a share. */
  function record() {
    const v = needOpen();
    return {
      profile: commands.get_profile(),
      contacts: commands.get_contacts ? commands.get_contacts() : [],
      background: commands.get_background(),
      goals: commands.get_goals(),
      steps: commands.get_steps(),
      stage: v.stage ?? null,
      checkins: commands.get_checkins(),
      obstacles: commands.get_obstacles(),
      notes: commands.get_notes(),
    };
  }

  // --- Choosing: bundle/select.rs and bundle/sensitive.rs ---------------
  function categoriesOf(pairs) {
    const out = new Set();
    for (const [cat, code] of pairs) {
      for (const row of catalog('sensitive')) if (code != null && row.catalog === cat && row.code === code) out.add(row.category);
    }
    return out;
  }
  const ofStep = (s) =>
    categoriesOf([['step_type', s.step_type], ['agency', s.agency], ...s.life_areas.map((a) => ['life_area', a])]);
  const ofContact = (c) => categoriesOf([['agency', c.agency]]);
  const ofObstacle = (o) => categoriesOf([['obstacle', o.kind], ['agency', o.handled_by]]);
  const ofArea = (a) => categoriesOf([['life_area', a.life_area]]);

  function exists(rec, item) {
    if (item.kind.startsWith('background.')) return rec.background[BACKGROUND_LIST[item.kind]].some((e) => e.id === item.id);
    return rec[item.kind].some((e) => e.id === item.id);
  }

  function select(rec, req) {
    const order = catalog('sections');
    const sections = [...new Set(req.sections)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const seenItems = new Set();
    const items = req.items
      .filter((i) => !seenItems.has(`${i.kind}:${i.id}`) && seenItems.add(`${i.kind}:${i.id}`))
      .sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.id - b.id);
    req.items.forEach((item, i) => {
      if (!exists(rec, item)) throw invalid(`share.items[${i}]`);
    });
    const shared = new Set();
    const leftOut = new Set();
    let leftOutCount = 0;
    const whole = (s) => sections.includes(s);
    const any = (s) => whole(s) || items.some((i) => SECTION_OF(i.kind) === s);
    const chosen = (kind, id) => whole(SECTION_OF(kind)) || items.some((i) => i.kind === kind && i.id === id);
    const allowed = (cats) => {
      if (!cats.size) return true;
      if (req.include_sensitive) {
        cats.forEach((c) => shared.add(c));
        return true;
      }
      cats.forEach((c) => leftOut.add(c));
      leftOutCount += 1;
      return false;
    };

    const content = {};
    if (whole('profile')) {
      const p = clone(rec.profile);
      if (p.household.children.length && !allowed(new Set(['family']))) p.household.children = [];
      content.profile = p;
    }
    if (any('contacts')) content.contacts = rec.contacts.filter((c) => chosen('contacts', c.id)).filter((c) => allowed(ofContact(c)));
    const contactIds = new Set((content.contacts ?? []).map((c) => c.id));
    if (any('background')) {
      const bg = rec.background;
      if (whole('background')) content.background = clone(bg);
      else {
        content.background = { driving_licence: null };
        for (const [kind, list] of Object.entries(BACKGROUND_LIST)) {
          content.background[list] = bg[list].filter((e) => chosen(kind, e.id));
        }
      }
    }
    if (any('goals')) {
      const goals = clone(rec.goals.filter((g) => chosen('goals', g.id)));
      const ids = new Set(goals.map((g) => g.id));
      for (const g of goals) if (!ids.has(g.final_goal_id)) g.final_goal_id = null;
      content.goals = goals;
    }
    const goalIds = new Set((content.goals ?? []).map((g) => g.id));
    if (any('steps')) {
      content.steps = clone(rec.steps.filter((s) => chosen('steps', s.id)))
        .filter((s) => allowed(ofStep(s)))
        .map((s) => ({
          ...s,
          contact_id: contactIds.has(s.contact_id) ? s.contact_id : null,
          goal_ids: s.goal_ids.filter((g) => goalIds.has(g)),
        }));
      if (whole('steps') && rec.stage) content.stage = rec.stage;
    }
    if (any('checkins')) {
      content.checkins = clone(rec.checkins.filter((c) => chosen('checkins', c.id))).map((c) => ({
        ...c,
        areas: c.areas.filter((a) => allowed(ofArea(a))),
      }));
    }
    if (any('obstacles')) {
      content.obstacles = clone(rec.obstacles.filter((o) => chosen('obstacles', o.id)))
        .filter((o) => allowed(ofObstacle(o)))
        .map((o) => ({ ...o, contact_id: contactIds.has(o.contact_id) ? o.contact_id : null }));
    }
    if (any('notes')) content.notes = clone(rec.notes.filter((n) => chosen('notes', n.id)));

    // Single items left out as sensitive are not named; a part chosen only
    // through such items is absent.
    const holds = (item) =>
      item.kind.startsWith('background.')
        ? (content.background?.[BACKGROUND_LIST[item.kind]] ?? []).some((e) => e.id === item.id)
        : (content[item.kind] ?? []).some((e) => e.id === item.id);
    for (const part of ['contacts', 'goals', 'steps', 'checkins', 'obstacles', 'notes']) {
      if (!whole(part) && content[part] && !content[part].length) delete content[part];
    }
    const order2 = catalog('sensitive_categories');
    return {
      content,
      scope: {
        sections,
        items: items.filter(holds),
        include_sensitive: req.include_sensitive,
        sensitive_categories: [...shared].sort((a, b) => order2.indexOf(a) - order2.indexOf(b)),
      },
      left_out: [...leftOut].sort((a, b) => order2.indexOf(a) - order2.indexOf(b)),
      left_out_count: leftOutCount,
    };
  }

  function draft(req) {
    shape(req);
    validate(req);
    const v = needOpen();
    const chosen = select(record(), req);
    const now = Date.now();
    const created = instant(now);
    const expires = instant(now + req.expires_in_days * 86_400_000);
    const locale = disk.preferences.language;
    const id = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const parts = [...chosen.scope.sections, ...chosen.scope.items.map((i) => `${i.kind}:${i.id}`)];
    const text = (language) => ({
      language,
      text: `(${language}) ${req.to.name}: ${parts.join(', ')}. ${req.purpose} ${req.purpose_text}. ${expires.slice(0, 10)}.`,
    });
    const languages = [...new Set([locale, 'sv'])];
    const payload = {
      bundle_id: id,
      created,
      expires,
      locale,
      to: clone(req.to),
      purpose: req.purpose,
      purpose_text: req.purpose_text.trim(),
      consent: {
        version: 'KI-CR-v1.1.0',
        jurisdiction: 'SE',
        consentTimestamp: Math.floor(now / 1000),
        collectionMethod: 'Etapp',
        consentReceiptID: id,
        language: locale,
        piiPrincipalId: v.fingerprint.hex,
        piiControllers: [{ piiController: req.to.agency ?? req.to.name, contact: req.to.name }],
        services: [
          {
            service: 'Etapp',
            purposes: [
              {
                purpose: req.purpose,
                purposeCategory: [req.purpose],
                consentType: 'EXPLICIT',
                piiCategory: parts,
                termination: expires,
                thirdPartyDisclosure: false,
              },
            ],
          },
        ],
        sensitive: chosen.scope.sensitive_categories.length > 0,
        spiCat: chosen.scope.sensitive_categories,
        consentText: languages.map(text),
        withdrawal: languages.map(text),
      },
      scope: chosen.scope,
      content: chosen.content,
    };
    return { payload, left_out: chosen.left_out, left_out_count: chosen.left_out_count, fingerprint: clone(v.fingerprint) };
  }

  // --- The participant's commands ----------------------------------------
  const shares = () => (needOpen().shares ??= []);

  Object.assign(commands, {
    preview_share: ({ request }) => draft(request),
    make_share: async ({ request, form }) => {
      const d = draft(request);
      // An agency's public key, as the core checks it (age's X25519 recipient).
      const key = request.recipient_key;
      if (key != null && !/^age1[02-9ac-hj-np-z]{58}$/.test(key)) {
        throw userError('record-error-invalid-value', { field: 'share.recipient' });
      }
      // The native save dialogs (one a file), then the slow lock (scrypt).
      const a = answer('saveAnswer');
      if (a === 'cancel') return null;
      await wait(300);
      const stem = `etapp-${mock.stockholmToday()}`;
      const names = [];
      if (form !== 'page') names.push(a ?? `${stem}.etapp`);
      if (form !== 'file') names.push(`${stem}.html`);
      const code = key == null ? newCode() : null;
      const lock = key == null ? { code } : { key: 'agency-key.txt' };
      for (const name of names) disk.files[name] = { payload: d.payload, ...lock, signer: d.fingerprint };
      const list = shares();
      const entry = {
        id: list.reduce((m, s) => Math.max(m, s.id), 0) + 1,
        bundle_id: d.payload.bundle_id,
        created: d.payload.created,
        expires: d.payload.expires,
        to: d.payload.to,
        purpose: d.payload.purpose,
        purpose_text: d.payload.purpose_text,
        scope: d.payload.scope,
        lock: key == null ? 'code' : 'key',
        withdrawn: null,
      };
      list.push(entry);
      save();
      return { entry: clone(entry), code: code?.match(/.{4}/g).join(' ') ?? null, file_names: names };
    },
    get_shares: () => clone(shares()),
    withdraw_share: ({ id }) => {
      const s = shares().find((x) => x.id === id);
      if (!s) throw userError('record-error-no-such-share', { id: String(id) });
      s.withdrawn ??= instant(Date.now());
      save();
      return clone(s);
    },

    // --- The reader: needs no vault ---------------------------------------
    choose_bundle: async () => {
      const a = answer('openAnswer');
      const names = Object.keys(disk.files);
      const name = a === 'cancel' ? null : (a ?? names[names.length - 1] ?? null);
      reader = { ...reader, chosen: name, opened: null };
      return name;
    },
    // An agency's key file: its name; a share locked to it has `key` (the
    // name of the file that opens it) instead of `code`.
    choose_key_file: async () => {
      const a = answer('keyAnswer');
      reader.key = a === 'cancel' ? null : (a ?? null);
      return reader.key;
    },
    forget_key_file: () => {
      reader.key = null;
      return null;
    },
    open_bundle: async ({ code }) => {
      await wait(400);
      if (code == null && !reader.key) throw userError('reader-error-no-key-file');
      if (code != null && !parseCode(code)) throw userError('bundle-error-mistyped-code');
      if (!reader.chosen) throw userError('reader-error-no-file');
      const file = disk.files[reader.chosen];
      if (!file) throw userError('file-error-unreadable');
      if (file.broken === 'bundle-error-not-a-bundle') throw userError(file.broken);
      if (code == null && reader.key === 'notes.txt') throw userError('bundle-error-not-an-identity');
      const opens = code == null ? file.key === reader.key : parseCode(code) === file.code;
      if (!opens) throw userError('bundle-error-wrong-code');
      if (file.broken) throw userError(file.broken);
      if (Date.parse(file.payload.expires) <= Date.now()) {
        throw userError('bundle-error-expired', { expires: file.payload.expires });
      }
      const first = disk.seen[file.signer.hex] ?? null;
      if (!first) disk.seen[file.signer.hex] = instant(Date.now());
      save();
      reader.opened = reader.chosen;
      return { payload: clone(file.payload), signer: clone(file.signer), first_seen: first };
    },
    save_bundle_page: async ({ languages }) => {
      if (!reader.opened) throw userError('reader-error-no-file');
      if (answer('saveAnswer') === 'cancel') return null;
      mock.savedPages.push(clone(languages));
      return `etapp-${disk.files[reader.opened].payload.bundle_id.slice(0, 8)}.html`;
    },
    close_bundle: () => {
      mock.closeCalls += 1;
      reader = { chosen: null, opened: null, key: null, earlier: null };
      return null;
    },
    // An earlier share of the same person: a file of its own with its own
    // code (or the same key file). A test gives the file the comparison the
    // core makes of it and the open one (`comparison`).
    choose_earlier_bundle: async () => {
      const a = answer('openAnswer');
      reader.earlier = a === 'cancel' ? null : (a ?? null);
      return reader.earlier;
    },
    compare_bundle: async ({ code }) => {
      await wait(300);
      if (code == null && !reader.key) throw userError('reader-error-no-key-file');
      if (code != null && !parseCode(code)) throw userError('bundle-error-mistyped-code');
      if (!reader.opened) throw userError('reader-error-no-file');
      if (!reader.earlier) throw userError('compare-error-no-file');
      const file = disk.files[reader.earlier];
      if (!file) throw userError('file-error-unreadable');
      const opens = code == null ? file.key === reader.key : parseCode(code) === file.code;
      if (!opens) throw userError('bundle-error-wrong-code');
      if (file.broken) throw userError(file.broken);
      if (reader.earlier === reader.opened) throw userError('compare-error-same-share');
      if (file.signer.hex !== disk.files[reader.opened].signer.hex) throw userError('bundle-error-different-signers');
      return clone(file.comparison);
    },

    // --- The agency's report: needs no vault ------------------------------
    choose_report_folder: async () => {
      const a = answer('folderAnswer');
      report = { ...report, folder: a === 'cancel' ? null : (a ?? null), summary: null };
      return report.folder;
    },
    choose_report_key: async () => {
      const a = answer('keyAnswer');
      report = { ...report, key: a === 'cancel' ? null : (a ?? null), summary: null };
      return report.key;
    },
    make_report: async () => {
      report.summary = null;
      if (!report.folder) throw userError('report-error-no-folder');
      if (!report.key) throw userError('reader-error-no-key-file');
      if (report.key === 'notes.txt') throw userError('bundle-error-not-an-identity');
      const folder = disk.reportFolders?.[report.folder];
      if (!folder?.files) throw userError('report-error-no-shares');
      progress = [0, folder.files];
      for (let i = 0; i < folder.files; i++) {
        await wait(folder.delay ?? 5);
        progress = [i + 1, folder.files];
      }
      if (!folder.summary) throw userError('report-error-none-counted', { reason: folder.reason });
      report.summary = clone(folder.summary);
      return clone(folder.summary);
    },
    report_progress: () => [...progress],
    save_report_csv: async () => {
      if (!report.summary) throw userError('report-error-no-report');
      if (answer('saveAnswer') === 'cancel') return null;
      mock.savedReports += 1;
      return 'etapp-report.csv';
    },
    close_report: () => {
      report = { folder: null, key: null, summary: null };
      return null;
    },
    forget_seen: () => {
      disk.seen = {};
      save();
      return null;
    },
  });
})();
