//! Obstacles: table `obstacle`.

use jiff::civil::Date;
use rusqlite::{params, Connection};

use super::{code_from_db, date_from_db, select, sql, Result, Store, StoreError};
use crate::catalog::{Code, ObstacleStatus};
use crate::record::{Obstacle, RecordError};

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
            .map_err(|_| RecordError::invalid(format!("{path}.contact_id")))?;
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

impl Store {
    /// Every obstacle, oldest first.
    pub fn obstacles(&self) -> Result<Vec<Obstacle>> {
        list(&self.conn)
    }

    /// Obstacle `id`.
    pub fn obstacle(&self, id: i64) -> Result<Obstacle> {
        read(&self.conn, Some(id))?
            .pop()
            .ok_or(StoreError::from(RecordError::NotFound {
                what: "obstacle",
                id,
            }))
    }

    /// Adds an obstacle, checked against `today`; returns its id.
    pub fn add_obstacle(&self, obstacle: &Obstacle, today: Date) -> Result<i64> {
        obstacle.validate(today, "obstacle")?;
        let tx = self.conn.unchecked_transaction().map_err(sql)?;
        let id = insert(&tx, obstacle, None, "obstacle")?;
        tx.commit().map_err(sql)?;
        Ok(id)
    }

    /// Saves obstacle `obstacle.id` as given.
    pub fn update_obstacle(&self, obstacle: &Obstacle, today: Date) -> Result<()> {
        obstacle.validate(today, "obstacle")?;
        let tx = self.conn.unchecked_transaction().map_err(sql)?;
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
            return Err(StoreError::from(RecordError::NotFound {
                what: "obstacle",
                id: obstacle.id,
            }));
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
        self.conn
            .query_row(
                "SELECT count(*) FROM obstacle WHERE contact_id = ?1",
                [id],
                |r| r.get(0),
            )
            .map_err(sql)
    }
}
