// Goals and steps in the stand-in shell, with the core's rules
// (crates/core/src/record/{goals,steps}.rs): a sub-goal needs a final goal,
// an end not before its start, a status history the shell writes, an
// evaluation only once a step was done or cancelled, and deletions that
// say what goes.
(() => {
  const { commands, save, userError, needOpen } = window.__ETAPP_MOCK__;

  const goals = () => (needOpen().goals ??= []);
  const steps = () => (needOpen().steps ??= []);
  const nextId = (list) => list.reduce((m, x) => Math.max(m, x.id), 0) + 1;
  const clone = (x) => JSON.parse(JSON.stringify(x));
  // An instant to the second, as the core writes it (`2024-03-15T09:30:00Z`).
  const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const invalid = (field) => userError('record-error-invalid-value', { field });
  const year = (date) => Number(String(date).slice(0, 4));

  function requiredLine(value, field) {
    if (!String(value ?? '').trim()) throw userError('record-error-empty-title', { field });
    if (value.length > 200 || /[\u0000-\u001f]/.test(value)) throw invalid(field);
  }
  function line(value, field) {
    if (String(value).length > 200 || /[\u0000-\u001f]/.test(value)) throw invalid(field);
  }
  function plausible(date, field) {
    if (date && year(date) < 1900) throw invalid(field);
  }
  function text(value, field) {
    if (String(value).length > 4000) throw invalid(field);
  }

  function findGoal(id) {
    const g = goals().find((x) => x.id === id);
    if (!g) throw userError('record-error-no-such-goal', { id: String(id) });
    return g;
  }
  function findStep(id) {
    const s = steps().find((x) => x.id === id);
    if (!s) throw userError('record-error-no-such-step', { id: String(id) });
    return s;
  }

  function validateGoal(g) {
    requiredLine(g.title, 'goal.title');
    if ((g.kind === 'occupation') !== (g.occupation != null)) throw invalid('goal.occupation');
    plausible(g.target_date, 'goal.target_date');
  }
  function checkFinalGoal(finalGoalId) {
    if (finalGoalId == null) return;
    const parent = goals().find((x) => x.id === finalGoalId);
    if (!parent || parent.final_goal_id != null) {
      throw userError('record-error-sub-goal-without-final-goal', { field: 'goal.final_goal_id' });
    }
  }

  function validateStep(s) {
    requiredLine(s.title, 'step.title');
    plausible(s.start_date, 'step.start_date');
    plausible(s.end_date, 'step.end_date');
    if (s.start_date && s.end_date && s.end_date < s.start_date) {
      throw userError('record-error-end-before-start', { field: 'step.end_date' });
    }
    s.appointments.forEach((a, i) => {
      const p = `step.appointments[${i}]`;
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(a.at) || year(a.at) < 1900) throw invalid(`${p}.at`);
      line(a.place, `${p}.place`);
      line(a.with_whom, `${p}.with_whom`);
    });
    if (new Set(s.goal_ids).size !== s.goal_ids.length) throw invalid('step.goal_ids');
    // serde refuses an unknown area; the core refuses one named twice.
    const areas = s.life_areas ?? [];
    if (!areas.every((a) => window.__ETAPP_MOCK_CATALOGS__.life_areas.includes(a))) throw userError('error-unexpected');
    if (new Set(areas).size !== areas.length) throw invalid('step.life_areas');
    if (s.contact_id != null) {
      const contacts = commands.get_contacts ? commands.get_contacts() : [];
      if (!contacts.some((c) => c.id === s.contact_id)) throw invalid('step.contact_id');
    }
    s.goal_ids.forEach((id, i) => {
      if (!goals().some((g) => g.id === id)) throw invalid(`step.goal_ids[${i}]`);
    });
  }
  // The parts the participant edits, appointments in time order (seconds
  // added, as the core's DateTime prints them).
  function editable(s) {
    const appointments = s.appointments
      .map((a) => ({ ...a, at: a.at.length === 16 ? `${a.at}:00` : a.at }))
      .sort((a, b) => a.at.localeCompare(b.at));
    return {
      title: s.title,
      step_type: s.step_type,
      agency: s.agency,
      contact_id: s.contact_id,
      stage: s.stage,
      start_date: s.start_date,
      end_date: s.end_date,
      goal_ids: [...s.goal_ids],
      // Read back in catalog order, as the core does.
      life_areas: lifeAreaOrder(s.life_areas ?? []),
      appointments,
    };
  }
  const lifeAreaOrder = (areas) => {
    const all = window.__ETAPP_MOCK_CATALOGS__.life_areas;
    return [...areas].sort((a, b) => all.indexOf(a) - all.indexOf(b));
  };
  const empty = () => ({
    goals: [],
    steps: [],
    contacts: [],
    appointments: 0,
    status_changes: 0,
    evaluations: 0,
    steps_unlinked: [],
    steps_losing_contact: [],
    obstacles_losing_contact: 0,
  });

  Object.assign(commands, {
    get_goals: () => clone(goals()),
    add_goal: ({ goal }) => {
      validateGoal(goal);
      checkFinalGoal(goal.final_goal_id);
      const id = nextId(goals());
      goals().push({ ...clone(goal), id });
      save();
      return id;
    },
    update_goal: ({ goal }) => {
      validateGoal(goal);
      const old = findGoal(goal.id);
      if (goal.final_goal_id === goal.id) {
        throw userError('record-error-sub-goal-without-final-goal', { field: 'goal.final_goal_id' });
      }
      checkFinalGoal(goal.final_goal_id);
      if (goal.final_goal_id != null && goals().some((g) => g.final_goal_id === goal.id)) {
        throw invalid('goal.final_goal_id');
      }
      Object.assign(old, clone(goal));
      save();
      return null;
    },
    goal_deletion: ({ id }) => {
      const g = findGoal(id);
      const gone = [g, ...goals().filter((x) => x.final_goal_id === id)];
      const ids = new Set(gone.map((x) => x.id));
      return {
        ...empty(),
        goals: gone.map((x) => ({ id: x.id, title: x.title })),
        steps_unlinked: steps()
          .filter((s) => s.goal_ids.some((gid) => ids.has(gid)))
          .map((s) => ({ id: s.id, title: s.title })),
      };
    },
    delete_goal: ({ id }) => {
      findGoal(id);
      const v = needOpen();
      const ids = new Set([id, ...goals().filter((x) => x.final_goal_id === id).map((x) => x.id)]);
      v.goals = goals().filter((g) => !ids.has(g.id));
      for (const s of steps()) s.goal_ids = s.goal_ids.filter((gid) => !ids.has(gid));
      save();
      return null;
    },

    // A step saved before life areas existed reads with none (serde default).
    get_steps: () => clone(steps()).map((s) => ({ ...s, life_areas: s.life_areas ?? [] })),
    add_step: ({ step }) => {
      const s = clone(step);
      validateStep(s);
      const id = nextId(steps());
      steps().push({
        id,
        ...editable(s),
        status: s.status,
        status_history: [{ status: s.status, at: now() }],
        evaluation: null,
      });
      save();
      return id;
    },
    update_step: ({ step }) => {
      const s = clone(step);
      validateStep(s);
      Object.assign(findStep(s.id), editable(s));
      save();
      return null;
    },
    set_step_status: ({ id, status }) => {
      const s = findStep(id);
      if (s.status === status) return null;
      const last = s.status_history.at(-1)?.at ?? '';
      const at = now();
      s.status = status;
      s.status_history.push({ status, at: at < last ? last : at });
      save();
      return null;
    },
    set_step_evaluation: ({ id, evaluation }) => {
      const s = findStep(id);
      if (evaluation) {
        if (!Number.isInteger(evaluation.usefulness) || evaluation.usefulness < 1 || evaluation.usefulness > 5) {
          throw invalid('evaluation.usefulness');
        }
        text(evaluation.helped, 'evaluation.helped');
        text(evaluation.hard, 'evaluation.hard');
        if (!s.status_history.some((c) => c.status === 'done' || c.status === 'cancelled')) {
          throw userError('record-error-evaluation-too-early', { field: 'evaluation' });
        }
      }
      s.evaluation = evaluation ? clone(evaluation) : null;
      save();
      return null;
    },
    step_deletion: ({ id }) => {
      const s = findStep(id);
      return {
        ...empty(),
        steps: [{ id: s.id, title: s.title }],
        appointments: s.appointments.length,
        status_changes: s.status_history.length,
        evaluations: s.evaluation ? 1 : 0,
      };
    },
    delete_step: ({ id }) => {
      findStep(id);
      needOpen().steps = steps().filter((s) => s.id !== id);
      save();
      return null;
    },
  });

  // Contacts belong to the profile's part of the stand-in (10-profile.js);
  // a plain list stands in until that part is there.
  if (!commands.get_contacts) {
    commands.get_contacts = () => clone(needOpen().contacts ?? []);
  }
})();
