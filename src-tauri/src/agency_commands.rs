//! Commands for the case worker's side beyond reading one share: what
//! changed since an earlier share of the same person, and a report across
//! many participants' shares handed to the agency for evaluation. Neither
//! needs a vault, and neither writes anything of anyone's record: the
//! comparison is shown and forgotten, and a report keeps only codes,
//! counts, medians and distributions (`etapp_core::bundle::report`) —
//! saved only when the case worker saves it as CSV.
//!
//! Files and folders are chosen in native dialogs opened here, so the UI
//! never handles a path, as for a single share.

use std::sync::atomic::Ordering;

use etapp_core::bundle::compare::{self, Comparison};
use etapp_core::bundle::report::{self, Report, SkipReason, Summary};
use etapp_core::bundle::{self, page};
use etapp_core::fsio::{self, ReadError};
use etapp_core::jiff::Timestamp;
use etapp_core::preferences::Preferences;
use etapp_core::user_error::UserError;
use etapp_core::{tr, Locale};
use tauri::{AppHandle, State};

use crate::dialog::{self, Filter};
use crate::share_commands::{blocking, key_of, parse_code, read_agency_key, read_share};
use crate::AppState;

type Reply<T> = Result<T, UserError>;

/// The language of the dialogs.
fn locale(state: &AppState) -> Locale {
    Preferences::load(&state.vault_dir).locale()
}

/// The reader: asks for an earlier share of the person whose share is
/// open, to compare with, and keeps its path. Returns the file's name, or
/// `None` when the person cancels.
#[tauri::command]
pub async fn choose_earlier_bundle(app: AppHandle) -> Reply<Option<String>> {
    blocking(app, |app, state| {
        let l = locale(state);
        let filter_name = tr(l, "share-file-type", None);
        let filter = Filter {
            name: &filter_name,
            extensions: &[bundle::EXTENSION, page::EXTENSION],
        };
        let chosen = dialog::open(app, &tr(l, "compare-open-title", None), &filter);
        let name = chosen.as_deref().map(dialog::file_name);
        state.reader().earlier = chosen;
        Ok(name)
    })
    .await
}

/// The reader: opens the earlier share chosen with its own code (or the
/// agency's key file, when no code is given) and compares it with the
/// open one. Refuses shares signed by another key: they may be another
/// person's. Nothing is kept: the earlier share is dropped here.
#[tauri::command]
pub async fn compare_bundle(app: AppHandle, code: Option<String>) -> Reply<Comparison> {
    let code = parse_code(code);
    blocking(app, move |_, state| {
        let key = key_of(state, code?)?;
        let (earlier, opened) = {
            let reader = state.reader();
            (reader.earlier.clone(), reader.opened.clone())
        };
        let (opened, _) = opened.ok_or_else(|| UserError::new("reader-error-no-file"))?;
        let path = earlier.ok_or_else(|| UserError::new("compare-error-no-file"))?;
        let bytes = read_share(&path)?;
        let earlier = bundle::open(&bytes, &key, Timestamp::now()).map_err(|e| e.user_error())?;
        if earlier.payload.bundle_id == opened.payload.bundle_id {
            return Err(UserError::new("compare-error-same-share"));
        }
        compare::compare(&[earlier, opened]).map_err(|e| e.user_error())
    })
    .await
}

/// The report: asks for the folder of shares.
#[tauri::command]
pub async fn choose_report_folder(app: AppHandle) -> Reply<Option<String>> {
    blocking(app, |app, state| {
        let l = locale(state);
        let chosen = dialog::folder(app, &tr(l, "report-folder-title", None));
        let name = chosen.as_deref().map(dialog::file_name);
        let mut report = state.report();
        report.folder = chosen;
        report.summary = None;
        Ok(name)
    })
    .await
}

/// The report: asks for the agency's key file (an age identity); it is
/// read only when the report is made.
#[tauri::command]
pub async fn choose_report_key(app: AppHandle) -> Reply<Option<String>> {
    blocking(app, |app, state| {
        let l = locale(state);
        let chosen = dialog::open_any(app, &tr(l, "reader-key-open-title", None));
        let name = chosen.as_deref().map(dialog::file_name);
        let mut report = state.report();
        report.key_file = chosen;
        report.summary = None;
        Ok(name)
    })
    .await
}

/// The report: reads every share in the folder (`.etapp` files and reader
/// pages, not in subfolders) one at a time with the agency's key, and
/// counts those shared for evaluation. Each file that does not count is
/// listed with its reason. Refuses a folder with no shares, and one where
/// no share counted (with the first reason). How far it has come can be
/// asked meanwhile ([`report_progress`]).
#[tauri::command]
pub async fn make_report(app: AppHandle) -> Reply<Summary> {
    blocking(app, |_, state| {
        let (folder, key_file) = {
            let mut report = state.report();
            report.summary = None;
            (report.folder.clone(), report.key_file.clone())
        };
        let folder = folder.ok_or_else(|| UserError::new("report-error-no-folder"))?;
        let key_file = key_file.ok_or_else(|| UserError::new("reader-error-no-key-file"))?;
        let key = read_agency_key(&key_file)?;
        let files = fsio::files_in(&folder, &[bundle::EXTENSION, page::EXTENSION])
            .map_err(|e| UserError::from_io(&e))?;
        if files.is_empty() {
            return Err(UserError::new("report-error-no-shares"));
        }
        let progress = &state.report_progress;
        progress.done.store(0, Ordering::Relaxed);
        progress.total.store(
            u32::try_from(files.len()).unwrap_or(u32::MAX),
            Ordering::Relaxed,
        );
        let now = Timestamp::now();
        let mut r = Report::new();
        for file in &files {
            let name = dialog::file_name(file);
            match fsio::read_limited(file, page::read_limit(file)) {
                Err(ReadError::TooLarge { .. }) => r.skip(&name, SkipReason::TooLarge),
                Err(_) => r.skip(&name, SkipReason::Unreadable),
                Ok(bytes) => r.count(&name, &bytes, &key, now),
            }
            progress.done.fetch_add(1, Ordering::Relaxed);
        }
        drop(key);
        if r.is_empty() {
            let summary = r.finish();
            let reason = summary
                .skipped
                .first()
                .map_or(SkipReason::Unreadable, |s| s.reason);
            return Err(UserError::new("report-error-none-counted")
                .with("reason", tr(locale(state), reason.label_id(), None)));
        }
        let summary = r.finish();
        state.report().summary = Some(summary.clone());
        Ok(summary)
    })
    .await
}

/// How far the running report has come: files read, and files in all.
#[tauri::command]
pub fn report_progress(state: State<'_, AppState>) -> [u32; 2] {
    let p = &state.report_progress;
    [
        p.done.load(Ordering::Relaxed),
        p.total.load(Ordering::Relaxed),
    ]
}

/// The report: saves the last report made as CSV (codes and numbers
/// only). Returns the file's name, or `None` when the person cancels.
#[tauri::command]
pub async fn save_report_csv(app: AppHandle) -> Reply<Option<String>> {
    blocking(app, |app, state| {
        let Some(summary) = state.report().summary.clone() else {
            return Err(UserError::new("report-error-no-report"));
        };
        let l = locale(state);
        let filter_name = tr(l, "report-csv-file-type", None);
        let filter = Filter {
            name: &filter_name,
            extensions: &["csv"],
        };
        let Some(path) = dialog::save(
            app,
            &tr(l, "report-csv-title", None),
            "etapp-report.csv",
            &filter,
        ) else {
            return Ok(None);
        };
        fsio::write_atomic(&path, &report::csv(&summary)).map_err(|e| UserError::from_io(&e))?;
        Ok(Some(dialog::file_name(&path)))
    })
    .await
}

/// The report screen is closed: forgets the folder, the key file and the
/// report.
#[tauri::command]
pub fn close_report(state: State<'_, AppState>) {
    *state.report() = crate::state::Report::default();
}
