//! How hard a passphrase is to guess, in words a person understands.
//!
//! The estimate comes from zxcvbn, which looks for the patterns people
//! actually use (words, names, dates, keyboard rows, repeats, l33t) rather
//! than counting character classes; the levels are mapped to four plain
//! words the UI shows through Fluent. The estimate only advises: the vault
//! refuses nothing but a passphrase shorter than
//! [`MIN_PASSPHRASE_CHARS`] characters. Each
//! guess against the key file costs about a second of scrypt, so "fair"
//! (about 10^10 guesses) already means centuries for one computer.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::secret::{Passphrase, MIN_PASSPHRASE_CHARS};

/// How strong a passphrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum PassphraseStrength {
    /// Shorter than the minimum; the vault refuses it.
    TooShort,
    /// Long enough but easy to guess.
    Weak,
    /// Would take very many guesses.
    Fair,
    /// Beyond practical guessing.
    Strong,
}

impl PassphraseStrength {
    /// Estimates `passphrase`'s strength.
    pub fn estimate(passphrase: &Passphrase) -> PassphraseStrength {
        if passphrase.char_count() < MIN_PASSPHRASE_CHARS {
            return PassphraseStrength::TooShort;
        }
        let entropy = zxcvbn::zxcvbn(passphrase.expose_secret(), &["etapp", "sverige", "sweden"]);
        match u8::from(entropy.score()) {
            0..=2 => PassphraseStrength::Weak,
            3 => PassphraseStrength::Fair,
            _ => PassphraseStrength::Strong,
        }
    }

    /// The Fluent id of the word the UI shows.
    pub fn fluent_id(self) -> &'static str {
        match self {
            PassphraseStrength::TooShort => "passphrase-strength-too-short",
            PassphraseStrength::Weak => "passphrase-strength-weak",
            PassphraseStrength::Fair => "passphrase-strength-fair",
            PassphraseStrength::Strong => "passphrase-strength-strong",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strength(s: &str) -> PassphraseStrength {
        PassphraseStrength::estimate(&Passphrase::new(s.into()))
    }

    #[test]
    fn levels_follow_guessability() {
        assert_eq!(strength("short"), PassphraseStrength::TooShort);
        assert_eq!(strength("123456789"), PassphraseStrength::TooShort);
        assert_eq!(strength("password123"), PassphraseStrength::Weak);
        assert_eq!(strength("aaaaaaaaaaaa"), PassphraseStrength::Weak);
        assert_eq!(strength("qwertyuiop"), PassphraseStrength::Weak);
        assert_eq!(strength("etappetapp1"), PassphraseStrength::Weak);
        assert_eq!(
            strength("violet tractor honey 1987 cliff"),
            PassphraseStrength::Strong
        );
        assert!(strength("bära-fågel-sju") >= PassphraseStrength::Fair);
    }

    #[test]
    fn every_level_has_a_message() {
        let ids = crate::i18n::localizer().message_ids(crate::Locale::reference());
        for s in [
            PassphraseStrength::TooShort,
            PassphraseStrength::Weak,
            PassphraseStrength::Fair,
            PassphraseStrength::Strong,
        ] {
            assert!(ids.contains(&s.fluent_id().to_owned()), "{}", s.fluent_id());
        }
    }
}
