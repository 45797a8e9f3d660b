/**
 * Which screen is showing, and what screens hand to each other. Kept in
 * memory only: locking reloads the page, which drops all of it.
 */
import type { Agency } from './generated/Agency';
import type { AppStatus } from './generated/AppStatus';

export type Screen =
  | 'loading'
  | 'welcome'
  | 'create'
  | 'code'
  | 'confirm'
  | 'profile-setup'
  | 'home'
  | 'unlock'
  | 'recover'
  | 'settings'
  | 'profile'
  | 'background'
  | 'plan'
  | 'step'
  | 'life-areas'
  | 'checkin'
  | 'obstacles'
  | 'notes'
  | 'guide'
  | 'share'
  | 'shares'
  | 'reader'
  | 'report'
  | 'close-occupations'
  | 'restore'
  | 'backup-check';

export const session = $state({
  screen: 'loading' as Screen,
  status: null as AppStatus | null,
  /** A recovery code just made, until the person has typed part of it back. */
  recoveryCode: null as string | null,
  /** Where to go once the code is confirmed. */
  afterCode: 'profile-setup' as Screen,
  /** The step the `step` screen shows; null for a new step. */
  stepId: null as number | null,
  /** The check-in the `checkin` screen edits; null for a new one. */
  checkinId: null as number | null,
  /** The screen the reader was opened from, and goes back to. */
  readerFrom: 'welcome' as Screen,
  /** The screen "Close to what I have done" was opened from, and goes back to. */
  closeFrom: 'background' as Screen,
  /** The agency the guide opens at, when a screen sends the person to it. */
  guideAgency: null as Agency | null,
});

export function go(screen: Screen) {
  session.screen = screen;
}

/** Opens the reader of shares (it needs no record), to come back here after. */
export function openReader() {
  if (session.screen === 'reader') return;
  session.readerFrom = session.screen;
  go('reader');
}

/** Opens "Close to what I have done", to come back here after. */
export function openCloseOccupations() {
  session.closeFrom = session.screen;
  go('close-occupations');
}

/** Opens the guide at one agency's entry. */
export function openGuideAt(agency: Agency) {
  session.guideAgency = agency;
  go('guide');
}

export function minPassphraseChars(): number {
  return session.status?.min_passphrase_chars ?? 10;
}

/** The most adults, or children, a household may count (read with the status, before any screen shows). */
export function householdMax(): number {
  return session.status?.household_max ?? 0;
}
