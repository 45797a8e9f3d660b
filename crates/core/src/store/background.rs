//! The background: one JSON document in table `background`, replaced whole
//! (the participant edits it as one, at one desk).

use jiff::civil::Date;
use rusqlite::{params, Connection, OptionalExtension};

use super::{damaged, sql, Result, Store};
use crate::record::Background;

pub(crate) fn read(conn: &Connection) -> Result<Background> {
    let doc: Option<String> = conn
        .query_row("SELECT document FROM background WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()
        .map_err(sql)?;
    match doc {
        None => Ok(Background::default()),
        Some(d) => serde_json::from_str(&d).map_err(|_| damaged()),
    }
}

/// Stores `b` (already validated and numbered).
pub(crate) fn write(conn: &Connection, b: &Background) -> Result<()> {
    let doc = serde_json::to_string(b).expect("a background serializes");
    conn.execute(
        "INSERT INTO background (id, document) VALUES (1, ?1)
         ON CONFLICT (id) DO UPDATE SET document = excluded.document",
        params![doc],
    )
    .map_err(sql)?;
    Ok(())
}

impl Store {
    /// The background.
    pub fn background(&self) -> Result<Background> {
        read(&self.conn)
    }

    /// Replaces the background after checking it against `today`; returns
    /// it as stored, with new entries numbered.
    pub fn set_background(&self, background: &Background, today: Date) -> Result<Background> {
        background.validate(today, "background")?;
        let mut b = background.clone();
        b.give_ids("background")?;
        write(&self.conn, &b)?;
        Ok(b)
    }
}
