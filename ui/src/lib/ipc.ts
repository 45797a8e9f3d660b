/**
 * The only module that talks to the desktop shell.
 *
 * Every command the UI may call is a typed function here, with argument and
 * result types generated from Rust (`./generated/`). Errors arrive as a
 * `UserError` — a Fluent id and its arguments — which screens show with
 * `tr(error.code, error.args)`.
 */
import { invoke } from '@tauri-apps/api/core';
import type { Preferences } from './generated/Preferences';
import type { UserError } from './generated/UserError';
import type { AppStatus } from './generated/AppStatus';
import type { PassphraseStrength } from './generated/PassphraseStrength';
import type { Profile } from './generated/Profile';
import type { VaultSettings } from './generated/VaultSettings';

function isUserError(e: unknown): e is UserError {
  return typeof e === 'object' && e !== null && typeof (e as UserError).code === 'string';
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw isUserError(e) ? e : ({ code: 'error-unexpected', args: {} } satisfies UserError);
  }
}

/** Turns anything thrown by a command into a `UserError`. */
export function asUserError(e: unknown): UserError {
  return isUserError(e) ? e : { code: 'error-unexpected', args: {} };
}

export const getPreferences = () => call<Preferences>('get_preferences');
export const setLanguage = (language: string) => call<null>('set_language', { language });

export const appStatus = () => call<AppStatus>('app_status');
export const passphraseStrength = (passphrase: string) =>
  call<PassphraseStrength>('passphrase_strength', { passphrase });
/** Creates the vault; resolves to the recovery code, to show once. */
export const createVault = (passphrase: string) => call<string>('create_vault', { passphrase });
export const unlock = (passphrase: string) => call<null>('unlock', { passphrase });
/** Opens with the recovery code and sets a new passphrase; resolves to the new code. */
export const recover = (recoveryCode: string, newPassphrase: string) =>
  call<string>('recover', { recoveryCode, newPassphrase });
export const lock = () => call<null>('lock');
export const touch = () => call<null>('touch');
export const getProfile = () => call<Profile>('get_profile');
export const setProfile = (profile: Profile) => call<null>('set_profile', { profile });
export const getSettings = () => call<VaultSettings>('get_settings');
export const setAutoLockMinutes = (minutes: number) => call<null>('set_auto_lock_minutes', { minutes });
export const changePassphrase = (current: string, next: string) =>
  call<null>('change_passphrase', { current, new: next });
