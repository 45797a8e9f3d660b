//! What the record's rules refuse, and how each refusal reads.
//!
//! Every error that comes from a value of the record names that value by
//! its JSON path (`steps[2].title`, `profile.name`), the same path in the
//! app, in the CLI and for an imported file, so a person or a script can
//! find it. The `Display` text is for developers and never holds a value
//! of the record.

use crate::user_error::UserError;

/// A value of the record that breaks one of its rules, or a document that
/// is not a record.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// A value was refused. `field` is its JSON path.
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
    /// Nothing with this id: `what` is `goal`, `step`, `contact`,
    /// `checkin`, `obstacle` or `note`.
    #[error("no {what} with id {id}")]
    NotFound {
        /// The kind of item.
        what: &'static str,
        /// The id asked for.
        id: i64,
    },
    /// A document that is not JSON, or not the record's shape; `field` is
    /// where reading stopped.
    #[error("not a record file at {field}")]
    NotARecord {
        /// JSON path where the document stopped making sense.
        field: String,
    },
    /// A document that gives the same key twice in one object; `field` is
    /// that key's JSON path.
    #[error("{field} is given twice")]
    DuplicateKey {
        /// JSON path of the repeated key.
        field: String,
    },
    /// A document written by a newer format version than this build reads.
    #[error("the record was made by a newer version of Etapp")]
    NewerVersion,
}

impl RecordError {
    /// A refused value at `field` (a JSON path).
    pub fn invalid(field: impl Into<String>) -> RecordError {
        RecordError::InvalidValue {
            field: field.into(),
        }
    }

    /// The CLI's exit status (`CONTRACTS.md`): 10 for a newer format,
    /// 14 for everything else (invalid input).
    pub fn exit_status(&self) -> u8 {
        match self {
            RecordError::NewerVersion => 10,
            _ => 14,
        }
    }

    /// The message for a person: a Fluent id in `record.ftl` (or
    /// `vault.ftl` for a newer version) and its arguments.
    pub fn user_error(&self) -> UserError {
        let at = |id: &str, field: &str| UserError::new(id).with("field", field);
        match self {
            RecordError::InvalidValue { field } => at("record-error-invalid-value", field),
            RecordError::EmptyTitle { field } => at("record-error-empty-title", field),
            RecordError::DateInFuture { field } => at("record-error-date-in-future", field),
            RecordError::EndBeforeStart { field } => at("record-error-end-before-start", field),
            RecordError::SubGoalWithoutFinalGoal { field } => {
                at("record-error-sub-goal-without-final-goal", field)
            }
            RecordError::EvaluationTooEarly { field } => {
                at("record-error-evaluation-too-early", field)
            }
            RecordError::NotFound { what, id } => {
                UserError::new(format!("record-error-no-such-{what}")).with("id", id)
            }
            RecordError::NotARecord { field } => at("record-error-not-a-record", field),
            RecordError::DuplicateKey { field } => at("record-error-duplicate-key", field),
            RecordError::NewerVersion => UserError::new("vault-error-newer-version"),
        }
    }
}

/// Results of the record's checks.
pub type Result<T, E = RecordError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{localizer, Locale};

    fn every_variant() -> Vec<RecordError> {
        let f = || "steps[0].title".to_owned();
        let mut all = vec![
            RecordError::invalid(f()),
            RecordError::EmptyTitle { field: f() },
            RecordError::DateInFuture { field: f() },
            RecordError::EndBeforeStart { field: f() },
            RecordError::SubGoalWithoutFinalGoal { field: f() },
            RecordError::EvaluationTooEarly { field: f() },
            RecordError::NotARecord { field: f() },
            RecordError::DuplicateKey { field: f() },
            RecordError::NewerVersion,
        ];
        for what in ["goal", "step", "contact", "checkin", "obstacle", "note"] {
            all.push(RecordError::NotFound { what, id: 1 });
        }
        all
    }

    #[test]
    fn every_error_has_a_message_and_names_its_field() {
        let ids = localizer().message_ids(Locale::reference());
        for e in every_variant() {
            let ue = e.user_error();
            assert!(ids.contains(&ue.code), "{} has no message", ue.code);
            let named = ue.args.get("field").or(ue.args.get("id"));
            assert!(
                named.is_some() || matches!(e, RecordError::NewerVersion),
                "{e:?}"
            );
        }
    }

    #[test]
    fn exit_statuses_follow_the_contract() {
        for e in every_variant() {
            let want = if matches!(e, RecordError::NewerVersion) {
                10
            } else {
                14
            };
            assert_eq!(e.exit_status(), want, "{e:?}");
        }
    }
}
