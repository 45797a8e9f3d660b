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
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::checkins::{self, CheckIn};
use super::obstacles::{self, Obstacle};
use super::{code_from_db, damaged, select, sql};
use crate::catalog::{Agency, Code, ObstacleStatus, Stage, StepStatus, StepType};
use crate::vault::{Result, Vault};

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

/// Writes the stage the participant is in (`None` clears it).
pub(crate) fn write_stage(conn: &Connection, stage: Option<Stage>) -> Result<()> {
    match stage {
        None => conn.execute("DELETE FROM current_stage", []),
        Some(s) => conn.execute(
            "INSERT INTO current_stage (id, stage) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET stage = excluded.stage",
            [s.code()],
        ),
    }
    .map_err(sql)?;
    Ok(())
}

fn days_between(from: Option<Date>, to: Date) -> Option<i32> {
    let from = from?;
    let days = (to - from).get_days();
    (days >= 0).then_some(days)
}

impl Vault {
    /// The stage the participant says they are in.
    pub fn stage(&self) -> Result<Option<Stage>> {
        let s: Option<String> = self
            .conn()
            .query_row("SELECT stage FROM current_stage WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(sql)?;
        s.map(|s| code_from_db(&s)).transpose()
    }

    /// Sets (or with `None` clears) the stage the participant is in.
    pub fn set_stage(&self, stage: Option<Stage>) -> Result<()> {
        write_stage(self.conn(), stage)
    }

    /// The overview as of `now`, a local date and time in Stockholm.
    pub fn overview(&self, now: DateTime) -> Result<Overview> {
        let conn = self.conn();
        let today = now.date();
        let profile = self.profile()?;

        let rows: Vec<(String, String)> = select(
            conn,
            "SELECT stage, status FROM step WHERE status IN ('ongoing', 'planned', 'done')",
            [],
        )?;
        let stages = rows
            .iter()
            .map(|(stage, status)| Ok((code_from_db(stage)?, code_from_db(status)?)))
            .collect::<Result<Vec<_>>>()?;

        type Appt = (i64, String, String, String, String, String);
        let rows: Vec<Appt> = select(
            conn,
            "SELECT s.id, s.title, s.agency, a.at, a.place, a.with_whom
             FROM appointment a JOIN step s ON s.id = a.step_id
             WHERE a.at >= ?1 AND s.status NOT IN ('done', 'cancelled')
             ORDER BY a.at, a.id LIMIT ?2",
            params![now.to_string(), NEXT_APPOINTMENTS],
        )?;
        let next_appointments = rows
            .into_iter()
            .map(|(step_id, step_title, agency, at, place, with_whom)| {
                Ok(UpcomingAppointment {
                    step_id,
                    step_title,
                    agency: code_from_db(&agency)?,
                    at: at.parse().map_err(|_| damaged())?,
                    place,
                    with_whom,
                })
            })
            .collect::<Result<Vec<_>>>()?;

        type Line = (i64, String, String, String, String, Option<String>);
        let rows: Vec<Line> = select(
            conn,
            "SELECT s.id, s.title, s.step_type, s.agency, s.status, c.name
             FROM step s LEFT JOIN contact c ON c.id = s.contact_id
             WHERE s.status IN ('ongoing', 'planned')
             ORDER BY s.status = 'planned', s.id",
            [],
        )?;
        let mut steps_by_agency: Vec<AgencySteps> = Vec::new();
        for (id, title, step_type, agency, status, contact_name) in rows {
            let agency: Agency = code_from_db(&agency)?;
            let line = StepLine {
                id,
                title,
                step_type: code_from_db(&step_type)?,
                status: code_from_db(&status)?,
                contact_name,
            };
            match steps_by_agency.iter_mut().find(|g| g.agency == agency) {
                Some(g) => g.steps.push(line),
                None => steps_by_agency.push(AgencySteps {
                    agency,
                    steps: vec![line],
                }),
            }
        }
        steps_by_agency.sort_by_key(|g| g.agency);

        let mut latest = checkins::read(conn, None, Some(2))?;
        let latest_checkin = latest.pop();
        let previous_checkin = latest.pop();

        let mut open_obstacles: Vec<Obstacle> = obstacles::list(conn)?
            .into_iter()
            .filter(|o| o.status != ObstacleStatus::Solved)
            .collect();
        open_obstacles.sort_by_key(|o| (o.noticed_on, o.id));

        Ok(Overview {
            name: profile.name,
            stage: self.stage()?,
            suggested_stage: suggest_stage(&stages),
            next_appointments,
            steps_by_agency,
            latest_checkin,
            previous_checkin,
            open_obstacles,
            arrived: profile.arrived,
            days_since_arrival: days_between(profile.arrived, today),
            residence_permit_date: profile.residence_permit_date,
            days_since_residence_permit: days_between(profile.residence_permit_date, today),
        })
    }
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
