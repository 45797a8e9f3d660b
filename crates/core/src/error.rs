//! Every error of the core in one type, for the two programs on top of it:
//! the desktop shell and the CLI turn any of them into a [`UserError`]
//! (what the person reads) and an exit status, the same way.
//!
//! Each room has its own error, with its own messages and statuses: the
//! record's rules ([`RecordError`]), the store ([`StoreError`]), the vault
//! ([`VaultError`]), the bundle format ([`BundleError`]), and files handed
//! to Etapp ([`ReadError`]). This type only gathers them; nothing inside the core
//! returns it, so a room never depends on another room's errors through
//! it.

use crate::bundle::BundleError;
use crate::fsio::ReadError;
use crate::record::RecordError;
use crate::store::StoreError;
use crate::user_error::UserError;
use crate::vault::backup::BackupError;
use crate::vault::VaultError;

/// An error from any room of the core.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A value of the record was refused.
    #[error(transparent)]
    Record(#[from] RecordError),
    /// The record's database refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The vault refused or failed.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// A bundle could not be made or opened.
    #[error(transparent)]
    Bundle(#[from] BundleError),
    /// A backup could not be made, restored or checked.
    #[error(transparent)]
    Backup(#[from] BackupError),
    /// A file handed to Etapp could not be read.
    #[error(transparent)]
    File(#[from] ReadError),
    /// A file Etapp writes for the person (a bundle) could not be written.
    #[error("writing failed: {0}")]
    Io(#[source] std::io::Error),
}

impl Error {
    /// The CLI's exit status (`CONTRACTS.md`, "Exit status").
    pub fn exit_status(&self) -> u8 {
        match self {
            Error::Record(e) => e.exit_status(),
            Error::Store(e) => e.exit_status(),
            Error::Vault(e) => e.exit_status(),
            Error::Bundle(e) => e.exit_status(),
            Error::Backup(e) => e.exit_status(),
            Error::File(ReadError::TooLarge { .. }) => 11,
            Error::File(_) | Error::Io(_) => 1,
        }
    }

    /// The message for a person: a Fluent id and its arguments.
    pub fn user_error(&self) -> UserError {
        match self {
            Error::Record(e) => e.user_error(),
            Error::Store(e) => e.user_error(),
            Error::Vault(e) => e.user_error(),
            Error::Bundle(e) => e.user_error(),
            Error::Backup(e) => e.user_error(),
            Error::File(ReadError::TooLarge { limit }) => {
                UserError::new("file-error-too-large").with("megabytes", limit / (1024 * 1024))
            }
            Error::File(ReadError::NotAFile) => UserError::new("file-error-not-a-file"),
            Error::File(ReadError::Io(_)) => UserError::new("file-error-unreadable"),
            Error::Io(e) => UserError::from_io(e),
        }
    }
}

/// Results of the core, as the shell and the CLI see them.
pub type Result<T, E = Error> = std::result::Result<T, E>;
