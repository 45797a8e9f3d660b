// The home screen's overview and the participant's stage in the stand-in
// shell, computed as the core does (crates/core/src/record/overview.rs,
// `Vault::overview` and `suggest_stage`) from what the other parts of the
// stand-in keep: `profile`, `steps` (with their appointments), `contacts`,
// `checkins`, `obstacles` and `stage`. A part not written yet reads as
// empty. Appointments count from now in Stockholm and the days since
// arrival from today in Stockholm, like the shell (05-time.js).
(() => {
  const { commands, save, userError, needOpen } = window.__ETAPP_MOCK__;
  const catalog = (name) => window.__ETAPP_MOCK_CATALOGS__[name];
  const clone = (x) => JSON.parse(JSON.stringify(x));
  /** How many coming appointments the overview lists (NEXT_APPOINTMENTS). */
  const NEXT_APPOINTMENTS = 5;

  const { stockholmNow, stockholmToday: today } = window.__ETAPP_MOCK__;
  const seconds = (at) => (at.length === 16 ? `${at}:00` : at);

  /** Whole days from `from` to `to` (both `YYYY-MM-DD`); null if none or backwards. */
  function daysBetween(from, to) {
    if (!from) return null;
    const utc = (d) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
    const days = Math.round((utc(to) - utc(from)) / 86_400_000);
    return days >= 0 ? days : null;
  }

  /**
   * The latest stage of any ongoing step; with none ongoing, of any planned
   * step; then of any done step; with no steps, the first stage.
   */
  function suggestStage(steps) {
    const order = catalog('stages');
    for (const status of ['ongoing', 'planned', 'done']) {
      const stages = steps.filter((s) => s.status === status).map((s) => order.indexOf(s.stage));
      if (stages.length) return order[Math.max(...stages)];
    }
    return order[0];
  }

  function overview(v) {
    const now = stockholmNow();
    const profile = v.profile ?? { name: '', arrived: null };
    const steps = v.steps ?? [];
    const contacts = v.contacts ?? [];
    const agencies = catalog('agencies');

    // Not of done or cancelled steps: those will not take place.
    const next_appointments = steps
      .filter((s) => s.status !== 'done' && s.status !== 'cancelled')
      .flatMap((s, stepOrder) =>
        (s.appointments ?? []).map((a, i) => ({
          sort: [seconds(a.at), stepOrder, i],
          line: {
            step_id: s.id,
            step_title: s.title,
            agency: s.agency,
            at: seconds(a.at),
            place: a.place,
            with_whom: a.with_whom,
          },
        })),
      )
      .filter((x) => x.line.at >= now)
      .sort((a, b) => a.sort[0].localeCompare(b.sort[0]) || a.sort[1] - b.sort[1] || a.sort[2] - b.sort[2])
      .slice(0, NEXT_APPOINTMENTS)
      .map((x) => x.line);

    // Ongoing first, then planned, each by id; grouped by agency in catalog order.
    const going = steps
      .filter((s) => s.status === 'ongoing' || s.status === 'planned')
      .sort((a, b) => (a.status === 'planned') - (b.status === 'planned') || a.id - b.id);
    const steps_by_agency = [];
    for (const s of going) {
      const line = {
        id: s.id,
        title: s.title,
        step_type: s.step_type,
        status: s.status,
        contact_name: contacts.find((c) => c.id === s.contact_id)?.name ?? null,
      };
      const group = steps_by_agency.find((g) => g.agency === s.agency);
      if (group) group.steps.push(line);
      else steps_by_agency.push({ agency: s.agency, steps: [line] });
    }
    steps_by_agency.sort((a, b) => agencies.indexOf(a.agency) - agencies.indexOf(b.agency));

    // Newest first, by date then id.
    const checkins = [...(v.checkins ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);

    const day = today();
    return clone({
      name: profile.name ?? '',
      stage: v.stage ?? null,
      suggested_stage: suggestStage(steps),
      next_appointments,
      steps_by_agency,
      latest_checkin: checkins[0] ?? null,
      previous_checkin: checkins[1] ?? null,
      open_obstacles: [...(v.obstacles ?? [])]
        .filter((o) => o.status !== 'solved')
        .sort((a, b) => (a.noticed_on < b.noticed_on ? -1 : a.noticed_on > b.noticed_on ? 1 : a.id - b.id)),
      arrived: profile.arrived ?? null,
      days_since_arrival: daysBetween(profile.arrived, day),
      residence_permit_date: profile.residence_permit_date ?? null,
      days_since_residence_permit: daysBetween(profile.residence_permit_date, day),
    });
  }

  Object.assign(commands, {
    get_overview: () => overview(needOpen()),
    set_stage: ({ stage }) => {
      const v = needOpen();
      // An unknown code fails deserialisation in the shell.
      if (stage != null && !catalog('stages').includes(stage)) throw userError('error-unexpected');
      v.stage = stage ?? null;
      save();
      return null;
    },
  });
})();
