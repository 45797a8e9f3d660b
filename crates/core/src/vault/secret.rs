//! The vault's secrets, as types that are hard to leak.
//!
//! None of them is `Clone`, `Copy` or `Serialize`; `Debug` prints a
//! placeholder; each is zeroized when dropped (its bytes live on the heap,
//! so moving the value does not leave copies on the stack). The only way to
//! read one is a method whose name says so (`expose_secret`), which makes
//! every place that touches a secret easy to find in review.

use std::fmt;

use age::secrecy::{ExposeSecret, SecretBox, SecretString};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use zeroize::Zeroizing;

use super::error::Result;

/// The fewest characters a new passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// A passphrase typed by the person. Kept exactly as typed (no trimming),
/// because it is the secret.
pub struct Passphrase(SecretString);

impl Passphrase {
    /// Wraps a passphrase; the `String` is moved, not copied.
    pub fn new(passphrase: String) -> Self {
        Passphrase(SecretString::from(passphrase))
    }

    /// The passphrase itself. Call only to hand it to a key derivation.
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }

    /// How many characters (not bytes) it has.
    pub fn char_count(&self) -> usize {
        self.expose_secret().chars().count()
    }

    /// A copy for age, which takes ownership of its passphrase; the copy is
    /// zeroized when age drops it.
    pub(crate) fn to_age(&self) -> SecretString {
        SecretString::from(self.expose_secret().to_owned())
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(*****)")
    }
}

/// The random 256-bit key that encrypts the database. It exists on disk
/// only wrapped (see [`super::keyfile`]).
pub(crate) struct MasterKey(SecretBox<[u8; 32]>);

impl MasterKey {
    /// A new key from the operating system's generator.
    pub(crate) fn generate() -> Result<MasterKey> {
        let mut key = SecretBox::new(Box::new([0u8; 32]));
        getrandom::fill(age::secrecy::ExposeSecretMut::expose_secret_mut(&mut key))?;
        Ok(MasterKey(key))
    }

    /// Reads the 64 lowercase or uppercase hex digits written by
    /// [`MasterKey::to_hex`]; `None` for anything else.
    pub(crate) fn from_hex(hex: &[u8]) -> Option<MasterKey> {
        let mut key = SecretBox::new(Box::new([0u8; 32]));
        hex::decode_to_slice(
            hex,
            age::secrecy::ExposeSecretMut::expose_secret_mut(&mut key),
        )
        .ok()?;
        Some(MasterKey(key))
    }

    /// The key as 64 lowercase hex digits, the form SQLCipher takes as a raw
    /// key and the form stored inside the wrapping age files.
    pub(crate) fn to_hex(&self) -> Zeroizing<String> {
        let mut buf = Zeroizing::new([0u8; 64]);
        hex::encode_to_slice(self.0.expose_secret(), buf.as_mut()).expect("64 bytes for 32");
        Zeroizing::new(buf.iter().map(|&b| char::from(b)).collect())
    }

    /// The key's bytes. Call only to hand them to the store, which gives
    /// them to SQLCipher as a raw key.
    pub(crate) fn expose_secret(&self) -> &[u8; 32] {
        self.0.expose_secret()
    }

    /// Compares two keys in constant time.
    pub(crate) fn same_as(&self, other: &MasterKey) -> bool {
        let (a, b) = (self.0.expose_secret(), other.0.expose_secret());
        a.iter()
            .zip(b.iter())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
    }
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterKey(*****)")
    }
}

/// The person's Ed25519 signing key, kept inside the encrypted database. It
/// signs the bundles they share, so a case worker can tell a bundle came
/// from the same person as before.
pub struct SigningSecret(Box<SigningKey>);

impl SigningSecret {
    /// A new key from 32 bytes of the operating system's generator.
    pub(crate) fn generate() -> Result<SigningSecret> {
        let mut seed = Zeroizing::new([0u8; 32]);
        getrandom::fill(seed.as_mut())?;
        Ok(Self::from_seed(&seed))
    }

    /// The key for a 32-byte seed.
    pub(crate) fn from_seed(seed: &[u8; 32]) -> SigningSecret {
        SigningSecret(Box::new(SigningKey::from_bytes(seed)))
    }

    /// The 32-byte seed. Call only to store it in the encrypted database.
    pub fn expose_secret(&self) -> &[u8; 32] {
        self.0.as_bytes()
    }

    /// The public half, safe to share.
    pub fn verifying_key(&self) -> VerifyingKey {
        self.0.verifying_key()
    }

    /// Signs `message`.
    pub fn sign(&self, message: &[u8]) -> Signature {
        self.0.sign(message)
    }
}

impl crate::signature::Signer for SigningSecret {
    fn sign(&self, message: &[u8]) -> Signature {
        SigningSecret::sign(self, message)
    }

    fn public_key(&self) -> VerifyingKey {
        self.verifying_key()
    }
}

impl fmt::Debug for SigningSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SigningSecret(*****)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_secret() {
        let p = Passphrase::new("hunter2-hunter2".into());
        assert_eq!(format!("{p:?}"), "Passphrase(*****)");
        let k = MasterKey::generate().unwrap();
        assert!(!format!("{k:?}").contains(&k.to_hex()[..8]));
        let s = SigningSecret::generate().unwrap();
        assert_eq!(format!("{s:?}"), "SigningSecret(*****)");
    }

    #[test]
    fn master_key_hex_round_trips() {
        let k = MasterKey::generate().unwrap();
        let hex = k.to_hex();
        assert_eq!(hex.len(), 64);
        let back = MasterKey::from_hex(hex.as_bytes()).unwrap();
        assert!(back.same_as(&k));
        assert!(!MasterKey::generate().unwrap().same_as(&k));
        assert!(MasterKey::from_hex(b"00").is_none());
        assert!(MasterKey::from_hex(&[b'z'; 64]).is_none());
        assert_eq!(hex::encode(k.expose_secret()), hex.as_str());
    }

    #[test]
    fn signatures_verify() {
        let s = SigningSecret::generate().unwrap();
        let sig = s.sign(b"hello");
        assert!(s.verifying_key().verify_strict(b"hello", &sig).is_ok());
        let again = SigningSecret::from_seed(s.expose_secret());
        assert_eq!(again.verifying_key(), s.verifying_key());
    }

    #[test]
    fn passphrase_counts_characters_not_bytes() {
        assert_eq!(Passphrase::new("كلمة".into()).char_count(), 4);
    }
}
