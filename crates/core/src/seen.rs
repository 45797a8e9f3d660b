//! The signers a reader has seen: so a case worker can tell whether a
//! bundle comes from the same person (the same vault) as one they opened
//! before.
//!
//! The file is `seen-signers.json` in the state folder
//! ([`crate::paths::state_dir`]), outside every vault folder: a case
//! worker's reader has no vault. It holds fingerprints (public) and the
//! instant each was first seen, nothing of any bundle's content. It still
//! tells whose bundles were opened on this computer, and when, so the
//! reader can forget it ([`forget`]) and the threat model names it.
//!
//! It is written only after a bundle opened and checked; a failure to
//! read or write it never stops a bundle from opening.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::fsio;
use crate::signature::Fingerprint;

/// The file's name in the state folder.
pub const FILE_NAME: &str = "seen-signers.json";
const FORMAT: &str = "etapp-seen-signers";
/// The most bytes the file may have (some ten thousand signers).
const MAX_BYTES: u64 = 1024 * 1024;

/// Whether a signer was seen on this computer before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sighting {
    /// Never before.
    First,
    /// Before, first at this instant.
    Before {
        /// When this signer was first seen.
        first_seen: Timestamp,
    },
}

#[derive(Default, Serialize, Deserialize)]
struct File {
    format: String,
    version: u32,
    signers: Vec<Signer>,
}

#[derive(Serialize, Deserialize)]
struct Signer {
    fingerprint: String,
    first_seen: Timestamp,
}

fn path(dir: &Path) -> PathBuf {
    dir.join(FILE_NAME)
}

fn load(dir: &Path) -> Option<File> {
    match fsio::read_limited(&path(dir), MAX_BYTES) {
        Ok(bytes) => serde_json::from_slice::<File>(&bytes)
            .ok()
            .filter(|f| f.format == FORMAT),
        Err(fsio::ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            Some(File::default())
        }
        Err(_) => None,
    }
}

/// Whether `signer` was seen in `dir` before, and remembers it (at `now`)
/// when it was not. A file that cannot be read is left as it is.
pub fn remember(dir: &Path, signer: &Fingerprint, now: Timestamp) -> Sighting {
    let Some(mut file) = load(dir) else {
        return Sighting::First;
    };
    if let Some(s) = file.signers.iter().find(|s| s.fingerprint == signer.hex) {
        return Sighting::Before {
            first_seen: s.first_seen,
        };
    }
    file.format = FORMAT.into();
    file.version = 1;
    file.signers.push(Signer {
        fingerprint: signer.hex.clone(),
        first_seen: Timestamp::from_second(now.as_second()).unwrap_or(now),
    });
    let json = serde_json::to_vec_pretty(&file).expect("the file serializes");
    let _ = fsio::create_private_dir(dir).and_then(|()| fsio::write_atomic(&path(dir), &json));
    Sighting::First
}

/// Forgets every signer seen in `dir`.
pub fn forget(dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path(dir)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fingerprint(n: u8) -> Fingerprint {
        let key = ed25519_dalek::SigningKey::from_bytes(&[n; 32]).verifying_key();
        Fingerprint::of(&key)
    }

    #[test]
    fn a_signer_is_first_seen_once_and_forgotten_on_request() {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state");
        let t1: Timestamp = "2026-12-01T10:00:00Z".parse().unwrap();
        let t2: Timestamp = "2026-12-05T10:00:00Z".parse().unwrap();
        assert_eq!(remember(&state, &fingerprint(1), t1), Sighting::First);
        assert_eq!(
            remember(&state, &fingerprint(1), t2),
            Sighting::Before { first_seen: t1 }
        );
        assert_eq!(remember(&state, &fingerprint(2), t2), Sighting::First);
        let text = std::fs::read_to_string(path(&state)).unwrap();
        assert!(text.contains(&fingerprint(1).hex));
        forget(&state).unwrap();
        assert!(!path(&state).exists());
        assert_eq!(remember(&state, &fingerprint(1), t2), Sighting::First);
    }

    #[test]
    fn a_damaged_file_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(path(dir.path()), b"not json").unwrap();
        let t: Timestamp = "2026-12-01T10:00:00Z".parse().unwrap();
        assert_eq!(remember(dir.path(), &fingerprint(1), t), Sighting::First);
        assert_eq!(std::fs::read(path(dir.path())).unwrap(), b"not json");
    }
}
