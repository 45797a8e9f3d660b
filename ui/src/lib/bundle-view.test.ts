import { describe, expect, it } from 'vitest';
import { t, formatDate } from './i18n.svelte';
import { label } from './catalog.svelte';
import { bundleFacts, bundleSections, receiver, purposeWords } from './bundle-view';
import type { Speech } from './locale-region';
import type { Payload } from './generated/Payload';

const speech = (l: string): Speech => ({
  locale: l,
  t: (id, args) => t(l, id, args),
  label: (c, code) => label(c, code, l),
  date: (d) => formatDate(l, d),
  instant: (a) => `@${a}`,
  number: String,
  digits: (x) => x,
});

const payload = (): Payload =>
  ({
    bundle_id: 'ab'.repeat(16),
    created: '2026-03-01T08:30:00Z',
    expires: '2026-04-01T08:30:00Z',
    locale: 'ar',
    to: { name: 'Anna Berg', agency: 'public_employment_service', unit: 'Borås' },
    purpose: 'other',
    purpose_text: 'مقابلة',
    consent: {} as Payload['consent'],
    scope: { sections: ['goals'], items: [{ kind: 'notes', id: 1 }], include_sensitive: true, sensitive_categories: ['health'] },
    content: {
      goals: [{ id: 1, final_goal_id: null, kind: 'studies', title: 'SFI D', occupation: null, target_date: null, status: 'active' }],
      notes: [{ id: 1, date: '2026-02-20', language: 'ar', text: 'سطر' }],
    },
  }) as Payload;

describe('a bundle in words', () => {
  it('names whom and why as the core does, isolating the person’s own words', () => {
    const sv = speech('sv');
    expect(receiver(payload().to, sv)).toBe('\u2068Anna Berg\u2069 (\u2068Arbetsförmedlingen, Borås\u2069)');
    expect(receiver({ name: 'Eva', agency: null, unit: '' }, sv)).toBe('Eva');
    expect(purposeWords('other', ' مقابلة ', sv)).toBe('مقابلة');
    expect(purposeWords('follow-up', '', sv)).toBe(t('sv', 'purpose-follow-up'));
  });

  it('shows the banner with the sensitive categories and whether the signer was seen', () => {
    const sv = speech('sv');
    const facts = bundleFacts(payload(), sv, '1234 5678', { first: true });
    const rows = Object.fromEntries(facts.map((r) => [r.label, r.value.text]));
    expect(rows[t('sv', 'reader-signer')]).toBe('1234 5678');
    expect(rows[t('sv', 'reader-seen')]).toBe(t('sv', 'reader-first-seen'));
    expect(rows[t('sv', 'reader-sensitive')]).toBe(t('sv', 'sensitive-category-health'));
    expect(rows[t('sv', 'reader-expires')]).toBe('@2026-04-01T08:30:00Z');
    // The preview does not know yet whether a reader saw the signer.
    expect(bundleFacts(payload(), sv, '1', null).some((r) => r.label === t('sv', 'reader-seen'))).toBe(false);
  });

  it('lists only the shared parts, says when only some items were shared, and keeps each text’s language', () => {
    const sections = bundleSections(payload(), speech('en'), {});
    expect(sections.map((s) => [s.section, s.note])).toEqual([
      ['goals', null],
      ['notes', t('en', 'reader-only-items')],
    ]);
    const note = sections[1].items[0];
    expect(note.title.text).toBe(formatDate('en', '2026-02-20'));
    expect(note.rows.find((r) => r.label === t('en', 'reader-note'))?.value).toEqual({ text: 'سطر', lang: 'ar' });
    expect(sections[0].items[0].title).toEqual({ text: 'SFI D', lang: 'ar' });
  });
  it('names the occupation an education trained for, in Swedish, as a work experience’s', () => {
    const p = payload();
    p.content = {
      background: {
        education: [
          { id: 1, level: 'isced_7', field: 'صيدلة', occupation: { jobtech_id: 'x1', ssyk: '2262' }, country: 'SY', years: 5, completed: true, documents_at_hand: true, recognition: 'applied' },
          { id: 2, level: null, field: 'SFI', country: '', years: null, completed: false, documents_at_hand: false, recognition: 'not_applied' },
        ],
        work_experience: [],
        skills: [],
        certificates: [],
        driving_licence: null,
        asylum_period: [],
      },
    } as unknown as Payload['content'];
    const [degree, sfi] = bundleSections(p, speech('en'), { x1: 'Apotekare' })[0].items;
    const row = (item: typeof degree) => item.rows.find((r) => r.label === t('en', 'reader-occupation'))?.value;
    expect(row(degree)).toMatchObject({ lang: 'sv' });
    expect(row(degree)?.text).toContain('Apotekare');
    expect(row(sfi)).toBeUndefined();
  });
});
