//! Generates an `allow-<command>` permission for each app command, so the
//! capability file in `capabilities/` must grant every command by name;
//! a command left out of it cannot be called from the UI.

/// Every command the shell registers; keep in step with `commands.rs`.
const COMMANDS: &[&str] = &[
    "get_preferences",
    "set_language",
    "app_status",
    "passphrase_strength",
    "create_vault",
    "unlock",
    "recover",
    "lock",
    "touch",
    "get_profile",
    "set_profile",
    "get_settings",
    "set_auto_lock_minutes",
    "change_passphrase",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script");
}
