import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { t, formatDate, current } from './i18n.svelte';
import { label } from './catalog.svelte';
import RegionPage from './test/RegionPage.svelte';

describe('locale regions', () => {
  it('each part speaks its nearest region, the rest the app language', () => {
    current.locale = 'en';
    const { body } = render(RegionPage);
    const probes = [...body.matchAll(/<span class="probe">([^<]*)<\/span>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    const expected = (l: string) => [l, t(l, 'action-back'), label('agency', 'health_care', l), formatDate(l, '2026-03-01')].join('|');
    expect(probes).toEqual([expected('en'), expected('sv'), expected('ar'), expected('ti')]);
    expect(body).toContain('lang="ar" dir="rtl" data-script="arabic"');
    expect(body).toContain('lang="sv" dir="ltr" data-script="latin"');
    expect(body).toContain('lang="ti" dir="ltr" data-script="ethiopic"');
  });
});
