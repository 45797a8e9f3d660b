//! Codes people read aloud or type: decimal digits in groups of four, the
//! last digit a check digit.
//!
//! Digits, because every keyboard and every language has them and people
//! can read them to each other over the phone or through an interpreter.
//! The check digit is computed with the Damm algorithm: unlike a plain sum
//! (Luhn, mod 10), it catches *every* single-digit error and *every*
//! swap of two neighbouring digits, the two mistakes people make most when
//! they copy a number. A code that fails the check is reported as
//! "mistyped" before any slow key derivation runs, so a typo costs nothing
//! and is not confused with a wrong code.
//!
//! The recovery code of the vault (32 digits) uses this module, and so will
//! the 16-digit share code of a bundle: both are [`generate`]d and
//! [`parse`]d here with their own length.
//!
//! Input is forgiving: spaces and dashes are ignored, Arabic-Indic
//! (U+0660–U+0669) and Persian (U+06F0–U+06F9) digits count as the same
//! digits, and bidi isolation marks (U+2066–U+2069) that a copy from our own
//! localized text may carry are dropped.

use zeroize::Zeroizing;

/// The Damm algorithm's quasigroup of order 10 (weakly totally
/// anti-symmetric, so every adjacent transposition changes the result).
const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/// The Damm check digit of `digits` (each 0–9).
pub fn check_digit(digits: &[u8]) -> u8 {
    digits.iter().fold(0u8, |interim, &d| {
        DAMM[usize::from(interim)][usize::from(d)]
    })
}

/// Whether `digits` ends in its correct Damm check digit.
pub fn is_valid(digits: &[u8]) -> bool {
    !digits.is_empty() && check_digit(digits) == 0
}

/// A code whose length or check digit is wrong: the person mistyped it.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("the code is mistyped (wrong length or check digit)")]
pub struct Mistyped;

/// Whether `c` is ignored in typed codes: separators and bidi marks.
fn is_ignorable(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{2066}'..='\u{2069}')
}

/// Parses a typed code of `len` digits (check digit included) into digit
/// values. Any character other than a digit, a separator or a bidi mark,
/// a wrong count of digits, or a wrong check digit gives [`Mistyped`].
pub fn parse(input: &str, len: usize) -> Result<Zeroizing<Vec<u8>>, Mistyped> {
    let mut digits = Zeroizing::new(Vec::with_capacity(len));
    for c in input.chars() {
        if is_ignorable(c) {
            continue;
        }
        let d = crate::i18n::digit_value(c).ok_or(Mistyped)?;
        if digits.len() == len {
            return Err(Mistyped);
        }
        digits.push(d);
    }
    if digits.len() != len || !is_valid(&digits) {
        return Err(Mistyped);
    }
    Ok(digits)
}

/// A new code: `random_digits` uniformly random digits from the operating
/// system's generator, followed by their check digit.
pub fn generate(random_digits: usize) -> Result<Zeroizing<Vec<u8>>, getrandom::Error> {
    let mut digits = Zeroizing::new(Vec::with_capacity(random_digits + 1));
    let mut pool = Zeroizing::new([0u8; 64]);
    while digits.len() < random_digits {
        getrandom::fill(pool.as_mut())?;
        // Bytes 250–255 are dropped so every digit is equally likely.
        for &b in pool.iter().filter(|&&b| b < 250) {
            if digits.len() == random_digits {
                break;
            }
            digits.push(b % 10);
        }
    }
    let check = check_digit(&digits);
    digits.push(check);
    Ok(digits)
}

/// The digits as ASCII without separators, e.g. `48210937`.
pub fn plain(digits: &[u8]) -> Zeroizing<String> {
    Zeroizing::new(digits.iter().map(|d| char::from(b'0' + d)).collect())
}

/// The digits as ASCII in groups of four separated by spaces, e.g.
/// `4821 0937`: the form printed and shown to people.
pub fn grouped(digits: &[u8]) -> Zeroizing<String> {
    let mut s = Zeroizing::new(String::with_capacity(digits.len() + digits.len() / 4));
    for (i, d) in digits.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            s.push(' ');
        }
        s.push(char::from(b'0' + d));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_check_digit() {
        // The worked example of the Damm algorithm: 572 → 4.
        assert_eq!(check_digit(&[5, 7, 2]), 4);
        assert!(is_valid(&[5, 7, 2, 4]));
        assert!(!is_valid(&[5, 7, 2, 5]));
    }

    #[test]
    fn catches_every_single_digit_error_and_adjacent_swap() {
        for _ in 0..50 {
            let code = generate(15).unwrap();
            assert!(is_valid(&code));
            for i in 0..code.len() {
                for d in 0..10u8 {
                    if d != code[i] {
                        let mut bad = code.to_vec();
                        bad[i] = d;
                        assert!(!is_valid(&bad), "{bad:?}");
                    }
                }
                if i + 1 < code.len() && code[i] != code[i + 1] {
                    let mut bad = code.to_vec();
                    bad.swap(i, i + 1);
                    assert!(!is_valid(&bad), "{bad:?}");
                }
            }
        }
    }

    #[test]
    fn generated_digits_look_uniform() {
        let mut counts = [0u32; 10];
        for _ in 0..200 {
            for &d in &generate(50).unwrap()[..50] {
                counts[usize::from(d)] += 1;
            }
        }
        // 10 000 digits: each should appear about 1 000 times.
        assert!(
            counts.iter().all(|&c| (850..1150).contains(&c)),
            "{counts:?}"
        );
    }

    #[test]
    fn parse_accepts_separators_and_other_scripts() {
        let code = generate(15).unwrap();
        let ascii = grouped(&code);
        assert_eq!(*parse(&ascii, 16).unwrap(), *code);
        let dashed = ascii.replace(' ', "-");
        assert_eq!(*parse(&dashed, 16).unwrap(), *code);
        let arabic: String = plain(&code)
            .chars()
            .map(|c| char::from_u32(u32::from(c) - u32::from('0') + 0x0660).unwrap())
            .collect();
        assert_eq!(*parse(&arabic, 16).unwrap(), *code);
        let persian: String = plain(&code)
            .chars()
            .map(|c| char::from_u32(u32::from(c) - u32::from('0') + 0x06F0).unwrap())
            .collect();
        assert_eq!(
            *parse(&format!("\u{2068}{persian}\u{2069}"), 16).unwrap(),
            *code
        );
    }

    #[test]
    fn parse_rejects_wrong_length_letters_and_bad_check() {
        let code = generate(15).unwrap();
        let s = plain(&code);
        assert_eq!(parse(&s[..15], 16), Err(Mistyped));
        assert_eq!(parse(&format!("{}0", *s), 16), Err(Mistyped));
        assert_eq!(parse(&format!("{}x", &s[..15]), 16), Err(Mistyped));
        let mut bad = code.to_vec();
        bad[3] = (bad[3] + 1) % 10;
        assert_eq!(parse(&plain(&bad), 16), Err(Mistyped));
        assert_eq!(parse("", 16), Err(Mistyped));
    }

    #[test]
    fn groups_of_four() {
        assert_eq!(*grouped(&[1, 2, 3, 4, 5, 6, 7, 8, 9]), "1234 5678 9");
        assert_eq!(*plain(&[0, 9]), "09");
    }
}
