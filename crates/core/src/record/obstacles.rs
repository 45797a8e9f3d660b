//! Obstacles (hinder): what stands in the way of the plan, who is handling
//! it and since when, and when it was solved.
//!
//! Why: the seeds' Hinderlistan shows that many obstacles are structural
//! (no childcare, entry requirements, missing recognition) and belong to
//! no single agency. Written down once, the participant can show them at
//! every desk and see which were solved. The kind comes from a catalog so
//! every agency reads the same thing; the description holds the
//! participant's own words (required for "other").
//!
//! The dates follow the status: `noticed_on` always; `handling_since`
//! once someone handles it; `solved_on` exactly when it is solved. Each
//! is on or after the one before it, and none in the future.

use jiff::civil::Date;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{check, code_from_db, date_from_db, select, sql};
use crate::catalog::{Agency, Code, ObstacleKind, ObstacleStatus};
use crate::vault::{Result, Vault, VaultError};

/// An obstacle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Obstacle {
    /// Its id (ignored when adding).
    #[ts(type = "number")]
    pub id: i64,
    /// What kind of obstacle.
    pub kind: ObstacleKind,
    /// The participant's own words about it.
    pub description: String,
    /// Where it stands.
    pub status: ObstacleStatus,
    /// The agency handling it, if any.
    pub handled_by: Option<Agency>,
    /// The person handling it, one of the record's contacts.
    #[ts(type = "number | null")]
    pub contact_id: Option<i64>,
    /// When the participant noticed it.
    #[ts(type = "string")]
    pub noticed_on: Date,
    /// Since when someone handles it.
    #[ts(type = "string | null")]
    pub handling_since: Option<Date>,
    /// When it was solved.
    #[ts(type = "string | null")]
    pub solved_on: Option<Date>,
}

impl Obstacle {
    /// Checks every field against `today`; `path` is the obstacle's JSON
    /// path.
    pub fn validate(&self, today: Date, path: &str) -> Result<()> {
        let field = |f: &str| format!("{path}.{f}");
        if self.kind == ObstacleKind::Other && self.description.trim().is_empty() {
            return Err(VaultError::EmptyTitle {
                field: field("description"),
            });
        }
        check::text(&self.description, &field("description"))?;
        for (date, name) in [
            (Some(self.noticed_on), "noticed_on"),
            (self.handling_since, "handling_since"),
            (self.solved_on, "solved_on"),
        ] {
            check::plausible(date, &field(name))?;
            check::not_future(date, today, &field(name))?;
        }
        check::ordered(
            Some(self.noticed_on),
            self.handling_since,
            &field("handling_since"),
        )?;
        check::ordered(Some(self.noticed_on), self.solved_on, &field("solved_on"))?;
        check::ordered(self.handling_since, self.solved_on, &field("solved_on"))?;
        let consistent = match self.status {
            ObstacleStatus::Open => self.handling_since.is_none() && self.solved_on.is_none(),
            ObstacleStatus::BeingHandled => self.solved_on.is_none(),
            ObstacleStatus::Solved => self.solved_on.is_some(),
        };
        if !consistent {
            return Err(VaultError::invalid(field("status")));
        }
        Ok(())
    }

    /// This obstacle moved to `status` on `today`: the dates follow (a
    /// date already set is kept).
    pub fn with_status(&self, status: ObstacleStatus, today: Date) -> Obstacle {
        let mut o = self.clone();
        o.status = status;
        match status {
            ObstacleStatus::Open => {
                o.handling_since = None;
                o.solved_on = None;
            }
            ObstacleStatus::BeingHandled => {
                o.handling_since = o.handling_since.or(Some(today));
                o.solved_on = None;
            }
            ObstacleStatus::Solved => {
                o.solved_on = o.solved_on.or(Some(today));
            }
        }
        o
    }
}

pub(crate) fn read(conn: &Connection, where_id: Option<i64>) -> Result<Vec<Obstacle>> {
    type Row = (
        i64,
        String,
        String,
        String,
        Option<String>,
        Option<i64>,
        String,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<Row> = select(
        conn,
        "SELECT id, kind, description, status, handled_by, contact_id, noticed_on,
         handling_since, solved_on FROM obstacle WHERE ?1 IS NULL OR id = ?1 ORDER BY id",
        [where_id],
    )?;
    rows.into_iter()
        .map(
            |(id, kind, description, status, handled_by, contact_id, noticed, since, solved)| {
                Ok(Obstacle {
                    id,
                    kind: code_from_db(&kind)?,
                    description,
                    status: code_from_db(&status)?,
                    handled_by: handled_by.map(|a| code_from_db(&a)).transpose()?,
                    contact_id,
                    noticed_on: date_from_db(Some(noticed))?.ok_or_else(super::damaged)?,
                    handling_since: date_from_db(since)?,
                    solved_on: date_from_db(solved)?,
                })
            },
        )
        .collect()
}

pub(crate) fn list(conn: &Connection) -> Result<Vec<Obstacle>> {
    read(conn, None)
}

fn check_contact(conn: &Connection, o: &Obstacle, path: &str) -> Result<()> {
    if let Some(c) = o.contact_id {
        super::contacts::require(conn, c)
            .map_err(|_| VaultError::invalid(format!("{path}.contact_id")))?;
    }
    Ok(())
}

/// Inserts an obstacle (with its id, or a new one when `id` is `None`).
/// The caller has validated it and holds a transaction.
pub(crate) fn insert(conn: &Connection, o: &Obstacle, id: Option<i64>, path: &str) -> Result<i64> {
    check_contact(conn, o, path)?;
    conn.execute(
        "INSERT INTO obstacle (id, kind, description, status, handled_by, contact_id,
         noticed_on, handling_since, solved_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            id,
            o.kind.code(),
            o.description,
            o.status.code(),
            o.handled_by.map(|a| a.code()),
            o.contact_id,
            o.noticed_on.to_string(),
            o.handling_since.map(|d| d.to_string()),
            o.solved_on.map(|d| d.to_string())
        ],
    )
    .map_err(sql)?;
    Ok(conn.last_insert_rowid())
}

impl Vault {
    /// Every obstacle, oldest first.
    pub fn obstacles(&self) -> Result<Vec<Obstacle>> {
        list(self.conn())
    }

    /// Obstacle `id`.
    pub fn obstacle(&self, id: i64) -> Result<Obstacle> {
        read(self.conn(), Some(id))?
            .pop()
            .ok_or(VaultError::NotFound {
                what: "obstacle",
                id,
            })
    }

    /// Adds an obstacle, checked against `today`; returns its id.
    pub fn add_obstacle(&self, obstacle: &Obstacle, today: Date) -> Result<i64> {
        obstacle.validate(today, "obstacle")?;
        let tx = self.conn().unchecked_transaction().map_err(sql)?;
        let id = insert(&tx, obstacle, None, "obstacle")?;
        tx.commit().map_err(sql)?;
        Ok(id)
    }

    /// Saves obstacle `obstacle.id` as given.
    pub fn update_obstacle(&self, obstacle: &Obstacle, today: Date) -> Result<()> {
        obstacle.validate(today, "obstacle")?;
        let tx = self.conn().unchecked_transaction().map_err(sql)?;
        check_contact(&tx, obstacle, "obstacle")?;
        let changed = tx
            .execute(
                "UPDATE obstacle SET kind = ?2, description = ?3, status = ?4, handled_by = ?5,
                 contact_id = ?6, noticed_on = ?7, handling_since = ?8, solved_on = ?9
                 WHERE id = ?1",
                params![
                    obstacle.id,
                    obstacle.kind.code(),
                    obstacle.description,
                    obstacle.status.code(),
                    obstacle.handled_by.map(|a| a.code()),
                    obstacle.contact_id,
                    obstacle.noticed_on.to_string(),
                    obstacle.handling_since.map(|d| d.to_string()),
                    obstacle.solved_on.map(|d| d.to_string())
                ],
            )
            .map_err(sql)?;
        if changed == 0 {
            return Err(VaultError::NotFound {
                what: "obstacle",
                id: obstacle.id,
            });
        }
        tx.commit().map_err(sql)
    }

    /// Moves obstacle `id` to `status` on `today`, setting its dates
    /// (see [`Obstacle::with_status`]); returns it as saved.
    pub fn set_obstacle_status(
        &self,
        id: i64,
        status: ObstacleStatus,
        today: Date,
    ) -> Result<Obstacle> {
        let o = self.obstacle(id)?.with_status(status, today);
        self.update_obstacle(&o, today)?;
        Ok(o)
    }

    /// Deletes obstacle `id`.
    pub fn delete_obstacle(&self, id: i64) -> Result<()> {
        self.delete_row("obstacle", id)
    }

    /// How many obstacles name contact `id` (they lose it if it goes).
    pub(crate) fn obstacles_with_contact(&self, id: i64) -> Result<u32> {
        self.conn()
            .query_row(
                "SELECT count(*) FROM obstacle WHERE contact_id = ?1",
                [id],
                |r| r.get(0),
            )
            .map_err(sql)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn obstacle() -> Obstacle {
        Obstacle {
            id: 0,
            kind: ObstacleKind::NoChildcare,
            description: String::new(),
            status: ObstacleStatus::Open,
            handled_by: None,
            contact_id: None,
            noticed_on: date(2026, 9, 1),
            handling_since: None,
            solved_on: None,
        }
    }

    #[test]
    fn dates_follow_the_status() {
        let today = date(2026, 11, 23);
        let o = obstacle();
        o.validate(today, "o").unwrap();
        let handled = o.with_status(ObstacleStatus::BeingHandled, date(2026, 10, 1));
        assert_eq!(handled.handling_since, Some(date(2026, 10, 1)));
        handled.validate(today, "o").unwrap();
        let solved = handled.with_status(ObstacleStatus::Solved, today);
        assert_eq!(solved.handling_since, Some(date(2026, 10, 1)));
        assert_eq!(solved.solved_on, Some(today));
        solved.validate(today, "o").unwrap();
        let reopened = solved.with_status(ObstacleStatus::Open, today);
        assert_eq!((reopened.handling_since, reopened.solved_on), (None, None));

        let mut bad = solved.clone();
        bad.status = ObstacleStatus::BeingHandled;
        assert!(matches!(bad.validate(today, "o"),
            Err(VaultError::InvalidValue { field }) if field == "o.status"));
        let mut early = solved.clone();
        early.solved_on = Some(date(2026, 8, 1));
        assert!(matches!(
            early.validate(today, "o"),
            Err(VaultError::EndBeforeStart { .. })
        ));
        let mut other = obstacle();
        other.kind = ObstacleKind::Other;
        assert!(matches!(
            other.validate(today, "o"),
            Err(VaultError::EmptyTitle { .. })
        ));
        other.description = "The bus does not run on Sundays.\nThe next one is at six.".into();
        other.validate(today, "o").unwrap();
    }
}
