//! Notes: dated free text, for what fits nowhere else — what was said at a
//! meeting, a question to ask next time.
//!
//! Each note keeps the language it was written in (a BCP 47 tag such as
//! `ar` or `sv`), so a reader — the participant later, an interpreter, a
//! case worker — knows what it is in, and the app can mark it up with the
//! right `lang` for screen readers and fonts.

use jiff::civil::Date;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{check, damaged, select, sql};
use crate::vault::{Result, Vault, VaultError};

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
fn language_tag(tag: &str) -> bool {
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
            return Err(VaultError::invalid(format!("{path}.language")));
        }
        let text = format!("{path}.text");
        if self.text.trim().is_empty() {
            return Err(VaultError::EmptyTitle { field: text });
        }
        check::text(&self.text, &text)
    }
}

pub(crate) fn read(conn: &Connection, where_id: Option<i64>) -> Result<Vec<Note>> {
    let rows: Vec<(i64, String, String, String)> = select(
        conn,
        "SELECT id, date, language, text FROM note WHERE ?1 IS NULL OR id = ?1
         ORDER BY id",
        [where_id],
    )?;
    rows.into_iter()
        .map(|(id, date, language, text)| {
            Ok(Note {
                id,
                date: date.parse().map_err(|_| damaged())?,
                language,
                text,
            })
        })
        .collect()
}

pub(crate) fn list(conn: &Connection) -> Result<Vec<Note>> {
    read(conn, None)
}

/// Inserts a note (with its id, or a new one when `id` is `None`). The
/// caller has validated it.
pub(crate) fn insert(conn: &Connection, n: &Note, id: Option<i64>) -> Result<i64> {
    conn.execute(
        "INSERT INTO note (id, date, language, text) VALUES (?1, ?2, ?3, ?4)",
        params![id, n.date.to_string(), n.language, n.text],
    )
    .map_err(sql)?;
    Ok(conn.last_insert_rowid())
}

impl Vault {
    /// Every note, in the order written (by id).
    pub fn notes(&self) -> Result<Vec<Note>> {
        list(self.conn())
    }

    /// Adds a note, checked against `today`; returns its id.
    pub fn add_note(&self, note: &Note, today: Date) -> Result<i64> {
        note.validate(today, "note")?;
        insert(self.conn(), note, None)
    }

    /// Saves note `note.id` as given.
    pub fn update_note(&self, note: &Note, today: Date) -> Result<()> {
        note.validate(today, "note")?;
        let changed = self
            .conn()
            .execute(
                "UPDATE note SET date = ?2, language = ?3, text = ?4 WHERE id = ?1",
                params![note.id, note.date.to_string(), note.language, note.text],
            )
            .map_err(sql)?;
        if changed == 0 {
            return Err(VaultError::NotFound {
                what: "note",
                id: note.id,
            });
        }
        Ok(())
    }

    /// Deletes note `id`.
    pub fn delete_note(&self, id: i64) -> Result<()> {
        self.delete_row("note", id)
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
