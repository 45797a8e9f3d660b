//! The share log: table `share`, one row per bundle made.

use jiff::Timestamp;
use rusqlite::params;

use super::{code_from_db, damaged, select, sql, Result, Store, StoreError};
use crate::bundle::log::{Lock, ShareEntry};
use crate::bundle::ShareTo;
use crate::catalog::Code;
use crate::record::RecordError;

impl Store {
    /// Every share, oldest first.
    pub fn shares(&self) -> Result<Vec<ShareEntry>> {
        type Row = (
            i64,
            String,
            String,
            String,
            String,
            Option<String>,
            String,
            String,
            String,
            String,
            String,
            Option<String>,
        );
        let rows: Vec<Row> = select(
            &self.conn,
            "SELECT id, bundle_id, created, expires, to_name, to_agency, to_unit, purpose,
             purpose_text, scope, lock, withdrawn FROM share ORDER BY id",
            [],
        )?;
        let instant = |s: &str| s.parse::<Timestamp>().map_err(|_| damaged());
        rows.into_iter()
            .map(
                |(
                    id,
                    bundle_id,
                    created,
                    expires,
                    name,
                    agency,
                    unit,
                    purpose,
                    text,
                    scope,
                    lock,
                    withdrawn,
                )| {
                    Ok(ShareEntry {
                        id,
                        bundle_id,
                        created: instant(&created)?,
                        expires: instant(&expires)?,
                        to: ShareTo {
                            name,
                            agency: agency.map(|a| code_from_db(&a)).transpose()?,
                            unit,
                        },
                        purpose: code_from_db(&purpose)?,
                        purpose_text: text,
                        scope: serde_json::from_str(&scope).map_err(|_| damaged())?,
                        lock: match lock.as_str() {
                            "code" => Lock::Code,
                            "key" => Lock::Key,
                            _ => return Err(damaged()),
                        },
                        withdrawn: withdrawn.map(|w| instant(&w)).transpose()?,
                    })
                },
            )
            .collect()
    }

    /// Adds a share to the log; returns its number.
    pub fn add_share(&self, entry: &ShareEntry) -> Result<i64> {
        let lock = match entry.lock {
            Lock::Code => "code",
            Lock::Key => "key",
        };
        self.conn
            .execute(
                "INSERT INTO share (bundle_id, created, expires, to_name, to_agency, to_unit,
                 purpose, purpose_text, scope, lock) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,
                 ?9, ?10)",
                params![
                    entry.bundle_id,
                    entry.created.to_string(),
                    entry.expires.to_string(),
                    entry.to.name,
                    entry.to.agency.map(|a| a.code()),
                    entry.to.unit,
                    entry.purpose.code(),
                    entry.purpose_text,
                    serde_json::to_string(&entry.scope).expect("a scope serializes"),
                    lock
                ],
            )
            .map_err(sql)?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Marks share `id` withdrawn at `now` (once: a second time keeps the
    /// first instant). Returns it as saved.
    pub fn withdraw_share(&self, id: i64, now: Timestamp) -> Result<ShareEntry> {
        let changed = self
            .conn
            .execute(
                "UPDATE share SET withdrawn = coalesce(withdrawn, ?2) WHERE id = ?1",
                params![
                    id,
                    Timestamp::from_second(now.as_second())
                        .unwrap_or(now)
                        .to_string()
                ],
            )
            .map_err(sql)?;
        if changed == 0 {
            return Err(StoreError::from(RecordError::NotFound {
                what: "share",
                id,
            }));
        }
        self.shares()?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or_else(damaged)
    }
}
