// The background and the occupation search, as the core does them
// (crates/core/src/record/{background,occupation}.rs): the background is
// replaced whole, new entries (id 0) get the next free id in their list,
// and the same checks refuse bad values with the same error codes and
// field paths. The occupations are a fixed sample of real entries from
// crates/core/data/jobtech/occupations.json.
(() => {
  const { disk, commands, save, userError, needOpen } = window.__ETAPP_MOCK__;

  const OCCUPATIONS = [
    { jobtech_id: 'bXNH_MNX_dUR', label_sv: 'Sjuksköterska, grundutbildad', ssyk: '2221' },
    { jobtech_id: 'bSEB_VKd_Ub3', label_sv: 'Undersköterska, hemtjänst, äldreboende och habilitering', ssyk: '5321' },
    { jobtech_id: 'PQkQ_Dmk_ZF8', label_sv: 'Undersköterska, vård- och specialavdelning och mottagning', ssyk: '5323' },
    { jobtech_id: '9K3i_XD4_Kyy', label_sv: 'Läkare', ssyk: '2219' },
    { jobtech_id: 'TdvW_S8R_CFH', label_sv: 'Tandläkare', ssyk: '2260' },
    { jobtech_id: 'rv19_K1B_Fuo', label_sv: 'Målare', ssyk: '7131' },
    { jobtech_id: 'KF64_AvU_S4N', label_sv: 'Städare', ssyk: '9111' },
    { jobtech_id: 'rUcW_z9R_Qsv', label_sv: 'Förskollärare', ssyk: '2343' },
    { jobtech_id: '6zL8_YYP_1eR', label_sv: 'Bussförare', ssyk: '8331' },
    { jobtech_id: 'Vg3d_Azf_p5Y', label_sv: 'Kock storhushåll', ssyk: '5120' },
    { jobtech_id: 'JbJw_as4_S93', label_sv: 'Kock à la carte', ssyk: '5120' },
    { jobtech_id: 'tuoE_9Nj_fAS', label_sv: 'Frisör', ssyk: '5141' },
    { jobtech_id: 'vaEY_R9R_LjB', label_sv: 'Tolk', ssyk: '2643' },
    { jobtech_id: 'rM7G_ge7_XhP', label_sv: 'Barnskötare', ssyk: '5311' },
  ].sort((a, b) => a.label_sv.localeCompare(b.label_sv, 'sv'));

  // occupation::fold: lower case without diacritics.
  const FOLD = { å: 'a', ä: 'a', à: 'a', á: 'a', â: 'a', ã: 'a', ö: 'o', ø: 'o', ó: 'o', ò: 'o', ô: 'o', õ: 'o',
    é: 'e', è: 'e', ê: 'e', ë: 'e', ü: 'u', ú: 'u', ù: 'u', û: 'u', í: 'i', ì: 'i', î: 'i', ï: 'i', ç: 'c', ñ: 'n' };
  const fold = (s) => [...s.toLowerCase()].map((c) => FOLD[c] ?? c).join('');

  commands.occupation_by_id = ({ id }) => {
    const o = OCCUPATIONS.find((x) => x.jobtech_id === id);
    return o ? { ...o } : null;
  };

  // occupation::search: label starts with the query, then a word does,
  // then it occurs anywhere; a query of digits matches the SSYK code.
  commands.search_occupations = ({ query, limit }) => {
    const q = fold(String(query).trim());
    const words = q.split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    const ranked = [];
    for (const o of OCCUPATIONS) {
      const f = fold(o.label_sv);
      if (/^\d+$/.test(q) && o.ssyk.startsWith(q)) ranked.push([0, o]);
      else if (words.every((w) => f.includes(w))) {
        const rank = f.startsWith(q) ? 0 : f.split(/[^\p{L}\p{N}]/u).some((p) => p.startsWith(words[0])) ? 1 : 2;
        ranked.push([rank, o]);
      }
    }
    return ranked
      .sort((a, b) => a[0] - b[0])
      .slice(0, Math.min(limit, 50))
      .map(([, o]) => ({ ...o }));
  };

  const empty = () => ({
    education: [],
    work_experience: [],
    skills: [],
    certificates: [],
    driving_licence: null,
    asylum_period: [],
  });
  const copy = (x) => JSON.parse(JSON.stringify(x));

  // The checks of Background::validate, each naming its field's path.
  const invalid = (field) => userError('record-error-invalid-value', { field });
  const controls = /[\u0000-\u001f\u007f-\u009f]/;
  const line = (v, max, field) => {
    if ([...v].length > max || controls.test(v)) throw invalid(field);
  };
  const required = (v, max, field) => {
    if (!v.trim()) throw userError('record-error-empty-title', { field });
    line(v, max, field);
  };
  const text = (v, field) => {
    if ([...v].length > 4000 || /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(v)) throw invalid(field);
  };
  const country = (v, field) => {
    if (v && !/^[A-Z]{2}$/.test(v)) throw invalid(field);
  };
  const years = (v, field) => {
    if (v !== null && (v < 0 || v > 80)) throw invalid(field);
  };
  const today = window.__ETAPP_MOCK__.stockholmToday;

  function validate(b) {
    const p = 'background';
    const occupation = (o, q) => {
      if (!/^[A-Za-z0-9_-]{1,40}$/.test(o.jobtech_id)) throw invalid(`${q}.occupation.jobtech_id`);
      if (!/^\d{4}$/.test(o.ssyk)) throw invalid(`${q}.occupation.ssyk`);
    };
    b.education.forEach((e, i) => {
      line(e.field, 200, `${p}.education[${i}].field`);
      if (e.occupation) occupation(e.occupation, `${p}.education[${i}]`);
      country(e.country, `${p}.education[${i}].country`);
      years(e.years, `${p}.education[${i}].years`);
    });
    b.work_experience.forEach((w, i) => {
      const q = `${p}.work_experience[${i}]`;
      if (w.occupation) {
        occupation(w.occupation, q);
        line(w.title, 200, `${q}.title`);
      } else required(w.title, 200, `${q}.title`);
      country(w.country, `${q}.country`);
      years(w.years, `${q}.years`);
      text(w.tasks, `${q}.tasks`);
    });
    b.skills.forEach((s, i) => required(s.name, 200, `${p}.skills[${i}].name`));
    b.certificates.forEach((c, i) => {
      const q = `${p}.certificates[${i}]`;
      required(c.name, 200, `${q}.name`);
      line(c.issuer, 200, `${q}.issuer`);
      if (c.year !== null && c.year < 1900) throw invalid(`${q}.year`);
      if (c.year !== null && c.year > Number(today().slice(0, 4)))
        throw userError('record-error-date-in-future', { field: `${q}.year` });
    });
    if (b.driving_licence) {
      required(b.driving_licence.classes, 40, `${p}.driving_licence.classes`);
      country(b.driving_licence.country, `${p}.driving_licence.country`);
    }
    b.asylum_period.forEach((a, i) => {
      const q = `${p}.asylum_period[${i}]`;
      required(a.title, 200, `${q}.title`);
      text(a.description, `${q}.description`);
      if (a.start_date && a.start_date < '1900-01-01') throw invalid(`${q}.start_date`);
      if (a.start_date && a.start_date > today())
        throw userError('record-error-date-in-future', { field: `${q}.start_date` });
      if (a.end_date && a.end_date < '1900-01-01') throw invalid(`${q}.end_date`);
      if (a.start_date && a.end_date && a.end_date < a.start_date)
        throw userError('record-error-end-before-start', { field: `${q}.end_date` });
    });
  }

  // background::number: id 0 gets the next free id; a repeated id is refused.
  function number(items, path) {
    let next = Math.max(0, ...items.map((i) => i.id));
    const seen = new Set();
    items.forEach((item, n) => {
      if (item.id === 0) item.id = ++next;
      if (seen.has(item.id)) throw invalid(`${path}[${n}].id`);
      seen.add(item.id);
    });
  }

  commands.get_background = () => copy(needOpen().background ?? empty());
  commands.set_background = ({ background }) => {
    const v = needOpen();
    const b = copy(background);
    validate(b);
    for (const list of ['education', 'work_experience', 'skills', 'certificates', 'asylum_period']) {
      number(b[list], `background.${list}`);
    }
    v.background = b;
    save();
    return copy(b);
  };
  void disk;
})();
