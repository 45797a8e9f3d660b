import { describe, expect, it } from 'vitest';
import { t, formatDate } from './i18n.svelte';
import { label } from './catalog.svelte';
import { entries, select, tickAll, type RecordParts, type Ticks } from './share-choice';
import type { Speech } from './locale-region';
import type { Step } from './generated/Step';
import type { ShareSection } from './generated/ShareSection';
import catalogs from '../../../tests/ui/fixtures/catalogs.json';

const en: Speech = {
  locale: 'en',
  t: (id, args) => t('en', id, args),
  label: (c, code) => label(c, code, 'en'),
  date: (d) => formatDate('en', d),
  instant: (a) => a,
  number: String,
  digits: (x) => x,
};
const ORDER = catalogs.sections as ShareSection[];
const step = (id: number, extra: Partial<Step>): Step => ({
  id,
  title: `Step ${id}`,
  step_type: 'other',
  agency: 'public_employment_service',
  contact_id: null,
  stage: 'activity',
  status: 'planned',
  status_history: [],
  start_date: null,
  end_date: null,
  goal_ids: [],
  life_areas: [],
  appointments: [],
  evaluation: null,
  ...extra,
});

function record(): RecordParts {
  return {
    profile: {
      name: 'Amina',
      arrived: null,
      residence_permit_name: '',
      personal_identity_number: null,
      migration_agency_case_number: null,
      languages: [],
      residence_permit_date: null,
      municipality: '',
      household: { adults: 1, children: [{ birth_year: 2020 }] },
      establishment_programme: { participating: false, since: null },
    },
    contacts: [
      { id: 1, name: 'Anna', agency: 'public_employment_service', unit: '', phone: '', email: '', note: '' },
      { id: 2, name: 'Sara', agency: 'health_care', unit: '', phone: '', email: '', note: '' },
    ],
    background: { education: [], work_experience: [], skills: [{ id: 1, name: 'Driving' }], certificates: [], driving_licence: { classes: 'B', country: 'SE' }, asylum_period: [] },
    goals: [],
    steps: [
      step(1, {}),
      step(2, { step_type: 'health_appointment' }),
      step(3, { agency: 'social_services' }),
      step(4, { life_areas: ['work_studies', 'preschool'] }),
    ],
    stage: 'activity',
    checkins: [
      {
        id: 1,
        date: '2026-02-01',
        areas: [
          { life_area: 'housing', level: 'managing', note: '' },
          { life_area: 'household_economy', level: 'struggling', note: '' },
        ],
        note: '',
      },
    ],
    obstacles: [
      { id: 1, kind: 'transport', description: '', status: 'open', handled_by: 'social_services', contact_id: null, noticed_on: '2026-01-01', handling_since: null, solved_on: null },
      { id: 2, kind: 'transport', description: '', status: 'open', handled_by: null, contact_id: null, noticed_on: '2026-01-01', handling_since: null, solved_on: null },
    ],
    notes: [],
  };
}

const all = () => entries(record(), ORDER, catalogs.sensitive as never, en);
const byKey = (key: string) => all().find((e) => e.key === key)!;

describe('what the wizard lists', () => {
  it('marks what is sensitive by the core rule of each kind', () => {
    expect(byKey('steps:1').sensitive).toEqual([]);
    expect(byKey('steps:2').sensitive).toEqual(['health']);
    expect(byKey('steps:3').sensitive).toEqual(['financial']);
    expect(byKey('steps:4').sensitive).toEqual(['family']);
    expect(byKey('contacts:2').sensitive).toEqual(['health']);
    expect(byKey('obstacles:1').sensitive).toEqual(['financial']);
    expect(byKey('obstacles:2').sensitive).toEqual([]);
  });

  it('gives the children and the sensitive answers of a check-in their own tick', () => {
    expect(byKey('profile').part).toMatchObject({ key: 'profile/children', sensitive: ['family'] });
    expect(byKey('checkins:1').part).toMatchObject({ key: 'checkins:1/areas', sensitive: ['financial'] });
    expect(byKey('checkins:1').sensitive).toEqual([]);
  });

  it('lists what goes only with its whole part: the stage and the driving licence', () => {
    expect(byKey('steps/stage').item).toBeNull();
    expect(byKey('background/licence').item).toBeNull();
    expect(byKey('steps:1').item).toEqual({ kind: 'steps', id: 1 });
  });
});

describe('the request the ticks make', () => {
  const choose = (ticks: Ticks) => select(all(), ticks, ORDER);

  it('asks for nothing when nothing is ticked', () => {
    expect(choose({})).toEqual({ sections: [], items: [], include_sensitive: false, conflicts: [] });
  });

  it('shares a part whole when all of it is ticked, and lets the core leave the sensitive things out', () => {
    const ticks: Ticks = {};
    tickAll(all(), ticks, 'steps', true);
    expect(ticks['steps:2']).toBeUndefined();
    expect(choose(ticks)).toEqual({ sections: ['steps'], items: [], include_sensitive: false, conflicts: [] });
  });

  it('shares single items when only some are ticked', () => {
    expect(choose({ 'steps:1': true, 'obstacles:1': false, 'goals:9': true })).toEqual({
      sections: [],
      items: [{ kind: 'steps', id: 1 }],
      include_sensitive: false,
      conflicts: [],
    });
    // Every contact but the sensitive one is all of it: the core leaves
    // the nurse out and says so in the preview.
    expect(choose({ 'contacts:1': true })).toMatchObject({ sections: ['contacts'], items: [] });
  });

  it('sends exactly the ticked sensitive things, never a whole part with unticked ones', () => {
    const ticks: Ticks = { 'steps:2': true };
    tickAll(all(), ticks, 'steps', true);
    const chosen = choose(ticks);
    expect(chosen.include_sensitive).toBe(true);
    expect(chosen.sections).toEqual([]);
    expect(chosen.items).toEqual([1, 2].map((id) => ({ kind: 'steps', id })));
    expect(chosen.conflicts).toEqual([{ key: 'steps/stage', kind: 'whole' }]);
  });

  it('a whole part with every sensitive thing ticked goes whole', () => {
    const ticks: Ticks = { 'steps:2': true, 'steps:3': true, 'steps:4': true };
    tickAll(all(), ticks, 'steps', true);
    expect(choose(ticks)).toMatchObject({ sections: ['steps'], items: [], include_sensitive: true, conflicts: [] });
  });

  it('a sensitive part that would ride along is a conflict to resolve', () => {
    const chosen = choose({ profile: true, 'checkins:1': true, 'contacts:2': true });
    expect(chosen.conflicts).toEqual([
      { key: 'profile/children', kind: 'sensitive' },
      { key: 'checkins:1/areas', kind: 'sensitive' },
    ]);
    expect(choose({ profile: true, 'profile/children': true, 'checkins:1': true, 'checkins:1/areas': true }).conflicts).toEqual([]);
    // Without any other sensitive tick, the core leaves the parts out.
    expect(choose({ profile: true, 'checkins:1': true })).toMatchObject({ include_sensitive: false, conflicts: [] });
  });

  it('"none of it" also clears the sensitive ticks and parts', () => {
    const ticks: Ticks = { 'checkins:1': true, 'checkins:1/areas': true };
    tickAll(all(), ticks, 'checkins', false);
    expect(choose(ticks).sections).toEqual([]);
    expect(ticks['checkins:1/areas']).toBe(false);
  });
});
