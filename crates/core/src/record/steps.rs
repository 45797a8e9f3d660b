//! Steps (insatser): what the participant does, with which agency, towards
//! which goals, and how it went.
//!
//! A step's status has its full history, each change with its instant
//! (RFC 3339, UTC), because staff need to follow the progression and
//! evaluate the interventions as a process (004). The current `status` is
//! the last entry of `status_history`. Appointments are a local date and
//! time in Europe/Stockholm, as on the letter that called the person in.
//! Once a step has been done or cancelled, the participant can evaluate it
//! (how useful 1–5, what helped, what was hard); the evaluation stays if
//! the step is taken up again, since it describes what already happened.

use jiff::civil::{Date, DateTime};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::check;
use super::error::{RecordError, Result};
use crate::catalog::{Agency, LifeArea, Stage, StepStatus, StepType};

/// A step (insats).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Its id (ignored when adding).
    #[ts(type = "number")]
    pub id: i64,
    /// What it is, in the participant's words.
    pub title: String,
    /// Its kind.
    pub step_type: StepType,
    /// The agency responsible for it.
    pub agency: Agency,
    /// The contact person, one of the record's contacts.
    #[ts(type = "number | null")]
    pub contact_id: Option<i64>,
    /// The stage of the plan it belongs to.
    pub stage: Stage,
    /// Where it stands now: the last entry of `status_history`.
    pub status: StepStatus,
    /// Every status it has had, oldest first (ignored when adding or
    /// updating: the core writes it).
    pub status_history: Vec<StatusChange>,
    /// The first day.
    #[ts(type = "string | null")]
    pub start_date: Option<Date>,
    /// The last day.
    #[ts(type = "string | null")]
    pub end_date: Option<Date>,
    /// The goals it serves.
    #[ts(type = "Array<number>")]
    pub goal_ids: Vec<i64>,
    /// The areas of life it works on (absent in version-1 files).
    #[serde(default)]
    pub life_areas: Vec<LifeArea>,
    /// Meetings and sessions, in time order.
    pub appointments: Vec<Appointment>,
    /// The participant's own evaluation, once it is done or cancelled
    /// (ignored when adding or updating: see [`Vault::set_step_evaluation`]).
    pub evaluation: Option<Evaluation>,
}

/// One change of a step's status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// The new status.
    pub status: StepStatus,
    /// When, in UTC.
    #[ts(type = "string")]
    pub at: Timestamp,
}

/// A meeting or session of a step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Appointment {
    /// Local date and time in Europe/Stockholm (`2024-03-15T10:30:00`).
    #[ts(type = "string")]
    pub at: DateTime,
    /// Where.
    pub place: String,
    /// With whom.
    pub with_whom: String,
}

/// The participant's evaluation of a step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// How useful it was, 1 (not at all) to 5 (very).
    pub usefulness: u8,
    /// What helped.
    pub helped: String,
    /// What was hard.
    pub hard: String,
}

impl Evaluation {
    /// Checks every field; `path` is the evaluation's JSON path.
    pub fn validate(&self, path: &str) -> Result<()> {
        if !(1..=5).contains(&self.usefulness) {
            return Err(RecordError::invalid(format!("{path}.usefulness")));
        }
        check::text(&self.helped, &format!("{path}.helped"))?;
        check::text(&self.hard, &format!("{path}.hard"))
    }
}

impl Step {
    /// Checks what the participant edits (not the status history or the
    /// evaluation); `path` is the step's JSON path.
    pub fn validate(&self, path: &str) -> Result<()> {
        check::required_line(&self.title, check::LINE_MAX_CHARS, &format!("{path}.title"))?;
        check::plausible(self.start_date, &format!("{path}.start_date"))?;
        check::plausible(self.end_date, &format!("{path}.end_date"))?;
        check::ordered(self.start_date, self.end_date, &format!("{path}.end_date"))?;
        for (i, a) in self.appointments.iter().enumerate() {
            let p = format!("{path}.appointments[{i}]");
            if a.at.year() < 1900 {
                return Err(RecordError::invalid(format!("{p}.at")));
            }
            check::line(&a.place, check::LINE_MAX_CHARS, &format!("{p}.place"))?;
            check::line(
                &a.with_whom,
                check::LINE_MAX_CHARS,
                &format!("{p}.with_whom"),
            )?;
        }
        let mut ids = self.goal_ids.clone();
        ids.sort_unstable();
        ids.dedup();
        if ids.len() != self.goal_ids.len() {
            return Err(RecordError::invalid(format!("{path}.goal_ids")));
        }
        let mut areas = self.life_areas.clone();
        areas.sort_unstable();
        areas.dedup();
        if areas.len() != self.life_areas.len() {
            return Err(RecordError::invalid(format!("{path}.life_areas")));
        }
        Ok(())
    }

    /// Checks the status history and the evaluation of a step read from a
    /// file: at least one entry, in time order, ending at `status`; an
    /// evaluation only after the step was done or cancelled.
    pub fn validate_history(&self, path: &str) -> Result<()> {
        let field = format!("{path}.status_history");
        let last = self
            .status_history
            .last()
            .ok_or_else(|| RecordError::invalid(&field))?;
        if last.status != self.status {
            return Err(RecordError::invalid(format!("{path}.status")));
        }
        if self.status_history.windows(2).any(|w| w[1].at < w[0].at) {
            return Err(RecordError::invalid(field));
        }
        if let Some(e) = &self.evaluation {
            let p = format!("{path}.evaluation");
            if !self.status_history.iter().any(|c| c.status.is_closed()) {
                return Err(RecordError::EvaluationTooEarly { field: p });
            }
            e.validate(&p)?;
        }
        Ok(())
    }
}
