//! Making a share: the one place where the vault, the store and the bundle
//! format meet. The store gives the record, the bundle format picks the
//! chosen parts and writes the consent record, the vault's signing secret
//! signs, and the share log remembers.
//!
//! It comes in two steps so the participant sees exactly what will be
//! shared before anything is written: [`draft`] builds the payload (for
//! the preview, and for the consent text the CLI prints), [`make`] signs,
//! encrypts, writes the files and logs it. A share is written as the
//! `.etapp` file, as the offline reader page ([`bundle::page`]) that holds
//! the same bytes, or both. Each file is written whole or not at all
//! (`crate::fsio::write_atomic`), and a share is logged only once its
//! files are written; if a later step fails, the files written are removed
//! again.

use std::path::Path;

use jiff::Timestamp;

use crate::bundle::draft::{Draft, ShareRequest};
use crate::bundle::log::{Lock, ShareEntry};
use crate::bundle::{self, Recipient, ShareCode};
use crate::error::{Error, Result};
use crate::vault::Vault;

/// Builds the payload of `request` from the vault's record at `now` (see
/// [`bundle::draft`]).
pub fn draft(vault: &Vault, request: &ShareRequest, now: Timestamp) -> Result<Draft> {
    let record = vault.store().export_record()?;
    let fingerprint = vault.fingerprint();
    Ok(bundle::draft::draft(
        &record,
        request,
        &fingerprint.hex,
        random_id()?,
        now,
    )?)
}

/// How to lock a new bundle.
pub enum LockWith {
    /// With a new share code.
    Code,
    /// To an agency's public key.
    Key(Recipient),
}

/// Where a new share is written: the `.etapp` file, the reader page, or
/// both (at least one).
#[derive(Clone, Copy, Debug)]
pub struct Targets<'a> {
    /// The bundle file.
    pub bundle: Option<&'a Path>,
    /// The `.html` page that holds the bundle and a reader.
    pub page: Option<&'a Path>,
}

/// A share made: logged, its files written.
pub struct Made {
    /// Its entry in the share log.
    pub entry: ShareEntry,
    /// The share code to say aloud, for a bundle locked with one.
    pub code: Option<ShareCode>,
}

/// Signs and encrypts `draft`, writes it where `targets` say and logs it.
pub fn make(vault: &Vault, draft: &Draft, lock: LockWith, targets: Targets<'_>) -> Result<Made> {
    let (recipient, kind) = match lock {
        LockWith::Code => (Recipient::Code(ShareCode::generate()?), Lock::Code),
        LockWith::Key(r) => (r, Lock::Key),
    };
    let signer = vault.signing_key()?;
    let bytes = bundle::seal(&draft.payload, &signer, &recipient)?;
    drop(signer);
    let code = match recipient {
        Recipient::Code(code) => Some(code),
        Recipient::Key(_) => None,
    };
    let mut written: Vec<&Path> = Vec::new();
    let remove = |written: &[&Path]| {
        for path in written {
            let _ = std::fs::remove_file(path);
        }
    };
    let files = [
        targets.bundle.map(|p| (p, bytes.clone())),
        targets
            .page
            .map(|p| (p, bundle::page::page(&bytes).into_bytes())),
    ];
    for (path, content) in files.into_iter().flatten() {
        if let Err(e) = crate::fsio::write_atomic(path, &content) {
            remove(&written);
            return Err(Error::Io(e));
        }
        written.push(path);
    }
    let mut entry = ShareEntry::of(&draft.payload, kind);
    match vault.store().add_share(&entry) {
        Ok(id) => entry.id = id,
        Err(e) => {
            remove(&written);
            return Err(e.into());
        }
    }
    Ok(Made { entry, code })
}

/// 16 random bytes as 32 hex digits.
fn random_id() -> Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(crate::bundle::BundleError::from)?;
    Ok(hex::encode(bytes))
}
