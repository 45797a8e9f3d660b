//! What can go wrong when the record is read from or written to its
//! database, and what each failure means to a person and to a script.

use crate::record::RecordError;
use crate::user_error::UserError;

/// An error of the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// A value of the record was refused, or an id names nothing.
    #[error(transparent)]
    Record(#[from] RecordError),
    /// Import (or the demo) into a record that already holds data.
    #[error("the record already holds data")]
    RecordNotEmpty,
    /// The disk (or the database's size limit) is full; nothing was saved.
    #[error("the disk is full")]
    DiskFull,
    /// The database does not open with the key: another vault's database,
    /// or not a database at all.
    #[error("the database does not open with the key")]
    DoesNotOpen,
    /// The database opens, but a page or a value in it is damaged (changed
    /// outside Etapp, or by a failing disk).
    #[error("the database is damaged")]
    Damaged,
    /// The database was written by a newer Etapp.
    #[error("the database was made by a newer version of Etapp")]
    NewerVersion,
    /// The database reported another error.
    #[error("database error: {0}")]
    Database(#[source] rusqlite::Error),
    /// A file beside the database (a copy of it) could not be written.
    #[error("file access failed: {0}")]
    Storage(#[source] std::io::Error),
}

impl StoreError {
    /// The CLI's exit status (`CONTRACTS.md`, "Exit status").
    pub fn exit_status(&self) -> u8 {
        match self {
            StoreError::Record(e) => e.exit_status(),
            StoreError::RecordNotEmpty => 15,
            StoreError::DoesNotOpen | StoreError::Damaged => 13,
            StoreError::NewerVersion => 10,
            StoreError::DiskFull | StoreError::Database(_) | StoreError::Storage(_) => 1,
        }
    }

    /// The message for a person: a Fluent id and its arguments.
    pub fn user_error(&self) -> UserError {
        match self {
            StoreError::Record(e) => e.user_error(),
            StoreError::RecordNotEmpty => UserError::new("record-error-not-empty"),
            StoreError::DiskFull => UserError::new("vault-error-disk-full"),
            StoreError::DoesNotOpen => UserError::new("vault-error-database-does-not-open"),
            StoreError::Damaged => UserError::new("vault-error-database-damaged"),
            StoreError::NewerVersion => UserError::new("vault-error-newer-version"),
            StoreError::Database(_) => UserError::new("vault-error-database"),
            StoreError::Storage(_) => UserError::new("vault-error-storage"),
        }
    }

    /// Sorts a database error: a full disk and a damaged page are their
    /// own cases. (A key that does not fit is caught on open.)
    pub(crate) fn from_sqlite(e: rusqlite::Error) -> StoreError {
        use rusqlite::ffi::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            // After the key was checked on open, a page that fails
            // SQLCipher's check is a damaged page.
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::Damaged,
            _ => StoreError::Database(e),
        }
    }
}

impl StoreError {
    /// Sorts a file error: a full disk is its own case.
    pub(crate) fn from_io(e: std::io::Error) -> StoreError {
        match e.kind() {
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                StoreError::DiskFull
            }
            _ => StoreError::Storage(e),
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::from_sqlite(e)
    }
}

/// Results of the store.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{localizer, Locale};

    #[test]
    fn every_error_has_a_message_and_its_status() {
        let ids = localizer().message_ids(Locale::reference());
        let cases = [
            (StoreError::Record(RecordError::invalid("x")), 14),
            (StoreError::RecordNotEmpty, 15),
            (StoreError::DiskFull, 1),
            (StoreError::DoesNotOpen, 13),
            (StoreError::Damaged, 13),
            (StoreError::NewerVersion, 10),
            (StoreError::Database(rusqlite::Error::InvalidQuery), 1),
            (StoreError::Storage(std::io::Error::other("x")), 1),
        ];
        for (e, status) in cases {
            let ue = e.user_error();
            assert!(ids.contains(&ue.code), "{} has no message", ue.code);
            assert_eq!(e.exit_status(), status, "{e:?}");
        }
    }
}
