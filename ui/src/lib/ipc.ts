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
import type { Profile } from './generated/Profile';
import type { VaultSettings } from './generated/VaultSettings';
import type { Catalogs } from './generated/Catalogs';
import type { OccupationEntry } from './generated/OccupationEntry';
import type { Contact } from './generated/Contact';
import type { Deletion } from './generated/Deletion';
import type { Background } from './generated/Background';
import type { Goal } from './generated/Goal';
import type { Step } from './generated/Step';
import type { StepStatus } from './generated/StepStatus';
import type { Evaluation } from './generated/Evaluation';
import type { CheckIn } from './generated/CheckIn';
import type { Obstacle } from './generated/Obstacle';
import type { ObstacleStatus } from './generated/ObstacleStatus';
import type { Note } from './generated/Note';
import type { Overview } from './generated/Overview';
import type { Stage } from './generated/Stage';
import type { ShareRequestInput } from './generated/ShareRequestInput';
import type { SharePreview } from './generated/SharePreview';
import type { ShareMade } from './generated/ShareMade';
import type { ShareForm } from './generated/ShareForm';
import type { ShareEntry } from './generated/ShareEntry';
import type { OpenedBundle } from './generated/OpenedBundle';
import type { BackupSettings } from './generated/BackupSettings';
import type { BackupInterval } from './generated/BackupInterval';
import type { BackupReport } from './generated/BackupReport';
import type { BackupStatus } from './generated/BackupStatus';
import type { BackupSecret } from './generated/BackupSecret';
import type { Restored } from './generated/Restored';
import type { Comparison } from './generated/Comparison';
import type { Summary } from './generated/Summary';
import type { CloseOccupations } from './generated/CloseOccupations';

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
/** Saves the interpreter's view's second language; null turns the view off. */
export const setInterpreter = (language: string | null) => call<null>('set_interpreter', { language });

export const appStatus = () => call<AppStatus>('app_status');
/** Creates the vault; resolves to the recovery code, to show once. */
export const createVault = (passphrase: string) => call<string>('create_vault', { passphrase });
export const unlock = (passphrase: string) => call<null>('unlock', { passphrase });
/** Opens with the recovery code and sets a new passphrase; resolves to the new code. */
export const recover = (recoveryCode: string, newPassphrase: string) =>
  call<string>('recover', { recoveryCode, newPassphrase });
/** Opens the throw-away example record (a fictional participant). */
export const startExample = () => call<null>('start_example');
export const lock = () => call<null>('lock');
export const touch = () => call<null>('touch');
export const getProfile = () => call<Profile>('get_profile');
export const setProfile = (profile: Profile) => call<null>('set_profile', { profile });
export const getSettings = () => call<VaultSettings>('get_settings');
export const setAutoLockMinutes = (minutes: number) => call<null>('set_auto_lock_minutes', { minutes });
export const changePassphrase = (current: string, next: string) =>
  call<null>('change_passphrase', { current, new: next });
export const checkRecord = () => call<null>('check_record');

// --- The record: catalogs, contacts, background, goals, steps -------------

export const getCatalogs = () => call<Catalogs>('get_catalogs');
export const searchOccupations = (query: string, limit = 20) =>
  call<OccupationEntry[]>('search_occupations', { query, limit });

/** One occupation of the JobTech list by its id, or null if the list lacks it. */
export const occupationById = (id: string) => call<OccupationEntry | null>('occupation_by_id', { id });

export const getContacts = () => call<Contact[]>('get_contacts');
export const addContact = (contact: Contact) => call<number>('add_contact', { contact });
export const updateContact = (contact: Contact) => call<null>('update_contact', { contact });
export const contactDeletion = (id: number) => call<Deletion>('contact_deletion', { id });
export const deleteContact = (id: number) => call<null>('delete_contact', { id });

export const getBackground = () => call<Background>('get_background');
/** What is close to the occupations of the background, and which of them lead to each occupation goal. */
export const closeOccupations = () => call<CloseOccupations>('close_occupations');
/** Saves the whole background; resolves to it with ids given to new entries. */
export const setBackground = (background: Background) => call<Background>('set_background', { background });

export const getGoals = () => call<Goal[]>('get_goals');
export const addGoal = (goal: Goal) => call<number>('add_goal', { goal });
export const updateGoal = (goal: Goal) => call<null>('update_goal', { goal });
export const goalDeletion = (id: number) => call<Deletion>('goal_deletion', { id });
export const deleteGoal = (id: number) => call<null>('delete_goal', { id });

export const getSteps = () => call<Step[]>('get_steps');
export const addStep = (step: Step) => call<number>('add_step', { step });
/** Saves a step's details; status and evaluation have their own calls. */
export const updateStep = (step: Step) => call<null>('update_step', { step });
export const setStepStatus = (id: number, status: StepStatus) => call<null>('set_step_status', { id, status });
export const setStepEvaluation = (id: number, evaluation: Evaluation | null) =>
  call<null>('set_step_evaluation', { id, evaluation });
export const stepDeletion = (id: number) => call<Deletion>('step_deletion', { id });
export const deleteStep = (id: number) => call<null>('delete_step', { id });

export const getCheckins = () => call<CheckIn[]>('get_checkins');
export const addCheckin = (checkin: CheckIn) => call<number>('add_checkin', { checkin });
export const updateCheckin = (checkin: CheckIn) => call<null>('update_checkin', { checkin });
export const deleteCheckin = (id: number) => call<null>('delete_checkin', { id });

export const getObstacles = () => call<Obstacle[]>('get_obstacles');
export const addObstacle = (obstacle: Obstacle) => call<number>('add_obstacle', { obstacle });
export const updateObstacle = (obstacle: Obstacle) => call<null>('update_obstacle', { obstacle });
/** Moves an obstacle to a new status today; its dates follow. */
export const setObstacleStatus = (id: number, status: ObstacleStatus) =>
  call<Obstacle>('set_obstacle_status', { id, status });
export const deleteObstacle = (id: number) => call<null>('delete_obstacle', { id });

export const getNotes = () => call<Note[]>('get_notes');
export const addNote = (note: Note) => call<number>('add_note', { note });
export const updateNote = (note: Note) => call<null>('update_note', { note });
export const deleteNote = (id: number) => call<null>('delete_note', { id });

/** Everything the home screen shows, as of now. */
export const getOverview = () => call<Overview>('get_overview');
/** The stage the participant says they are in; null clears it. */
export const setStage = (stage: Stage | null) => call<null>('set_stage', { stage });

/** Exactly what a share would hold; nothing is written. */
export const previewShare = (request: ShareRequestInput) => call<SharePreview>('preview_share', { request });
/** Asks where to save the share (a native dialog), writes and logs it; `null` when cancelled. */
export const makeShare = (request: ShareRequestInput, form: ShareForm) =>
  call<ShareMade | null>('make_share', { request, form });
export const getShares = () => call<ShareEntry[]>('get_shares');
export const withdrawShare = (id: number) => call<ShareEntry>('withdraw_share', { id });

/** The reader (no record needed): asks for a bundle file; its name, or `null` when cancelled. */
export const chooseBundle = () => call<string | null>('choose_bundle');
/** Asks for an agency's key file (the system's open window); its name, or `null`. */
export const chooseKeyFile = () => call<string | null>('choose_key_file');
/** Forgets the key file chosen. */
export const forgetKeyFile = () => call<null>('forget_key_file');
/** Opens the chosen bundle with the code the person says (or, with `null`, the key file chosen), and checks it. */
export const openBundle = (code: string | null) => call<OpenedBundle>('open_bundle', { code });
/** Saves the printable page of the opened bundle in these languages; the file's name, or `null`. */
export const saveBundlePage = (languages: string[]) => call<string | null>('save_bundle_page', { languages });
/** Forgets the chosen and the opened bundle. */
export const closeBundle = () => call<null>('close_bundle');
/** Forgets every signer seen on this computer. */
export const forgetSeen = () => call<null>('forget_seen');
/** Asks for an earlier share of the same person; its name, or `null` when cancelled. */
export const chooseEarlierBundle = () => call<string | null>('choose_earlier_bundle');
/** Opens the earlier share with its code (or, with `null`, the key file chosen) and compares it with the open one. */
export const compareBundle = (code: string | null) => call<Comparison>('compare_bundle', { code });

/** The report: asks for the folder of shares; its name, or `null`. */
export const chooseReportFolder = () => call<string | null>('choose_report_folder');
/** The report: asks for the agency's key file; its name, or `null`. */
export const chooseReportKey = () => call<string | null>('choose_report_key');
/** Reads every share in the folder with the key and makes the report. */
export const makeReport = () => call<Summary>('make_report');
/** How far the running report has come: files read, and files in all. */
export const reportProgress = () => call<[number, number]>('report_progress');
/** Saves the last report as CSV; the file's name, or `null` when cancelled. */
export const saveReportCsv = () => call<string | null>('save_report_csv');
/** Forgets the folder, the key file and the report. */
export const closeReport = () => call<null>('close_report');

/** The backup settings, and whether a backup is due by them now. */
export const getBackupStatus = () => call<BackupStatus>('get_backup_status');
/** Asks where (a native dialog) and backs up now; the file's name, or `null` when cancelled. */
export const backupNow = () => call<string | null>('backup_now');
/** Asks for the folder of automatic backups (a native dialog); the settings saved, or `null`. */
export const chooseBackupFolder = () => call<BackupSettings | null>('choose_backup_folder');
export const setBackupSchedule = (interval: BackupInterval, keep: number) =>
  call<BackupSettings>('set_backup_schedule', { interval, keep });
/** Asks for a backup file (a native dialog); its name, or `null` when cancelled. */
export const chooseBackup = () => call<string | null>('choose_backup');
/** The restore drill: what the chosen backup holds; nothing is changed. */
export const verifyBackup = (secret: BackupSecret) => call<BackupReport>('verify_backup', { secret });
/**
 * Restores the chosen backup here and opens it: the new recovery code when
 * restored with a code; with `replace`, the record already here is set
 * aside whole first, and where it went is said.
 */
export const restoreBackup = (secret: BackupSecret, replace = false) =>
  call<Restored>('restore_backup', { secret, replace });
/** A new key for the record and a new passphrase; returns the new recovery code. */
export const rotateKey = (current: string, next: string) => call<string>('rotate_key', { current, new: next });

