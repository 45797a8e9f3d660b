//! The record: what the participant keeps about their way in Sweden, so
//! they need not tell the same story again at every desk.
//!
//! Part 1 holds, beside the profile ([`crate::vault::Profile`]):
//!
//! | part | module | stored as |
//! |---|---|---|
//! | case-worker contacts | [`contacts`] | table `contact` |
//! | background (kartläggning), with the asylum period | [`background`] | one JSON document |
//! | final goals and sub-goals (slut- och delmål) | [`goals`] | table `goal` |
//! | steps (insatser) with status history, appointments, evaluation, life areas | [`steps`] | tables `step`, `step_*`, `appointment` |
//!
//! Part 2 adds:
//!
//! | part | module | stored as |
//! |---|---|---|
//! | check-ins (avstämningar) of the life areas | [`checkins`] | tables `checkin`, `checkin_area` |
//! | obstacles (hinder) | [`obstacles`] | table `obstacle` |
//! | notes | [`notes`] | table `note` |
//! | the stage the participant is in, and the home screen's overview | [`overview`] | table `current_stage` |
//!
//! Each part is read and written through methods on [`crate::vault::Vault`];
//! every write checks its input first (the error names the field by its
//! JSON path) and runs in one transaction, so nothing is saved in part.
//! Codes come from [`crate::catalog`]; occupations from [`occupation`].
//! Validity checks that depend on the date take "today" (or "now") as a
//! parameter, never the clock.
//!
//! [`portable`] writes the whole record as one JSON document
//! (`docs/schema/record.schema.json`) and reads it back; [`demo`] fills an
//! empty vault with a fictional participant.

pub mod background;
pub(crate) mod check;
pub mod checkins;
pub mod contacts;
pub mod demo;
pub mod goals;
pub mod notes;
pub mod obstacles;
pub mod occupation;
pub mod overview;
pub mod portable;
pub mod steps;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use background::Background;
pub use checkins::{AreaLevel, CheckIn};
pub use contacts::Contact;
pub use goals::Goal;
pub use notes::Note;
pub use obstacles::Obstacle;
pub use occupation::Occupation;
pub use overview::{AgencySteps, Overview, StepLine, UpcomingAppointment};
pub use portable::Record;
pub use steps::{Appointment, Evaluation, StatusChange, Step};

use crate::vault::VaultError;

/// An item named in a [`Deletion`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ItemRef {
    /// Its id.
    #[ts(type = "number")]
    pub id: i64,
    /// Its title or name, as the participant wrote it.
    pub title: String,
}

/// What a delete would remove or change, so the confirmation can name it
/// before anything goes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Deletion {
    /// Goals that would be deleted (a final goal with its sub-goals).
    pub goals: Vec<ItemRef>,
    /// Steps that would be deleted.
    pub steps: Vec<ItemRef>,
    /// Contacts that would be deleted.
    pub contacts: Vec<ItemRef>,
    /// Appointments deleted with their steps.
    pub appointments: u32,
    /// Status changes deleted with their steps.
    pub status_changes: u32,
    /// Evaluations deleted with their steps.
    pub evaluations: u32,
    /// Steps that stay but lose their link to a deleted goal.
    pub steps_unlinked: Vec<ItemRef>,
    /// Steps that stay but lose their contact person.
    pub steps_losing_contact: Vec<ItemRef>,
    /// Obstacles that stay but lose the person handling them.
    pub obstacles_losing_contact: u32,
}

/// A value read from the database that this build cannot understand: the
/// file was changed outside Etapp.
pub(crate) fn damaged() -> VaultError {
    VaultError::Database(rusqlite::Error::InvalidQuery)
}

pub(crate) fn sql(e: rusqlite::Error) -> VaultError {
    VaultError::from_sqlite(e)
}

/// Every row `query` returns for `params`, each as a tuple of its columns
/// (`Vec<(i64, String)>`).
pub(crate) fn select<T>(
    conn: &rusqlite::Connection,
    query: &str,
    params: impl rusqlite::Params,
) -> crate::vault::Result<Vec<T>>
where
    T: for<'a> TryFrom<&'a rusqlite::Row<'a>, Error = rusqlite::Error>,
{
    let mut stmt = conn.prepare(query).map_err(sql)?;
    let found = stmt.query_map(params, |r| T::try_from(r)).map_err(sql)?;
    found.collect::<rusqlite::Result<_>>().map_err(sql)
}

impl crate::vault::Vault {
    /// Deletes row `id` of `table`, whose rows are the items called
    /// `table` in errors (`step`, `note`); what depends on it goes by the
    /// schema's cascades.
    pub(crate) fn delete_row(&self, table: &'static str, id: i64) -> crate::vault::Result<()> {
        let changed = self
            .conn()
            .execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])
            .map_err(sql)?;
        if changed == 0 {
            return Err(VaultError::NotFound { what: table, id });
        }
        Ok(())
    }
}

/// A catalog code read from the database.
pub(crate) fn code_from_db<C: crate::catalog::Code>(s: &str) -> crate::vault::Result<C> {
    C::parse(s).ok_or_else(damaged)
}

/// A date read from the database.
pub(crate) fn date_from_db(s: Option<String>) -> crate::vault::Result<Option<jiff::civil::Date>> {
    s.map(|d| d.parse().map_err(|_| damaged())).transpose()
}
