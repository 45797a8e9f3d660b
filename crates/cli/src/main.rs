//! `etapp`: the record from a terminal, for scripts, tests and people who
//! prefer a command line.
//!
//! Thin on purpose: it picks the language, parses the arguments, reads
//! secrets, calls `etapp-core` and prints the result. Every rule lives in
//! the core, where the desktop app uses the same code. Exit statuses follow
//! `CONTRACTS.md`; every human message comes from `locales/*/cli.ftl`,
//! `vault.ftl` and `close.ftl`; only machine-read lines (`recovery code: …`) and JSON keep
//! a fixed English shape.

#![forbid(unsafe_code)]

mod agency;
mod args;
mod backups;
mod close;
mod commands;
mod error;
mod reader;
mod report;
mod secrets;
mod sharing;

use std::process::ExitCode;

use etapp_core::Locale;

use error::CliError;

fn main() -> ExitCode {
    // Failure is not fatal: the record is still encrypted on disk.
    etapp_core::harden::disable_core_dumps();
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let locale = match args::locale(&argv) {
        Ok(l) => l,
        Err(e) => return e.report(fallback_locale()),
    };
    let matches = match args::command(locale).try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(e) => return args::report_usage(&e, locale),
    };
    match commands::run(&matches, locale) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => e.report(locale),
    }
}

/// The language when `--lang` names none we ship: `ETAPP_LANG`, else the
/// system's.
fn fallback_locale() -> Locale {
    args::locale_from_env().unwrap_or_else(Locale::from_system)
}

/// Prints a localized message to standard error.
fn say(locale: Locale, id: &str, args: Option<&etapp_core::i18n::Args<'_>>) {
    eprintln!("{}", etapp_core::tr(locale, id, args));
}

impl CliError {
    fn report(&self, locale: Locale) -> ExitCode {
        let (id, args) = self.message(locale);
        say(locale, &id, Some(&args));
        ExitCode::from(self.exit_status())
    }
}
