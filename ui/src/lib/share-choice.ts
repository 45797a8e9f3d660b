/**
 * What the participant can pick in the share wizard, and the request it
 * makes.
 *
 * Every item of the record is an entry with a tick, listed under its
 * section in the words of the person's own screens. Health, family and
 * money items (the catalogs' `sensitive` table, with the core's rule per
 * kind: crates/core/src/bundle/sensitive.rs) are never ticked by "all of
 * it": each has its own tick. So do the sensitive parts of an item that
 * is not sensitive as a whole: the children in "About me", and the
 * health, money and preschool answers of a check-in.
 *
 * The core takes one switch for everything sensitive in a share
 * (`include_sensitive`). `select` turns the ticks into sections and
 * single items so that exactly the ticked things go: a section goes whole
 * only when everything in it that would go is ticked, and a sensitive
 * part that would ride along with its item unticked is a conflict the
 * person resolves (tick it too, or leave the item out). Some entries go
 * only with their whole section (the stage with all steps, the driving
 * licence with the whole background).
 */
import type { Speech } from './locale-region';
import type { Value, OccupationNames } from './bundle-view';
import type { ShareSection } from './generated/ShareSection';
import type { SharedItem } from './generated/SharedItem';
import type { SensitiveCategory } from './generated/SensitiveCategory';
import type { SensitiveCode } from './generated/SensitiveCode';
import type { Profile } from './generated/Profile';
import type { Contact } from './generated/Contact';
import type { Background } from './generated/Background';
import type { Goal } from './generated/Goal';
import type { Step } from './generated/Step';
import type { Stage } from './generated/Stage';
import type { CheckIn } from './generated/CheckIn';
import type { Obstacle } from './generated/Obstacle';
import type { Note } from './generated/Note';

/** The parts of the record the wizard lists. */
export type RecordParts = {
  profile: Profile;
  contacts: Contact[];
  background: Background;
  goals: Goal[];
  steps: Step[];
  stage: Stage | null;
  checkins: CheckIn[];
  obstacles: Obstacle[];
  notes: Note[];
};

/** A sensitive part of an entry that has its own tick. */
export type Part = { key: string; label: string; sensitive: SensitiveCategory[] };

/** One thing to tick. */
export type Entry = {
  /** Unique: `steps:3`, `profile`, `steps/stage`. */
  key: string;
  section: ShareSection;
  /** The item as the core names it; null for what goes only with the whole section. */
  item: SharedItem | null;
  /** A sub-heading inside the section (the background's lists), as a message id. */
  group?: string;
  title: Value;
  detail?: Value;
  /** The sensitive categories of the entry itself: it has its own tick. */
  sensitive: SensitiveCategory[];
  part?: Part;
};

/** Why an entry cannot go as ticked. */
export type Conflict = { key: string; kind: 'whole' | 'sensitive' };

export type Selection = {
  sections: ShareSection[];
  items: SharedItem[];
  include_sensitive: boolean;
  conflicts: Conflict[];
};

/** The categories of `codes` (catalog and code pairs) in the sensitive table. */
function categories(table: SensitiveCode[], codes: [string, string | null][]): SensitiveCategory[] {
  const found = new Set<SensitiveCategory>();
  for (const [catalog, code] of codes) {
    for (const row of table) if (code !== null && row.catalog === catalog && row.code === code) found.add(row.category);
  }
  return [...found].sort();
}

const snippet = (text: string, max = 80) => {
  const line = text.trim().split('\n')[0];
  return [...line].length > max ? `${[...line].slice(0, max).join('')}…` : line;
};

/** Every entry of `record`, section by section in `order`. */
export function entries(
  record: RecordParts,
  order: ShareSection[],
  table: SensitiveCode[],
  s: Speech,
  occupations: OccupationNames = {},
): Entry[] {
  const own = (text: string): Value => ({ text, lang: s.locale });
  const plain = (text: string): Value => ({ text });
  const out: Entry[] = [];
  const add = (e: Entry) => out.push(e);
  const list = (...xs: (string | null | undefined)[]) => xs.filter((x) => x).join(s.t('list-separator'));

  for (const section of order) {
    if (section === 'profile') {
      const children = record.profile.household.children.length > 0;
      add({
        key: 'profile',
        section,
        item: null,
        title: plain(s.t('share-what-profile')),
        detail: record.profile.name ? own(record.profile.name) : undefined,
        sensitive: [],
        part: children ? { key: 'profile/children', label: s.t('share-what-children'), sensitive: ['family'] } : undefined,
      });
    } else if (section === 'contacts') {
      for (const c of record.contacts) {
        add({
          key: `contacts:${c.id}`,
          section,
          item: { kind: 'contacts', id: c.id },
          title: own(c.name),
          detail: plain(list(s.label('agency', c.agency), c.unit)),
          sensitive: categories(table, [['agency', c.agency]]),
        });
      }
    } else if (section === 'background') {
      const bg = record.background;
      const group = (id: string) => ({ section, sensitive: [], group: id });
      for (const e of bg.education) {
        const title = e.field ? own(e.field) : plain(e.level ? s.label('isced_level', e.level) : s.t('background-education-untitled'));
        add({ ...group('background-education-title'), key: `background.education:${e.id}`, item: { kind: 'background.education', id: e.id }, title });
      }
      for (const w of bg.work_experience) {
        const sv = w.occupation ? occupations[w.occupation.jobtech_id] : null;
        const title = w.title ? own(w.title) : sv ? { text: sv, lang: 'sv' } : plain(s.t('occupation-unknown'));
        add({ ...group('background-work-title'), key: `background.work:${w.id}`, item: { kind: 'background.work', id: w.id }, title });
      }
      for (const a of bg.asylum_period) {
        add({ ...group('background-asylum-title'), key: `background.asylum_period:${a.id}`, item: { kind: 'background.asylum_period', id: a.id }, title: own(a.title) });
      }
      for (const k of bg.skills) {
        add({ ...group('background-skills-title'), key: `background.skills:${k.id}`, item: { kind: 'background.skills', id: k.id }, title: own(k.name) });
      }
      for (const c of bg.certificates) {
        add({ ...group('background-certificates-title'), key: `background.certificates:${c.id}`, item: { kind: 'background.certificates', id: c.id }, title: own(c.name) });
      }
      if (bg.driving_licence) {
        add({
          ...group('background-licence-title'),
          key: 'background/licence',
          item: null,
          title: plain(s.t('background-licence-title')),
          detail: plain(bg.driving_licence.classes),
        });
      }
    } else if (section === 'goals') {
      const titles = new Map(record.goals.map((g) => [g.id, g.title]));
      for (const g of record.goals) {
        const final = g.final_goal_id == null ? undefined : titles.get(g.final_goal_id);
        const detail = final === undefined ? undefined : plain(s.t('share-what-sub-goal', { goal: final }));
        add({ key: `goals:${g.id}`, section, item: { kind: 'goals', id: g.id }, title: own(g.title), detail, sensitive: [] });
      }
    } else if (section === 'steps') {
      if (record.stage && record.steps.length) {
        add({ key: 'steps/stage', section, item: null, title: plain(s.t('reader-stage-now')), detail: plain(s.label('stage', record.stage)), sensitive: [] });
      }
      for (const st of record.steps) {
        add({
          key: `steps:${st.id}`,
          section,
          item: { kind: 'steps', id: st.id },
          title: own(st.title),
          detail: plain(list(s.label('agency', st.agency), s.label('step_status', st.status))),
          sensitive: categories(table, [['step_type', st.step_type], ['agency', st.agency], ...st.life_areas.map((a): [string, string] => ['life_area', a])]),
        });
      }
    } else if (section === 'checkins') {
      for (const c of record.checkins) {
        const private_ = c.areas.filter((a) => categories(table, [['life_area', a.life_area]]).length);
        add({
          key: `checkins:${c.id}`,
          section,
          item: { kind: 'checkins', id: c.id },
          title: plain(s.date(c.date)),
          detail: plain(s.t('life-areas-answered', { count: c.areas.length })),
          sensitive: [],
          part: private_.length
            ? {
                key: `checkins:${c.id}/areas`,
                label: s.t('share-what-checkin-areas', { areas: list(...private_.map((a) => s.label('life_area', a.life_area))) }),
                sensitive: categories(table, private_.map((a): [string, string] => ['life_area', a.life_area])),
              }
            : undefined,
        });
      }
    } else if (section === 'obstacles') {
      for (const o of record.obstacles) {
        add({
          key: `obstacles:${o.id}`,
          section,
          item: { kind: 'obstacles', id: o.id },
          title: plain(s.label('obstacle', o.kind)),
          detail: o.description ? own(snippet(o.description)) : undefined,
          sensitive: categories(table, [['obstacle', o.kind], ['agency', o.handled_by]]),
        });
      }
    } else if (section === 'notes') {
      for (const n of record.notes) {
        add({ key: `notes:${n.id}`, section, item: { kind: 'notes', id: n.id }, title: plain(s.date(n.date)), detail: { text: snippet(n.text), lang: n.language }, sensitive: [] });
      }
    }
  }
  return out;
}

/** Whether an entry or its part brings sensitive information when ticked. */
const bringsSensitive = (e: Entry, ticks: Ticks) =>
  !!ticks[e.key] && (e.sensitive.length > 0 || (!!e.part && e.part.sensitive.length > 0 && !!ticks[e.part.key]));

/** What is ticked, by entry or part key. */
export type Ticks = Record<string, boolean | undefined>;

/** The sections and single items to ask the core for, so that exactly the ticked things go. */
export function select(all: Entry[], ticks: Ticks, order: ShareSection[]): Selection {
  const ticked = (e: Entry) => !!ticks[e.key];
  const include_sensitive = all.some((e) => bringsSensitive(e, ticks));
  const sections: ShareSection[] = [];
  const items: SharedItem[] = [];
  const conflicts: Conflict[] = [];
  for (const section of order) {
    const es = all.filter((e) => e.section === section);
    const chosen = es.filter(ticked);
    if (!chosen.length) continue;
    // Without the switch the core leaves every sensitive entry out by
    // itself; with it, the whole section would take them all.
    const whole = es.every((e) => ticked(e) || (!include_sensitive && e.sensitive.length > 0));
    if (whole) {
      sections.push(section);
      continue;
    }
    for (const e of chosen) {
      if (e.item) items.push(e.item);
      else conflicts.push({ key: e.key, kind: 'whole' });
    }
  }
  if (include_sensitive) {
    for (const e of all) {
      if (ticked(e) && e.part && e.part.sensitive.length && !ticks[e.part.key]) conflicts.push({ key: e.part.key, kind: 'sensitive' });
    }
  }
  return { sections, items, include_sensitive, conflicts };
}

/** Ticks every entry of `section` that "all of it" may tick (none sensitive), or clears the section. */
export function tickAll(all: Entry[], ticks: Ticks, section: ShareSection, on: boolean): void {
  for (const e of all.filter((x) => x.section === section)) {
    if (!on) {
      ticks[e.key] = false;
      if (e.part) ticks[e.part.key] = false;
    } else if (!e.sensitive.length) {
      ticks[e.key] = true;
    }
  }
}
