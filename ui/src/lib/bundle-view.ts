/**
 * A bundle's payload in words, in one language: who it is for and why,
 * and every shared item as a title with rows of label and value. The same
 * shape as the core's reader view (crates/core/src/reader.rs), with the
 * same `reader-*` labels, so the share preview, the reader on screen and
 * the printable page say the same. Text the participant wrote keeps its
 * language (`lang`); codes become labels and dates are formatted in the
 * language of the Speech given (a LocaleRegion's).
 */
import type { Speech } from './locale-region';
import type { Payload } from './generated/Payload';
import type { Scope } from './generated/Scope';
import type { SensitiveCategory } from './generated/SensitiveCategory';
import type { ShareSection } from './generated/ShareSection';
import type { Background } from './generated/Background';
import type { Occupation } from './generated/Occupation';
import { intlLocale, localeName, negotiate } from './i18n.svelte';
import { wallClock } from './time';

/**
 * A value, with the language of text the participant wrote; `ltr` for
 * digits read aloud group by group (a fingerprint), which keep their order
 * in right-to-left text.
 */
export type Value = { text: string; lang?: string; ltr?: boolean };
export type Row = { label: string; value: Value };
export type Item = { title: Value; rows: Row[] };
export type Section = { section: ShareSection; title: string; note: string | null; items: Item[] };

/** Whether the reader saw the signer before: `null` in the preview (not known yet). */
export type Seen = { first: true } | { first: false; since: string } | null;

/** Swedish labels of occupations, by JobTech concept id (null: not in the shipped list). */
export type OccupationNames = Record<string, string | null>;

/** A language's own name with its code (`العربية (ar)`) when Etapp ships it, else the name `s` knows. */
export function languageName(s: Speech, tag: string): string {
  const shipped = negotiate(tag);
  if (shipped) return `${localeName(shipped.code)} (${tag})`;
  try {
    return new Intl.DisplayNames([intlLocale(s.locale)], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Rows without the empty ones. */
class Rows {
  rows: Row[] = [];
  constructor(
    private s: Speech,
    private p: Payload,
  ) {}
  put(label: string, value: Value | null | undefined): this {
    if (value && value.text.trim()) this.rows.push({ label: this.s.t(label), value });
    return this;
  }
  /** Text the participant wrote, in the bundle's language. */
  text(label: string, text: string | null | undefined): this {
    return this.put(label, text == null ? null : { text, lang: this.p.locale });
  }
  code(label: string, catalog: string, code: string | null | undefined): this {
    return this.put(label, code == null ? null : { text: this.s.label(catalog, code) });
  }
  date(label: string, day: string | null | undefined): this {
    return this.put(label, day ? { text: this.s.date(day) } : null);
  }
}

/** Whom a share is for: the name, with the agency and unit in brackets (as the core's consent text). */
export function receiver(to: Payload['to'], s: Speech): string {
  const around = [to.agency ? s.label('agency', to.agency) : '', to.unit].filter((x) => x);
  const list = around.join(s.t('list-separator'));
  if (!around.length) return to.name;
  // Isolated, so a Latin name beside an Arabic agency keeps its brackets.
  return to.name ? `${isolate(to.name)} (${isolate(list)})` : list;
}

/** What a share holds: its parts' names and how many single items, as a list. */
export function scopeParts(scope: Scope, s: Speech): string {
  const names = scope.sections.map((section) => s.label('section', section));
  if (scope.items.length) names.push(s.t('share-consent-items', { count: scope.items.length }));
  return names.join(s.t('list-separator'));
}

/** Sensitive categories (health, family, money), named as a list. */
export function sensitiveNames(categories: SensitiveCategory[], s: Speech): string {
  return categories.map((c) => s.label('sensitive_category', c)).join(s.t('list-separator'));
}

/** Text in its own bidi isolate (U+2068 … U+2069), as Fluent wraps its arguments. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** Why: the purpose's label, with the participant's own words (for "other", only those). */
export function purposeWords(purpose: Payload['purpose'], text: string, s: Speech): string {
  const own = text.trim();
  if (!own) return s.label('purpose', purpose);
  // Isolated: the words may run the other way than the label.
  return purpose === 'other' ? own : `${s.label('purpose', purpose)}: ${isolate(own)}`;
}

/** For whom, why, when, the signer and whether seen before: the banner of a bundle. */
export function bundleFacts(p: Payload, s: Speech, signer: string, seen: Seen): Row[] {
  const r = new Rows(s, p);
  r.put('reader-to', { text: receiver(p.to, s) });
  r.put('reader-purpose', { text: purposeWords(p.purpose, p.purpose_text, s) });
  r.put('reader-created', { text: s.instant(p.created) });
  r.put('reader-expires', { text: s.instant(p.expires) });
  r.put('reader-signer', { text: signer, ltr: true });
  if (seen) {
    r.put('reader-seen', {
      text: seen.first ? s.t('reader-first-seen') : s.t('reader-seen-before', { date: s.instant(seen.since) }),
    });
  }
  r.put('reader-language', { text: languageName(s, p.locale) });
  if (p.scope.sensitive_categories.length) {
    r.put('reader-sensitive', { text: sensitiveNames(p.scope.sensitive_categories, s) });
  }
  return r.rows;
}

/** An occupation from the JobTech list: its Swedish label and SSYK code. */
function occupation(o: Occupation | null, names: OccupationNames): Value | null {
  if (!o) return null;
  const label = names[o.jobtech_id] ?? '';
  return { text: `${label} (SSYK ${o.ssyk})`.trim(), lang: 'sv' };
}

/** The shared parts, in the order of the record. */
export function bundleSections(p: Payload, s: Speech, occupations: OccupationNames): Section[] {
  const c = p.content;
  const own = (text: string): Value => ({ text, lang: p.locale });
  const yesNo = (b: boolean): Value => ({ text: s.t(b ? 'reader-yes' : 'reader-no') });
  const number = (n: number): Value => ({ text: s.digits(String(n)) });
  const contactNames = new Map((c.contacts ?? []).map((k) => [k.id, k.name]));
  const goalTitles = new Map((c.goals ?? []).map((g) => [g.id, g.title]));
  const out: Section[] = [];
  const section = (code: ShareSection, items: Item[]) =>
    out.push({
      section: code,
      title: s.label('section', code),
      note: p.scope.sections.includes(code) ? null : s.t('reader-only-items'),
      items,
    });

  if (c.profile) {
    const pr = c.profile;
    const r = new Rows(s, p)
      .text('reader-name', pr.name)
      .date('reader-arrived', pr.arrived)
      .text('reader-permit-name', pr.residence_permit_name)
      .put('reader-pin', pr.personal_identity_number ? { text: pr.personal_identity_number } : null)
      .put('reader-case-number', pr.migration_agency_case_number ? { text: pr.migration_agency_case_number } : null)
      .date('reader-permit-date', pr.residence_permit_date)
      .text('reader-municipality', pr.municipality)
      .put('reader-adults', number(pr.household.adults));
    for (const l of pr.languages) r.put('reader-language-spoken', own(`${l.language} — ${s.label('language_level', l.level)}`));
    for (const child of pr.household.children) r.put('reader-child-born', number(child.birth_year));
    r.put('reader-programme', yesNo(pr.establishment_programme.participating)).date(
      'reader-programme-since',
      pr.establishment_programme.since,
    );
    section('profile', [{ title: own(pr.name), rows: r.rows }]);
  }

  if (c.contacts) {
    section(
      'contacts',
      c.contacts.map((k) => ({
        title: own(k.name),
        rows: new Rows(s, p)
          .code('reader-agency', 'agency', k.agency)
          .text('reader-unit', k.unit)
          .put('reader-phone', { text: k.phone })
          .put('reader-email', { text: k.email })
          .text('reader-note', k.note).rows,
      })),
    );
  }

  if (c.background) section('background', background(p, s, c.background, occupations));

  if (c.goals) {
    section(
      'goals',
      c.goals.map((g) => ({
        title: own(g.title),
        rows: new Rows(s, p)
          .code('reader-goal-kind', 'goal_kind', g.kind)
          .put('reader-occupation', occupation(g.occupation, occupations))
          .date('reader-target-date', g.target_date)
          .code('reader-status', 'goal_status', g.status)
          .text('reader-sub-goal-of', g.final_goal_id == null ? null : goalTitles.get(g.final_goal_id)).rows,
      })),
    );
  }

  if (c.steps) {
    const items: Item[] = [];
    if (c.stage) {
      items.push({ title: { text: s.t('reader-stage-now') }, rows: new Rows(s, p).code('reader-stage', 'stage', c.stage).rows });
    }
    for (const st of c.steps) {
      const r = new Rows(s, p)
        .code('reader-step-type', 'step_type', st.step_type)
        .code('reader-agency', 'agency', st.agency)
        .code('reader-stage', 'stage', st.stage)
        .code('reader-status', 'step_status', st.status)
        .date('reader-start', st.start_date)
        .date('reader-end', st.end_date)
        .text('reader-contact', st.contact_id == null ? null : contactNames.get(st.contact_id));
      for (const g of st.goal_ids) r.text('reader-for-goal', goalTitles.get(g));
      r.put('reader-life-areas', { text: st.life_areas.map((a) => s.label('life_area', a)).join(s.t('list-separator')) });
      for (const ch of st.status_history) {
        r.put('reader-history', { text: `${s.instant(ch.at)} — ${s.label('step_status', ch.status)}` });
      }
      for (const a of st.appointments) {
        const at = wallClock(a.at);
        const time = s.digits(`${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`);
        const text = [`${s.date(a.at.slice(0, 10))} ${time}`, a.place, a.with_whom].filter((x) => x).join(' — ');
        r.put('reader-appointment', own(text));
      }
      if (st.evaluation) {
        r.put('reader-usefulness', { text: s.t('reader-usefulness-of-five', { score: s.digits(String(st.evaluation.usefulness)) }) })
          .text('reader-helped', st.evaluation.helped)
          .text('reader-hard', st.evaluation.hard);
      }
      items.push({ title: own(st.title), rows: r.rows });
    }
    section('steps', items);
  }

  if (c.checkins) {
    section(
      'checkins',
      c.checkins.map((k) => {
        const r = new Rows(s, p);
        for (const a of k.areas) {
          const level = s.label('level', a.level);
          const score = ['in_crisis', 'struggling', 'getting_help', 'mostly_managing', 'managing'].indexOf(a.level) + 1;
          r.put(`life-area-${a.life_area.replace(/_/g, '-')}`, { text: score ? `${s.digits(String(score))} (${level})` : level });
          r.text('reader-note', a.note);
        }
        r.text('reader-note', k.note);
        return { title: { text: s.date(k.date) }, rows: r.rows };
      }),
    );
  }

  if (c.obstacles) {
    section(
      'obstacles',
      c.obstacles.map((o) => ({
        title: { text: s.label('obstacle', o.kind) },
        rows: new Rows(s, p)
          .text('reader-description', o.description)
          .code('reader-status', 'obstacle_status', o.status)
          .code('reader-handled-by', 'agency', o.handled_by)
          .text('reader-contact', o.contact_id == null ? null : contactNames.get(o.contact_id))
          .date('reader-noticed', o.noticed_on)
          .date('reader-handling-since', o.handling_since)
          .date('reader-solved-on', o.solved_on).rows,
      })),
    );
  }

  if (c.notes) {
    section(
      'notes',
      c.notes.map((n) => ({
        title: { text: s.date(n.date) },
        rows: new Rows(s, p)
          .put('reader-written-in', { text: languageName(s, n.language) })
          .put('reader-note', { text: n.text, lang: n.language }).rows,
      })),
    );
  }
  return out;
}

function background(p: Payload, s: Speech, bg: Background, occupations: OccupationNames): Item[] {
  const own = (text: string): Value => ({ text, lang: p.locale });
  const plain = (id: string): Value => ({ text: s.t(id) });
  const number = (n: number | null): Value | null => (n == null ? null : { text: s.digits(String(n)) });
  const yesNo = (b: boolean): Value => plain(b ? 'reader-yes' : 'reader-no');
  const items: Item[] = [];
  for (const e of bg.education) {
    items.push({
      title: e.field ? own(e.field) : plain('reader-education'),
      rows: new Rows(s, p)
        .code('reader-education-level', 'isced_level', e.level)
        .put('reader-occupation', occupation(e.occupation ?? null, occupations))
        .put('reader-country', { text: e.country })
        .put('reader-years', number(e.years))
        .put('reader-completed', yesNo(e.completed))
        .put('reader-documents', yesNo(e.documents_at_hand))
        .code('reader-recognition', 'recognition', e.recognition).rows,
    });
  }
  for (const w of bg.work_experience) {
    items.push({
      title: w.title ? own(w.title) : (occupation(w.occupation, occupations) ?? plain('reader-work')),
      rows: new Rows(s, p)
        .put('reader-occupation', occupation(w.occupation, occupations))
        .put('reader-country', { text: w.country })
        .put('reader-years', number(w.years))
        .text('reader-tasks', w.tasks).rows,
    });
  }
  for (const k of bg.skills) items.push({ title: own(k.name), rows: new Rows(s, p).put('reader-kind', plain('reader-skill')).rows });
  for (const c of bg.certificates) {
    items.push({ title: own(c.name), rows: new Rows(s, p).text('reader-issuer', c.issuer).put('reader-year', number(c.year)).rows });
  }
  if (bg.driving_licence) {
    items.push({
      title: plain('reader-driving-licence'),
      rows: new Rows(s, p)
        .put('reader-classes', { text: bg.driving_licence.classes })
        .put('reader-country', { text: bg.driving_licence.country }).rows,
    });
  }
  for (const a of bg.asylum_period) {
    items.push({
      title: own(a.title),
      rows: new Rows(s, p)
        .put('reader-kind', plain('reader-asylum-period'))
        .text('reader-description', a.description)
        .date('reader-start', a.start_date)
        .date('reader-end', a.end_date).rows,
    });
  }
  return items;
}
