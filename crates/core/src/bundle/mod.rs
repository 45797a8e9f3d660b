//! The bundle: the part of the record a participant hands a case worker —
//! exactly what they chose, signed, encrypted, expiring. This room holds
//! the format, built on the record alone: a case worker's reader opens and
//! checks a bundle with no vault, no database and no key file.
//!
//! A bundle is an ordinary [age](https://age-encryption.org) file, so any
//! age tool opens it: encrypted to a share code (age's scrypt recipient,
//! work factor 2^18; the reader accepts no higher, so a damaged or
//! planted header cannot make it work for hours) or to an agency's X25519
//! key. Inside is one JSON envelope (`docs/bundle-format.md`):
//!
//! ```json
//! { "format": "etapp-bundle", "version": 1, "payload": "…",
//!   "signature": "<128 hex digits>", "public_key": "<64 hex digits>" }
//! ```
//!
//! `payload` is the [`Payload`] as a JSON string; the Ed25519 signature
//! covers that string's exact UTF-8 bytes, so there is no canonical form
//! to get wrong. The signature promises that the payload is unchanged
//! since it was signed, and that it comes from the same vault as other
//! bundles with the same fingerprint; it does not prove who the person
//! is — the fingerprint read aloud with them does that.
//!
//! [`open`] checks in this order, each failure with its own status:
//! size (11), that it is an age file (6), the code's check digit (4,
//! before any key derivation), decryption (5; 7 when the file ends early),
//! that Etapp's envelope is inside (6), its version (10), the signature
//! (8), the payload (6), and last the expiry against "now" (9), which is a
//! parameter.

pub mod agency;
pub mod code;
pub mod compare;
pub mod consent;
pub mod draft;
pub mod error;
pub mod log;
pub mod page;
pub mod payload;
pub mod report;
pub mod scope;
pub mod select;
pub mod sensitive;

use std::io::Read;

use age::armor::ArmoredReader;
use age::DecryptError;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

pub use code::ShareCode;
pub use error::{BundleError, Result};
pub use payload::{Content, Payload};
pub use scope::{ItemKind, Scope, ShareTo, SharedItem};

use crate::signature::{self, Fingerprint, Signature, Signer, VerifyingKey};

/// The envelope's `format`.
pub const FORMAT: &str = "etapp-bundle";
/// The newest format version this build writes and reads. A bundle is
/// written in the oldest version that holds its content
/// ([`Payload::version`]), so older readers open every share they can.
pub const VERSION: u32 = 2;
/// The most bytes a bundle file may have; a larger one is refused from
/// its size, before anything is read.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;
/// The scrypt work factor (log2 N) of a code bundle, and the most the
/// reader accepts.
pub const WORK_FACTOR: u8 = 18;
/// The file name extension of a bundle.
pub const EXTENSION: &str = "etapp";

/// Whom a bundle is encrypted to.
pub enum Recipient {
    /// The share code, said aloud.
    Code(ShareCode),
    /// An agency's age public key (`age1…`).
    Key(Box<age::x25519::Recipient>),
}

/// What opens a bundle.
pub enum Key {
    /// A share code.
    Code(ShareCode),
    /// An age identity (an agency's secret key).
    Identity(Box<age::x25519::Identity>),
}

impl Recipient {
    /// Reads an age public key (`age1…`); `field` names it when refused.
    pub fn parse_key(
        s: &str,
        field: &str,
    ) -> std::result::Result<Recipient, crate::record::RecordError> {
        s.trim()
            .parse::<age::x25519::Recipient>()
            .map(|r| Recipient::Key(Box::new(r)))
            .map_err(|_| crate::record::RecordError::invalid(field))
    }
}

impl Key {
    /// Reads an age identity file: the first `AGE-SECRET-KEY-1…` line
    /// (comments and blank lines are skipped). Anything else is
    /// [`BundleError::NotAnIdentity`].
    pub fn parse_identity(text: &str) -> Result<Key> {
        agency::AgencyKey::parse(text).map(Key::from)
    }
}

impl From<agency::AgencyKey> for Key {
    fn from(key: agency::AgencyKey) -> Key {
        Key::Identity(Box::new(key.into_identity()))
    }
}

/// What every version of the envelope has: read first, so a newer version
/// is told apart before anything else.
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u64,
}

/// The envelope inside the age file.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: String,
    version: u32,
    payload: String,
    signature: String,
    public_key: String,
}

/// An opened, checked bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    /// What it holds.
    pub payload: Payload,
    /// The fingerprint of the key that signed it.
    pub signer: Fingerprint,
}

/// Signs `payload` with `signer` and encrypts it to `to`: the bytes of a
/// bundle file.
pub fn seal(payload: &Payload, signer: &dyn Signer, to: &Recipient) -> Result<Vec<u8>> {
    let text = payload.to_json();
    let signature = signer.sign(text.as_bytes());
    let envelope = Envelope {
        format: FORMAT.into(),
        version: payload.version(),
        payload: text,
        signature: hex::encode(signature.to_bytes()),
        public_key: hex::encode(signer.public_key().as_bytes()),
    };
    let plain = serde_json::to_vec(&envelope).expect("an envelope serializes");
    encrypt(&plain, to)
}

/// Encrypts `plain` to `to` as a binary age file.
fn encrypt(plain: &[u8], to: &Recipient) -> Result<Vec<u8>> {
    let encryptor = match to {
        Recipient::Code(code) => {
            let mut r = age::scrypt::Recipient::new(code.to_age());
            r.set_work_factor(WORK_FACTOR);
            age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient))
        }
        Recipient::Key(key) => {
            age::Encryptor::with_recipients(std::iter::once(key.as_ref() as &dyn age::Recipient))
        }
    }
    .expect("one recipient is always accepted");
    let mut out = Vec::with_capacity(plain.len() + 512);
    let mut writer = encryptor
        .wrap_output(&mut out)
        .expect("writing to memory does not fail");
    std::io::Write::write_all(&mut writer, plain).expect("writing to memory does not fail");
    writer.finish().expect("writing to memory does not fail");
    Ok(out)
}

/// Whether `bytes` begin as an age file does, binary or armored.
pub fn looks_like_age(bytes: &[u8]) -> bool {
    bytes.starts_with(b"age-encryption.org/v1\n")
        || bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----")
}

/// Decrypts, checks and reads a bundle at time `now` (see the module's
/// docs for the order of the checks). Nothing is written anywhere.
pub fn open(bytes: &[u8], key: &Key, now: Timestamp) -> Result<Opened> {
    let opened = open_unexpired(bytes, key)?;
    if now >= opened.payload.expires {
        return Err(BundleError::Expired {
            expires: opened.payload.expires,
        });
    }
    Ok(opened)
}

/// Everything [`open`] checks but the expiry.
fn open_unexpired(bytes: &[u8], key: &Key) -> Result<Opened> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(BundleError::TooLarge { limit: MAX_BYTES });
    }
    if !looks_like_age(bytes) {
        return Err(BundleError::NotABundle);
    }
    let plain = decrypt(bytes, key)?;
    // Typed all the way: serde's derived readers refuse a field given
    // twice and (with `deny_unknown_fields`) any field they do not know,
    // so no untyped pass over a payload of megabytes is needed.
    let header: Header = serde_json::from_slice(&plain).map_err(|_| BundleError::NotABundle)?;
    if header.format != FORMAT {
        return Err(BundleError::NotABundle);
    }
    match header.version {
        v if v > u64::from(VERSION) => return Err(BundleError::NewerVersion),
        1..=2 => {}
        _ => return Err(BundleError::NotABundle),
    }
    let envelope: Envelope = serde_json::from_slice(&plain).map_err(|_| BundleError::NotABundle)?;
    drop(plain);
    let public = decode_key(&envelope.public_key).ok_or(BundleError::SignatureInvalid)?;
    let signature = decode_signature(&envelope.signature).ok_or(BundleError::SignatureInvalid)?;
    if !signature::verify(&public, envelope.payload.as_bytes(), &signature) {
        return Err(BundleError::SignatureInvalid);
    }
    let payload: Payload =
        serde_json::from_str(&envelope.payload).map_err(|_| BundleError::NotABundle)?;
    payload.check().map_err(|_| BundleError::NotABundle)?;
    Ok(Opened {
        payload,
        signer: Fingerprint::of(&public),
    })
}

/// The plaintext of an age file, read to at most [`MAX_BYTES`].
fn decrypt(bytes: &[u8], key: &Key) -> Result<Vec<u8>> {
    // A header that does not parse, a MAC that fails, a key that does
    // not fit and a work factor above the limit all say the same to a
    // person: wrong code, or a damaged file.
    let decryptor = age::Decryptor::new(ArmoredReader::new(bytes))
        .map_err(|_: DecryptError| BundleError::WrongCodeOrDamaged)?;
    let reader = match key {
        Key::Code(code) => {
            let mut identity = age::scrypt::Identity::new(code.to_age());
            identity.set_max_work_factor(WORK_FACTOR);
            decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))
        }
        Key::Identity(identity) => {
            decryptor.decrypt(std::iter::once(identity.as_ref() as &dyn age::Identity))
        }
    }
    .map_err(|_| BundleError::WrongCodeOrDamaged)?;
    let mut plain = Vec::new();
    reader
        .take(MAX_BYTES + 1)
        .read_to_end(&mut plain)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::UnexpectedEof => BundleError::Truncated,
            _ => BundleError::WrongCodeOrDamaged,
        })?;
    if plain.len() as u64 > MAX_BYTES {
        return Err(BundleError::TooLarge { limit: MAX_BYTES });
    }
    Ok(plain)
}

fn decode_key(hex_key: &str) -> Option<VerifyingKey> {
    let mut bytes = [0u8; 32];
    hex::decode_to_slice(hex_key, &mut bytes).ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

fn decode_signature(hex_sig: &str) -> Option<Signature> {
    let mut bytes = [0u8; 64];
    hex::decode_to_slice(hex_sig, &mut bytes).ok()?;
    Some(Signature::from_bytes(&bytes))
}
