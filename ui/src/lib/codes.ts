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

/**
 * `text` with Arabic-Indic and Persian digits written as ASCII digits,
 * everything else kept (the core's `i18n::ascii_digits`): for numbers a
 * person types that are not codes, such as a personal identity number.
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) & 0xf));
}

/** A code as groups of four digits. */
export function groups(code: string): string[] {
  return normalizeDigits(code).match(/.{1,4}/g) ?? [];
}
