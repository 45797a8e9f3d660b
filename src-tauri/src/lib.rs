//! The desktop shell: one window over `etapp-core`.
//!
//! This crate only wires things together — window, security settings and
//! commands. Each command is a few lines that call the core and turn its
//! result or error into something the UI can show; rules and storage live
//! in `etapp-core`, where they are tested without a desktop.

mod agency_commands;
mod backup_commands;
#[cfg(test)]
mod command_names;
mod commands;
mod dialog;
mod record_commands;
#[cfg(target_os = "linux")]
mod renderer;
mod share_commands;
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
/// Every few minutes it also makes an automatic backup when one is due.
fn start_auto_lock_watchdog(app: tauri::AppHandle) {
    std::thread::spawn(move || {
        for tick in 0u64.. {
            std::thread::sleep(Duration::from_secs(10));
            let state = app.state::<AppState>();
            if state.lock_if_idle() {
                if let Some(w) = app.get_webview_window(window::MAIN) {
                    let _ = w.reload();
                }
            } else if tick % 30 == 0 {
                backup_commands::backup_if_due(&state);
            }
        }
    });
}

/// Starts the app and blocks until its window closes.
pub fn run() {
    // The decrypted record lives in this process's memory; never dump it.
    etapp_core::harden::disable_core_dumps();
    // Before WebKit starts: where it could only draw in software, it draws
    // on the CPU (no shaders to compile).
    #[cfg(target_os = "linux")]
    renderer::choose();

    let Some(vault_dir) = etapp_core::paths::vault_dir(vault_arg()) else {
        let locale = etapp_core::Locale::from_system();
        eprintln!("{}", etapp_core::tr(locale, "error-no-data-folder", None));
        std::process::exit(1);
    };

    // An example left open by a crash is of no use to anyone.
    let _ = etapp_core::vault::example::discard_example(&vault_dir);

    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::new(vault_dir))
        .invoke_handler(tauri::generate_handler![
            commands::get_preferences,
            commands::set_language,
            commands::set_interpreter,
            commands::app_status,
            commands::create_vault,
            commands::unlock,
            commands::recover,
            commands::start_example,
            commands::lock,
            commands::touch,
            commands::get_profile,
            commands::set_profile,
            commands::get_settings,
            commands::set_auto_lock_minutes,
            commands::change_passphrase,
            commands::check_record,
            record_commands::get_catalogs,
            record_commands::search_occupations,
            record_commands::occupation_by_id,
            record_commands::get_contacts,
            record_commands::add_contact,
            record_commands::update_contact,
            record_commands::contact_deletion,
            record_commands::delete_contact,
            record_commands::get_background,
            record_commands::close_occupations,
            record_commands::set_background,
            record_commands::get_goals,
            record_commands::add_goal,
            record_commands::update_goal,
            record_commands::goal_deletion,
            record_commands::delete_goal,
            record_commands::get_steps,
            record_commands::add_step,
            record_commands::update_step,
            record_commands::set_step_status,
            record_commands::set_step_evaluation,
            record_commands::step_deletion,
            record_commands::delete_step,
            record_commands::get_checkins,
            record_commands::add_checkin,
            record_commands::update_checkin,
            record_commands::delete_checkin,
            record_commands::get_obstacles,
            record_commands::add_obstacle,
            record_commands::update_obstacle,
            record_commands::set_obstacle_status,
            record_commands::delete_obstacle,
            record_commands::get_notes,
            record_commands::add_note,
            record_commands::update_note,
            record_commands::delete_note,
            record_commands::get_overview,
            record_commands::set_stage,
            share_commands::preview_share,
            share_commands::make_share,
            share_commands::get_shares,
            share_commands::withdraw_share,
            share_commands::choose_bundle,
            share_commands::choose_key_file,
            share_commands::forget_key_file,
            share_commands::open_bundle,
            share_commands::save_bundle_page,
            share_commands::close_bundle,
            share_commands::forget_seen,
            agency_commands::choose_earlier_bundle,
            agency_commands::compare_bundle,
            agency_commands::choose_report_folder,
            agency_commands::choose_report_key,
            agency_commands::make_report,
            agency_commands::report_progress,
            agency_commands::save_report_csv,
            agency_commands::close_report,
            backup_commands::get_backup_status,
            backup_commands::backup_now,
            backup_commands::choose_backup_folder,
            backup_commands::set_backup_schedule,
            backup_commands::choose_backup,
            backup_commands::verify_backup,
            backup_commands::restore_backup,
            backup_commands::rotate_key,
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
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                // Closes the vault; an example is removed with it.
                app.state::<AppState>().close();
                window::remove_automation_data_dir();
            }
        });
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_capability_grants_exactly_the_registered_commands() {
        let file = include_str!("../capabilities/main.json");
        let cap: serde_json::Value = serde_json::from_str(file).unwrap();
        let mut granted: Vec<String> = cap["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_owned())
            .collect();
        let mut expected: Vec<String> = crate::command_names::COMMANDS
            .iter()
            .map(|c| format!("allow-{}", c.replace('_', "-")))
            .collect();
        granted.sort();
        expected.sort();
        assert_eq!(granted, expected);
        assert_eq!(cap["windows"], serde_json::json!(["main"]));
    }

    #[test]
    fn the_handler_registers_exactly_the_listed_commands() {
        let source = include_str!("lib.rs");
        let start =
            source.find("generate_handler![").expect("handler") + "generate_handler![".len();
        let end = start + source[start..].find(']').expect("end of handler");
        let mut registered: Vec<&str> = source[start..end]
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| s.rsplit("::").next().unwrap())
            .collect();
        let mut listed = crate::command_names::COMMANDS.to_vec();
        registered.sort();
        listed.sort();
        assert_eq!(
            registered, listed,
            "generate_handler! and command_names.rs differ"
        );
    }

    #[test]
    fn the_ui_calls_exactly_the_listed_commands() {
        // `ui/src/lib/ipc.ts` is the only place that calls the shell, each
        // command through `call<…>('name'…)`.
        let source = include_str!("../../ui/src/lib/ipc.ts");
        let mut called: Vec<&str> = source
            .match_indices("call<")
            .filter_map(|(i, _)| {
                let rest = &source[i..];
                let open = rest.find("('")? + 2;
                let close = open + rest[open..].find('\'')?;
                Some(&rest[open..close])
            })
            .collect();
        called.sort();
        called.dedup();
        let mut listed = crate::command_names::COMMANDS.to_vec();
        listed.sort();
        assert_eq!(called, listed, "ipc.ts and command_names.rs differ");
    }
}
