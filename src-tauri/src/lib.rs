//! The desktop shell: one window over `etapp-core`.
//!
//! This crate only wires things together — window, security settings and
//! commands. Each command is a few lines that call the core and turn its
//! result or error into something the UI can show; rules and storage live
//! in `etapp-core`, where they are tested without a desktop.

mod commands;
mod state;
mod window;

use std::path::PathBuf;
use std::time::Duration;

use tauri::Manager;

pub use state::AppState;

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

/// Closes the vault when no command has used it for the auto-lock time,
/// and reloads the window so the page's memory of the record is dropped.
fn start_auto_lock_watchdog(app: tauri::AppHandle) {
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(10));
        if app.state::<AppState>().lock_if_idle() {
            if let Some(w) = app.get_webview_window(window::MAIN) {
                let _ = w.reload();
            }
        }
    });
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
        .manage(AppState::new(vault_dir))
        .invoke_handler(tauri::generate_handler![
            commands::get_preferences,
            commands::set_language,
            commands::app_status,
            commands::passphrase_strength,
            commands::create_vault,
            commands::unlock,
            commands::recover,
            commands::lock,
            commands::touch,
            commands::get_profile,
            commands::set_profile,
            commands::get_settings,
            commands::set_auto_lock_minutes,
            commands::change_passphrase,
        ])
        .setup(|app| {
            window::open_main(app.handle())?;
            start_auto_lock_watchdog(app.handle().clone());
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
