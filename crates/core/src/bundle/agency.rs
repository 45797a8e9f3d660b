//! An agency's key: the age X25519 identity a bundle can be locked to
//! instead of a share code.
//!
//! An agency makes one key pair, keeps the secret half in a file on its
//! own computers and publishes the public half (`age1…`). A participant
//! pastes that public key when sharing; the agency's reader opens every
//! such bundle with the file alone, so no code has to be said aloud — the
//! way to receive many bundles, as an evaluation across participants
//! needs.
//!
//! The file has the shape `age-keygen` writes (two comment lines, then the
//! `AGE-SECRET-KEY-1…` line), so Debian's `age -d -i FILE` reads it too.
//! The secret never becomes a plain `String`: the file's text is handed
//! out in a [`Zeroizing`] buffer, wiped when dropped.

use age::secrecy::ExposeSecret;
use jiff::Timestamp;
use zeroize::Zeroizing;

use super::error::{BundleError, Result};

/// The most bytes an identity file may have: one key is under 100, and
/// `age-keygen`'s comments keep a file of a few keys far below this.
pub const IDENTITY_MAX_BYTES: u64 = 64 * 1024;

/// An agency's secret key.
pub struct AgencyKey {
    identity: age::x25519::Identity,
}

impl std::fmt::Debug for AgencyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AgencyKey({})", self.public_key())
    }
}

impl AgencyKey {
    /// A new random key.
    pub fn generate() -> AgencyKey {
        AgencyKey {
            identity: age::x25519::Identity::generate(),
        }
    }

    /// Reads an identity file's text: the first line that is not blank or
    /// a `#` comment must be an `AGE-SECRET-KEY-1…` key. A public key
    /// (`age1…`) in its place is [`BundleError::PublicKeyNotIdentity`], so
    /// the person is told which of the two files to choose; anything else
    /// is [`BundleError::NotAnIdentity`].
    pub fn parse(text: &str) -> Result<AgencyKey> {
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .ok_or(BundleError::NotAnIdentity)?;
        if let Ok(identity) = line.parse::<age::x25519::Identity>() {
            return Ok(AgencyKey { identity });
        }
        if line.parse::<age::x25519::Recipient>().is_ok() {
            return Err(BundleError::PublicKeyNotIdentity);
        }
        Err(BundleError::NotAnIdentity)
    }

    /// Reads an identity file's bytes (see [`AgencyKey::parse`]); bytes
    /// that are not UTF-8 are not an identity.
    pub fn from_bytes(bytes: &[u8]) -> Result<AgencyKey> {
        let text = std::str::from_utf8(bytes).map_err(|_| BundleError::NotAnIdentity)?;
        AgencyKey::parse(text)
    }

    /// The public key to publish (`age1…`).
    pub fn public_key(&self) -> String {
        self.identity.to_public().to_string()
    }

    /// The file's text, as `age-keygen` writes it, stamped `created`.
    pub fn file_text(&self, created: Timestamp) -> Zeroizing<String> {
        let created = Timestamp::from_second(created.as_second()).unwrap_or(created);
        let secret = self.identity.to_string();
        Zeroizing::new(format!(
            "# created: {created}\n# public key: {}\n{}\n",
            self.public_key(),
            secret.expose_secret()
        ))
    }

    /// The identity that opens bundles.
    pub fn into_identity(self) -> age::x25519::Identity {
        self.identity
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_reads_back_as_the_same_key() {
        let key = AgencyKey::generate();
        let text = key.file_text("2026-12-06T10:00:00.5Z".parse().unwrap());
        assert!(text.starts_with("# created: 2026-12-06T10:00:00Z\n# public key: age1"));
        let again = AgencyKey::parse(&text).unwrap();
        assert_eq!(again.public_key(), key.public_key());
        assert!(!format!("{again:?}").contains("AGE-SECRET-KEY"));
    }

    #[test]
    fn a_public_key_and_other_text_are_not_identities() {
        let key = AgencyKey::generate();
        let public = key.public_key();
        assert!(matches!(
            AgencyKey::parse(&format!("# mine\n{public}\n")),
            Err(BundleError::PublicKeyNotIdentity)
        ));
        for text in ["", "# only a comment\n\n", "hello", "AGE-SECRET-KEY-1XYZ"] {
            assert!(
                matches!(AgencyKey::parse(text), Err(BundleError::NotAnIdentity)),
                "{text:?}"
            );
        }
        assert!(matches!(
            AgencyKey::from_bytes(b"\xff\xfe"),
            Err(BundleError::NotAnIdentity)
        ));
    }
}
