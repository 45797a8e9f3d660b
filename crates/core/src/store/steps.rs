//! Steps: table `step` and its parts — goal links (`step_goal`), life
//! areas (`step_life_area`), the status history (`step_status_change`),
//! appointments (`appointment`) and the evaluation (`step_evaluation`).
//! A step is read with its parts in one query per part, attached by id.

use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};

use super::{code_from_db, count, damaged, date_from_db, select, sql, Result, Store, StoreError};
use crate::catalog::{Code, StepStatus};
use crate::record::{Appointment, Deletion, Evaluation, ItemRef, RecordError, StatusChange, Step};

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
    each(
        conn,
        "SELECT step_id, status, at FROM step_status_change",
        where_id,
        |r| {
            let i = find(&mut steps, r.get(0).map_err(sql)?)?;
            steps[i].status_history.push(StatusChange {
                status: code_from_db(text(r, 1)?)?,
                at: text(r, 2)?.parse().map_err(|_| damaged())?,
            });
            Ok(())
        },
    )?;
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
    each(
        conn,
        "SELECT step_id, at, place, with_whom FROM appointment",
        where_id,
        |r| {
            let i = find(&mut steps, r.get(0).map_err(sql)?)?;
            steps[i].appointments.push(Appointment {
                at: text(r, 1)?.parse().map_err(|_| damaged())?,
                place: r.get(2).map_err(sql)?,
                with_whom: r.get(3).map_err(sql)?,
            });
            Ok(())
        },
    )?;
    // Stored in time order already (see `write_parts`); a stable sort
    // keeps two at the same time in the order they were added.
    for s in &mut steps {
        s.appointments.sort_by_key(|a| a.at);
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

/// Runs `f` on each row of `select` (a query over a part with many rows
/// per step), in the order the rows were added. For every step the table
/// is read in that stored order, with no index and no lookup per row; for
/// one step, through its index on `step_id`.
fn each(
    conn: &Connection,
    select: &str,
    where_id: Option<i64>,
    mut f: impl FnMut(&rusqlite::Row<'_>) -> Result<()>,
) -> Result<()> {
    let query = match where_id {
        None => format!("{select} ORDER BY id"),
        Some(_) => format!("{select} WHERE step_id = ?1 ORDER BY id"),
    };
    let mut stmt = conn.prepare(&query).map_err(sql)?;
    let mut rows = match where_id {
        None => stmt.query([]),
        Some(id) => stmt.query([id]),
    }
    .map_err(sql)?;
    while let Some(r) = rows.next().map_err(sql)? {
        f(r)?;
    }
    Ok(())
}

/// Column `i` of `r` as text, without copying it.
fn text<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> Result<&'r str> {
    r.get_ref(i).and_then(|v| Ok(v.as_str()?)).map_err(sql)
}

pub(crate) fn list(conn: &Connection) -> Result<Vec<Step>> {
    read(conn, None)
}

/// Checks the references of `s` (its contact and goals) against the
/// database; `path` is its JSON path.
fn check_references(conn: &Connection, s: &Step, path: &str) -> Result<()> {
    if let Some(c) = s.contact_id {
        super::contacts::require(conn, c)
            .map_err(|_| RecordError::invalid(format!("{path}.contact_id")))?;
    }
    for (i, g) in s.goal_ids.iter().enumerate() {
        let found = conn
            .query_row("SELECT 1 FROM goal WHERE id = ?1", [g], |_| Ok(()))
            .optional()
            .map_err(sql)?;
        if found.is_none() {
            return Err(StoreError::from(RecordError::invalid(format!(
                "{path}.goal_ids[{i}]"
            ))));
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
        .ok_or(RecordError::NotFound { what: "step", id })?;
    code_from_db(&status)
}

/// An instant to the second, as the history stores it.
fn to_second(t: Timestamp) -> Timestamp {
    Timestamp::from_second(t.as_second()).unwrap_or(t)
}

impl Store {
    /// Every step, oldest first, with history, links, appointments and
    /// evaluation.
    pub fn steps(&self) -> Result<Vec<Step>> {
        list(&self.conn)
    }

    /// Step `id`.
    pub fn step(&self, id: i64) -> Result<Step> {
        read(&self.conn, Some(id))?
            .pop()
            .ok_or(StoreError::from(RecordError::NotFound { what: "step", id }))
    }

    /// Adds a step; its history starts with its `status` at `now`. Returns
    /// its id. `id`, `status_history` and `evaluation` are ignored.
    pub fn add_step(&self, step: &Step, now: Timestamp) -> Result<i64> {
        step.validate("step")?;
        let tx = self.conn.unchecked_transaction().map_err(sql)?;
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
        let tx = self.conn.unchecked_transaction().map_err(sql)?;
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
        let tx = self.conn.unchecked_transaction().map_err(sql)?;
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
        let tx = self.conn.unchecked_transaction().map_err(sql)?;
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
                    return Err(StoreError::from(RecordError::EvaluationTooEarly {
                        field: "evaluation".into(),
                    }));
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
        let conn = &self.conn;
        let title: String = conn
            .query_row("SELECT title FROM step WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(sql)?
            .ok_or(RecordError::NotFound { what: "step", id })?;
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
