/**
 * Catalog codes and their labels. The record stores frozen codes
 * (`public_employment_service`); each language shows its label from
 * `locales/<lang>/catalog.ftl`, under `<catalog>-<code>` with dashes. The
 * code lists come from the shell once per unlock.
 */
import { t, current } from './i18n.svelte';
import { getCatalogs } from './ipc';
import type { Catalogs } from './generated/Catalogs';

export const catalogs = $state({ value: null as Catalogs | null });

/** Loads the code lists (once). */
export async function loadCatalogs(): Promise<Catalogs> {
  if (!catalogs.value) catalogs.value = await getCatalogs();
  return catalogs.value;
}

/** The Fluent id of a code's label. */
export function labelId(catalog: string, code: string): string {
  return `${catalog}-${code}`.replace(/_/g, '-');
}

/** A code's label in `locale` (default: the participant's language). */
export function label(catalog: string, code: string, locale: string = current.locale): string {
  return t(locale, labelId(catalog, code));
}
