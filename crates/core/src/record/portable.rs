//! The whole record as one JSON document, to move it between computers,
//! keep a readable copy, or feed another tool (`export-record`,
//! `import-record`; `docs/schema/record.schema.json` describes it).
//!
//! The same record always gives the same bytes: nothing in the document
//! depends on when it was written, lists are in id order (check-ins by
//! date, then id), and ids are the database's own, which import keeps. So
//! import followed by export gives back the file that was imported.
//!
//! Import goes into an empty vault only (status 15 otherwise: it never
//! merges), checks everything before anything is kept (one transaction;
//! the first refused value is named by its JSON path, status 14), and
//! refuses a document of a newer format version (status 10).
//!
//! Version 2 added the life areas of steps, check-ins, obstacles, notes
//! and the stage the participant is in. A version-1 document still
//! imports: it simply has none of them (and may not name them).

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{
    background, checkins, contacts, goals, notes, obstacles, sql, steps, Background, CheckIn,
    Contact, Goal, Note, Obstacle, Step,
};
use crate::catalog::Stage;
use crate::vault::{Profile, Result, Vault, VaultError};

/// The value of `format` in every record document.
pub const FORMAT: &str = "etapp-record";
/// The format version this build writes and the newest it reads.
pub const VERSION: u32 = 2;

/// What version 2 added: a version-1 document naming any of these is
/// not one.
const V2_KEYS: &[&str] = &["stage", "checkins", "obstacles", "notes"];
const V2_STEP_KEYS: &[&str] = &["life_areas"];

/// The whole record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Always `etapp-record`.
    pub format: String,
    /// The format version, 2 (1 is still read).
    pub version: u32,
    /// Who the record belongs to.
    pub profile: Profile,
    /// Case workers and other contacts.
    pub contacts: Vec<Contact>,
    /// The background (kartläggning).
    pub background: Background,
    /// Final goals and sub-goals.
    pub goals: Vec<Goal>,
    /// Steps.
    pub steps: Vec<Step>,
    /// The stage of the plan the participant says they are in.
    #[serde(default)]
    pub stage: Option<Stage>,
    /// Check-ins of the life areas, oldest first.
    #[serde(default)]
    pub checkins: Vec<CheckIn>,
    /// Obstacles.
    #[serde(default)]
    pub obstacles: Vec<Obstacle>,
    /// Notes.
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// Refuses ids that are not positive or repeat; `path` is the list's.
fn check_ids(ids: impl Iterator<Item = i64>, path: &str) -> Result<()> {
    let mut seen = std::collections::BTreeSet::new();
    for (i, id) in ids.enumerate() {
        if id < 1 || !seen.insert(id) {
            return Err(VaultError::invalid(format!("{path}[{i}].id")));
        }
    }
    Ok(())
}

/// Reads a record document; the error names where it stops making sense.
pub fn parse(json: &str) -> Result<Record> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|_| VaultError::NotARecord { field: "$".into() })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(VaultError::NotARecord {
            field: "format".into(),
        });
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v > u64::from(VERSION) => return Err(VaultError::NewerVersion),
        Some(2) => {}
        Some(1) => check_version_1(&value)?,
        _ => {
            return Err(VaultError::NotARecord {
                field: "version".into(),
            })
        }
    }
    let mut record: Record =
        serde_path_to_error::deserialize(value).map_err(|e| VaultError::NotARecord {
            field: e.path().to_string(),
        })?;
    // Read as the current version from here on.
    record.version = VERSION;
    Ok(record)
}

/// Refuses a version-1 document that names what only version 2 has.
fn check_version_1(value: &serde_json::Value) -> Result<()> {
    let not_v1 = |field: String| VaultError::NotARecord { field };
    if let Some(key) = V2_KEYS.iter().find(|k| value.get(**k).is_some()) {
        return Err(not_v1((*key).to_owned()));
    }
    let steps = value.get("steps").and_then(|s| s.as_array());
    for (i, step) in steps.into_iter().flatten().enumerate() {
        if let Some(key) = V2_STEP_KEYS.iter().find(|k| step.get(**k).is_some()) {
            return Err(not_v1(format!("steps[{i}].{key}")));
        }
    }
    Ok(())
}

impl Vault {
    /// Whether the record holds nothing yet (an untouched profile and no
    /// other rows), as import and the demo require.
    pub fn record_is_empty(&self) -> Result<bool> {
        let conn = self.conn();
        let rows: i64 = conn
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
        let conn = self.conn();
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
        let record = self.export_record()?;
        let mut out = serde_json::to_string_pretty(&record).expect("a record serializes");
        out.push('\n');
        Ok(out)
    }

    /// Reads a record document into this empty vault, checking dates
    /// against `today`. Nothing is kept unless all of it is.
    pub fn import_record_json(&self, json: &str, today: Date) -> Result<()> {
        if !self.record_is_empty()? {
            return Err(VaultError::RecordNotEmpty);
        }
        self.import_record(&parse(json)?, today)
    }

    /// Puts `record` into this empty vault, checking it against `today`.
    pub fn import_record(&self, record: &Record, today: Date) -> Result<()> {
        if !self.record_is_empty()? {
            return Err(VaultError::RecordNotEmpty);
        }
        if record.format != FORMAT {
            return Err(VaultError::NotARecord {
                field: "format".into(),
            });
        }
        if record.version > VERSION {
            return Err(VaultError::NewerVersion);
        }
        if record.version == 0 {
            return Err(VaultError::NotARecord {
                field: "version".into(),
            });
        }
        record.profile.validate_at(today, "profile.")?;
        check_ids(record.contacts.iter().map(|c| c.id), "contacts")?;
        for (i, c) in record.contacts.iter().enumerate() {
            c.validate(&format!("contacts[{i}]"))?;
        }
        record.background.validate(today, "background")?;
        let bg = &record.background;
        let zero = bg
            .education
            .iter()
            .map(|e| e.id)
            .chain(bg.work_experience.iter().map(|e| e.id))
            .chain(bg.skills.iter().map(|e| e.id))
            .chain(bg.certificates.iter().map(|e| e.id))
            .chain(bg.asylum_period.iter().map(|e| e.id))
            .any(|id| id == 0);
        if zero {
            return Err(VaultError::invalid("background.id"));
        }
        check_ids(record.goals.iter().map(|g| g.id), "goals")?;
        for (i, g) in record.goals.iter().enumerate() {
            g.validate(&format!("goals[{i}]"))?;
        }
        check_ids(record.steps.iter().map(|s| s.id), "steps")?;
        for (i, s) in record.steps.iter().enumerate() {
            s.validate(&format!("steps[{i}]"))?;
            s.validate_history(&format!("steps[{i}]"))?;
        }
        check_ids(record.checkins.iter().map(|c| c.id), "checkins")?;
        for (i, c) in record.checkins.iter().enumerate() {
            c.validate(today, &format!("checkins[{i}]"))?;
        }
        check_ids(record.obstacles.iter().map(|o| o.id), "obstacles")?;
        for (i, o) in record.obstacles.iter().enumerate() {
            o.validate(today, &format!("obstacles[{i}]"))?;
        }
        check_ids(record.notes.iter().map(|n| n.id), "notes")?;
        for (i, n) in record.notes.iter().enumerate() {
            n.validate(today, &format!("notes[{i}]"))?;
        }

        let tx = self.conn().unchecked_transaction().map_err(sql)?;
        crate::vault::store::set_profile(&tx, &record.profile)?;
        for c in &record.contacts {
            contacts::insert(&tx, c, Some(c.id))?;
        }
        if *bg != Background::default() {
            background::write(&tx, bg)?;
        }
        // Final goals first, so every sub-goal finds its final goal.
        let mut order: Vec<(usize, &Goal)> = record.goals.iter().enumerate().collect();
        order.sort_by_key(|(_, g)| g.final_goal_id.is_some());
        for (i, g) in order {
            goals::insert(&tx, g, Some(g.id), &format!("goals[{i}]"))?;
        }
        for (i, s) in record.steps.iter().enumerate() {
            steps::insert_whole(&tx, s, &format!("steps[{i}]"))?;
        }
        for c in &record.checkins {
            checkins::insert(&tx, c, Some(c.id))?;
        }
        for (i, o) in record.obstacles.iter().enumerate() {
            obstacles::insert(&tx, o, Some(o.id), &format!("obstacles[{i}]"))?;
        }
        for n in &record.notes {
            notes::insert(&tx, n, Some(n.id))?;
        }
        super::overview::write_stage(&tx, record.stage)?;
        tx.commit().map_err(sql)
    }
}
