/**
 * Typing codes back: people may type with spaces or dashes, or with
 * Arabic-Indic or Persian digits from their keyboard. The same rules as the
 * core's `codes::parse` (CONTRACTS.md), for the screens that compare a code
 * the person typed with the one just shown.
 */
export function normalizeDigits(input: string): string {
  let out = '';
  for (const ch of input) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x0660 && c <= 0x0669) out += String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String(c - 0x06f0);
    else if (c >= 0x30 && c <= 0x39) out += ch;
  }
  return out;
}

/** A code as groups of four digits. */
export function groups(code: string): string[] {
  return normalizeDigits(code).match(/.{1,4}/g) ?? [];
}
