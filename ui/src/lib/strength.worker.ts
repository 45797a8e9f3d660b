/**
 * Scores passphrases off the screen's thread: a long passphrase can take
 * zxcvbn most of a second, and typing must never wait for it. Receives
 * `{ id, passphrase }`, answers `{ id, score }` (./strength.ts).
 */
import { prepare, score } from './strength-estimator';

self.onmessage = (event: MessageEvent<{ id: number; passphrase: string }>) => {
  const { id, passphrase } = event.data;
  self.postMessage({ id, score: score(passphrase) });
};

// Ready before the first question comes (a message that arrives meanwhile waits).
prepare();
