//! Notes: table `note`.

use jiff::civil::Date;
use rusqlite::{params, Connection};

use super::{damaged, select, sql, Result, Store, StoreError};
use crate::record::{Note, RecordError};

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

impl Store {
    /// Every note, in the order written (by id).
    pub fn notes(&self) -> Result<Vec<Note>> {
        list(&self.conn)
    }

    /// Adds a note, checked against `today`; returns its id.
    pub fn add_note(&self, note: &Note, today: Date) -> Result<i64> {
        note.validate(today, "note")?;
        insert(&self.conn, note, None)
    }

    /// Saves note `note.id` as given.
    pub fn update_note(&self, note: &Note, today: Date) -> Result<()> {
        note.validate(today, "note")?;
        let changed = self
            .conn
            .execute(
                "UPDATE note SET date = ?2, language = ?3, text = ?4 WHERE id = ?1",
                params![note.id, note.date.to_string(), note.language, note.text],
            )
            .map_err(sql)?;
        if changed == 0 {
            return Err(StoreError::from(RecordError::NotFound {
                what: "note",
                id: note.id,
            }));
        }
        Ok(())
    }

    /// Deletes note `id`.
    pub fn delete_note(&self, id: i64) -> Result<()> {
        self.delete_row("note", id)
    }
}
