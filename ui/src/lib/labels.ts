/**
 * The labels of catalog codes. The record stores frozen codes
 * (`public_employment_service`); each language shows its label from
 * `locales/<lang>/catalog.ftl`, under `<catalog>-<code>` with dashes.
 * Apart from the code lists (catalog.svelte.ts, which asks the shell), so
 * the offline reader page names codes without the shell.
 */
import { t, current } from './i18n.svelte';

/** The Fluent id of a code's label. */
export function labelId(catalog: string, code: string): string {
  return `${catalog}-${code}`.replace(/_/g, '-');
}

/** A code's label in `locale` (default: the participant's language). */
export function label(catalog: string, code: string, locale: string = current.locale): string {
  return t(locale, labelId(catalog, code));
}
