//! Goals: final goals (slutmål) and the sub-goals (delmål) on the way to
//! them (003: a plan has "del- och slutmål").
//!
//! Two levels only, because that is how the agencies plan: a sub-goal
//! belongs to exactly one final goal, and a final goal to none. A final
//! goal is an occupation from the JobTech list, studies, or something in
//! the participant's own words. Deleting a final goal deletes its
//! sub-goals; steps linked to a deleted goal stay, without the link.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::check;
use super::error::{RecordError, Result};
use super::occupation::Occupation;
use crate::catalog::{GoalKind, GoalStatus};

/// A final goal or a sub-goal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Its id (ignored when adding).
    #[ts(type = "number")]
    pub id: i64,
    /// For a sub-goal, the id of its final goal; `null` for a final goal.
    #[ts(type = "number | null")]
    pub final_goal_id: Option<i64>,
    /// What it aims at.
    pub kind: GoalKind,
    /// The goal in the participant's words (for an occupation, its label
    /// or their own name for it).
    pub title: String,
    /// The occupation, when `kind` is `occupation`.
    pub occupation: Option<Occupation>,
    /// When they hope to reach it.
    #[ts(type = "string | null")]
    pub target_date: Option<Date>,
    /// Where it stands.
    pub status: GoalStatus,
}

impl Goal {
    /// Checks the goal on its own (not yet against the other goals);
    /// `path` is its JSON path.
    pub fn validate(&self, path: &str) -> Result<()> {
        check::required_line(&self.title, check::LINE_MAX_CHARS, &format!("{path}.title"))?;
        match (&self.occupation, self.kind) {
            (Some(o), GoalKind::Occupation) => o.validate(&format!("{path}.occupation"))?,
            (None, GoalKind::Occupation) | (Some(_), _) => {
                return Err(RecordError::invalid(format!("{path}.occupation")))
            }
            (None, _) => {}
        }
        check::plausible(self.target_date, &format!("{path}.target_date"))
    }
}
