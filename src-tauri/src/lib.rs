//! The desktop shell: one window over `etapp-core`.
//!
//! This crate only wires things together — window, security settings and
//! commands. Each command is a few lines that call the core and turn its
//! result or error into something the UI can show; rules and storage live
//! in `etapp-core`, where they are tested without a desktop.

mod commands;
mod window;

use std::path::PathBuf;

/// What every command can reach.
pub struct AppState {
    /// The vault folder (`--vault`, `ETAPP_VAULT`, or the platform default).
    pub vault_dir: PathBuf,
}

/// `--vault DIR` from the command line, if given.
fn vault_arg() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        if a == "--vault" {
            return args.next().map(PathBuf::from);
        }
    }
    None
}

/// Starts the app and blocks until its window closes.
pub fn run() {
    // The decrypted record lives in this process's memory; never dump it.
    etapp_core::harden::disable_core_dumps();

    let Some(vault_dir) = etapp_core::paths::vault_dir(vault_arg()) else {
        let locale = etapp_core::Locale::from_system();
        eprintln!("{}", etapp_core::tr(locale, "error-no-data-folder", None));
        std::process::exit(1);
    };

    tauri::Builder::default()
        .manage(AppState { vault_dir })
        .invoke_handler(tauri::generate_handler![
            commands::get_preferences,
            commands::set_language
        ])
        .setup(|app| {
            window::open_main(app.handle())?;
            Ok(())
        })
        .build(tauri::generate_context!())
        .unwrap_or_else(|e| {
            let locale = etapp_core::Locale::from_system();
            eprintln!("{}: {e}", etapp_core::tr(locale, "error-app-failed", None));
            std::process::exit(1);
        })
        .run(|_, event| {
            if let tauri::RunEvent::Exit = event {
                if let Some(dir) = window::automation_data_dir() {
                    let _ = std::fs::remove_dir_all(dir);
                }
            }
        });
}
