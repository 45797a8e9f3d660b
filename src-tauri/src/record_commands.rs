//! Commands over the person's record: catalogs, contacts, background,
//! goals, steps, check-ins, obstacles, notes, the stage and the overview. Each is a call into `etapp-core` on the open vault;
//! dates that validity checks compare with ("not in the future") take
//! today in Stockholm, and status changes take the current instant.
//!
//! Deletes come in pairs: `*_deletion` lists what would go (so the UI can
//! name it in the confirmation), `delete_*` removes it.

use etapp_core::catalog::{self, Catalogs, ObstacleStatus, Stage, StepStatus};
use etapp_core::jiff::{civil::Date, Timestamp};
use etapp_core::record::occupation::{self, OccupationEntry};
use etapp_core::record::{
    self, Background, CheckIn, CloseOccupations, Contact, Deletion, Evaluation, Goal, Note,
    Obstacle, Overview, Step,
};
use etapp_core::user_error::UserError;
use tauri::State;

use crate::AppState;

type Reply<T> = Result<T, UserError>;

/// Today's date where the person lives (Sweden).
pub fn today() -> Date {
    etapp_core::time::today_in_sweden()
}

/// Every catalog with its codes, for pickers and labels.
#[tauri::command]
pub fn get_catalogs() -> Catalogs {
    catalog::all()
}

/// Occupations from the JobTech list matching what was typed.
#[tauri::command]
pub fn search_occupations(query: String, limit: usize) -> Vec<OccupationEntry> {
    occupation::search(&query, limit.min(50))
        .into_iter()
        .cloned()
        .collect()
}

/// One occupation from the JobTech list, by its concept id (to show the
/// label of one the record stores).
#[tauri::command]
pub fn occupation_by_id(id: String) -> Option<OccupationEntry> {
    occupation::by_id(&id).cloned()
}

#[tauri::command]
pub fn get_contacts(state: State<'_, AppState>) -> Reply<Vec<Contact>> {
    state.with_store(|s| s.contacts())
}

#[tauri::command]
pub fn add_contact(state: State<'_, AppState>, contact: Contact) -> Reply<i64> {
    state.with_store(|s| s.add_contact(&contact))
}

#[tauri::command]
pub fn update_contact(state: State<'_, AppState>, contact: Contact) -> Reply<()> {
    state.with_store(|s| s.update_contact(&contact))
}

#[tauri::command]
pub fn contact_deletion(state: State<'_, AppState>, id: i64) -> Reply<Deletion> {
    state.with_store(|s| s.contact_deletion(id))
}

#[tauri::command]
pub fn delete_contact(state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with_store(|s| s.delete_contact(id))
}

#[tauri::command]
pub fn get_background(state: State<'_, AppState>) -> Reply<Background> {
    state.with_store(|s| s.background())
}

/// What is close to the occupations of the background (Arbetsförmedlingen's
/// substitutability relations, shipped with the app), with the goals that
/// already name one, and for each occupation goal which of the person's
/// occupations lead there.
#[tauri::command]
pub fn close_occupations(state: State<'_, AppState>) -> Reply<CloseOccupations> {
    state.with_store(|s| {
        Ok::<_, etapp_core::store::StoreError>(record::close_occupations(
            &s.background()?,
            &s.goals()?,
        ))
    })
}

/// Saves the whole background; returns it with ids given to new entries.
#[tauri::command]
pub fn set_background(state: State<'_, AppState>, background: Background) -> Reply<Background> {
    state.with_store(|s| s.set_background(&background, today()))
}

#[tauri::command]
pub fn get_goals(state: State<'_, AppState>) -> Reply<Vec<Goal>> {
    state.with_store(|s| s.goals())
}

#[tauri::command]
pub fn add_goal(state: State<'_, AppState>, goal: Goal) -> Reply<i64> {
    state.with_store(|s| s.add_goal(&goal))
}

#[tauri::command]
pub fn update_goal(state: State<'_, AppState>, goal: Goal) -> Reply<()> {
    state.with_store(|s| s.update_goal(&goal))
}

#[tauri::command]
pub fn goal_deletion(state: State<'_, AppState>, id: i64) -> Reply<Deletion> {
    state.with_store(|s| s.goal_deletion(id))
}

#[tauri::command]
pub fn delete_goal(state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with_store(|s| s.delete_goal(id))
}

#[tauri::command]
pub fn get_steps(state: State<'_, AppState>) -> Reply<Vec<Step>> {
    state.with_store(|s| s.steps())
}

#[tauri::command]
pub fn add_step(state: State<'_, AppState>, step: Step) -> Reply<i64> {
    state.with_store(|s| s.add_step(&step, Timestamp::now()))
}

/// Saves a step's details (not its status or evaluation).
#[tauri::command]
pub fn update_step(state: State<'_, AppState>, step: Step) -> Reply<()> {
    state.with_store(|s| s.update_step(&step))
}

/// Moves a step to a new status; the change joins its history.
#[tauri::command]
pub fn set_step_status(state: State<'_, AppState>, id: i64, status: StepStatus) -> Reply<()> {
    state.with_store(|s| s.set_step_status(id, status, Timestamp::now()))
}

/// The participant's own evaluation of a done or cancelled step.
#[tauri::command]
pub fn set_step_evaluation(
    state: State<'_, AppState>,
    id: i64,
    evaluation: Option<Evaluation>,
) -> Reply<()> {
    state.with_store(|s| s.set_step_evaluation(id, evaluation.as_ref()))
}

#[tauri::command]
pub fn step_deletion(state: State<'_, AppState>, id: i64) -> Reply<Deletion> {
    state.with_store(|s| s.step_deletion(id))
}

#[tauri::command]
pub fn delete_step(state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with_store(|s| s.delete_step(id))
}

#[tauri::command]
pub fn get_checkins(state: State<'_, AppState>) -> Reply<Vec<CheckIn>> {
    state.with_store(|s| s.checkins())
}

#[tauri::command]
pub fn add_checkin(state: State<'_, AppState>, checkin: CheckIn) -> Reply<i64> {
    state.with_store(|s| s.add_checkin(&checkin, today()))
}

#[tauri::command]
pub fn update_checkin(state: State<'_, AppState>, checkin: CheckIn) -> Reply<()> {
    state.with_store(|s| s.update_checkin(&checkin, today()))
}

#[tauri::command]
pub fn delete_checkin(state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with_store(|s| s.delete_checkin(id))
}

#[tauri::command]
pub fn get_obstacles(state: State<'_, AppState>) -> Reply<Vec<Obstacle>> {
    state.with_store(|s| s.obstacles())
}

#[tauri::command]
pub fn add_obstacle(state: State<'_, AppState>, obstacle: Obstacle) -> Reply<i64> {
    state.with_store(|s| s.add_obstacle(&obstacle, today()))
}

#[tauri::command]
pub fn update_obstacle(state: State<'_, AppState>, obstacle: Obstacle) -> Reply<()> {
    state.with_store(|s| s.update_obstacle(&obstacle, today()))
}

/// Moves an obstacle to a new status today; its dates follow. Returns it
/// as saved.
#[tauri::command]
pub fn set_obstacle_status(
    state: State<'_, AppState>,
    id: i64,
    status: ObstacleStatus,
) -> Reply<Obstacle> {
    state.with_store(|s| s.set_obstacle_status(id, status, today()))
}

#[tauri::command]
pub fn delete_obstacle(state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with_store(|s| s.delete_obstacle(id))
}

#[tauri::command]
pub fn get_notes(state: State<'_, AppState>) -> Reply<Vec<Note>> {
    state.with_store(|s| s.notes())
}

#[tauri::command]
pub fn add_note(state: State<'_, AppState>, note: Note) -> Reply<i64> {
    state.with_store(|s| s.add_note(&note, today()))
}

#[tauri::command]
pub fn update_note(state: State<'_, AppState>, note: Note) -> Reply<()> {
    state.with_store(|s| s.update_note(&note, today()))
}

#[tauri::command]
pub fn delete_note(state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with_store(|s| s.delete_note(id))
}

/// The home screen's overview, as of now in Stockholm.
#[tauri::command]
pub fn get_overview(state: State<'_, AppState>) -> Reply<Overview> {
    state.with_store(|s| s.overview(etapp_core::time::now_in_sweden()))
}

/// The stage the participant says they are in (`null` clears it).
#[tauri::command]
pub fn set_stage(state: State<'_, AppState>, stage: Option<Stage>) -> Reply<()> {
    state.with_store(|s| s.set_stage(stage))
}
