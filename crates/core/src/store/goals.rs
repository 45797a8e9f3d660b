//! Goals: table `goal`, final goals and their sub-goals (a sub-goal names
//! its final goal; deleting a final goal deletes its sub-goals).

use rusqlite::{params, Connection, OptionalExtension};

use super::{code_from_db, date_from_db, item_refs, sql, Result, Store, StoreError};
use crate::catalog::Code;
use crate::record::{Deletion, Goal, ItemRef, Occupation, RecordError};

pub(crate) fn list(conn: &Connection) -> Result<Vec<Goal>> {
    let mut stmt = conn
        .prepare(
            "SELECT id, final_goal_id, kind, title, jobtech_id, ssyk, target_date, status
             FROM goal ORDER BY id",
        )
        .map_err(sql)?;
    type Row = (
        i64,
        Option<i64>,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        String,
    );
    let rows = stmt
        .query_map([], |r| {
            Ok::<Row, _>((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })
        .map_err(sql)?;
    let mut out = Vec::new();
    for row in rows {
        let (id, final_goal_id, kind, title, jobtech_id, ssyk, target_date, status) =
            row.map_err(sql)?;
        out.push(Goal {
            id,
            final_goal_id,
            kind: code_from_db(&kind)?,
            title,
            occupation: jobtech_id
                .zip(ssyk)
                .map(|(jobtech_id, ssyk)| Occupation { jobtech_id, ssyk }),
            target_date: date_from_db(target_date)?,
            status: code_from_db(&status)?,
        });
    }
    Ok(out)
}

/// Checks that `final_goal_id` (of the goal at `path`) names a final goal.
fn check_final_goal(conn: &Connection, final_goal_id: Option<i64>, path: &str) -> Result<()> {
    let Some(id) = final_goal_id else {
        return Ok(());
    };
    let parent: Option<Option<i64>> = conn
        .query_row("SELECT final_goal_id FROM goal WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()
        .map_err(sql)?;
    match parent {
        Some(None) => Ok(()),
        _ => Err(StoreError::from(RecordError::SubGoalWithoutFinalGoal {
            field: format!("{path}.final_goal_id"),
        })),
    }
}

/// Inserts `g` with `id` (or a new id when `None`); its final goal must
/// already be there.
pub(crate) fn insert(conn: &Connection, g: &Goal, id: Option<i64>, path: &str) -> Result<i64> {
    check_final_goal(conn, g.final_goal_id, path)?;
    conn.execute(
        "INSERT INTO goal (id, final_goal_id, kind, title, jobtech_id, ssyk, target_date, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            id,
            g.final_goal_id,
            g.kind.code(),
            g.title,
            g.occupation.as_ref().map(|o| &o.jobtech_id),
            g.occupation.as_ref().map(|o| &o.ssyk),
            g.target_date.map(|d| d.to_string()),
            g.status.code()
        ],
    )
    .map_err(sql)?;
    Ok(conn.last_insert_rowid())
}

fn title(conn: &Connection, id: i64) -> Result<String> {
    conn.query_row("SELECT title FROM goal WHERE id = ?1", [id], |r| r.get(0))
        .optional()
        .map_err(sql)?
        .ok_or(StoreError::from(RecordError::NotFound { what: "goal", id }))
}

impl Store {
    /// Every goal, oldest first; a sub-goal names its final goal.
    pub fn goals(&self) -> Result<Vec<Goal>> {
        list(&self.conn)
    }

    /// Adds a final goal or a sub-goal and returns its id. A sub-goal whose
    /// final goal is missing (or is itself a sub-goal) is refused.
    pub fn add_goal(&self, goal: &Goal) -> Result<i64> {
        goal.validate("goal")?;
        insert(&self.conn, goal, None, "goal")
    }

    /// Saves the changes to an existing goal. A final goal with sub-goals
    /// cannot become a sub-goal (goals have two levels).
    pub fn update_goal(&self, goal: &Goal) -> Result<()> {
        goal.validate("goal")?;
        let tx = self.conn.unchecked_transaction().map_err(sql)?;
        title(&tx, goal.id)?;
        if goal.final_goal_id == Some(goal.id) {
            return Err(StoreError::from(RecordError::SubGoalWithoutFinalGoal {
                field: "goal.final_goal_id".into(),
            }));
        }
        check_final_goal(&tx, goal.final_goal_id, "goal")?;
        if goal.final_goal_id.is_some() {
            let subs: i64 = tx
                .query_row(
                    "SELECT count(*) FROM goal WHERE final_goal_id = ?1",
                    [goal.id],
                    |r| r.get(0),
                )
                .map_err(sql)?;
            if subs > 0 {
                return Err(StoreError::from(RecordError::invalid("goal.final_goal_id")));
            }
        }
        tx.execute(
            "UPDATE goal SET final_goal_id = ?2, kind = ?3, title = ?4, jobtech_id = ?5,
             ssyk = ?6, target_date = ?7, status = ?8 WHERE id = ?1",
            params![
                goal.id,
                goal.final_goal_id,
                goal.kind.code(),
                goal.title,
                goal.occupation.as_ref().map(|o| &o.jobtech_id),
                goal.occupation.as_ref().map(|o| &o.ssyk),
                goal.target_date.map(|d| d.to_string()),
                goal.status.code()
            ],
        )
        .map_err(sql)?;
        tx.commit().map_err(sql)
    }

    /// What deleting goal `id` would remove: the goal and its sub-goals,
    /// and which steps would lose their link to them.
    pub fn goal_deletion(&self, id: i64) -> Result<Deletion> {
        let conn = &self.conn;
        let mut goals = vec![ItemRef {
            id,
            title: title(conn, id)?,
        }];
        goals.extend(item_refs(
            conn,
            "SELECT id, title FROM goal WHERE final_goal_id = ?1 ORDER BY id",
            id,
        )?);
        let steps_unlinked = item_refs(
            conn,
            "SELECT id, title FROM step WHERE id IN (SELECT step_id FROM step_goal
             WHERE goal_id = ?1 OR goal_id IN (SELECT id FROM goal WHERE final_goal_id = ?1))
             ORDER BY id",
            id,
        )?;
        Ok(Deletion {
            goals,
            steps_unlinked,
            ..Deletion::default()
        })
    }

    /// Deletes goal `id` with its sub-goals; linked steps stay.
    pub fn delete_goal(&self, id: i64) -> Result<()> {
        self.delete_row("goal", id)
    }
}
