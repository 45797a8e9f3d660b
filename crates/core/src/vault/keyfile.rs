//! The key file (`vault.key`): the master key, wrapped twice.
//!
//! ```json
//! { "format": "etapp-vault-key", "version": 1,
//!   "passphrase": "-----BEGIN AGE ENCRYPTED FILE-----\n…",
//!   "recovery":   "-----BEGIN AGE ENCRYPTED FILE-----\n…" }
//! ```
//!
//! Each wrap is a complete, ASCII-armored [age](https://age-encryption.org)
//! file protected by age's scrypt passphrase recipient; its plaintext is
//! the master key as 64 hex digits, exactly what SQLCipher's
//! `PRAGMA key = "x'…'"` takes. Why this design:
//!
//! - **scrypt is memory-hard**: each guess at a passphrase costs 256 MiB of
//!   memory and about a second, which makes guessing on GPUs and ASICs
//!   expensive. The work factor is fixed at 2^18 (not tuned per machine, so
//!   a vault made on a fast computer still opens on a slow one), and the
//!   reader refuses anything higher, so a planted file cannot make the app
//!   work for hours.
//! - **age is audited and widely implemented**, and we write nothing
//!   cryptographic ourselves.
//! - **The format is open.** In an emergency, without Etapp, the key comes
//!   back with standard tools:
//!   `jq -r .passphrase vault.key | age -d` (type the passphrase), or
//!   `jq -r .recovery vault.key | age -d` (type the 32 digits of the
//!   recovery code without spaces), then open `vault.db` with the
//!   `sqlcipher` shell and `PRAGMA key = "x'<the 64 hex digits>'";`.
//! - **Two wraps of one key** make a passphrase change or a recovery cheap
//!   and safe: only this small file is rewritten (atomically), never the
//!   database.
//!
//! A key file with a higher `version` than this build knows is refused as
//! "newer version" without touching anything.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use age::secrecy::SecretString;
use age::DecryptError;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::error::{Result, VaultError};
use super::recovery::RecoveryCode;
use super::secret::{MasterKey, Passphrase};
use crate::fsio::{self, ReadError};

/// The key file's name in the vault folder.
pub const FILE_NAME: &str = "vault.key";
/// The `format` field.
pub const FORMAT: &str = "etapp-vault-key";
/// The newest key-file version this build reads and the one it writes.
pub const VERSION: u32 = 1;
/// The most bytes a key file may have. One is about 1 KiB (two armored
/// age files of a 64-digit key); anything much larger is not a key file.
pub const MAX_BYTES: u64 = 16 * 1024;
/// scrypt work factor (log2 N) of both wraps, and the most the reader
/// accepts.
pub const WORK_FACTOR: u8 = 18;

#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

/// The key file's content: two armored age files.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct KeyFile {
    format: String,
    version: u32,
    passphrase: String,
    recovery: String,
}

pub(crate) fn path(dir: &Path) -> PathBuf {
    dir.join(FILE_NAME)
}

impl KeyFile {
    /// Wraps `key` under both secrets. The two scrypt runs are independent,
    /// so they run on two threads: creating a vault takes one second, not
    /// two.
    pub(crate) fn seal(
        key: &MasterKey,
        passphrase: &Passphrase,
        code: &RecoveryCode,
    ) -> Result<KeyFile> {
        let (by_passphrase, by_code) = std::thread::scope(|s| {
            let by_code = s.spawn(|| wrap(key, code.to_age()));
            let by_passphrase = wrap(key, passphrase.to_age());
            (
                by_passphrase,
                by_code.join().expect("wrapping does not panic"),
            )
        });
        Ok(KeyFile {
            format: FORMAT.to_owned(),
            version: VERSION,
            passphrase: by_passphrase?,
            recovery: by_code?,
        })
    }

    /// Reads and checks the key file in `dir`.
    pub(crate) fn read(dir: &Path) -> Result<KeyFile> {
        let bytes = match fsio::read_limited(&path(dir), MAX_BYTES) {
            Ok(b) => b,
            Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(VaultError::KeyFileMissing)
            }
            Err(ReadError::TooLarge { .. } | ReadError::NotAFile) => {
                return Err(VaultError::KeyFileDamaged)
            }
            Err(ReadError::Io(e)) => return Err(VaultError::from_io(e)),
        };
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|_| VaultError::KeyFileDamaged)?;
        KeyFile::from_json(value)
    }

    /// Reads a key file from its JSON (as a backup carries it).
    pub(crate) fn from_json(value: serde_json::Value) -> Result<KeyFile> {
        let header: Header =
            serde_json::from_value(value.clone()).map_err(|_| VaultError::KeyFileDamaged)?;
        if header.format != FORMAT {
            return Err(VaultError::KeyFileDamaged);
        }
        if header.version > VERSION {
            return Err(VaultError::NewerVersion);
        }
        serde_json::from_value(value).map_err(|_| VaultError::KeyFileDamaged)
    }

    /// The key file as JSON (as a backup carries it).
    pub(crate) fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("strings serialize")
    }

    /// Writes the key file atomically: after a crash it is either the old
    /// or the new one, whole.
    pub(crate) fn write(&self, dir: &Path) -> Result<()> {
        let json = serde_json::to_vec_pretty(self).expect("strings serialize");
        fsio::write_atomic(&path(dir), &json).map_err(VaultError::from_io)
    }

    pub(crate) fn unwrap_with_passphrase(&self, passphrase: &Passphrase) -> Result<MasterKey> {
        unwrap(
            self.passphrase.as_bytes(),
            passphrase.to_age(),
            VaultError::WrongPassphrase,
        )
    }

    pub(crate) fn unwrap_with_recovery_code(&self, code: &RecoveryCode) -> Result<MasterKey> {
        unwrap(
            self.recovery.as_bytes(),
            code.to_age(),
            VaultError::WrongRecoveryCode,
        )
    }

    /// Replaces the passphrase wrap, keeping the recovery wrap.
    pub(crate) fn rewrap_passphrase(
        &mut self,
        key: &MasterKey,
        passphrase: &Passphrase,
    ) -> Result<()> {
        self.passphrase = wrap(key, passphrase.to_age())?;
        Ok(())
    }
}

fn wrap(key: &MasterKey, secret: SecretString) -> Result<String> {
    let mut recipient = age::scrypt::Recipient::new(secret);
    recipient.set_work_factor(WORK_FACTOR);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .expect("a single scrypt recipient is always accepted");
    let mut out = Vec::new();
    let armor =
        ArmoredWriter::wrap_output(&mut out, Format::AsciiArmor).map_err(VaultError::Storage)?;
    let mut writer = encryptor.wrap_output(armor).map_err(VaultError::Storage)?;
    writer
        .write_all(key.to_hex().as_bytes())
        .map_err(VaultError::Storage)?;
    writer
        .finish()
        .and_then(|armor| armor.finish())
        .map_err(VaultError::Storage)?;
    Ok(String::from_utf8(out).expect("armor is ASCII"))
}

/// Unwraps one age file. A passphrase that does not decrypt the stanza
/// gives `wrong`; any other failure means the file is damaged.
fn unwrap(armored: &[u8], secret: SecretString, wrong: VaultError) -> Result<MasterKey> {
    let mut identity = age::scrypt::Identity::new(secret);
    identity.set_max_work_factor(WORK_FACTOR);
    let decryptor =
        age::Decryptor::new(ArmoredReader::new(armored)).map_err(|_| VaultError::KeyFileDamaged)?;
    let reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            DecryptError::DecryptionFailed | DecryptError::NoMatchingKeys => wrong,
            _ => VaultError::KeyFileDamaged,
        })?;
    // 64 hex digits are expected; read at most one more to notice extra.
    let mut plain = Zeroizing::new(Vec::with_capacity(65));
    reader
        .take(65)
        .read_to_end(&mut plain)
        .map_err(|_| VaultError::KeyFileDamaged)?;
    MasterKey::from_hex(&plain).ok_or(VaultError::KeyFileDamaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_work_factor_above_the_limit() {
        // Made with a cheap work factor, then the header claims 2^19: the
        // reader must refuse before doing any scrypt work.
        let key = MasterKey::generate().unwrap();
        let mut recipient = age::scrypt::Recipient::new(SecretString::from("p"));
        recipient.set_work_factor(10);
        let enc =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .unwrap();
        let mut out = Vec::new();
        let mut w = enc.wrap_output(&mut out).unwrap();
        w.write_all(key.to_hex().as_bytes()).unwrap();
        w.finish().unwrap();
        let at = out
            .windows(4)
            .position(|w| w == b" 10\n")
            .expect("work factor in the header");
        out[at + 1..at + 3].copy_from_slice(b"19");
        let started = std::time::Instant::now();
        let r = unwrap(&out, SecretString::from("p"), VaultError::WrongPassphrase);
        assert!(matches!(r, Err(VaultError::KeyFileDamaged)), "{r:?}");
        assert!(started.elapsed() < std::time::Duration::from_millis(500));
    }

    #[test]
    fn a_wrong_secret_is_wrong_and_the_right_one_unwraps() {
        let key = MasterKey::generate().unwrap();
        let mut recipient = age::scrypt::Recipient::new(SecretString::from("right"));
        recipient.set_work_factor(10);
        let enc =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .unwrap();
        let mut out = Vec::new();
        let armor = ArmoredWriter::wrap_output(&mut out, Format::AsciiArmor).unwrap();
        let mut w = enc.wrap_output(armor).unwrap();
        w.write_all(key.to_hex().as_bytes()).unwrap();
        w.finish().unwrap().finish().unwrap();
        let r = unwrap(
            &out,
            SecretString::from("wrong"),
            VaultError::WrongPassphrase,
        );
        assert!(matches!(r, Err(VaultError::WrongPassphrase)), "{r:?}");
        let back = unwrap(
            &out,
            SecretString::from("right"),
            VaultError::WrongPassphrase,
        )
        .unwrap();
        assert!(back.same_as(&key));
    }

    #[test]
    fn garbage_is_damaged_not_wrong() {
        let r = unwrap(
            b"not an age file",
            SecretString::from("p"),
            VaultError::WrongPassphrase,
        );
        assert!(matches!(r, Err(VaultError::KeyFileDamaged)));
    }
}
