//! Check-ins: tables `checkin` and `checkin_area` (one row per area scored).

use jiff::civil::Date;
use rusqlite::{params, Connection};

use super::{code_from_db, damaged, select, sql, Result, Store, StoreError};
use crate::catalog::Code;
use crate::record::{AreaLevel, CheckIn, RecordError};

/// Check-ins, oldest first (by date, then id). With `newest`, only that
/// many of the latest.
pub(crate) fn read(
    conn: &Connection,
    where_id: Option<i64>,
    newest: Option<u32>,
) -> Result<Vec<CheckIn>> {
    let limit = newest.map_or(-1, i64::from);
    let rows: Vec<(i64, String, String)> = select(
        conn,
        "SELECT id, date, note FROM checkin WHERE ?1 IS NULL OR id = ?1
         ORDER BY date DESC, id DESC LIMIT ?2",
        params![where_id, limit],
    )?;
    // The areas of all of them in one query, attached by check-in id.
    let parts: Vec<(i64, String, String, String)> = select(
        conn,
        "SELECT a.checkin_id, a.life_area, a.level, a.note FROM checkin_area a
         JOIN (SELECT id FROM checkin WHERE ?1 IS NULL OR id = ?1
         ORDER BY date DESC, id DESC LIMIT ?2) c ON c.id = a.checkin_id",
        params![where_id, limit],
    )?;
    let mut out = rows
        .into_iter()
        .rev()
        .map(|(id, date, note)| {
            Ok(CheckIn {
                id,
                date: date.parse().map_err(|_| damaged())?,
                areas: Vec::new(),
                note,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let index: std::collections::HashMap<i64, usize> =
        out.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    for (id, area, level, note) in parts {
        let i = *index.get(&id).ok_or_else(damaged)?;
        out[i].areas.push(AreaLevel {
            life_area: code_from_db(&area)?,
            level: code_from_db(&level)?,
            note,
        });
    }
    for c in &mut out {
        c.areas.sort_by_key(|a| a.life_area);
    }
    Ok(out)
}

pub(crate) fn list(conn: &Connection) -> Result<Vec<CheckIn>> {
    read(conn, None, None)
}

fn write_areas(conn: &Connection, id: i64, c: &CheckIn) -> Result<()> {
    conn.execute("DELETE FROM checkin_area WHERE checkin_id = ?1", [id])
        .map_err(sql)?;
    for a in &c.areas {
        conn.execute(
            "INSERT INTO checkin_area (checkin_id, life_area, level, note) VALUES (?1, ?2, ?3, ?4)",
            params![id, a.life_area.code(), a.level.code(), a.note],
        )
        .map_err(sql)?;
    }
    Ok(())
}

/// Inserts a check-in (with its id, or a new one when `id` is `None`).
/// The caller has validated it and holds a transaction.
pub(crate) fn insert(conn: &Connection, c: &CheckIn, id: Option<i64>) -> Result<i64> {
    conn.execute(
        "INSERT INTO checkin (id, date, note) VALUES (?1, ?2, ?3)",
        params![id, c.date.to_string(), c.note],
    )
    .map_err(sql)?;
    let id = conn.last_insert_rowid();
    write_areas(conn, id, c)?;
    Ok(id)
}

impl Store {
    /// Every check-in, oldest first.
    pub fn checkins(&self) -> Result<Vec<CheckIn>> {
        list(&self.conn)
    }

    /// Check-in `id`.
    pub fn checkin(&self, id: i64) -> Result<CheckIn> {
        read(&self.conn, Some(id), None)?
            .pop()
            .ok_or(StoreError::from(RecordError::NotFound {
                what: "checkin",
                id,
            }))
    }

    /// Adds a check-in made on or before `today`; returns its id.
    pub fn add_checkin(&self, checkin: &CheckIn, today: Date) -> Result<i64> {
        checkin.validate(today, "checkin")?;
        let tx = self.conn.unchecked_transaction().map_err(sql)?;
        let id = insert(&tx, checkin, None)?;
        tx.commit().map_err(sql)?;
        Ok(id)
    }

    /// Saves check-in `checkin.id` as given.
    pub fn update_checkin(&self, checkin: &CheckIn, today: Date) -> Result<()> {
        checkin.validate(today, "checkin")?;
        let tx = self.conn.unchecked_transaction().map_err(sql)?;
        let changed = tx
            .execute(
                "UPDATE checkin SET date = ?2, note = ?3 WHERE id = ?1",
                params![checkin.id, checkin.date.to_string(), checkin.note],
            )
            .map_err(sql)?;
        if changed == 0 {
            return Err(StoreError::from(RecordError::NotFound {
                what: "checkin",
                id: checkin.id,
            }));
        }
        write_areas(&tx, checkin.id, checkin)?;
        tx.commit().map_err(sql)
    }

    /// Deletes check-in `id`.
    pub fn delete_checkin(&self, id: i64) -> Result<()> {
        self.delete_row("checkin", id)
    }
}
