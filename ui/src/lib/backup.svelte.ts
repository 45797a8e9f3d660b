/**
 * What the backup screens share: the notice that a new backup is needed,
 * how a backup is opened (password or recovery code), and how a moment is
 * written.
 *
 * After a key rotation or a recovery with the code, backups made before
 * open only with the old password and code. The app asks for a new backup
 * until one is made in this session (kept in memory, like the rest of the
 * session: locking reloads the page).
 */
import type { BackupSecret } from './generated/BackupSecret';

export const backupNotice = $state({
  /** A new key or password and code since the last backup made here. */
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
  return new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
    calendar: 'gregory',
  }).format(new Date(at));
}

/** The day of a moment (RFC 3339, UTC) in Sweden, in the locale's words. */
export function formatMomentDay(locale: string, at: string): string {
  return new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, {
    dateStyle: 'long',
    timeZone: 'Europe/Stockholm',
    calendar: 'gregory',
  }).format(new Date(at));
}
