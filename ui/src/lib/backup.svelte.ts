/**
 * What the backup screens share: the notice that a new backup is needed,
 * how a backup is opened (password or recovery code), and how a moment is
 * written.
 *
 * After a new password or recovery code (a plain change, a key rotation,
 * a recovery or a restore with the code), backups made before open only
 * with the old ones. The app asks for a new backup until one is made: the
 * vault keeps that fact (`BackupStatus.secrets_changed`), and the screens
 * mirror it here as soon as they know it.
 */
import { formatInstant } from './i18n.svelte';
import type { BackupSecret } from './generated/BackupSecret';

export const backupNotice = $state({
  /** A new password or recovery code since the last backup. */
  newKey: false,
});

/** How the person opens a backup. */
export type SecretKind = 'passphrase' | 'recovery_code';

/**
 * The secret as the shell takes it. `newPassphrase`: the password to set
 * when a backup is restored with its recovery code (null for the drill).
 */
export function backupSecret(
  kind: SecretKind,
  passphrase: string,
  code: string,
  newPassphrase: string | null,
): BackupSecret {
  return kind === 'passphrase'
    ? { passphrase }
    : { recovery_code: { code, new_passphrase: newPassphrase } };
}

/**
 * A moment (RFC 3339, UTC) as a date and time in Sweden, in the locale's
 * words and the Gregorian calendar (as the step history writes them).
 */
export function formatMoment(locale: string, at: string): string {
  return formatInstant(locale, at);
}

/** The day of a moment (RFC 3339, UTC) in Sweden, in the locale's words. */
export function formatMomentDay(locale: string, at: string): string {
  return formatInstant(locale, at, false);
}
