//! Commands for backups: back up now, the folder and schedule of automatic
//! backups, the restore drill, restoring on this or a new computer, and
//! the key rotation that locks out old copies.
//!
//! Files and folders are chosen in native dialogs opened here. Automatic
//! backups run in the shell's watchdog thread ([`backup_if_due`]), never
//! for the example vault.

use etapp_core::jiff::Timestamp;
use etapp_core::preferences::Preferences;
use etapp_core::store::backup::{BackupInterval, BackupSettings};
use etapp_core::types::{BackupSecret, BackupStatus, Restored};
use etapp_core::user_error::UserError;
use etapp_core::vault::backup::{self, BackupReport, Unlock};
use etapp_core::vault::{Passphrase, RecoveryCode, VaultStatus};
use etapp_core::{tr, Locale};
use tauri::{AppHandle, Manager, State};
use zeroize::Zeroizing;

use crate::dialog::{self, Filter};
use crate::AppState;

type Reply<T> = Result<T, UserError>;

fn locale(state: &AppState) -> Locale {
    Preferences::load(&state.vault_dir).locale()
}

async fn blocking<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppHandle, &AppState) -> Reply<T> + Send + 'static,
) -> Reply<T> {
    let handle = app.clone();
    tauri::async_runtime::spawn_blocking(move || f(&handle, &handle.state::<AppState>()))
        .await
        .map_err(|_| UserError::new("error-unexpected"))?
}

fn backup_filter(l: Locale) -> (String, [&'static str; 1]) {
    (tr(l, "backup-file-type", None), [backup::EXTENSION])
}

#[tauri::command]
pub fn get_backup_status(state: State<'_, AppState>) -> Reply<BackupStatus> {
    state.with_vault(|v| {
        let settings = v.backup_settings()?;
        let overdue = match settings.last_backup_at {
            None => true,
            Some(_) => backup::is_due(
                Timestamp::now(),
                settings.last_backup_at,
                settings.interval,
                true,
            ),
        };
        let secrets_changed = v.store().secrets_changed()?;
        Ok::<_, backup::BackupError>(BackupStatus {
            settings,
            overdue,
            secrets_changed,
        })
    })
}

/// Backs up now: asks where (a native dialog), writes the backup. Returns
/// the file's name, or `None` when the person cancels.
#[tauri::command]
pub async fn backup_now(app: AppHandle) -> Reply<Option<String>> {
    blocking(app, |app, state| {
        let l = locale(state);
        let (name, ext) = backup_filter(l);
        let today = etapp_core::time::today_in_sweden();
        let file = format!("etapp-backup-{today}.{}", backup::EXTENSION);
        let filter = Filter {
            name: &name,
            extensions: &ext,
        };
        let Some(path) = dialog::save(app, &tr(l, "backup-save-title", None), &file, &filter)
        else {
            return Ok(None);
        };
        state.with_vault(|v| v.backup(&path, Timestamp::now()))?;
        Ok(Some(dialog::file_name(&path)))
    })
    .await
}

/// Chooses the folder for automatic backups (a native dialog) and saves
/// it; returns the settings as saved, or `None` when the person cancels.
#[tauri::command]
pub async fn choose_backup_folder(app: AppHandle) -> Reply<Option<BackupSettings>> {
    blocking(app, |app, state| {
        let l = locale(state);
        let Some(folder) = dialog::folder(app, &tr(l, "backup-folder-title", None)) else {
            return Ok(None);
        };
        state
            .with_vault(|v| {
                let mut s = v.backup_settings()?;
                s.folder = Some(folder.display().to_string());
                v.set_backup_settings(&s)?;
                Ok::<_, backup::BackupError>(s)
            })
            .map(Some)
    })
    .await
}

/// Saves how often automatic backups are made and how many are kept.
#[tauri::command]
pub fn set_backup_schedule(
    state: State<'_, AppState>,
    interval: BackupInterval,
    keep: u32,
) -> Reply<BackupSettings> {
    state.with_vault(|v| {
        let mut s = v.backup_settings()?;
        s.interval = interval;
        s.keep = keep;
        v.set_backup_settings(&s)?;
        Ok::<_, backup::BackupError>(s)
    })
}

/// The secret as the core takes it; the strings go into their zeroizing
/// types at once.
enum Secret {
    Passphrase(Passphrase),
    Code(RecoveryCode, Option<Passphrase>),
}

fn parse(secret: BackupSecret) -> Reply<Secret> {
    match secret {
        BackupSecret::Passphrase(p) => Ok(Secret::Passphrase(Passphrase::new(p))),
        BackupSecret::RecoveryCode {
            code,
            new_passphrase,
        } => {
            let code = Zeroizing::new(code);
            let new = new_passphrase.map(Passphrase::new);
            let code = RecoveryCode::parse(&code).map_err(|e| e.user_error())?;
            Ok(Secret::Code(code, new))
        }
    }
}

impl Secret {
    fn unlock(&self) -> Unlock<'_> {
        match self {
            Secret::Passphrase(p) => Unlock::Passphrase(p),
            Secret::Code(c, new) => Unlock::RecoveryCode(c, new.as_ref()),
        }
    }
}

/// Chooses a backup file (a native dialog) for the drill or a restore,
/// and checks that it is a whole backup; returns its name, or `None` when
/// the person cancels.
#[tauri::command]
pub async fn choose_backup(app: AppHandle) -> Reply<Option<String>> {
    blocking(app, |app, state| {
        let l = locale(state);
        let (name, ext) = backup_filter(l);
        let filter = Filter {
            name: &name,
            extensions: &ext,
        };
        let chosen = dialog::open(app, &tr(l, "backup-open-title", None), &filter);
        *state.chosen_backup() = None;
        let Some(path) = chosen else {
            return Ok(None);
        };
        // Checked at once: a file that is not a backup, or a damaged one,
        // is said before a password is asked.
        backup::BackupFile::read(&path).map_err(|e| e.user_error())?;
        let name = dialog::file_name(&path);
        *state.chosen_backup() = Some(path);
        Ok(Some(name))
    })
    .await
}

/// The restore drill: opens the chosen backup away from every vault,
/// checks it and says what it holds. Nothing is changed.
#[tauri::command]
pub async fn verify_backup(app: AppHandle, secret: BackupSecret) -> Reply<BackupReport> {
    let secret = parse(secret);
    blocking(app, move |_, state| {
        let secret = secret?;
        let path = state
            .chosen_backup()
            .clone()
            .ok_or_else(|| UserError::new("reader-error-no-file"))?;
        backup::verify(&path, secret.unlock()).map_err(|e| e.user_error())
    })
    .await
}

/// Restores the chosen backup into this computer's vault folder and
/// opens it. Where a vault is there, only with `replace`: that folder is
/// then set aside whole, beside it, and its place said. With the recovery
/// code, the new passphrase is set and the new recovery code returned.
#[tauri::command]
pub async fn restore_backup(
    app: AppHandle,
    secret: BackupSecret,
    replace: bool,
) -> Reply<Restored> {
    let secret = parse(secret);
    blocking(app, move |_, state| {
        let secret = secret?;
        let path = state
            .chosen_backup()
            .clone()
            .ok_or_else(|| UserError::new("reader-error-no-file"))?;
        let file = backup::BackupFile::read(&path).map_err(|e| e.user_error())?;
        state.close();
        let present = etapp_core::vault::status(&state.vault_dir) == VaultStatus::Present;
        let (vault, code, set_aside) = if present && replace {
            let r = file
                .restore_replacing(&state.vault_dir, secret.unlock(), Timestamp::now())
                .map_err(|e| e.user_error())?;
            (r.vault, r.recovery_code, Some(r.set_aside))
        } else {
            let (vault, code) = file
                .restore(&state.vault_dir, secret.unlock())
                .map_err(|e| e.user_error())?;
            (vault, code, None)
        };
        state.open(vault);
        *state.chosen_backup() = None;
        Ok(Restored {
            recovery_code: code.map(|c| c.expose_secret().to_owned()),
            set_aside: set_aside.map(|p| p.display().to_string()),
        })
    })
    .await
}

/// Locks out old copies: a new key for the record, the new passphrase
/// (which may be the current one), and a new recovery code, returned to
/// be written down and confirmed.
#[tauri::command]
pub async fn rotate_key(app: AppHandle, current: String, new: String) -> Reply<String> {
    let (current, new) = (Passphrase::new(current), Passphrase::new(new));
    blocking(app, move |_, state| {
        state
            .with_vault_mut(|v| v.rotate(&current, &new))
            .map(|code| code.expose_secret().to_owned())
    })
    .await
}

/// An automatic backup, when one is due: called by the watchdog.
pub fn backup_if_due(state: &AppState) {
    let _ = state.with_vault_quietly(|v, changed| v.backup_if_due(Timestamp::now(), changed));
}
