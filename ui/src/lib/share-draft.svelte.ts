/**
 * The share being made in the wizard: its steps, what the person wrote
 * and ticked, the preview and the share once made. In memory only, like
 * the session: a new wizard starts empty (nothing is ticked by default),
 * and locking reloads the page, which drops all of it.
 */
import { select, type Entry, type Ticks } from './share-choice';
import { catalogs } from './catalog.svelte';
import { previewShare, asUserError } from './ipc';
import type { UserError } from './generated/UserError';
import type { Agency } from './generated/Agency';
import type { SharePurpose } from './generated/SharePurpose';
import type { ShareRequestInput } from './generated/ShareRequestInput';
import type { SharePreview } from './generated/SharePreview';
import type { ShareMade } from './generated/ShareMade';
import type { ShareForm } from './generated/ShareForm';

/** The wizard's screens, in order: one task each. */
export const STEPS = ['to', 'why', 'what', 'until', 'preview', 'confirm', 'code'] as const;
export type ShareStep = (typeof STEPS)[number];

/** How long a share opens unless the person chooses otherwise. */
export const DEFAULT_DAYS = 30;

function empty() {
  return {
    step: 'to' as ShareStep,
    to: { name: '', agency: null as Agency | null, unit: '' },
    purpose: null as SharePurpose | null,
    purposeText: '',
    /** Everything the person can pick, once read from the record. */
    entries: null as Entry[] | null,
    ticks: {} as Ticks,
    days: DEFAULT_DAYS,
    preview: null as SharePreview | null,
    /** What to save: the file for Etapp, the page any browser opens, or both. */
    form: 'file' as ShareForm,
    /** Locked with a new code, or to an agency's public key. */
    lock: 'code' as 'code' | 'key',
    /** The agency's public key (`age1…`), when locked to it. */
    recipientKey: '',
    made: null as ShareMade | null,
  };
}

export const draft = $state(empty());

/** Starts a new share: nothing written, nothing ticked. */
export function resetDraft(): void {
  Object.assign(draft, empty());
}

/** The sections, single items and the sensitive switch the ticks ask for. */
export function selection() {
  return select(draft.entries ?? [], draft.ticks, catalogs.value?.sections ?? []);
}

/**
 * The request as the core takes it. Before the purpose is chosen (on the
 * first screen), a stand-in purpose lets the core check what was written.
 */
export function shareRequest(): ShareRequestInput {
  const { sections, items, include_sensitive } = selection();
  return {
    to: { name: draft.to.name, agency: draft.to.agency, unit: draft.to.unit },
    purpose: draft.purpose ?? 'joint-planning',
    purpose_text: draft.purposeText,
    sections,
    items,
    include_sensitive,
    expires_in_days: draft.days,
    recipient_key: draft.lock === 'key' ? draft.recipientKey.trim() : null,
  };
}

/**
 * Asks the core to check the request as far as the wizard has come: the
 * error if it refuses one of `fields` (paths such as `share.to.name`), or
 * something else went wrong; null when what is asked so far is right (a
 * refusal of a later field is for a later screen).
 */
export async function checkFields(fields: string[]): Promise<UserError | null> {
  try {
    await previewShare(shareRequest());
    return null;
  } catch (e) {
    const error = asUserError(e);
    const field = error.args.field;
    if (field === undefined) return error;
    return fields.some((f) => field.startsWith(f)) ? error : null;
  }
}
