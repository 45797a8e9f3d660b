//! `report`: evaluation across participants, from many shares locked to
//! the agency's key.
//!
//! The shares are read one at a time: each is opened, checked, reduced
//! to codes and numbers by the core, and dropped, so nothing of anyone's
//! record stays in memory or reaches a disk — unless the case worker
//! saves the report itself, which holds only codes, counts, medians and
//! distributions. A share that does not open or does not count is listed
//! with its reason, and the report goes on with the rest.

use std::path::{Path, PathBuf};

use clap::ArgMatches;
use etapp_core::bundle::report::{self, Report, SkipReason};
use etapp_core::bundle::{self, Key};
use etapp_core::jiff::Timestamp;
use etapp_core::{args as fargs, tr, Locale};

use crate::commands::read_file;
use crate::error::CliError;
use crate::say;

/// The share files named: files as given, and the `.etapp` files and
/// reader pages (`.html`) of folders (sorted, not descending into
/// subfolders).
fn share_files(args: &[&Path]) -> Result<Vec<PathBuf>, CliError> {
    let mut files = Vec::new();
    for path in args {
        if !path.is_dir() {
            files.push(path.to_path_buf());
            continue;
        }
        let found = etapp_core::fsio::files_in(path, &[bundle::EXTENSION, bundle::page::EXTENSION])
            .map_err(|_| CliError::ReadFile {
                path: path.display().to_string(),
            })?;
        if found.is_empty() {
            return Err(CliError::NoBundles {
                path: path.display().to_string(),
            });
        }
        files.extend(found);
    }
    Ok(files)
}

/// `report --identity FILE SHARE… [--csv OUT [--force] | --json]`.
pub fn report(m: &ArgMatches, lang: Option<&String>, l: Locale) -> Result<(), CliError> {
    let csv_out = m.get_one::<PathBuf>("csv");
    if let Some(out) = csv_out {
        if !m.get_flag("force") && out.symlink_metadata().is_ok() {
            return Err(CliError::FileExists {
                path: out.display().to_string(),
            });
        }
    }
    let identity = m.get_one::<PathBuf>("identity").expect("clap requires it");
    let key = Key::from(crate::agency::read_identity(identity)?);
    let named: Vec<&Path> = m
        .get_many::<PathBuf>("shares")
        .expect("clap requires it")
        .map(PathBuf::as_path)
        .collect();
    let files = share_files(&named)?;
    let now = Timestamp::now();
    let mut r = Report::new();
    for file in &files {
        let name = file.display().to_string();
        match read_file(file, bundle::page::read_limit(file)) {
            Err(CliError::TooLarge { .. }) => r.skip(&name, SkipReason::TooLarge),
            Err(_) => r.skip(&name, SkipReason::Unreadable),
            // A reader page holds the share, byte for byte.
            Ok(bytes) => r.count(&name, &bytes, &key, now),
        }
    }
    drop(key);
    let empty = r.is_empty();
    let summary = r.finish();
    // The report is for the case worker: Swedish unless asked otherwise.
    let reader_locale = if lang.is_some() { l } else { Locale::swedish() };
    if !summary.skipped.is_empty() {
        let count = summary.skipped.len() as f64;
        say(
            l,
            "report-skipped",
            Some(&fargs!["count" => etapp_core::i18n::number(count)]),
        );
        for s in &summary.skipped {
            say(
                l,
                "cli-report-skipped-file",
                Some(&fargs![
                    "file" => s.file.clone(),
                    "reason" => tr(l, s.reason.label_id(), None),
                ]),
            );
        }
    }
    if empty {
        let reason = summary
            .skipped
            .first()
            .map_or(SkipReason::Unreadable, |s| s.reason);
        return Err(CliError::ReportEmpty { reason });
    }
    if m.get_flag("json") {
        println!(
            "{}",
            serde_json::to_string_pretty(&summary).expect("JSON serializes")
        );
    } else if let Some(out) = csv_out {
        etapp_core::fsio::write_atomic(out, &report::csv(&summary))
            .map_err(|e| CliError::Core(etapp_core::Error::Io(e)))?;
        say(
            l,
            "cli-report-saved",
            Some(&fargs!["file" => out.display().to_string()]),
        );
    } else {
        print!(
            "{}",
            etapp_core::reader::report::text(&summary, reader_locale)
        );
    }
    Ok(())
}
