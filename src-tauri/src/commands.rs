//! The commands the UI may call, each granted by name in
//! `capabilities/main.json` (and listed in `build.rs`). Arguments and
//! results are types from `etapp-core` with generated TypeScript twins;
//! errors reach the UI as a [`UserError`] (a Fluent id and its arguments),
//! never as raw text.
//!
//! Key derivation takes about a second, so the commands that derive a key
//! run on a blocking thread: the window keeps painting its progress.

use etapp_core::i18n::Locale;
use etapp_core::preferences::Preferences;
use etapp_core::record::Profile;
use etapp_core::types::{AppStatus, VaultSettings};
use etapp_core::user_error::UserError;
use etapp_core::vault::{self, Passphrase, RecoveryCode, Vault};
use tauri::{AppHandle, Manager, State};
use zeroize::Zeroizing;

use crate::AppState;

type Reply<T> = Result<T, UserError>;

fn vault_error(e: vault::VaultError) -> UserError {
    e.user_error()
}

/// Runs `f` on a blocking thread with the app state.
async fn blocking<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppState) -> Reply<T> + Send + 'static,
) -> Reply<T> {
    tauri::async_runtime::spawn_blocking(move || f(&app.state::<AppState>()))
        .await
        .map_err(|_| UserError::new("error-unexpected"))?
}

/// The preferences readable before unlocking (the chosen language).
#[tauri::command]
pub fn get_preferences(state: State<'_, AppState>) -> Preferences {
    let mut p = Preferences::load(&state.vault_dir);
    // Tell the UI the language to start in, even before a choice.
    p.language = Some(p.locale().code().to_owned());
    // A second language no longer shipped turns the view off.
    p.interpreter = p
        .interpreter
        .as_deref()
        .and_then(Locale::negotiate)
        .map(|l| l.code().to_owned());
    p
}

/// Saves the chosen language.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, language: String) -> Reply<()> {
    let locale = Locale::negotiate(&language)
        .ok_or_else(|| UserError::new("error-unknown-language").with("language", &language))?;
    let mut p = Preferences::load(&state.vault_dir);
    p.language = Some(locale.code().to_owned());
    p.save(&state.vault_dir).map_err(|e| UserError::from_io(&e))
}

/// Turns the interpreter's view on with a second language, or off (`None`).
#[tauri::command]
pub fn set_interpreter(state: State<'_, AppState>, language: Option<String>) -> Reply<()> {
    let second = match language {
        None => None,
        Some(tag) => Some(
            Locale::negotiate(&tag)
                .ok_or_else(|| UserError::new("error-unknown-language").with("language", &tag))?
                .code()
                .to_owned(),
        ),
    };
    let mut p = Preferences::load(&state.vault_dir);
    p.interpreter = second;
    p.save(&state.vault_dir).map_err(|e| UserError::from_io(&e))
}

/// Is there a vault, and is it open?
#[tauri::command]
pub fn app_status(state: State<'_, AppState>) -> AppStatus {
    AppStatus {
        vault: vault::status(&state.vault_dir),
        unlocked: state.is_unlocked(),
        example: state.is_example(),
        min_passphrase_chars: vault::MIN_PASSPHRASE_CHARS as u32,
        household_max: etapp_core::record::profile::HOUSEHOLD_MAX,
        share_days: [
            *etapp_core::bundle::draft::EXPIRES_IN_DAYS.start(),
            *etapp_core::bundle::draft::EXPIRES_IN_DAYS.end(),
        ],
    }
}

/// Creates the vault and opens it. Returns the recovery code, to be shown
/// once and written down; it is kept nowhere readable.
#[tauri::command]
pub async fn create_vault(app: AppHandle, passphrase: String) -> Reply<String> {
    let passphrase = Passphrase::new(passphrase);
    blocking(app, move |state| {
        let (v, code) = Vault::create(&state.vault_dir, &passphrase).map_err(vault_error)?;
        state.open(v);
        Ok(code.expose_secret().to_owned())
    })
    .await
}

/// Opens the vault with the passphrase.
#[tauri::command]
pub async fn unlock(app: AppHandle, passphrase: String) -> Reply<()> {
    let passphrase = Passphrase::new(passphrase);
    blocking(app, move |state| {
        if state.is_unlocked() {
            return Ok(());
        }
        let v = Vault::unlock(&state.vault_dir, &passphrase).map_err(vault_error)?;
        state.open(v);
        Ok(())
    })
    .await
}

/// Opens the vault with the recovery code and sets a new passphrase.
/// Returns the new recovery code; the old one stops working.
///
/// A recovery always locks out old copies too
/// (`Vault::recover_and_rotate`): the code is used when the passphrase is
/// forgotten or was known to someone else, and then an old copy of the key
/// file with that passphrase must not open the record.
#[tauri::command]
pub async fn recover(
    app: AppHandle,
    recovery_code: String,
    new_passphrase: String,
) -> Reply<String> {
    // Both secrets go into their zeroizing types before anything else.
    let recovery_code = Zeroizing::new(recovery_code);
    let new_passphrase = Passphrase::new(new_passphrase);
    let code = RecoveryCode::parse(&recovery_code).map_err(vault_error)?;
    drop(recovery_code);
    blocking(app, move |state| {
        state.close();
        let (v, new_code) = Vault::recover_and_rotate(&state.vault_dir, &code, &new_passphrase)
            .map_err(vault_error)?;
        state.open(v);
        Ok(new_code.expose_secret().to_owned())
    })
    .await
}

/// "Try with an example": opens a separate, throw-away vault with a
/// fictional participant. Leaving it (locking) removes it.
#[tauri::command]
pub async fn start_example(app: AppHandle) -> Reply<()> {
    blocking(app, move |state| {
        state.close();
        let today = crate::record_commands::today();
        let v = etapp_core::vault::example::open_example(&state.vault_dir, today)
            .map_err(vault_error)?;
        state.open_example(v);
        Ok(())
    })
    .await
}

/// Locks: closes the vault and forgets its key, and the reader's bundle.
#[tauri::command]
pub fn lock(state: State<'_, AppState>) {
    state.lock();
}

/// The person is active: restarts the auto-lock clock.
#[tauri::command]
pub fn touch(state: State<'_, AppState>) {
    state.touch();
}

/// The profile.
#[tauri::command]
pub fn get_profile(state: State<'_, AppState>) -> Reply<Profile> {
    state.with_store(|s| s.profile())
}

/// Saves the profile.
#[tauri::command]
pub fn set_profile(state: State<'_, AppState>, profile: Profile) -> Reply<()> {
    state.with_store(|s| s.set_profile(&profile, crate::record_commands::today()))
}

/// Auto-lock time and the signing key's fingerprint.
#[tauri::command]
pub fn get_settings(state: State<'_, AppState>) -> Reply<VaultSettings> {
    state.with_vault(|v| {
        Ok::<_, vault::VaultError>(VaultSettings {
            auto_lock_minutes: v.auto_lock_minutes()?,
            auto_lock_range: [
                *vault::AUTO_LOCK_MINUTES.start(),
                *vault::AUTO_LOCK_MINUTES.end(),
            ],
            fingerprint: v.fingerprint(),
        })
    })
}

/// Sets the auto-lock time.
#[tauri::command]
pub fn set_auto_lock_minutes(state: State<'_, AppState>, minutes: u32) -> Reply<()> {
    state.with_vault(|v| v.set_auto_lock_minutes(minutes))?;
    state.set_auto_lock(minutes);
    Ok(())
}

/// Replaces the passphrase; the current one must be given again.
#[tauri::command]
pub async fn change_passphrase(app: AppHandle, current: String, new: String) -> Reply<()> {
    let (current, new) = (Passphrase::new(current), Passphrase::new(new));
    blocking(app, move |state| {
        state.with_vault(|v| v.change_passphrase(&current, &new))
    })
    .await
}

/// Reads every part of the record file and checks it ("check my record"):
/// nothing when it is whole, `vault-error-database-damaged` when not. It
/// reads the whole file, so it runs on a blocking thread.
#[tauri::command]
pub async fn check_record(app: AppHandle) -> Reply<()> {
    blocking(app, move |state| state.with_store(|s| s.check())).await
}
