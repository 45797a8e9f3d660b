//! The share code: what the participant says aloud to the case worker,
//! face to face, so the file and the code never travel together.
//!
//! 15 random digits (about 50 bits) and a Damm check digit, shown as four
//! groups of four (`4821 0937 5512 6640`). Fifty bits are not a key on
//! their own: each guess costs a scrypt run at work factor 2^18 (256 MiB
//! and about a second), and a bundle expires within a year, so guessing
//! one takes on the order of ten thousand computer-years. The age
//! passphrase is the 16 digits without spaces, so Debian's `age -d`
//! opens a bundle when the case worker types just the digits.

use std::fmt;

use age::secrecy::SecretString;
use zeroize::Zeroizing;

use super::error::{BundleError, Result};
use crate::codes;

/// Random digits in a share code.
pub const RANDOM_DIGITS: usize = 15;
/// Digits in a share code, check digit included.
pub const LEN: usize = RANDOM_DIGITS + 1;

/// A share code. Not `Clone`, `Serialize` or printable; zeroized when
/// dropped.
pub struct ShareCode {
    digits: Zeroizing<Vec<u8>>,
}

impl ShareCode {
    /// A new random code.
    pub fn generate() -> Result<ShareCode> {
        Ok(ShareCode {
            digits: codes::generate(RANDOM_DIGITS)?,
        })
    }

    /// Reads a typed code: spaces, dashes, Arabic-Indic and Persian
    /// digits are fine (see [`crate::codes`]). A wrong length or check
    /// digit is [`BundleError::MistypedCode`].
    pub fn parse(input: &str) -> Result<ShareCode> {
        codes::parse(input, LEN)
            .map(|digits| ShareCode { digits })
            .map_err(|_| BundleError::MistypedCode)
    }

    /// The code in four groups of four ASCII digits, as it is shown and
    /// read aloud. Call only to show it to the participant.
    pub fn expose_secret(&self) -> Zeroizing<String> {
        codes::grouped(&self.digits)
    }

    /// The age passphrase: the 16 digits with no spaces.
    pub(crate) fn to_age(&self) -> SecretString {
        SecretString::from(codes::plain(&self.digits).to_string())
    }
}

impl fmt::Debug for ShareCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ShareCode(*****)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::secrecy::ExposeSecret;

    #[test]
    fn codes_read_as_people_type_them() {
        let code = ShareCode::generate().unwrap();
        let shown = code.expose_secret();
        assert_eq!(shown.len(), 19, "{}", shown.as_str());
        assert_eq!(shown.split(' ').count(), 4);
        let typed = shown.replace(' ', "-");
        let again = ShareCode::parse(&typed).unwrap();
        assert_eq!(
            again.to_age().expose_secret(),
            code.to_age().expose_secret()
        );
        // Arabic-Indic digits read as the same code.
        let arabic: String = shown
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x0660 + d).unwrap(),
                None => c,
            })
            .collect();
        assert!(ShareCode::parse(&arabic).is_ok());
        // One wrong digit is "mistyped", not "wrong".
        let mut wrong = shown.to_string().into_bytes();
        wrong[0] = if wrong[0] == b'9' { b'8' } else { wrong[0] + 1 };
        assert!(matches!(
            ShareCode::parse(std::str::from_utf8(&wrong).unwrap()),
            Err(BundleError::MistypedCode)
        ));
        assert!(matches!(
            ShareCode::parse("1234"),
            Err(BundleError::MistypedCode)
        ));
        assert_eq!(format!("{code:?}"), "ShareCode(*****)");
    }
}
