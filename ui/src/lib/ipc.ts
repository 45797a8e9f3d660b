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
