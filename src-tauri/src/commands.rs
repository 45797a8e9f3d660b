//! The commands the UI may call, each granted by name in
//! `capabilities/main.json`. Arguments and results are types from
//! `etapp-core` with generated TypeScript twins; errors reach the UI as a
//! [`UserError`] (a Fluent id and its arguments), never as raw text.

use etapp_core::i18n::Locale;
use etapp_core::preferences::Preferences;
use etapp_core::types::UserError;
use tauri::State;

use crate::AppState;

/// The preferences readable before unlocking (the chosen language).
#[tauri::command]
pub fn get_preferences(state: State<'_, AppState>) -> Preferences {
    let mut p = Preferences::load(&state.vault_dir);
    // Tell the UI the language to start in, even before a choice.
    p.language = Some(p.locale().code().to_owned());
    p
}

/// Saves the chosen language.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, language: String) -> Result<(), UserError> {
    let locale = Locale::negotiate(&language)
        .ok_or_else(|| UserError::new("error-unknown-language").with("language", &language))?;
    let mut p = Preferences::load(&state.vault_dir);
    p.language = Some(locale.code().to_owned());
    p.save(&state.vault_dir).map_err(|e| UserError::from_io(&e))
}
