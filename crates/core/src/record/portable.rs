//! The whole record as one JSON document, to move it between computers,
//! keep a readable copy, or feed another tool (`export-record`,
//! `import-record`; `docs/schema/record.schema.json` describes it).
//!
//! The same record always gives the same bytes: nothing in the document
//! depends on when it was written, lists are in id order (check-ins by
//! date, then id), and ids are the database's own, which import keeps. So
//! import followed by export gives back the file that was imported.
//!
//! Reading a document ([`parse`]) refuses one of a newer format version
//! (status 10) and names where a document stops making sense; checking
//! it ([`Record::validate`]) names the first refused value by its JSON
//! path (status 14). Both need nothing but the document, so the store's
//! import and a bundle's reader use the same rules. (Import goes into an
//! empty vault only, all or nothing: `crate::store`.)
//!
//! Versions, by one rule: any change that a build reading the previous
//! version could not read — a new field, a new code in a closed list —
//! makes a new version, so an older Etapp says "made by a newer version"
//! (status 10) instead of calling a good file broken. Every version once
//! written is read by every later build.
//!
//! - Version 2 added the life areas of steps, check-ins, obstacles, notes
//!   and the stage the participant is in. A version-1 document still
//!   imports: it simply has none of them (and may not name them).
//! - Version 3 added four agencies (`tax_agency`, `school_office`,
//!   `housing_office`, `council_for_higher_education`). A version-2
//!   document reads as it is.
//! - Version 4 let an education name the occupation it trained for
//!   (`background.education[].occupation`). An older document imports
//!   with none (and may not name one).

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::background::Background;
use super::checkins::CheckIn;
use super::contacts::Contact;
use super::error::{RecordError, Result};
use super::goals::Goal;
use super::notes::Note;
use super::obstacles::Obstacle;
use super::profile::Profile;
use super::steps::Step;
use crate::catalog::Stage;
use crate::json::JsonError;

/// The value of `format` in every record document.
pub const FORMAT: &str = "etapp-record";
/// The format version this build writes and the newest it reads.
pub const VERSION: u32 = 4;
/// The most bytes a record document may have. The heavy record of the
/// benchmark (ten years, 2 000 steps, 1 000 check-ins) is about 4 MB; a
/// file beyond this is not a record, and is refused before it is read.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// What version 2 added: a version-1 document naming any of these is
/// not one.
const V2_KEYS: &[&str] = &["stage", "checkins", "obstacles", "notes"];
const V2_STEP_KEYS: &[&str] = &["life_areas"];
/// What version 4 added: an older document naming it is not one.
const V4_EDUCATION_KEYS: &[&str] = &["occupation"];

/// The whole record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Always `etapp-record`.
    pub format: String,
    /// The format version, 4 (1 to 3 are still read).
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
            return Err(RecordError::invalid(format!("{path}[{i}].id")));
        }
    }
    Ok(())
}

/// Reads a record document; the error names where it stops making sense.
/// A key given twice is refused (the person could not tell which one
/// counts); a leading byte-order mark is skipped.
pub fn parse(json: &str) -> Result<Record> {
    let value = crate::json::parse(json).map_err(|e| match e {
        JsonError::DuplicateKey { path } => RecordError::DuplicateKey { field: path },
        JsonError::Syntax { .. } => RecordError::NotARecord { field: "$".into() },
    })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(RecordError::NotARecord {
            field: "format".into(),
        });
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v > u64::from(VERSION) => return Err(RecordError::NewerVersion),
        Some(4) => {}
        Some(2 | 3) => check_before_version_4(&value)?,
        Some(1) => {
            check_version_1(&value)?;
            check_before_version_4(&value)?;
        }
        _ => {
            return Err(RecordError::NotARecord {
                field: "version".into(),
            })
        }
    }
    let mut record: Record =
        serde_path_to_error::deserialize(value).map_err(|e| RecordError::NotARecord {
            field: e.path().to_string(),
        })?;
    // Read as the current version from here on.
    record.version = VERSION;
    Ok(record)
}

/// Refuses a version-1 document that names what only version 2 has.
fn check_version_1(value: &serde_json::Value) -> Result<()> {
    let not_v1 = |field: String| RecordError::NotARecord { field };
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

/// Refuses a document before version 4 whose education names what only
/// version 4 has.
fn check_before_version_4(value: &serde_json::Value) -> Result<()> {
    let education = value
        .get("background")
        .and_then(|b| b.get("education"))
        .and_then(|e| e.as_array());
    for (i, entry) in education.into_iter().flatten().enumerate() {
        if let Some(key) = V4_EDUCATION_KEYS.iter().find(|k| entry.get(**k).is_some()) {
            return Err(RecordError::NotARecord {
                field: format!("background.education[{i}].{key}"),
            });
        }
    }
    Ok(())
}

impl Record {
    /// The record as the JSON document `export-record` prints: indented,
    /// ending with a newline, the same bytes for the same record.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).expect("a record serializes");
        out.push('\n');
        out
    }

    /// Checks every value against `today`, as every write does, and the
    /// parts a document adds: ids that are positive and unique per list,
    /// no new background entry (id 0), and each step's history in time
    /// order, ending at its status.
    pub fn validate(&self, today: Date) -> Result<()> {
        if self.format != FORMAT {
            return Err(RecordError::NotARecord {
                field: "format".into(),
            });
        }
        if self.version > VERSION {
            return Err(RecordError::NewerVersion);
        }
        if self.version == 0 {
            return Err(RecordError::NotARecord {
                field: "version".into(),
            });
        }
        self.profile.validate_at(today, "profile.")?;
        check_ids(self.contacts.iter().map(|c| c.id), "contacts")?;
        for (i, c) in self.contacts.iter().enumerate() {
            c.validate(&format!("contacts[{i}]"))?;
        }
        self.background.validate(today, "background")?;
        let bg = &self.background;
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
            return Err(RecordError::invalid("background.id"));
        }
        check_ids(self.goals.iter().map(|g| g.id), "goals")?;
        for (i, g) in self.goals.iter().enumerate() {
            g.validate(&format!("goals[{i}]"))?;
        }
        check_ids(self.steps.iter().map(|s| s.id), "steps")?;
        for (i, s) in self.steps.iter().enumerate() {
            s.validate(&format!("steps[{i}]"))?;
            s.validate_history(&format!("steps[{i}]"))?;
        }
        check_ids(self.checkins.iter().map(|c| c.id), "checkins")?;
        for (i, c) in self.checkins.iter().enumerate() {
            c.validate(today, &format!("checkins[{i}]"))?;
        }
        check_ids(self.obstacles.iter().map(|o| o.id), "obstacles")?;
        for (i, o) in self.obstacles.iter().enumerate() {
            o.validate(today, &format!("obstacles[{i}]"))?;
        }
        check_ids(self.notes.iter().map(|n| n.id), "notes")?;
        for (i, n) in self.notes.iter().enumerate() {
            n.validate(today, &format!("notes[{i}]"))?;
        }
        Ok(())
    }
}
