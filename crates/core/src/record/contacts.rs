//! The people the participant deals with at the agencies: case workers,
//! teachers, a nurse. Kept with the profile, shareable on their own (the
//! bundle's `contacts` section), and named by steps as their contact
//! person.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::check;
use super::error::{RecordError, Result};
use crate::catalog::Agency;

/// A contact person at an agency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Its id (ignored when adding).
    #[ts(type = "number")]
    pub id: i64,
    /// The person's name.
    pub name: String,
    /// The agency they work for.
    pub agency: Agency,
    /// Their unit or office.
    pub unit: String,
    /// Phone number.
    pub phone: String,
    /// E-mail address.
    pub email: String,
    /// The participant's own note.
    pub note: String,
}

impl Contact {
    /// Checks every field; `path` is the contact's JSON path.
    pub fn validate(&self, path: &str) -> Result<()> {
        check::required_line(&self.name, check::LINE_MAX_CHARS, &format!("{path}.name"))?;
        check::line(&self.unit, check::LINE_MAX_CHARS, &format!("{path}.unit"))?;
        let phone_ok = self
            .phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()".contains(c))
            && self.phone.len() <= 40;
        if !phone_ok {
            return Err(RecordError::invalid(format!("{path}.phone")));
        }
        let email_ok = self.email.is_empty()
            || (self.email.len() <= 200
                && !self.email.chars().any(char::is_whitespace)
                && self
                    .email
                    .split_once('@')
                    .is_some_and(|(a, d)| !a.is_empty() && d.contains('.')));
        if !email_ok {
            return Err(RecordError::invalid(format!("{path}.email")));
        }
        check::text(&self.note, &format!("{path}.note"))
    }
}
