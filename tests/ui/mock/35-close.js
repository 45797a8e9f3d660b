// Close occupations, as the core answers them (crates/core/src/record/
// close.rs) for the background and goals the stand-in keeps: the
// occupations of the background (work, then education) once each; each
// occupation reached from them once, very close when any of theirs
// reaches it at 75, with the ones of theirs that lead there (closest
// first), their own left out; most leads first, then by label; an
// occupation with no relation gets its unit group's others, apart; goals
// that already name one are marked; for each occupation goal, which of
// theirs lead there. The relations are a fixed sample of real ones from
// crates/core/data/jobtech/substitutability.bin (Städare: seven;
// Undersköterska, hemtjänst …: one; Tolk: none, so its group).
(() => {
  const { commands, needOpen } = window.__ETAPP_MOCK__;

  const GROUPS = {
    9111: 'Städare',
    9120: 'Bilrekonditionerare, fönsterputsare m.fl.',
    5151: 'Städledare och husfruar',
    5321: 'Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering',
    2643: 'Översättare, tolkar och lingvister m.fl.',
    2221: 'Grundutbildade sjuksköterskor',
    7131: 'Målare',
    3121: 'Arbetsledare inom bygg, anläggning och gruva',
  };
  const OCCUPATIONS = [
    ['KF64_AvU_S4N', 'Städare', '9111'],
    ['2qmv_BHZ_kuo', 'Industristädare', '9111'],
    ['8MFH_Ud4_ysM', 'Byggstädare', '9111'],
    ['9YZg_5x3_REV', 'Fartygsstädare', '9111'],
    ['KZ18_3N9_F6y', 'Cabin stewardess/Hyttvärdinna', '9111'],
    ['gBcF_mUm_Ruc', 'Sjukhusstädare', '9111'],
    ['Nvb6_uT7_hSa', 'Fönsterputsare', '9120'],
    ['YFh5_8k9_UK1', 'Arbetsledare städ', '5151'],
    ['bSEB_VKd_Ub3', 'Undersköterska, hemtjänst, äldreboende och habilitering', '5321'],
    ['wvmE_VKa_dzo', 'Hemsjukvårdare', '5321'],
    ['vaEY_R9R_LjB', 'Tolk', '2643'],
    ['ULCN_pTS_YbJ', 'Kontakttolk/Dialogtolk', '2643'],
    ['SNvc_SeK_9aH', 'Sjukvårdstolk', '2643'],
    ['oLZD_A6M_D3F', 'Översättare, facktexter', '2643'],
    ['bXNH_MNX_dUR', 'Sjuksköterska, grundutbildad', '2221'],
    ['rv19_K1B_Fuo', 'Målare', '7131'],
    ['sD8d_oZJ_QNz', 'Arbetsledare, måleri', '3121'],
  ].map(([jobtech_id, label_sv, ssyk]) => ({ jobtech_id, label_sv, ssyk }));
  const RELATIONS = [
    ['KF64_AvU_S4N', '2qmv_BHZ_kuo', 75],
    ['KF64_AvU_S4N', 'gBcF_mUm_Ruc', 75],
    ['KF64_AvU_S4N', '8MFH_Ud4_ysM', 25],
    ['KF64_AvU_S4N', '9YZg_5x3_REV', 25],
    ['KF64_AvU_S4N', 'KZ18_3N9_F6y', 25],
    ['KF64_AvU_S4N', 'Nvb6_uT7_hSa', 25],
    ['KF64_AvU_S4N', 'YFh5_8k9_UK1', 25],
    ['bSEB_VKd_Ub3', 'wvmE_VKa_dzo', 75],
    ['rv19_K1B_Fuo', 'sD8d_oZJ_QNz', 75],
  ];
  const entry = (id) => OCCUPATIONS.find((o) => o.jobtech_id === id);
  const group = (ssyk) => ({ code: ssyk, label_sv: GROUPS[ssyk] });
  const closeness = (p) => (p === 75 ? 'very_close' : 'somewhat_close');
  const byLabel = (a, b) => a.occupation.label_sv.localeCompare(b.occupation.label_sv, 'sv');

  commands.close_occupations = () => {
    const v = needOpen();
    const bg = v.background ?? { work_experience: [], education: [] };
    const goals = (v.goals ?? []).filter((g) => g.kind === 'occupation' && g.occupation);
    const goalOf = (id) => goals.find((g) => g.occupation.jobtech_id === id)?.id ?? null;
    const named = [...(bg.work_experience ?? []), ...(bg.education ?? [])].map((x) => x.occupation).filter(Boolean);
    let notInList = 0;
    const own = [];
    for (const o of named) {
      if (own.some((x) => x.jobtech_id === o.jobtech_id)) continue;
      const e = entry(o.jobtech_id);
      if (e) own.push({ ...e });
      else notInList += 1;
    }
    const reached = new Map();
    const without = [];
    for (const o of own) {
      const out = RELATIONS.filter(([from]) => from === o.jobtech_id);
      if (!out.length) {
        without.push({
          occupation: o,
          group: group(o.ssyk),
          occupations: OCCUPATIONS.filter((x) => x.ssyk === o.ssyk && !own.some((y) => y.jobtech_id === x.jobtech_id))
            .map((x) => ({ occupation: { ...x }, group: group(x.ssyk), leads_from: [], goal_id: goalOf(x.jobtech_id) }))
            .sort(byLabel),
        });
        continue;
      }
      for (const [, to, percent] of out) {
        if (own.some((y) => y.jobtech_id === to)) continue;
        const c = reached.get(to) ?? { occupation: { ...entry(to) }, group: group(entry(to).ssyk), leads_from: [], goal_id: goalOf(to) };
        c.leads_from.push({ jobtech_id: o.jobtech_id, closeness: closeness(percent) });
        reached.set(to, c);
      }
    }
    const all = [...reached.values()];
    for (const c of all) c.leads_from.sort((a, b) => (a.closeness === b.closeness ? 0 : a.closeness === 'very_close' ? -1 : 1));
    const order = (a, b) => b.leads_from.length - a.leads_from.length || byLabel(a, b);
    const very = all.filter((c) => c.leads_from.some((l) => l.closeness === 'very_close')).sort(order);
    const somewhat = all.filter((c) => !very.includes(c)).sort(order);
    return {
      own,
      very_close: very,
      somewhat_close: somewhat,
      without_relations: without,
      goals: goals.map((g) => ({
        goal_id: g.id,
        occupation: { ...(entry(g.occupation.jobtech_id) ?? { ...g.occupation, label_sv: g.title }) },
        own: own.some((o) => o.jobtech_id === g.occupation.jobtech_id),
        leads: RELATIONS.filter(([from, to]) => to === g.occupation.jobtech_id && own.some((o) => o.jobtech_id === from)).map(
          ([from, , percent]) => ({ jobtech_id: from, closeness: closeness(percent) }),
        ),
      })),
      not_in_list: notInList,
    };
  };
})();
