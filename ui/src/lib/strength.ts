/**
 * How hard a new passphrase is to guess, in four plain words the screen
 * shows through Fluent (`passphrase-strength-*`).
 *
 * The estimate only advises: the vault refuses nothing but a passphrase
 * shorter than the minimum (`minPassphraseChars`, from the core). Each
 * guess against the key file costs about a second of scrypt, so "fair"
 * (zxcvbn's score 3, about 10^10 guesses) already means centuries for
 * one computer.
 *
 * The scoring runs in a worker (./strength.worker.ts) that the screens
 * where a passphrase is chosen start, so its word lists are fetched only
 * there and typing never waits. The passphrase stays in the web view: it
 * is not sent to the shell, stored or logged.
 */

/** How strong a passphrase is, weakest first. */
export type PassphraseStrength = 'too_short' | 'weak' | 'fair' | 'strong';

/** The levels in order, weakest first. */
export const STRENGTHS: readonly PassphraseStrength[] = ['too_short', 'weak', 'fair', 'strong'];

/** The level of a passphrase of `chars` characters that zxcvbn scored `score` (0–4). */
export function strengthOf(chars: number, min: number, score: number): PassphraseStrength {
  if (chars < min) return 'too_short';
  if (score <= 2) return 'weak';
  return score === 3 ? 'fair' : 'strong';
}

/** The Fluent id of the word shown for `strength`. */
export const strengthMessage = (strength: PassphraseStrength) => `passphrase-strength-${strength.replace('_', '-')}`;

type Waiting = { passphrase: string; resolve: (score: number | null) => void };

let worker: Worker | null = null;
let asked = 0;
let inFlight: (Waiting & { id: number }) | null = null;
let queued: Waiting | null = null;

function send(next: Waiting) {
  inFlight = { ...next, id: ++asked };
  worker!.postMessage({ id: inFlight.id, passphrase: next.passphrase });
}

/**
 * Starts the worker and its word lists' download, so the first estimate
 * is ready by the time a person has typed a passphrase. Safe to call again.
 */
export function prepareStrength(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./strength.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; score: number }>) => {
    if (!inFlight || event.data.id !== inFlight.id) return;
    inFlight.resolve(event.data.score);
    inFlight = null;
    if (queued) {
      const next = queued;
      queued = null;
      send(next);
    }
  };
  worker.onerror = () => {
    // The estimate is advice: without it the meter stays empty and the
    // vault still takes any passphrase of the minimum length.
    stopStrength();
  };
  return worker;
}

/**
 * Ends the worker and frees its word lists (some megabytes of memory),
 * when no screen that chooses a passphrase is shown any more.
 */
export function stopStrength() {
  inFlight?.resolve(null);
  queued?.resolve(null);
  inFlight = queued = null;
  worker?.terminate();
  worker = null;
}

/**
 * zxcvbn's score of `passphrase`, or null when it could not be had or a
 * later passphrase was asked about before this one's turn came (only the
 * latest is scored: what a person typed in between no longer matters).
 */
export function scorePassphrase(passphrase: string): Promise<number | null> {
  return new Promise((resolve) => {
    prepareStrength();
    queued?.resolve(null);
    queued = { passphrase, resolve };
    if (!inFlight) {
      const next = queued;
      queued = null;
      send(next);
    }
  });
}
