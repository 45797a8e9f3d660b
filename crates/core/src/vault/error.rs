//! What can go wrong with the vault — its folder, its key file, its lock
//! and its secrets — and what each failure means to a person and to a
//! script.
//!
//! [`VaultError::exit_status`] gives the CLI's exit status from the
//! contract table, [`VaultError::user_error`] the Fluent message id (in
//! `locales/*/vault.ftl`) and its arguments for the person. The `Display`
//! text is for developers and logs only; it never contains a secret or a
//! value from the record. What the record's database reports is a
//! [`StoreError`], carried inside.

use std::io;

use crate::store::StoreError;
use crate::user_error::UserError;

/// An error from opening, creating or using the vault.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    /// The folder holds no vault.
    #[error("no vault in this folder")]
    NoVault,
    /// The database is there but the key file is not.
    #[error("the key file is missing")]
    KeyFileMissing,
    /// The key file cannot be read as a key file.
    #[error("the key file is damaged")]
    KeyFileDamaged,
    /// The key file is there but the database is not.
    #[error("the database file is missing")]
    DatabaseMissing,
    /// The database does not open with the unwrapped key (another vault's
    /// database, or a damaged file).
    #[error("the database does not open with the key")]
    DatabaseDoesNotOpen,
    /// The passphrase does not unwrap the key.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The recovery code is well formed but does not unwrap the key.
    #[error("wrong recovery code")]
    WrongRecoveryCode,
    /// The code has the wrong length or a wrong check digit.
    #[error("mistyped code")]
    MistypedCode,
    /// The vault (database or key file) was written by a newer Etapp.
    #[error("the vault was made by a newer version of Etapp")]
    NewerVersion,
    /// Another process has the vault open.
    #[error("the vault is in use by another process")]
    InUse,
    /// The folder already holds a vault.
    #[error("a vault already exists in this folder")]
    AlreadyExists,
    /// A new passphrase is shorter than the minimum.
    #[error("the passphrase is shorter than {min} characters")]
    PassphraseTooShort {
        /// The minimum number of characters.
        min: usize,
    },
    /// An auto-lock time outside `min..=max` minutes.
    #[error("auto-lock minutes out of range")]
    AutoLockOutOfRange {
        /// The fewest minutes allowed.
        min: u32,
        /// The most minutes allowed.
        max: u32,
    },
    /// The disk is full; nothing was saved.
    #[error("the disk is full")]
    DiskFull,
    /// Reading or writing a file failed.
    #[error("file access failed: {0}")]
    Storage(#[source] io::Error),
    /// The operating system's random number generator failed.
    #[error("no randomness available: {0}")]
    Randomness(getrandom::Error),
    /// The record's database refused or failed.
    #[error(transparent)]
    Store(StoreError),
}

impl VaultError {
    /// The CLI's exit status for this error (`CONTRACTS.md`, "Exit status").
    pub fn exit_status(&self) -> u8 {
        match self {
            VaultError::WrongPassphrase | VaultError::WrongRecoveryCode => 3,
            VaultError::MistypedCode => 4,
            VaultError::NewerVersion => 10,
            VaultError::InUse => 12,
            VaultError::NoVault
            | VaultError::KeyFileMissing
            | VaultError::KeyFileDamaged
            | VaultError::DatabaseMissing
            | VaultError::DatabaseDoesNotOpen => 13,
            VaultError::PassphraseTooShort { .. } | VaultError::AutoLockOutOfRange { .. } => 14,
            VaultError::AlreadyExists => 15,
            VaultError::DiskFull | VaultError::Storage(_) | VaultError::Randomness(_) => 1,
            VaultError::Store(e) => e.exit_status(),
        }
    }

    /// The message to show a person: a Fluent id in `vault.ftl` and its
    /// arguments. Library errors are never passed through as text.
    pub fn user_error(&self) -> UserError {
        match self {
            VaultError::NoVault => UserError::new("vault-error-no-vault"),
            VaultError::KeyFileMissing => UserError::new("vault-error-key-file-missing"),
            VaultError::KeyFileDamaged => UserError::new("vault-error-key-file-damaged"),
            VaultError::DatabaseMissing => UserError::new("vault-error-database-missing"),
            VaultError::DatabaseDoesNotOpen => UserError::new("vault-error-database-does-not-open"),
            VaultError::WrongPassphrase => UserError::new("vault-error-wrong-passphrase"),
            VaultError::WrongRecoveryCode => UserError::new("vault-error-wrong-recovery-code"),
            VaultError::MistypedCode => UserError::new("vault-error-mistyped-code"),
            VaultError::NewerVersion => UserError::new("vault-error-newer-version"),
            VaultError::InUse => UserError::new("vault-error-in-use"),
            VaultError::AlreadyExists => UserError::new("vault-error-already-exists"),
            VaultError::PassphraseTooShort { min } => {
                UserError::new("vault-error-passphrase-too-short").with("min", min)
            }
            VaultError::AutoLockOutOfRange { min, max } => {
                UserError::new("vault-error-invalid-auto-lock-minutes")
                    .with("min", min)
                    .with("max", max)
            }
            VaultError::DiskFull => UserError::new("vault-error-disk-full"),
            VaultError::Storage(_) => UserError::new("vault-error-storage"),
            VaultError::Randomness(_) => UserError::new("vault-error-randomness"),
            VaultError::Store(e) => e.user_error(),
        }
    }

    /// Sorts an I/O error: a full disk is its own case.
    pub(crate) fn from_io(e: io::Error) -> VaultError {
        if e.kind() == io::ErrorKind::StorageFull || e.kind() == io::ErrorKind::QuotaExceeded {
            VaultError::DiskFull
        } else {
            VaultError::Storage(e)
        }
    }
}

impl From<getrandom::Error> for VaultError {
    fn from(e: getrandom::Error) -> Self {
        VaultError::Randomness(e)
    }
}

/// What the store says, in the vault's words where the vault has them: a
/// database that does not open with the key, a newer schema and a full
/// disk are states of the vault.
impl From<StoreError> for VaultError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::DoesNotOpen => VaultError::DatabaseDoesNotOpen,
            StoreError::NewerVersion => VaultError::NewerVersion,
            StoreError::DiskFull => VaultError::DiskFull,
            other => VaultError::Store(other),
        }
    }
}

/// Results of vault operations.
pub type Result<T, E = VaultError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{localizer, Locale};

    fn every_variant() -> Vec<VaultError> {
        vec![
            VaultError::NoVault,
            VaultError::KeyFileMissing,
            VaultError::KeyFileDamaged,
            VaultError::DatabaseMissing,
            VaultError::DatabaseDoesNotOpen,
            VaultError::WrongPassphrase,
            VaultError::WrongRecoveryCode,
            VaultError::MistypedCode,
            VaultError::NewerVersion,
            VaultError::InUse,
            VaultError::AlreadyExists,
            VaultError::PassphraseTooShort { min: 10 },
            VaultError::AutoLockOutOfRange { min: 1, max: 120 },
            VaultError::DiskFull,
            VaultError::Storage(io::Error::other("x")),
            VaultError::Randomness(getrandom::Error::UNSUPPORTED),
        ]
    }

    #[test]
    fn every_error_has_a_message_in_every_locale() {
        let ids = localizer().message_ids(Locale::reference());
        for e in every_variant() {
            let ue = e.user_error();
            assert!(ids.contains(&ue.code), "{} has no message", ue.code);
        }
    }

    #[test]
    fn exit_statuses_follow_the_contract() {
        let statuses: Vec<u8> = every_variant()
            .iter()
            .map(VaultError::exit_status)
            .collect();
        assert_eq!(
            statuses,
            [13, 13, 13, 13, 13, 3, 3, 4, 10, 12, 15, 14, 14, 1, 1, 1]
        );
    }

    #[test]
    fn a_full_disk_is_recognised_from_io() {
        assert!(matches!(
            VaultError::from_io(io::Error::from(io::ErrorKind::StorageFull)),
            VaultError::DiskFull
        ));
        assert!(matches!(
            VaultError::from_io(io::Error::from(io::ErrorKind::PermissionDenied)),
            VaultError::Storage(_)
        ));
    }
}
