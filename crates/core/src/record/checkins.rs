//! Check-ins (avstämningar): on a given day, how each area of life is
//! going, as the participant sees it — a level from 1 (in crisis) to 5
//! (managing on my own), or "not relevant now", with an optional note.
//!
//! Why keep every check-in: progress in each life area over time is what
//! the participant and the agencies follow up (003, systematic follow-up),
//! and the star compares the latest check-in with the one before.
//! A check-in need not score every area; each area at most once.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::check;
use super::error::{RecordError, Result};
use crate::catalog::{Level, LifeArea};

/// A check-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    /// Its id (ignored when adding).
    #[ts(type = "number")]
    pub id: i64,
    /// The day it was made.
    #[ts(type = "string")]
    pub date: Date,
    /// The areas scored, in catalog order, each at most once.
    pub areas: Vec<AreaLevel>,
    /// A note on the whole check-in.
    pub note: String,
}

/// How one area of life is going.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AreaLevel {
    /// The area.
    pub life_area: LifeArea,
    /// Its level, or not relevant now.
    pub level: Level,
    /// What the participant wants to say about it.
    pub note: String,
}

impl CheckIn {
    /// Checks every field against `today`; `path` is the check-in's JSON
    /// path.
    pub fn validate(&self, today: Date, path: &str) -> Result<()> {
        let date = format!("{path}.date");
        check::plausible(Some(self.date), &date)?;
        check::not_future(Some(self.date), today, &date)?;
        check::text(&self.note, &format!("{path}.note"))?;
        if self.areas.is_empty() {
            return Err(RecordError::invalid(format!("{path}.areas")));
        }
        let mut seen = Vec::with_capacity(self.areas.len());
        for (i, a) in self.areas.iter().enumerate() {
            if seen.contains(&a.life_area) {
                return Err(RecordError::invalid(format!("{path}.areas[{i}].life_area")));
            }
            seen.push(a.life_area);
            check::text(&a.note, &format!("{path}.areas[{i}].note"))?;
        }
        Ok(())
    }

    /// The level of `area`, if this check-in scored it.
    pub fn level(&self, area: LifeArea) -> Option<Level> {
        self.areas
            .iter()
            .find(|a| a.life_area == area)
            .map(|a| a.level)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checkin(date: Date, levels: &[(LifeArea, Level)]) -> CheckIn {
        CheckIn {
            id: 0,
            date,
            areas: levels
                .iter()
                .map(|&(life_area, level)| AreaLevel {
                    life_area,
                    level,
                    note: String::new(),
                })
                .collect(),
            note: String::new(),
        }
    }

    #[test]
    fn a_checkin_needs_an_area_once_and_a_past_date() {
        let today = jiff::civil::date(2026, 11, 23);
        let ok = checkin(today, &[(LifeArea::Housing, Level::Struggling)]);
        ok.validate(today, "checkin").unwrap();
        let none = checkin(today, &[]);
        assert!(matches!(
            none.validate(today, "checkin"),
            Err(RecordError::InvalidValue { field }) if field == "checkin.areas"
        ));
        let twice = checkin(
            today,
            &[
                (LifeArea::Housing, Level::Struggling),
                (LifeArea::Housing, Level::Managing),
            ],
        );
        assert!(matches!(
            twice.validate(today, "checkin"),
            Err(RecordError::InvalidValue { field }) if field == "checkin.areas[1].life_area"
        ));
        let future = checkin(
            jiff::civil::date(2026, 11, 24),
            &[(LifeArea::Health, Level::Managing)],
        );
        assert!(matches!(
            future.validate(today, "checkin"),
            Err(RecordError::DateInFuture { .. })
        ));
    }
}
