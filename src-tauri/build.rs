//! Generates an `allow-<command>` permission for each app command, so the
//! capability file in `capabilities/` must grant every command by name;
//! a command left out of it cannot be called from the UI.

include!("src/command_names.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/command_names.rs");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script");
}
