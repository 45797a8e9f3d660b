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
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::check;
use super::error::{RecordError, Result};
use crate::catalog::{Agency, ObstacleKind, ObstacleStatus};

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
            return Err(RecordError::EmptyTitle {
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
            return Err(RecordError::invalid(field("status")));
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
            Err(RecordError::InvalidValue { field }) if field == "o.status"));
        let mut early = solved.clone();
        early.solved_on = Some(date(2026, 8, 1));
        assert!(matches!(
            early.validate(today, "o"),
            Err(RecordError::EndBeforeStart { .. })
        ));
        let mut other = obstacle();
        other.kind = ObstacleKind::Other;
        assert!(matches!(
            other.validate(today, "o"),
            Err(RecordError::EmptyTitle { .. })
        ));
        other.description = "The bus does not run on Sundays.\nThe next one is at six.".into();
        other.validate(today, "o").unwrap();
    }
}
