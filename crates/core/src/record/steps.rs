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
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{check, code_from_db, damaged, date_from_db, select, sql, Deletion, ItemRef};
use crate::catalog::{Agency, Code, LifeArea, Stage, StepStatus, StepType};
use crate::vault::{Result, Vault, VaultError};

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
            return Err(VaultError::invalid(format!("{path}.usefulness")));
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
                return Err(VaultError::invalid(format!("{p}.at")));
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
            return Err(VaultError::invalid(format!("{path}.goal_ids")));
        }
        let mut areas = self.life_areas.clone();
        areas.sort_unstable();
        areas.dedup();
        if areas.len() != self.life_areas.len() {
            return Err(VaultError::invalid(format!("{path}.life_areas")));
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
            .ok_or_else(|| VaultError::invalid(&field))?;
        if last.status != self.status {
            return Err(VaultError::invalid(format!("{path}.status")));
        }
        if self.status_history.windows(2).any(|w| w[1].at < w[0].at) {
            return Err(VaultError::invalid(field));
        }
        if let Some(e) = &self.evaluation {
            let p = format!("{path}.evaluation");
            if !self.status_history.iter().any(|c| c.status.is_closed()) {
                return Err(VaultError::EvaluationTooEarly { field: p });
            }
            e.validate(&p)?;
        }
        Ok(())
    }
}

/// Id and title of the rows `query` (with one `?1`) returns.
pub(crate) fn refs(conn: &Connection, query: &str, id: i64) -> Result<Vec<ItemRef>> {
    let mut stmt = conn.prepare(query).map_err(sql)?;
    let rows = stmt
        .query_map([id], |r| {
            Ok(ItemRef {
                id: r.get(0)?,
                title: r.get(1)?,
            })
        })
        .map_err(sql)?;
    rows.collect::<rusqlite::Result<_>>().map_err(sql)
}

fn count(conn: &Connection, query: &str, id: i64) -> Result<u32> {
    conn.query_row(query, [id], |r| r.get(0)).map_err(sql)
}

fn read(conn: &Connection, where_id: Option<i64>) -> Result<Vec<Step>> {
    type Row = (
        i64,
        String,
        String,
        String,
        Option<i64>,
        String,
        String,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<Row> = select(
        conn,
        "SELECT id, title, step_type, agency, contact_id, stage, status, start_date, end_date
         FROM step WHERE ?1 IS NULL OR id = ?1 ORDER BY id",
        [where_id],
    )?;
    let mut steps = Vec::with_capacity(rows.len());
    for (id, title, step_type, agency, contact_id, stage, status, start, end) in rows {
        steps.push(Step {
            id,
            title,
            step_type: code_from_db(&step_type)?,
            agency: code_from_db(&agency)?,
            contact_id,
            stage: code_from_db(&stage)?,
            status: code_from_db(&status)?,
            status_history: Vec::new(),
            start_date: date_from_db(start)?,
            end_date: date_from_db(end)?,
            goal_ids: Vec::new(),
            life_areas: Vec::new(),
            appointments: Vec::new(),
            evaluation: None,
        });
    }
    // The parts, each in one query, attached by step id.
    let find = |steps: &mut Vec<Step>, id: i64| -> Result<usize> {
        steps
            .binary_search_by_key(&id, |s| s.id)
            .map_err(|_| damaged())
    };
    let changes: Vec<(i64, String, String)> = select(
        conn,
        "SELECT step_id, status, at FROM step_status_change
         WHERE ?1 IS NULL OR step_id = ?1 ORDER BY step_id, id",
        [where_id],
    )?;
    for (step_id, status, at) in changes {
        let i = find(&mut steps, step_id)?;
        steps[i].status_history.push(StatusChange {
            status: code_from_db(&status)?,
            at: at.parse().map_err(|_| damaged())?,
        });
    }
    let links: Vec<(i64, i64)> = select(
        conn,
        "SELECT step_id, goal_id FROM step_goal
         WHERE ?1 IS NULL OR step_id = ?1 ORDER BY step_id, goal_id",
        [where_id],
    )?;
    for (step_id, goal_id) in links {
        let i = find(&mut steps, step_id)?;
        steps[i].goal_ids.push(goal_id);
    }
    let areas: Vec<(i64, String)> = select(
        conn,
        "SELECT step_id, life_area FROM step_life_area
         WHERE ?1 IS NULL OR step_id = ?1 ORDER BY step_id",
        [where_id],
    )?;
    for (step_id, area) in areas {
        let i = find(&mut steps, step_id)?;
        steps[i].life_areas.push(code_from_db(&area)?);
    }
    for s in &mut steps {
        s.life_areas.sort_unstable();
    }
    let appointments: Vec<(i64, String, String, String)> = select(
        conn,
        "SELECT step_id, at, place, with_whom FROM appointment
         WHERE ?1 IS NULL OR step_id = ?1 ORDER BY step_id, at, id",
        [where_id],
    )?;
    for (step_id, at, place, with_whom) in appointments {
        let i = find(&mut steps, step_id)?;
        steps[i].appointments.push(Appointment {
            at: at.parse().map_err(|_| damaged())?,
            place,
            with_whom,
        });
    }
    let evaluations: Vec<(i64, u8, String, String)> = select(
        conn,
        "SELECT step_id, usefulness, helped, hard FROM step_evaluation
         WHERE ?1 IS NULL OR step_id = ?1",
        [where_id],
    )?;
    for (step_id, usefulness, helped, hard) in evaluations {
        let i = find(&mut steps, step_id)?;
        steps[i].evaluation = Some(Evaluation {
            usefulness,
            helped,
            hard,
        });
    }
    Ok(steps)
}

pub(crate) fn list(conn: &Connection) -> Result<Vec<Step>> {
    read(conn, None)
}

/// Checks the references of `s` (its contact and goals) against the
/// database; `path` is its JSON path.
fn check_references(conn: &Connection, s: &Step, path: &str) -> Result<()> {
    if let Some(c) = s.contact_id {
        super::contacts::require(conn, c)
            .map_err(|_| VaultError::invalid(format!("{path}.contact_id")))?;
    }
    for (i, g) in s.goal_ids.iter().enumerate() {
        let found = conn
            .query_row("SELECT 1 FROM goal WHERE id = ?1", [g], |_| Ok(()))
            .optional()
            .map_err(sql)?;
        if found.is_none() {
            return Err(VaultError::invalid(format!("{path}.goal_ids[{i}]")));
        }
    }
    Ok(())
}

/// Writes the goal links and appointments of step `id`, replacing any.
fn write_parts(conn: &Connection, id: i64, s: &Step) -> Result<()> {
    conn.execute("DELETE FROM step_goal WHERE step_id = ?1", [id])
        .map_err(sql)?;
    conn.execute("DELETE FROM appointment WHERE step_id = ?1", [id])
        .map_err(sql)?;
    conn.execute("DELETE FROM step_life_area WHERE step_id = ?1", [id])
        .map_err(sql)?;
    for a in &s.life_areas {
        conn.execute(
            "INSERT INTO step_life_area (step_id, life_area) VALUES (?1, ?2)",
            params![id, a.code()],
        )
        .map_err(sql)?;
    }
    for g in &s.goal_ids {
        conn.execute(
            "INSERT INTO step_goal (step_id, goal_id) VALUES (?1, ?2)",
            params![id, g],
        )
        .map_err(sql)?;
    }
    let mut appointments = s.appointments.clone();
    appointments.sort_by_key(|a| a.at);
    for a in &appointments {
        conn.execute(
            "INSERT INTO appointment (step_id, at, place, with_whom) VALUES (?1, ?2, ?3, ?4)",
            params![id, a.at.to_string(), a.place, a.with_whom],
        )
        .map_err(sql)?;
    }
    Ok(())
}

/// Inserts a whole step as read from a file or built by the demo: with
/// its id, history and evaluation. The caller has validated it and holds
/// a transaction.
pub(crate) fn insert_whole(conn: &Connection, s: &Step, path: &str) -> Result<i64> {
    check_references(conn, s, path)?;
    conn.execute(
        "INSERT INTO step (id, title, step_type, agency, contact_id, stage, status, start_date,
         end_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            s.id,
            s.title,
            s.step_type.code(),
            s.agency.code(),
            s.contact_id,
            s.stage.code(),
            s.status.code(),
            s.start_date.map(|d| d.to_string()),
            s.end_date.map(|d| d.to_string())
        ],
    )
    .map_err(sql)?;
    let id = conn.last_insert_rowid();
    for c in &s.status_history {
        conn.execute(
            "INSERT INTO step_status_change (step_id, status, at) VALUES (?1, ?2, ?3)",
            params![id, c.status.code(), c.at.to_string()],
        )
        .map_err(sql)?;
    }
    if let Some(e) = &s.evaluation {
        conn.execute(
            "INSERT INTO step_evaluation (step_id, usefulness, helped, hard)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, e.usefulness, e.helped, e.hard],
        )
        .map_err(sql)?;
    }
    write_parts(conn, id, s)?;
    Ok(id)
}

fn current_status(conn: &Connection, id: i64) -> Result<StepStatus> {
    let status: String = conn
        .query_row("SELECT status FROM step WHERE id = ?1", [id], |r| r.get(0))
        .optional()
        .map_err(sql)?
        .ok_or(VaultError::NotFound { what: "step", id })?;
    code_from_db(&status)
}

/// An instant to the second, as the history stores it.
fn to_second(t: Timestamp) -> Timestamp {
    Timestamp::from_second(t.as_second()).unwrap_or(t)
}

impl Vault {
    /// Every step, oldest first, with history, links, appointments and
    /// evaluation.
    pub fn steps(&self) -> Result<Vec<Step>> {
        list(self.conn())
    }

    /// Step `id`.
    pub fn step(&self, id: i64) -> Result<Step> {
        read(self.conn(), Some(id))?
            .pop()
            .ok_or(VaultError::NotFound { what: "step", id })
    }

    /// Adds a step; its history starts with its `status` at `now`. Returns
    /// its id. `id`, `status_history` and `evaluation` are ignored.
    pub fn add_step(&self, step: &Step, now: Timestamp) -> Result<i64> {
        step.validate("step")?;
        let tx = self.conn().unchecked_transaction().map_err(sql)?;
        let whole = Step {
            status_history: vec![StatusChange {
                status: step.status,
                at: to_second(now),
            }],
            evaluation: None,
            ..step.clone()
        };
        // SQLite picks the id when it is NULL.
        let id = {
            check_references(&tx, &whole, "step")?;
            tx.execute(
                "INSERT INTO step (title, step_type, agency, contact_id, stage, status,
                 start_date, end_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    whole.title,
                    whole.step_type.code(),
                    whole.agency.code(),
                    whole.contact_id,
                    whole.stage.code(),
                    whole.status.code(),
                    whole.start_date.map(|d| d.to_string()),
                    whole.end_date.map(|d| d.to_string())
                ],
            )
            .map_err(sql)?;
            tx.last_insert_rowid()
        };
        tx.execute(
            "INSERT INTO step_status_change (step_id, status, at) VALUES (?1, ?2, ?3)",
            params![
                id,
                whole.status.code(),
                whole.status_history[0].at.to_string()
            ],
        )
        .map_err(sql)?;
        write_parts(&tx, id, &whole)?;
        tx.commit().map_err(sql)?;
        Ok(id)
    }

    /// Saves what the participant edits of step `step.id`: everything but
    /// the status (see [`Vault::set_step_status`]) and the evaluation.
    pub fn update_step(&self, step: &Step) -> Result<()> {
        step.validate("step")?;
        let tx = self.conn().unchecked_transaction().map_err(sql)?;
        current_status(&tx, step.id)?;
        check_references(&tx, step, "step")?;
        tx.execute(
            "UPDATE step SET title = ?2, step_type = ?3, agency = ?4, contact_id = ?5,
             stage = ?6, start_date = ?7, end_date = ?8 WHERE id = ?1",
            params![
                step.id,
                step.title,
                step.step_type.code(),
                step.agency.code(),
                step.contact_id,
                step.stage.code(),
                step.start_date.map(|d| d.to_string()),
                step.end_date.map(|d| d.to_string())
            ],
        )
        .map_err(sql)?;
        write_parts(&tx, step.id, step)?;
        tx.commit().map_err(sql)
    }

    /// Moves step `id` to `status` at `now`, adding to its history. The
    /// same status again changes nothing. `now` earlier than the last
    /// change (a clock set back) is recorded as that change's instant, so
    /// the history stays in order.
    pub fn set_step_status(&self, id: i64, status: StepStatus, now: Timestamp) -> Result<()> {
        let tx = self.conn().unchecked_transaction().map_err(sql)?;
        if current_status(&tx, id)? == status {
            return Ok(());
        }
        let last: Option<String> = tx
            .query_row(
                "SELECT max(at) FROM step_status_change WHERE step_id = ?1",
                [id],
                |r| r.get(0),
            )
            .map_err(sql)?;
        let mut at = to_second(now);
        if let Some(last) = last {
            let last: Timestamp = last.parse().map_err(|_| damaged())?;
            at = at.max(last);
        }
        tx.execute(
            "UPDATE step SET status = ?2 WHERE id = ?1",
            params![id, status.code()],
        )
        .map_err(sql)?;
        tx.execute(
            "INSERT INTO step_status_change (step_id, status, at) VALUES (?1, ?2, ?3)",
            params![id, status.code(), at.to_string()],
        )
        .map_err(sql)?;
        tx.commit().map_err(sql)
    }

    /// Saves (or with `None` removes) the participant's evaluation of step
    /// `id`, which must have been done or cancelled.
    pub fn set_step_evaluation(&self, id: i64, evaluation: Option<&Evaluation>) -> Result<()> {
        let tx = self.conn().unchecked_transaction().map_err(sql)?;
        current_status(&tx, id)?;
        match evaluation {
            None => {
                tx.execute("DELETE FROM step_evaluation WHERE step_id = ?1", [id])
                    .map_err(sql)?;
            }
            Some(e) => {
                e.validate("evaluation")?;
                let closed: i64 = tx
                    .query_row(
                        "SELECT count(*) FROM step_status_change
                         WHERE step_id = ?1 AND status IN ('done', 'cancelled')",
                        [id],
                        |r| r.get(0),
                    )
                    .map_err(sql)?;
                if closed == 0 {
                    return Err(VaultError::EvaluationTooEarly {
                        field: "evaluation".into(),
                    });
                }
                tx.execute(
                    "INSERT INTO step_evaluation (step_id, usefulness, helped, hard)
                     VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (step_id) DO UPDATE SET usefulness = excluded.usefulness,
                     helped = excluded.helped, hard = excluded.hard",
                    params![id, e.usefulness, e.helped, e.hard],
                )
                .map_err(sql)?;
            }
        }
        tx.commit().map_err(sql)
    }

    /// What deleting step `id` would remove: the step, its appointments,
    /// its status history and its evaluation (its goals stay).
    pub fn step_deletion(&self, id: i64) -> Result<Deletion> {
        let conn = self.conn();
        let title: String = conn
            .query_row("SELECT title FROM step WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(sql)?
            .ok_or(VaultError::NotFound { what: "step", id })?;
        Ok(Deletion {
            steps: vec![ItemRef { id, title }],
            appointments: count(
                conn,
                "SELECT count(*) FROM appointment WHERE step_id = ?1",
                id,
            )?,
            status_changes: count(
                conn,
                "SELECT count(*) FROM step_status_change WHERE step_id = ?1",
                id,
            )?,
            evaluations: count(
                conn,
                "SELECT count(*) FROM step_evaluation WHERE step_id = ?1",
                id,
            )?,
            ..Deletion::default()
        })
    }

    /// Deletes step `id` with its appointments, history and evaluation.
    pub fn delete_step(&self, id: i64) -> Result<()> {
        self.delete_row("step", id)
    }
}
