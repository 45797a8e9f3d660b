//! The overview on the home screen: where the participant is now, in one
//! read — the stage they are in, what comes next, who does what, how the
//! areas of life are going, what stands in the way, and how long they
//! have been here.
//!
//! The stage is the participant's own choice (they know where they are);
//! the app only suggests one from the steps, so an empty choice still
//! shows something sensible. The overview reads just what it shows, with
//! a few small queries, so it stays fast on a record of many years.

use jiff::civil::{Date, DateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::checkins::CheckIn;
use super::obstacles::Obstacle;
use crate::catalog::{Agency, Stage, StepStatus, StepType};

/// How many coming appointments the overview lists.
pub const NEXT_APPOINTMENTS: u32 = 5;

/// Everything the home screen shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Overview {
    /// The name the participant goes by.
    pub name: String,
    /// The stage the participant says they are in.
    pub stage: Option<Stage>,
    /// The stage the steps suggest (see [`suggest_stage`]).
    pub suggested_stage: Stage,
    /// The next appointments from now, soonest first (not of steps that
    /// are done or cancelled: those will not take place).
    pub next_appointments: Vec<UpcomingAppointment>,
    /// Ongoing and planned steps, by agency in catalog order.
    pub steps_by_agency: Vec<AgencySteps>,
    /// The latest check-in.
    pub latest_checkin: Option<CheckIn>,
    /// The check-in before it, to compare with.
    pub previous_checkin: Option<CheckIn>,
    /// Obstacles not yet solved, the longest-standing first (by the day
    /// they were noticed).
    pub open_obstacles: Vec<Obstacle>,
    /// The day the participant came to Sweden.
    #[ts(type = "string | null")]
    pub arrived: Option<Date>,
    /// Days since then.
    pub days_since_arrival: Option<i32>,
    /// The day the residence permit was granted.
    #[ts(type = "string | null")]
    pub residence_permit_date: Option<Date>,
    /// Days since then.
    pub days_since_residence_permit: Option<i32>,
}

/// A coming appointment, with its step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UpcomingAppointment {
    /// The step's id.
    #[ts(type = "number")]
    pub step_id: i64,
    /// The step's title.
    pub step_title: String,
    /// The step's agency.
    pub agency: Agency,
    /// Local date and time in Europe/Stockholm.
    #[ts(type = "string")]
    pub at: DateTime,
    /// Where.
    pub place: String,
    /// With whom.
    pub with_whom: String,
}

/// The steps going on with one agency: who does what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgencySteps {
    /// The agency.
    pub agency: Agency,
    /// Its ongoing steps, then its planned ones.
    pub steps: Vec<StepLine>,
}

/// One step, as a line of the overview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StepLine {
    /// Its id.
    #[ts(type = "number")]
    pub id: i64,
    /// Its title.
    pub title: String,
    /// Its kind.
    pub step_type: StepType,
    /// Ongoing or planned.
    pub status: StepStatus,
    /// The contact person's name, if it has one.
    pub contact_name: Option<String>,
}

/// The stage the steps point to: the latest stage of any ongoing step;
/// with none ongoing, of any planned step; then of any done step; with no
/// steps, the first stage.
pub fn suggest_stage(steps: &[(Stage, StepStatus)]) -> Stage {
    [StepStatus::Ongoing, StepStatus::Planned, StepStatus::Done]
        .iter()
        .find_map(|status| {
            steps
                .iter()
                .filter(|(_, s)| s == status)
                .map(|(stage, _)| *stage)
                .max()
        })
        .unwrap_or(Stage::Intake)
}

/// Whole days from `from` to `to`; none when `from` is missing or later.
pub fn days_between(from: Option<Date>, to: Date) -> Option<i32> {
    let from = from?;
    let days = (to - from).get_days();
    (days >= 0).then_some(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suggestion_follows_ongoing_then_planned_then_done() {
        use Stage::*;
        use StepStatus::*;
        assert_eq!(suggest_stage(&[]), Intake);
        assert_eq!(suggest_stage(&[(Vision, Done)]), Vision);
        assert_eq!(
            suggest_stage(&[(Matching, Done), (Vision, Planned)]),
            Vision
        );
        assert_eq!(
            suggest_stage(&[(Matching, Planned), (Activity, Ongoing), (Vision, Ongoing)]),
            Activity
        );
    }

    #[test]
    fn days_since_count_whole_days_and_not_backwards() {
        let today = jiff::civil::date(2026, 11, 23);
        assert_eq!(
            days_between(Some(jiff::civil::date(2026, 11, 1)), today),
            Some(22)
        );
        assert_eq!(days_between(Some(today), today), Some(0));
        assert_eq!(
            days_between(Some(jiff::civil::date(2026, 12, 1)), today),
            None
        );
        assert_eq!(days_between(None, today), None);
    }
}
