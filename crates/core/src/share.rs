//! Making a share: the one place where the vault, the store and the bundle
//! format meet. The store gives the record, the bundle format picks the
//! chosen parts and writes the consent record, the vault's signing secret
//! signs, and the share log remembers.
//!
//! It comes in two steps so the participant sees exactly what will be
//! shared before anything is written: [`draft`] builds the payload (for
//! the preview, and for the consent text the CLI prints), [`make`] signs,
//! encrypts, writes the file and logs it. The file is written whole or not
//! at all (`crate::fsio::write_atomic`), and a share is logged only once
//! its file is written; if logging fails, the file is removed again.

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

/// A share made: logged, its file written.
pub struct Made {
    /// Its entry in the share log.
    pub entry: ShareEntry,
    /// The share code to say aloud, for a bundle locked with one.
    pub code: Option<ShareCode>,
}

/// Signs and encrypts `draft`, writes it to `out` and logs it.
pub fn make(vault: &Vault, draft: &Draft, lock: LockWith, out: &Path) -> Result<Made> {
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
    crate::fsio::write_atomic(out, &bytes).map_err(Error::Io)?;
    let mut entry = ShareEntry::of(&draft.payload, kind);
    match vault.store().add_share(&entry) {
        Ok(id) => entry.id = id,
        Err(e) => {
            let _ = std::fs::remove_file(out);
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
