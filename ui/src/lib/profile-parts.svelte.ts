/**
 * "About me" changes the profile one part at a time. Each part being
 * changed has its own copy of the profile, so two open forms never
 * overwrite each other's unsaved words; saving sends the whole profile
 * back (the core replaces it) with only that part changed, one part at a
 * time. The core names a refused field by its path (`profile.municipality`);
 * focus goes to the input of that field, which is marked invalid and
 * described by the error (`profile-<part>-error`).
 */
import { tick } from 'svelte';
import { setProfile, asUserError } from './ipc';
import type { Profile } from './generated/Profile';
import type { UserError } from './generated/UserError';

export type ProfilePart = 'names' | 'ids' | 'languages' | 'sweden' | 'household' | 'programme';

/**
 * What was just done on the screen, said in the status line of its card:
 * a part saved, or a contact saved or deleted. Only the latest is said.
 */
export type Done = ProfilePart | 'contact-saved' | 'contact-deleted' | null;

/** The ids of the inputs on "About me", by the field's path without `profile.`. */
const inputIds: Record<string, string> = {
  name: 'profile-display-name',
  residence_permit_name: 'profile-permit-name',
  personal_identity_number: 'profile-pin',
  migration_agency_case_number: 'profile-case-number',
  arrived: 'profile-arrived',
  residence_permit_date: 'profile-permit-date',
  municipality: 'profile-municipality',
  'household.adults': 'profile-adults',
  'establishment_programme.since': 'profile-programme-since',
};

/** The input an error is about, by its id on "About me". */
function inputId(e: UserError | null | undefined): string | null {
  const path = e?.args.field?.replace(/^profile\./, '');
  if (!path) return null;
  const index = /\[(\d+)\]/.exec(path)?.[1];
  if (path.startsWith('languages[')) return `profile-language-${index}`;
  if (path.startsWith('household.children[')) return `profile-child-${index}`;
  return inputIds[path] ?? null;
}

export class ProfileParts {
  /** The profile as saved. */
  profile: Profile;
  /** Each open form's own copy of the profile. */
  drafts = $state({} as Record<ProfilePart, Profile>);
  editing = $state({} as Record<ProfilePart, boolean>);
  /** What the core (or the form) refused, by part. */
  errors = $state({} as Record<ProfilePart, UserError | null>);
  /** The part being saved: one at a time. */
  saving: ProfilePart | null = $state(null);
  done: Done = $state(null);

  constructor(profile: Profile) {
    this.profile = $state(profile);
  }

  /** Opens the form of `part` on a fresh copy of the profile. */
  change(part: ProfilePart): void {
    this.drafts[part] = $state.snapshot(this.profile) as Profile;
    this.errors[part] = null;
    this.done = null;
    this.editing[part] = true;
  }

  cancel(part: ProfilePart): void {
    this.editing[part] = false;
    this.errors[part] = null;
  }

  /**
   * Saves `part`: `fields` takes its fields, tidied, from the form's copy;
   * `missing` says what must be chosen before the core is asked.
   */
  async save(
    part: ProfilePart,
    fields: (draft: Profile) => Partial<Profile>,
    missing?: (draft: Profile) => UserError | null,
  ): Promise<void> {
    if (this.saving) return;
    const draft = $state.snapshot(this.drafts[part]) as Profile;
    this.errors[part] = missing?.(draft) ?? null;
    if (!this.errors[part]) {
      const next: Profile = { ...($state.snapshot(this.profile) as Profile), ...fields(draft) };
      this.saving = part;
      try {
        await setProfile(next);
        this.profile = next;
        this.editing[part] = false;
        this.done = part;
        return;
      } catch (e) {
        this.errors[part] = asUserError(e);
      } finally {
        this.saving = null;
      }
    }
    await tick();
    const id = inputId(this.errors[part]);
    const el = id ? document.getElementById(id) : null;
    (el?.matches('fieldset') ? el.querySelector('select') : el)?.focus();
  }

  /** `aria-invalid` for input `id` of `part`. */
  invalid(part: ProfilePart, id: string): boolean {
    return inputId(this.errors[part]) === id;
  }

  /** `aria-describedby` for input `id` of `part`: its hint, and the error when it is about it. */
  described(part: ProfilePart, id: string, hint?: string): string | undefined {
    return [hint, this.invalid(part, id) ? `profile-${part}-error` : null].filter(Boolean).join(' ') || undefined;
  }
}
