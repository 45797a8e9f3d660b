//! Signatures and the fingerprints of signing keys: what the vault (which
//! signs) and a bundle's reader (which checks, with no vault) share. Only
//! the signing secret itself stays in the vault
//! ([`crate::vault::SigningSecret`]).
//!
//! A case worker who receives a bundle sees the fingerprint of the key that
//! signed it; the participant can read theirs aloud from the app and the
//! two compare. So a fingerprint has two forms from one SHA-256 hash of the
//! public key: the full hash in hex for machines (JSON), and 20 digits in
//! five groups of four for people (digits are the same in every language
//! and easy to say; 20 digits, about 66 bits, are enough to tell keys
//! apart by eye, while machines compare the full hash).

pub use ed25519_dalek::{Signature, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

/// Digits in the readable form.
pub const DIGITS: usize = 20;

/// The fingerprint of a public signing key.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct Fingerprint {
    /// SHA-256 of the 32-byte public key, 64 lowercase hex digits.
    pub hex: String,
    /// 20 digits in groups of four, separated by spaces, for reading aloud.
    pub digits: String,
}

impl Fingerprint {
    /// The fingerprint of `key`.
    pub fn of(key: &VerifyingKey) -> Fingerprint {
        let hash = Sha256::digest(key.as_bytes());
        // The first 128 bits as a number, reduced to 20 decimal digits; the
        // bias of the reduction is below 2^-60.
        let n = u128::from_be_bytes(hash[..16].try_into().expect("16 bytes"));
        let number = format!("{:020}", n % 10u128.pow(DIGITS as u32));
        let digits = number
            .as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).expect("ASCII"))
            .collect::<Vec<_>>();
        Fingerprint {
            hex: hex::encode(hash),
            digits: digits.join(" "),
        }
    }
}

/// What signs: the vault's signing secret, or (in tests and for golden
/// files) a bare key. A bundle is sealed with a `Signer` and so never
/// needs to know where the secret is kept.
pub trait Signer {
    /// The signature over exactly `message`.
    fn sign(&self, message: &[u8]) -> Signature;
    /// The public half, which goes with every signature.
    fn public_key(&self) -> VerifyingKey;
}

impl Signer for ed25519_dalek::SigningKey {
    fn sign(&self, message: &[u8]) -> Signature {
        ed25519_dalek::Signer::sign(self, message)
    }

    fn public_key(&self) -> VerifyingKey {
        self.verifying_key()
    }
}

/// Whether `signature` is `key`'s signature over exactly `message`.
/// Strict: a signature that could be altered into another valid one, or a
/// weak key, does not verify.
pub fn verify(key: &VerifyingKey, message: &[u8], signature: &Signature) -> bool {
    key.verify_strict(message, signature).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_key_has_a_stable_fingerprint() {
        // RFC 8032, section 7.1, test 1.
        let seed = hex::decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            .unwrap();
        let key = ed25519_dalek::SigningKey::from_bytes(&seed.try_into().unwrap()).verifying_key();
        assert_eq!(
            hex::encode(key.as_bytes()),
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
        );
        let f = Fingerprint::of(&key);
        assert_eq!(f.hex, hex::encode(Sha256::digest(key.as_bytes())));
        assert_eq!(f.digits.len(), 24);
        assert_eq!(f.digits.split(' ').count(), 5);
        assert!(f
            .digits
            .split(' ')
            .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit())));
        assert_eq!(Fingerprint::of(&key), f);
    }
}
