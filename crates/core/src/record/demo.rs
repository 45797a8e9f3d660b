//! A realistic, fictional participant, so a person (or a case worker in a
//! training) can try Etapp without typing their own life into it.
//!
//! The record is a committed document (`crates/core/data/demo/record.json`)
//! read through the same [`portable::parse`] as any record file, so the
//! demo is checked by the same rules and is itself a test of the format.
//! It shows every part of the record: several agencies, a step in every
//! status, a final goal from the JobTech list with sub-goals,
//! evaluations, something learned during the asylum period, check-ins
//! over six months, obstacles (one solved) and notes in two languages.

use super::error::Result;
use super::portable::{self, Record};

/// The demo record's JSON.
pub const DEMO_JSON: &str = include_str!("../../data/demo/record.json");

/// The demo participant's record.
pub fn record() -> Result<Record> {
    portable::parse(DEMO_JSON)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_demo_is_a_valid_record() {
        let demo = super::record().unwrap();
        demo.validate(jiff::civil::date(2026, 11, 23)).unwrap();
        assert!(!demo.steps.is_empty() && !demo.checkins.is_empty());
        assert_eq!(demo.to_json(), super::DEMO_JSON);
    }
}
