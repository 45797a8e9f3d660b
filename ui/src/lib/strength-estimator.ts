/**
 * The passphrase-strength estimate itself: zxcvbn (`@zxcvbn-ts`), which
 * looks for the patterns people actually use — common passwords, words,
 * names, dates, keyboard rows, repeats, l33t — rather than counting
 * character classes.
 *
 * Its word lists weigh about 1.6 MB, so this module is only ever loaded
 * by the strength worker (./strength.worker.ts), which the screens where
 * a passphrase is chosen start: the first screen, the record's screens and
 * the binary carry none of it. Kept apart from the worker so the unit
 * tests can score passphrases without one.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as common } from '@zxcvbn-ts/language-common';
import { dictionary as english } from '@zxcvbn-ts/language-en';

/** Words a passphrase for this app is likely to borrow: guessed first. */
const APP_WORDS = ['etapp', 'sverige', 'sweden'];

let estimator: ZxcvbnFactory | null = null;

/**
 * Ranks the word lists, once: a few hundred milliseconds, which the worker
 * spends as soon as it starts, while the person is still typing.
 */
export function prepare(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common, ...english },
    graphs: adjacencyGraphs,
  });
  return estimator;
}

/**
 * zxcvbn's score of `passphrase`: 0 (guessed at once) to 4 (beyond
 * practical guessing). Only the score is used: the words a person reads
 * are the app's own four levels, in their language (./strength.ts).
 */
export function score(passphrase: string): number {
  return prepare().check(passphrase, APP_WORDS).score;
}
