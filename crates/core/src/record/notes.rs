//! Notes: dated free text, for what fits nowhere else — what was said at a
//! meeting, a question to ask next time.
//!
//! Each note keeps the language it was written in (a BCP 47 tag such as
//! `ar` or `sv`), so a reader — the participant later, an interpreter, a
//! case worker — knows what it is in, and the app can mark it up with the
//! right `lang` for screen readers and fonts.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::check;
use super::error::{RecordError, Result};

/// A note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// Its id (ignored when adding).
    #[ts(type = "number")]
    pub id: i64,
    /// The day it is about.
    #[ts(type = "string")]
    pub date: Date,
    /// The language it is written in (BCP 47: `ar`, `sv`, `ti`, `fa-AF`).
    pub language: String,
    /// What it says.
    pub text: String,
}

/// Whether `tag` looks like a BCP 47 language tag: a language of 2–3
/// letters, then subtags of 1–8 letters or digits.
/// Whether `tag` has the shape of a BCP 47 language tag (`ar`, `fa-AF`).
pub fn language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

impl Note {
    /// Checks every field against `today`; `path` is the note's JSON path.
    pub fn validate(&self, today: Date, path: &str) -> Result<()> {
        let date = format!("{path}.date");
        check::plausible(Some(self.date), &date)?;
        check::not_future(Some(self.date), today, &date)?;
        if !language_tag(&self.language) {
            return Err(RecordError::invalid(format!("{path}.language")));
        }
        let text = format!("{path}.text");
        if self.text.trim().is_empty() {
            return Err(RecordError::EmptyTitle { field: text });
        }
        check::text(&self.text, &text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        for ok in ["ar", "sv", "ti", "fa-AF", "sr-Latn", "prs"] {
            assert!(language_tag(ok), "{ok}");
        }
        for bad in ["", "a", "Arabic", "ar-", "ar_SY", "ar-toolongsubtag", "عر"] {
            assert!(!language_tag(bad), "{bad}");
        }
    }
}
