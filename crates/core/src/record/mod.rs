//! The record: what the participant keeps about their way in Sweden, so
//! they need not tell the same story again at every desk.
//!
//! This room holds the record's types, their rules and the portable
//! document, and nothing else: it knows no database, no vault, no key and
//! no file. So whatever holds a record — the encrypted store, an imported
//! file, a bundle a case worker opens with no vault at all — reads and
//! checks it with the same code. (The store, `crate::store`, turns rows
//! into these types and back.)
//!
//! | part | module |
//! |---|---|
//! | who the record belongs to | [`profile`] |
//! | case-worker contacts | [`contacts`] |
//! | background (kartläggning), with the asylum period | [`background`] |
//! | final goals and sub-goals (slut- och delmål) | [`goals`] |
//! | steps (insatser) with status history, appointments, evaluation, life areas | [`steps`] |
//! | check-ins (avstämningar) of the life areas | [`checkins`] |
//! | obstacles (hinder) | [`obstacles`] |
//! | notes | [`notes`] |
//! | the stage the participant is in, and the home screen's overview | [`overview`] |
//! | occupations close to the person's own (what they "almost have") | [`close`] |
//!
//! Every check names the refused value by its JSON path ([`RecordError`]).
//! Checks that depend on the date take "today" (or "now") as a parameter,
//! never the clock. Codes come from [`crate::catalog`]; occupations from
//! [`occupation`]. [`portable`] is the whole record as one JSON document
//! (`docs/schema/record.schema.json`); [`demo`] is a fictional
//! participant in that form.

pub mod background;
pub mod check;
pub mod checkins;
pub mod close;
pub mod contacts;
pub mod demo;
pub mod error;
pub mod goals;
pub mod notes;
pub mod obstacles;
pub mod occupation;
pub mod overview;
pub mod portable;
pub mod profile;
pub mod steps;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use background::Background;
pub use checkins::{AreaLevel, CheckIn};
pub use close::{close_occupations, CloseOccupations};
pub use contacts::Contact;
pub use error::RecordError;
pub use goals::Goal;
pub use notes::Note;
pub use obstacles::Obstacle;
pub use occupation::Occupation;
pub use overview::{AgencySteps, Overview, StepLine, UpcomingAppointment};
pub use portable::Record;
pub use profile::{Child, EstablishmentProgramme, Household, Profile, SpokenLanguage};
pub use steps::{Appointment, Evaluation, StatusChange, Step};

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
