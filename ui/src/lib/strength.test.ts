import { describe, expect, it } from 'vitest';
import { score } from './strength-estimator';
import { STRENGTHS, strengthMessage, strengthOf, type PassphraseStrength } from './strength';
import { messageIds, locales } from './i18n.svelte';

/** The core's minimum (MIN_PASSPHRASE_CHARS), which the app gets from `app_status`. */
const MIN = 10;
const strength = (p: string): PassphraseStrength => strengthOf([...p].length, MIN, score(p));
const rank = (s: PassphraseStrength) => STRENGTHS.indexOf(s);

describe('passphrase strength', () => {
  it('follows how easy a passphrase is to guess', () => {
    expect(strength('short')).toBe('too_short');
    expect(strength('123456789')).toBe('too_short');
    expect(strength('password123')).toBe('weak');
    expect(strength('aaaaaaaaaaaa')).toBe('weak');
    expect(strength('qwertyuiop')).toBe('weak');
    expect(strength('p@ssw0rd123')).toBe('weak');
    expect(strength('etappetapp1')).toBe('weak');
    expect(strength('violet tractor honey 1987 cliff')).toBe('strong');
    expect(rank(strength('bära-fågel-sju'))).toBeGreaterThanOrEqual(rank('fair'));
  });

  it("counts the app's own words as guessed first", () => {
    expect(strength('sverige2024!')).toBe('weak');
    expect(strength('kvarnen2024!')).toBe('strong');
  });

  it('counts characters, not UTF-16 units, against the minimum', () => {
    // Nine characters, eighteen UTF-16 units: still too short.
    expect(strength('🙂🙂🙂🙂🙂🙂🙂🙂🙂')).toBe('too_short');
  });

  it('names each level with a message every language has', () => {
    for (const l of locales) {
      const ids = messageIds(l.code);
      for (const s of STRENGTHS) expect(ids, `${l.code}: ${strengthMessage(s)}`).toContain(strengthMessage(s));
    }
  });
});
