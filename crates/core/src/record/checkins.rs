//! Check-ins (avstämningar): on a given day, how each area of life is
//! going, as the participant sees it — a level from 1 (in crisis) to 5
//! (managing on my own), or "not relevant now", with an optional note.
//!
//! Why keep every check-in: progress in each life area over time is what
//! the participant and the agencies follow up (003, systematic follow-up),
//! and the star compares the latest check-in with the one before.
//! A check-in need not score every area; each area at most once.

use jiff::civil::Date;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{check, code_from_db, damaged, select, sql};
use crate::catalog::{Code, Level, LifeArea};
use crate::vault::{Result, Vault, VaultError};

/// A check-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    /// Its id (ignored when adding).
    #[ts(type = "number")]
    pub id: i64,
    /// The day it was made.
    #[ts(type = "string")]
    pub date: Date,
    /// The areas scored, in catalog order, each at most once.
    pub areas: Vec<AreaLevel>,
    /// A note on the whole check-in.
    pub note: String,
}

/// How one area of life is going.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AreaLevel {
    /// The area.
    pub life_area: LifeArea,
    /// Its level, or not relevant now.
    pub level: Level,
    /// What the participant wants to say about it.
    pub note: String,
}

impl CheckIn {
    /// Checks every field against `today`; `path` is the check-in's JSON
    /// path.
    pub fn validate(&self, today: Date, path: &str) -> Result<()> {
        let date = format!("{path}.date");
        check::plausible(Some(self.date), &date)?;
        check::not_future(Some(self.date), today, &date)?;
        check::text(&self.note, &format!("{path}.note"))?;
        if self.areas.is_empty() {
            return Err(VaultError::invalid(format!("{path}.areas")));
        }
        let mut seen = Vec::with_capacity(self.areas.len());
        for (i, a) in self.areas.iter().enumerate() {
            if seen.contains(&a.life_area) {
                return Err(VaultError::invalid(format!("{path}.areas[{i}].life_area")));
            }
            seen.push(a.life_area);
            check::text(&a.note, &format!("{path}.areas[{i}].note"))?;
        }
        Ok(())
    }

    /// The level of `area`, if this check-in scored it.
    pub fn level(&self, area: LifeArea) -> Option<Level> {
        self.areas
            .iter()
            .find(|a| a.life_area == area)
            .map(|a| a.level)
    }
}

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

impl Vault {
    /// Every check-in, oldest first.
    pub fn checkins(&self) -> Result<Vec<CheckIn>> {
        list(self.conn())
    }

    /// Check-in `id`.
    pub fn checkin(&self, id: i64) -> Result<CheckIn> {
        read(self.conn(), Some(id), None)?
            .pop()
            .ok_or(VaultError::NotFound {
                what: "checkin",
                id,
            })
    }

    /// Adds a check-in made on or before `today`; returns its id.
    pub fn add_checkin(&self, checkin: &CheckIn, today: Date) -> Result<i64> {
        checkin.validate(today, "checkin")?;
        let tx = self.conn().unchecked_transaction().map_err(sql)?;
        let id = insert(&tx, checkin, None)?;
        tx.commit().map_err(sql)?;
        Ok(id)
    }

    /// Saves check-in `checkin.id` as given.
    pub fn update_checkin(&self, checkin: &CheckIn, today: Date) -> Result<()> {
        checkin.validate(today, "checkin")?;
        let tx = self.conn().unchecked_transaction().map_err(sql)?;
        let changed = tx
            .execute(
                "UPDATE checkin SET date = ?2, note = ?3 WHERE id = ?1",
                params![checkin.id, checkin.date.to_string(), checkin.note],
            )
            .map_err(sql)?;
        if changed == 0 {
            return Err(VaultError::NotFound {
                what: "checkin",
                id: checkin.id,
            });
        }
        write_areas(&tx, checkin.id, checkin)?;
        tx.commit().map_err(sql)
    }

    /// Deletes check-in `id`.
    pub fn delete_checkin(&self, id: i64) -> Result<()> {
        self.delete_row("checkin", id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checkin(date: Date, levels: &[(LifeArea, Level)]) -> CheckIn {
        CheckIn {
            id: 0,
            date,
            areas: levels
                .iter()
                .map(|&(life_area, level)| AreaLevel {
                    life_area,
                    level,
                    note: String::new(),
                })
                .collect(),
            note: String::new(),
        }
    }

    #[test]
    fn a_checkin_needs_an_area_once_and_a_past_date() {
        let today = jiff::civil::date(2026, 11, 23);
        let ok = checkin(today, &[(LifeArea::Housing, Level::Struggling)]);
        ok.validate(today, "checkin").unwrap();
        let none = checkin(today, &[]);
        assert!(matches!(
            none.validate(today, "checkin"),
            Err(VaultError::InvalidValue { field }) if field == "checkin.areas"
        ));
        let twice = checkin(
            today,
            &[
                (LifeArea::Housing, Level::Struggling),
                (LifeArea::Housing, Level::Managing),
            ],
        );
        assert!(matches!(
            twice.validate(today, "checkin"),
            Err(VaultError::InvalidValue { field }) if field == "checkin.areas[1].life_area"
        ));
        let future = checkin(
            jiff::civil::date(2026, 11, 24),
            &[(LifeArea::Health, Level::Managing)],
        );
        assert!(matches!(
            future.validate(today, "checkin"),
            Err(VaultError::DateInFuture { .. })
        ));
    }
}
