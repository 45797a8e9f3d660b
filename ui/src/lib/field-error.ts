/**
 * The core names the field it refused by its path in the record
 * (`note.text`, `obstacle.solved_on`); the person knows it by the label on
 * the form. `fieldNamed` puts the label in: `labels` maps each path to the
 * message id of its label; an error for any other field stays as it is.
 */
import { tr } from './i18n.svelte';
import type { UserError } from './generated/UserError';

export function fieldNamed(e: UserError, labels: Record<string, string>): UserError {
  const id = labels[e.args.field ?? ''];
  return id ? { ...e, args: { ...e.args, field: tr(id) } } : e;
}
