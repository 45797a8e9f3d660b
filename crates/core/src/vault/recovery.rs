//! The recovery code: the way back in when the passphrase is forgotten.
//!
//! 31 random decimal digits (103 bits, beyond any guessing even without a
//! slow key derivation) and one Damm check digit, printed as eight groups
//! of four. The person writes it on paper at setup. It wraps the same
//! master key as the passphrase, in its own age file inside the key file,
//! so using it never touches the database. After a recovery a fresh code
//! replaces it, and the old one stops working.

use std::fmt;

use age::secrecy::SecretString;
use zeroize::Zeroizing;

use super::error::{Result, VaultError};
use crate::codes;

/// Random digits in a recovery code.
pub const RANDOM_DIGITS: usize = 31;
/// Digits in a recovery code, check digit included.
pub const LEN: usize = RANDOM_DIGITS + 1;

/// A recovery code: 32 digits, the last a check digit.
pub struct RecoveryCode {
    digits: Zeroizing<Vec<u8>>,
    grouped: Zeroizing<String>,
}

impl RecoveryCode {
    /// A new random code.
    pub(crate) fn generate() -> Result<RecoveryCode> {
        Ok(Self::from_digits(codes::generate(RANDOM_DIGITS)?))
    }

    fn from_digits(digits: Zeroizing<Vec<u8>>) -> RecoveryCode {
        let grouped = codes::grouped(&digits);
        RecoveryCode { digits, grouped }
    }

    /// Reads a typed code (see [`crate::codes`] for what input is
    /// accepted). A wrong length or check digit is
    /// [`VaultError::MistypedCode`]; whether the code is the right one is
    /// only known when it unwraps the key.
    pub fn parse(input: &str) -> Result<RecoveryCode> {
        codes::parse(input, LEN)
            .map(Self::from_digits)
            .map_err(|_| VaultError::MistypedCode)
    }

    /// The code in groups of four (`1234 5678 …`), ASCII digits, as it is
    /// printed and shown. Call only to show it to its owner.
    pub fn expose_secret(&self) -> &str {
        &self.grouped
    }

    /// The age passphrase: the 32 digits with no spaces, so that `age -d`
    /// unwraps the key when the person types the digits alone.
    pub(crate) fn to_age(&self) -> SecretString {
        SecretString::from(codes::plain(&self.digits).to_string())
    }
}

impl fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryCode(*****)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::secrecy::ExposeSecret;

    #[test]
    fn generated_code_has_eight_groups_and_parses_back() {
        let c = RecoveryCode::generate().unwrap();
        let shown = c.expose_secret();
        assert_eq!(shown.split(' ').count(), 8);
        assert!(shown
            .split(' ')
            .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit())));
        let back = RecoveryCode::parse(shown).unwrap();
        assert_eq!(back.to_age().expose_secret(), c.to_age().expose_secret());
        assert_eq!(c.to_age().expose_secret().len(), LEN);
    }

    #[test]
    fn a_typo_is_mistyped() {
        let c = RecoveryCode::generate().unwrap();
        let mut typo: Vec<char> = c.expose_secret().chars().collect();
        typo[0] = if typo[0] == '1' { '2' } else { '1' };
        let typo: String = typo.into_iter().collect();
        assert!(matches!(
            RecoveryCode::parse(&typo),
            Err(VaultError::MistypedCode)
        ));
        assert!(matches!(
            RecoveryCode::parse("1234"),
            Err(VaultError::MistypedCode)
        ));
        assert_eq!(format!("{c:?}"), "RecoveryCode(*****)");
    }
}
