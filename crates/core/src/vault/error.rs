//! What can go wrong with the vault, and what each failure means to a
//! person and to a script.
//!
//! One enum, so the CLI and the desktop shell handle every case the same
//! way: [`VaultError::exit_status`] gives the CLI's exit status from the
//! contract table, [`VaultError::user_error`] gives the Fluent message id
//! (in `locales/*/vault.ftl`) and its arguments for the person. The
//! `Display` text is for developers and logs only; it never contains a
//! secret or a value from the record.

use std::io;

use crate::types::UserError;

/// A field of the vault whose value was refused; the message names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Field {
    /// The profile's display name.
    Name,
    /// The profile's arrival date in Sweden.
    Arrived,
    /// Minutes until the app locks itself.
    AutoLockMinutes,
}

impl Field {
    /// The name used in Fluent ids and in the `field` argument.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Arrived => "arrived",
            Field::AutoLockMinutes => "auto-lock-minutes",
        }
    }
}

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
    /// A value was refused; `field` says which.
    #[error("invalid value for {}", field.as_str())]
    InvalidInput {
        /// The field whose value was refused.
        field: Field,
    },
    /// The disk (or the database's size limit) is full; nothing was saved.
    #[error("the disk is full")]
    DiskFull,
    /// Reading or writing a file failed.
    #[error("file access failed: {0}")]
    Storage(#[source] io::Error),
    /// The database reported an error.
    #[error("database error: {0}")]
    Database(#[source] rusqlite::Error),
    /// The operating system's random number generator failed.
    #[error("no randomness available: {0}")]
    Randomness(getrandom::Error),
    /// A value in the record was refused. `field` is its JSON path
    /// (`steps[2].title`, `profile.municipality`), so the message names it.
    #[error("invalid value for {field}")]
    InvalidValue {
        /// JSON path of the refused value.
        field: String,
    },
    /// A title (or name) that must be filled in is empty.
    #[error("{field} is empty")]
    EmptyTitle {
        /// JSON path of the empty value.
        field: String,
    },
    /// A date that cannot be yet (a child born in the future, an arrival
    /// tomorrow).
    #[error("{field} is in the future")]
    DateInFuture {
        /// JSON path of the date.
        field: String,
    },
    /// An end date before its start date.
    #[error("{field} is before the start")]
    EndBeforeStart {
        /// JSON path of the end date.
        field: String,
    },
    /// A sub-goal whose final goal does not exist (or is itself a
    /// sub-goal).
    #[error("{field} names no final goal")]
    SubGoalWithoutFinalGoal {
        /// JSON path of the reference.
        field: String,
    },
    /// An evaluation for a step that has never been done or cancelled.
    #[error("{field}: the step is not over")]
    EvaluationTooEarly {
        /// JSON path of the evaluation.
        field: String,
    },
    /// Nothing with this id: `what` is `goal`, `step` or `contact`.
    #[error("no {what} with id {id}")]
    NotFound {
        /// The kind of item.
        what: &'static str,
        /// The id asked for.
        id: i64,
    },
    /// A record file that is not JSON, or not the record's shape; `field`
    /// is where reading stopped.
    #[error("not a record file at {field}")]
    NotARecord {
        /// JSON path where the file stopped making sense.
        field: String,
    },
    /// Import into a vault that already holds data.
    #[error("the record already holds data")]
    RecordNotEmpty,
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
            VaultError::PassphraseTooShort { .. } | VaultError::InvalidInput { .. } => 14,
            VaultError::AlreadyExists | VaultError::RecordNotEmpty => 15,
            VaultError::InvalidValue { .. }
            | VaultError::EmptyTitle { .. }
            | VaultError::DateInFuture { .. }
            | VaultError::EndBeforeStart { .. }
            | VaultError::SubGoalWithoutFinalGoal { .. }
            | VaultError::EvaluationTooEarly { .. }
            | VaultError::NotFound { .. }
            | VaultError::NotARecord { .. } => 14,
            VaultError::DiskFull
            | VaultError::Storage(_)
            | VaultError::Database(_)
            | VaultError::Randomness(_) => 1,
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
            VaultError::InvalidInput { field } => {
                let e = UserError::new(format!("vault-error-invalid-{}", field.as_str()));
                match field {
                    Field::Name => e.with("max", crate::vault::profile::NAME_MAX_CHARS),
                    Field::Arrived => e,
                    Field::AutoLockMinutes => e
                        .with("min", crate::vault::AUTO_LOCK_MINUTES.start())
                        .with("max", crate::vault::AUTO_LOCK_MINUTES.end()),
                }
            }
            VaultError::DiskFull => UserError::new("vault-error-disk-full"),
            VaultError::Storage(_) => UserError::new("vault-error-storage"),
            VaultError::Database(_) => UserError::new("vault-error-database"),
            VaultError::Randomness(_) => UserError::new("vault-error-randomness"),
            VaultError::InvalidValue { field } => {
                UserError::new("record-error-invalid-value").with("field", field)
            }
            VaultError::EmptyTitle { field } => {
                UserError::new("record-error-empty-title").with("field", field)
            }
            VaultError::DateInFuture { field } => {
                UserError::new("record-error-date-in-future").with("field", field)
            }
            VaultError::EndBeforeStart { field } => {
                UserError::new("record-error-end-before-start").with("field", field)
            }
            VaultError::SubGoalWithoutFinalGoal { field } => {
                UserError::new("record-error-sub-goal-without-final-goal").with("field", field)
            }
            VaultError::EvaluationTooEarly { field } => {
                UserError::new("record-error-evaluation-too-early").with("field", field)
            }
            VaultError::NotFound { what, id } => {
                UserError::new(format!("record-error-no-such-{what}")).with("id", id)
            }
            VaultError::NotARecord { field } => {
                UserError::new("record-error-not-a-record").with("field", field)
            }
            VaultError::RecordNotEmpty => UserError::new("record-error-not-empty"),
        }
    }

    /// A refused value at `field` (a JSON path).
    pub fn invalid(field: impl Into<String>) -> VaultError {
        VaultError::InvalidValue {
            field: field.into(),
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

    /// Sorts a database error: a full disk and a file that is not a
    /// database (wrong key) are their own cases.
    pub(crate) fn from_sqlite(e: rusqlite::Error) -> VaultError {
        use rusqlite::ffi::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => VaultError::DiskFull,
            Some(ErrorCode::NotADatabase) => VaultError::DatabaseDoesNotOpen,
            _ => VaultError::Database(e),
        }
    }
}

impl From<getrandom::Error> for VaultError {
    fn from(e: getrandom::Error) -> Self {
        VaultError::Randomness(e)
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
            VaultError::InvalidInput { field: Field::Name },
            VaultError::InvalidInput {
                field: Field::Arrived,
            },
            VaultError::InvalidInput {
                field: Field::AutoLockMinutes,
            },
            VaultError::DiskFull,
            VaultError::Storage(io::Error::other("x")),
            VaultError::Database(rusqlite::Error::InvalidQuery),
            VaultError::Randomness(getrandom::Error::UNSUPPORTED),
            VaultError::invalid("steps[0].title"),
            VaultError::EmptyTitle { field: "x".into() },
            VaultError::DateInFuture { field: "x".into() },
            VaultError::EndBeforeStart { field: "x".into() },
            VaultError::SubGoalWithoutFinalGoal { field: "x".into() },
            VaultError::EvaluationTooEarly { field: "x".into() },
            VaultError::NotFound {
                what: "goal",
                id: 1,
            },
            VaultError::NotFound {
                what: "step",
                id: 1,
            },
            VaultError::NotFound {
                what: "contact",
                id: 1,
            },
            VaultError::NotFound {
                what: "checkin",
                id: 1,
            },
            VaultError::NotFound {
                what: "obstacle",
                id: 1,
            },
            VaultError::NotFound {
                what: "note",
                id: 1,
            },
            VaultError::NotARecord { field: "x".into() },
            VaultError::RecordNotEmpty,
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
            [
                13, 13, 13, 13, 13, 3, 3, 4, 10, 12, 15, 14, 14, 14, 14, 1, 1, 1, 1, 14, 14, 14,
                14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 15
            ]
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
