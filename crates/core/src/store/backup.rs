//! What the backup needs of the database: its settings (in the one
//! settings row), and a summary of what the record holds, for the restore
//! drill ("your backup holds 12 goals, the latest check-in of 3 May").

use jiff::Timestamp;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{damaged, sql, Result, Store};

/// How often a backup is made by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum BackupInterval {
    /// Never by itself: only when the person asks.
    Off,
    /// Once a day, when Etapp is open.
    Daily,
    /// After changes, at most once an hour.
    AfterChanges,
}

impl BackupInterval {
    fn code(self) -> &'static str {
        match self {
            BackupInterval::Off => "off",
            BackupInterval::Daily => "daily",
            BackupInterval::AfterChanges => "after_changes",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        [
            BackupInterval::Off,
            BackupInterval::Daily,
            BackupInterval::AfterChanges,
        ]
        .into_iter()
        .find(|i| i.code() == s)
    }
}

/// The backup settings of a vault.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupSettings {
    /// The folder for automatic backups (a USB stick, say); none chosen.
    pub folder: Option<String>,
    /// How often a backup is made by itself.
    pub interval: BackupInterval,
    /// How many automatic backups to keep in the folder (1–100).
    pub keep: u32,
    /// When the last backup of this vault was made.
    #[ts(type = "string | null")]
    pub last_backup_at: Option<Timestamp>,
}

/// What a record holds, counted: to see that a backup holds what it
/// should.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordSummary {
    /// The name the participant goes by.
    pub name: String,
    /// Goals.
    pub goals: u32,
    /// Steps.
    pub steps: u32,
    /// Check-ins.
    pub checkins: u32,
    /// Obstacles.
    pub obstacles: u32,
    /// Notes.
    pub notes: u32,
    /// Contacts.
    pub contacts: u32,
    /// Shares made.
    pub shares: u32,
    /// The day of the latest check-in.
    pub latest_checkin: Option<String>,
    /// The day of the latest note.
    pub latest_note: Option<String>,
    /// The latest change of a step's status.
    pub latest_step_change: Option<String>,
    /// When the latest share was made.
    pub latest_share: Option<String>,
}

impl RecordSummary {
    /// The newest day the record speaks of: its latest check-in, note,
    /// step change or share, times read as days in Sweden.
    pub fn latest_day(&self) -> Option<jiff::civil::Date> {
        [
            &self.latest_checkin,
            &self.latest_note,
            &self.latest_step_change,
            &self.latest_share,
        ]
        .into_iter()
        .flatten()
        .filter_map(|v| {
            v.parse::<jiff::civil::Date>().ok().or_else(|| {
                v.parse::<Timestamp>()
                    .ok()
                    .map(|t| t.to_zoned(crate::time::stockholm()).date())
            })
        })
        .max()
    }
}

impl Store {
    /// The backup settings.
    pub fn backup_settings(&self) -> Result<BackupSettings> {
        type Row = (Option<String>, String, u32, Option<String>);
        let (folder, interval, keep, last): Row = self
            .conn
            .query_row(
                "SELECT backup_folder, backup_interval, backup_keep, last_backup_at
                 FROM settings WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .map_err(sql)?;
        Ok(BackupSettings {
            folder,
            interval: BackupInterval::parse(&interval).ok_or_else(damaged)?,
            keep,
            last_backup_at: last.map(|t| t.parse().map_err(|_| damaged())).transpose()?,
        })
    }

    /// Saves where, how often and how many (the vault checks them).
    pub(crate) fn set_backup_settings(&self, s: &BackupSettings) -> Result<()> {
        self.conn
            .execute(
                "UPDATE settings SET backup_folder = ?1, backup_interval = ?2, backup_keep = ?3
                 WHERE id = 1",
                params![s.folder, s.interval.code(), s.keep],
            )
            .map_err(sql)?;
        Ok(())
    }

    /// Notes a backup made at `at`, under the passphrase and code in force.
    pub(crate) fn set_last_backup(&self, at: Timestamp) -> Result<()> {
        self.conn
            .execute(
                "UPDATE settings SET last_backup_at = ?1, secrets_changed = 0 WHERE id = 1",
                [Timestamp::from_second(at.as_second())
                    .unwrap_or(at)
                    .to_string()],
            )
            .map_err(sql)?;
        Ok(())
    }

    /// Whether the passphrase or the recovery code changed since the last
    /// backup, so that backups made before open only with the old ones.
    pub fn secrets_changed(&self) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT secrets_changed FROM settings WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .map_err(sql)
    }

    /// Notes that the passphrase or the recovery code changed (`true`), or
    /// that a backup opens with the ones in force now (`false`).
    pub(crate) fn set_secrets_changed(&self, changed: bool) -> Result<()> {
        self.conn
            .execute(
                "UPDATE settings SET secrets_changed = ?1 WHERE id = 1",
                [changed],
            )
            .map_err(sql)?;
        Ok(())
    }

    /// What the record holds, counted, with its latest dates.
    pub fn summary(&self) -> Result<RecordSummary> {
        let count = |table: &str| -> Result<u32> {
            self.conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .map_err(sql)
        };
        let latest = |query: &str| -> Result<Option<String>> {
            self.conn
                .query_row(query, [], |r| r.get(0))
                .optional()
                .map(Option::flatten)
                .map_err(sql)
        };
        Ok(RecordSummary {
            name: self.profile()?.name,
            goals: count("goal")?,
            steps: count("step")?,
            checkins: count("checkin")?,
            obstacles: count("obstacle")?,
            notes: count("note")?,
            contacts: count("contact")?,
            shares: count("share")?,
            latest_checkin: latest("SELECT max(date) FROM checkin")?,
            latest_note: latest("SELECT max(date) FROM note")?,
            latest_step_change: latest("SELECT max(at) FROM step_status_change")?,
            latest_share: latest("SELECT max(created) FROM share")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_day_reads_days_and_times_in_sweden() {
        let mut s = RecordSummary {
            name: String::new(),
            goals: 0,
            steps: 0,
            checkins: 0,
            obstacles: 0,
            notes: 0,
            contacts: 0,
            shares: 0,
            latest_checkin: None,
            latest_note: None,
            latest_step_change: None,
            latest_share: None,
        };
        assert_eq!(s.latest_day(), None);
        s.latest_checkin = Some("2026-05-03".into());
        s.latest_note = Some("2026-04-30".into());
        assert_eq!(s.latest_day(), Some(jiff::civil::date(2026, 5, 3)));
        // 23:30 UTC on 3 May is 4 May in Sweden (summer time).
        s.latest_share = Some("2026-05-03T23:30:00Z".into());
        assert_eq!(s.latest_day(), Some(jiff::civil::date(2026, 5, 4)));
    }
}
