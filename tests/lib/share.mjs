// What the sharing tests (tests/ui/share.test.mjs, reader.test.mjs) share:
// a record with something of every part, some of it sensitive (health,
// family, money), in the person's own words; a payload as a bundle holds
// it, for the reader; and a fixed "now", so dates and expiry do not move
// with the day the tests run.
import { vaultBase, contact, stepRecord } from './ui.mjs';

/** The page's clock: 2 March 2026, morning in Stockholm. */
export const NOW = new Date('2026-03-02T08:30:00Z');

/** The person's own words. */
export const WORDS = {
  goal: 'Undersköterska',
  subGoal: 'SFI kurs D',
  steps: ['Praktik på äldreboende', 'SFI kurs C', 'Läkarbesök för intyg'],
  note: 'سألت عن مكان في الروضة.',
  obstacle: 'Ingen förskoleplats i höst',
  transport: 'Bussen går sällan',
  work: 'Vårdbiträde',
  education: 'Sjuksköterskeprogrammet',
};

const step = (id, title, agency, stepType, status, stage) => ({
  ...stepRecord({ id, title, agency, status, stage }),
  step_type: stepType,
  status_history: [{ status, at: '2026-01-12T09:00:00Z' }],
});

/**
 * Amina's record: two goals; three steps (the third a health appointment
 * at the health centre: sensitive); Anna at the employment service and a
 * nurse at the health centre (sensitive); a check-in with a health answer
 * (a sensitive part); two children (a sensitive part of "About me"); an
 * obstacle with no childcare (sensitive) and one with transport; a note in
 * Arabic; education, work and a skill in the background; a chosen stage.
 */
export function shareVault() {
  return {
    ...vaultBase,
    profile: {
      name: 'Amina Yusuf',
      arrived: '2024-09-14',
      municipality: 'Borås',
      languages: [{ language: 'arabiska', level: 'first_language' }],
      household: { adults: 2, children: [{ birth_year: 2019 }, { birth_year: 2022 }] },
    },
    contacts: [contact(1, 'Anna Berg', 'public_employment_service'), contact(2, 'Sara Lind', 'health_care')],
    nextContactId: 3,
    background: {
      education: [
        {
          id: 1,
          level: 'isced_6',
          field: WORDS.education,
          country: 'SY',
          years: 3,
          completed: false,
          documents_at_hand: true,
          recognition: 'not_applied',
        },
      ],
      work_experience: [{ id: 1, occupation: null, title: WORDS.work, country: 'SY', years: 4, tasks: '' }],
      skills: [{ id: 1, name: 'Arabiska' }],
      certificates: [],
      driving_licence: null,
      asylum_period: [],
    },
    goals: [
      { id: 1, final_goal_id: null, kind: 'free_text', title: WORDS.goal, occupation: null, target_date: null, status: 'active' },
      { id: 2, final_goal_id: 1, kind: 'studies', title: WORDS.subGoal, occupation: null, target_date: null, status: 'active' },
    ],
    steps: [
      step(1, WORDS.steps[0], 'public_employment_service', 'internship', 'planned', 'activity'),
      step(2, WORDS.steps[1], 'adult_education', 'sfi_course', 'ongoing', 'activity'),
      step(3, WORDS.steps[2], 'health_care', 'health_appointment', 'planned', 'activity'),
    ],
    stage: 'activity',
    checkins: [
      {
        id: 1,
        date: '2026-02-01',
        areas: [
          { life_area: 'housing', level: 'struggling', note: '' },
          { life_area: 'health', level: 'getting_help', note: 'Ont i ryggen' },
          { life_area: 'swedish_language', level: 'mostly_managing', note: '' },
        ],
        note: '',
      },
    ],
    obstacles: [
      obstacle(1, 'no_childcare', WORDS.obstacle),
      obstacle(2, 'transport', WORDS.transport),
    ],
    notes: [{ id: 1, date: '2026-02-20', language: 'ar', text: WORDS.note }],
  };
}

function obstacle(id, kind, description) {
  return {
    id,
    kind,
    description,
    status: 'open',
    handled_by: null,
    contact_id: null,
    noticed_on: '2026-01-10',
    handling_since: null,
    solved_on: null,
  };
}

/** A share code of 15 digits and its Damm check digit, from the first 15 digits given. */
export function shareCode(first15) {
  const table = [
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
  const check = [...first15].reduce((i, d) => table[i][Number(d)], 0);
  return first15 + check;
}

/** The signer of the reader's bundles. */
export const SIGNER = Object.freeze({ hex: 'ef'.repeat(32), digits: '4821 0937 5512 6640 1188' });

/**
 * A bundle's payload as the core writes it: for Anna Berg at the
 * employment service, to plan together, made in Arabic; the goals whole,
 * one step and the Arabic note as single items. `expires`: when it stops
 * opening.
 */
export function bundlePayload({ expires = '2026-04-01T08:30:00Z', locale = 'ar' } = {}) {
  const v = shareVault();
  return {
    bundle_id: '0123456789abcdef0123456789abcdef',
    created: '2026-03-01T08:30:00Z',
    expires,
    locale,
    to: { name: 'Anna Berg', agency: 'public_employment_service', unit: 'Borås' },
    purpose: 'joint-planning',
    purpose_text: '',
    consent: {
      version: 'KI-CR-v1.1.0',
      jurisdiction: 'SE',
      consentTimestamp: 1772353800,
      collectionMethod: 'Etapp',
      consentReceiptID: '0123456789abcdef0123456789abcdef',
      language: locale,
      piiPrincipalId: SIGNER.hex,
      piiControllers: [{ piiController: 'Arbetsförmedlingen', contact: 'Anna Berg (Borås)' }],
      services: [],
      sensitive: false,
      spiCat: [],
      consentText: [],
      withdrawal: [],
    },
    scope: {
      sections: ['goals'],
      items: [
        { kind: 'steps', id: 1 },
        { kind: 'notes', id: 1 },
      ],
      include_sensitive: false,
      sensitive_categories: [],
    },
    content: {
      goals: v.goals,
      steps: [{ ...v.steps[0], contact_id: null }],
      notes: v.notes,
    },
  };
}

/** The earlier share of the same person: a month before `bundlePayload()`. */
export const EARLIER = Object.freeze({ bundle_id: 'fedcba9876543210fedcba9876543210', created: '2026-02-01T08:30:00Z' });

/**
 * What the core says changed from the earlier share to `bundlePayload()`
 * (bundle::compare's Comparison): obstacles shared only the second time;
 * a newer check-in with work and studies up a level and housing down one;
 * the stage from vision to activity; the internship new, SFI course C done
 * on 20 February; the SFI goal reached.
 */
export function comparison() {
  const later = bundlePayload();
  return {
    signer_fingerprint: SIGNER.hex,
    bundles: [
      { ...EARLIER, expires: '2026-03-01T08:30:00Z' },
      { bundle_id: later.bundle_id, created: later.created, expires: later.expires },
    ],
    changes: [
      {
        from: EARLIER.bundle_id,
        to: later.bundle_id,
        not_shared_both_times: ['obstacles'],
        sensitive_left_out: false,
        checkins: {
          before: '2026-01-20',
          after: '2026-02-25',
          added: ['2026-02-25'],
          areas: [
            { life_area: 'housing', before: 'managing', after: 'mostly_managing', change: -1 },
            { life_area: 'work_studies', before: 'struggling', after: 'getting_help', change: 1 },
            { life_area: 'swedish_language', before: 'getting_help', after: 'getting_help', change: 0 },
          ],
        },
        steps: {
          added: [{ id: 1, title: WORDS.steps[0], step_type: 'internship', agency: 'public_employment_service', status: 'planned' }],
          status_changed: [
            {
              step: { id: 2, title: WORDS.steps[1], step_type: 'sfi_course', agency: 'adult_education', status: 'done' },
              before: 'ongoing',
              changes: [{ status: 'done', at: '2026-02-20T10:00:00Z' }],
            },
          ],
          removed: [],
        },
        stage: { before: 'vision', after: 'activity' },
        obstacles: null,
        goals: { added: [], reached: [{ id: 2, title: WORDS.subGoal, kind: 'studies', status: 'reached' }], status_changed: [], removed: [] },
      },
    ],
  };
}

/**
 * A report as the core makes it (bundle::report's Summary) from a folder
 * of 9 shares: 7 participants counted, one share replaced by a later one
 * of the same participant, one not shared for evaluation; internships at
 * the employment service with figures, SFI courses suppressed (fewer than
 * 5); work and studies with figures, every other life area suppressed.
 */
export function reportSummary() {
  const suppressed = (life_area) => ({ life_area, suppressed: true, figures: null });
  return {
    min_group: 5,
    participants: 7,
    replaced: 1,
    skipped: [{ file: 'sara.etapp', reason: 'not_shared_for_evaluation' }],
    steps: [
      {
        step_type: 'internship',
        agency: 'public_employment_service',
        suppressed: false,
        figures: {
          participants: 6,
          steps: { proposed: 0, planned: 1, ongoing: 2, done: 3, paused: 0, cancelled: 1 },
          median_days_planned_to_done: 42.5,
          usefulness: [0, 1, 1, 2, 2],
        },
      },
      { step_type: 'sfi_course', agency: 'adult_education', suppressed: true, figures: null },
    ],
    life_areas: [
      suppressed('household_economy'),
      suppressed('network'),
      suppressed('welfare_system'),
      suppressed('housing'),
      suppressed('preschool'),
      suppressed('health'),
      {
        life_area: 'work_studies',
        suppressed: false,
        figures: { participants: 5, median_change: 1, changes: [0, 0, 0, 1, 1, 2, 1, 0, 0] },
      },
      suppressed('swedish_language'),
    ],
  };
}
