//! What crosses to the UI (and the CLI) when something fails: a Fluent
//! message id and its arguments, never library text. Every error type of
//! the core turns itself into one (`user_error()`); the UI and the CLI
//! turn it into a sentence in the person's language.
//!
//! It depends on nothing else in the core, so every room can use it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An error the UI shows: a Fluent message id and its arguments. The UI
/// turns it into a sentence in the person's language; no raw library text
/// ever reaches a person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UserError {
    /// Fluent message id, e.g. `error-wrong-passphrase`.
    pub code: String,
    /// Arguments for the message.
    pub args: BTreeMap<String, String>,
}

impl UserError {
    /// An error with no arguments.
    pub fn new(code: impl Into<String>) -> Self {
        UserError {
            code: code.into(),
            args: BTreeMap::new(),
        }
    }

    /// The message for a failed file operation: a full disk and a refused
    /// permission each say what to do; anything else says the save failed.
    pub fn from_io(e: &std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                UserError::new("error-disk-full")
            }
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                UserError::new("error-permission-denied")
            }
            _ => UserError::new("error-save-failed"),
        }
    }

    /// Adds an argument.
    pub fn with(mut self, key: &str, value: impl ToString) -> Self {
        self.args.insert(key.to_owned(), value.to_string());
        self
    }
}
