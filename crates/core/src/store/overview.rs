//! The stage (the one row of table `current_stage`, or none) and the
//! home screen's overview, read with a few small queries that each read
//! only what is shown, so it stays fast on a record of many years.

use jiff::civil::DateTime;
use rusqlite::{params, Connection, OptionalExtension};

use super::{checkins, code_from_db, damaged, obstacles, select, sql, Result, Store};
use crate::catalog::{Agency, Code, ObstacleStatus, Stage};
use crate::record::overview::{days_between, suggest_stage, NEXT_APPOINTMENTS};
use crate::record::{AgencySteps, Obstacle, Overview, StepLine, UpcomingAppointment};

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

impl Store {
    /// The stage the participant says they are in.
    pub fn stage(&self) -> Result<Option<Stage>> {
        let s: Option<String> = self
            .conn
            .query_row("SELECT stage FROM current_stage WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(sql)?;
        s.map(|s| code_from_db(&s)).transpose()
    }

    /// Sets (or with `None` clears) the stage the participant is in.
    pub fn set_stage(&self, stage: Option<Stage>) -> Result<()> {
        write_stage(&self.conn, stage)
    }

    /// The overview as of `now`, a local date and time in Stockholm.
    pub fn overview(&self, now: DateTime) -> Result<Overview> {
        let conn = &self.conn;
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
