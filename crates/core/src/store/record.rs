//! The whole record at once: export, import into an empty store (all or
//! nothing, after the same checks as every write), and the demo.

use jiff::civil::Date;

use super::{background, checkins, contacts, goals, notes, obstacles, profile, sql, steps};
use super::{Result, Store, StoreError};
use crate::record::portable::{self, Record, FORMAT, VERSION};
use crate::record::{demo, Background, Goal, Profile};

impl Store {
    /// Whether the record holds nothing yet (an untouched profile and no
    /// other rows), as import and the demo require.
    pub fn record_is_empty(&self) -> Result<bool> {
        let rows: i64 = self
            .conn
            .query_row(
                "SELECT (SELECT count(*) FROM contact) + (SELECT count(*) FROM goal)
                 + (SELECT count(*) FROM step) + (SELECT count(*) FROM background)
                 + (SELECT count(*) FROM checkin) + (SELECT count(*) FROM obstacle)
                 + (SELECT count(*) FROM note) + (SELECT count(*) FROM current_stage)",
                [],
                |r| r.get(0),
            )
            .map_err(sql)?;
        Ok(rows == 0 && self.profile()? == Profile::default())
    }

    /// The whole record.
    pub fn export_record(&self) -> Result<Record> {
        let conn = &self.conn;
        Ok(Record {
            format: FORMAT.into(),
            version: VERSION,
            profile: self.profile()?,
            contacts: contacts::list(conn)?,
            background: background::read(conn)?,
            goals: goals::list(conn)?,
            steps: steps::list(conn)?,
            stage: self.stage()?,
            checkins: checkins::list(conn)?,
            obstacles: obstacles::list(conn)?,
            notes: notes::list(conn)?,
        })
    }

    /// The whole record as the JSON document `export-record` prints:
    /// indented, ending with a newline, the same bytes for the same record.
    pub fn export_record_json(&self) -> Result<String> {
        Ok(self.export_record()?.to_json())
    }

    /// Reads a record document into this empty store, checking dates
    /// against `today`. Nothing is kept unless all of it is.
    pub fn import_record_json(&self, json: &str, today: Date) -> Result<()> {
        if !self.record_is_empty()? {
            return Err(StoreError::RecordNotEmpty);
        }
        self.import_record(&portable::parse(json)?, today)
    }

    /// Fills this empty store with the demo participant (status 15 if it
    /// holds anything). `today` must be on or after the demo's last date.
    pub fn fill_demo(&self, today: Date) -> Result<()> {
        self.import_record(&demo::record()?, today)
    }

    /// Puts `record` into this empty store, checking it against `today`.
    pub fn import_record(&self, record: &Record, today: Date) -> Result<()> {
        if !self.record_is_empty()? {
            return Err(StoreError::RecordNotEmpty);
        }
        record.validate(today)?;
        self.in_transaction(|tx| {
            profile::write(tx, &record.profile)?;
            for c in &record.contacts {
                contacts::insert(tx, c, Some(c.id))?;
            }
            if record.background != Background::default() {
                background::write(tx, &record.background)?;
            }
            // Final goals first, so every sub-goal finds its final goal.
            let mut order: Vec<(usize, &Goal)> = record.goals.iter().enumerate().collect();
            order.sort_by_key(|(_, g)| g.final_goal_id.is_some());
            for (i, g) in order {
                goals::insert(tx, g, Some(g.id), &format!("goals[{i}]"))?;
            }
            for (i, s) in record.steps.iter().enumerate() {
                steps::insert_whole(tx, s, &format!("steps[{i}]"))?;
            }
            for c in &record.checkins {
                checkins::insert(tx, c, Some(c.id))?;
            }
            for (i, o) in record.obstacles.iter().enumerate() {
                obstacles::insert(tx, o, Some(o.id), &format!("obstacles[{i}]"))?;
            }
            for n in &record.notes {
                notes::insert(tx, n, Some(n.id))?;
            }
            super::overview::write_stage(tx, record.stage)
        })
    }
}
