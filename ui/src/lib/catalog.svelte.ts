/**
 * Catalog codes and their labels. The code lists come from the shell once
 * per unlock; the labels are in labels.ts (re-exported here).
 */
import { getCatalogs } from './ipc';
import type { Catalogs } from './generated/Catalogs';
import type { StepStatus } from './generated/StepStatus';

export { labelId, label } from './labels';

export const catalogs = $state({ value: null as Catalogs | null });

/** Loads the code lists (once). */
export async function loadCatalogs(): Promise<Catalogs> {
  if (!catalogs.value) catalogs.value = await getCatalogs();
  return catalogs.value;
}

/** Whether a step in `status` is over (done or cancelled), as the core's `StepStatus::is_closed`. */
export const isClosed = (status: StepStatus): boolean => status === 'done' || status === 'cancelled';
