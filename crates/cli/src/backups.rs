//! `backup`, `restore` and `verify-backup`: the whole vault in one
//! encrypted file, back again on this or a new computer, and the drill
//! that shows a backup works before it is needed.

use std::path::{Path, PathBuf};

use clap::ArgMatches;
use etapp_core::i18n::{format_date, format_instant, number};
use etapp_core::jiff::Timestamp;
use etapp_core::vault::backup::{BackupFile, Unlock};
use etapp_core::vault::{Passphrase, RecoveryCode};
use etapp_core::{args as fargs, Locale};

use crate::commands::{print_recovery_code, unlock};
use crate::error::CliError;
use crate::say;
use crate::secrets;

/// `backup --out FILE`.
pub fn backup(dir: &Path, m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    let out = m.get_one::<PathBuf>("out").expect("clap requires it");
    let vault = unlock(dir, l)?;
    let bytes = vault.backup(out, Timestamp::now())?;
    let args = fargs![
        "file" => out.display().to_string(),
        "megabytes" => number((bytes as f64 / 1e5).round() / 10.0),
    ];
    say(l, "cli-backup-done", Some(&args));
    Ok(())
}

/// The secret a backup opens with: the recovery code if given, else the
/// passphrase (`ETAPP_PASSPHRASE`, or asked).
enum Secret {
    Passphrase(Passphrase),
    Code(RecoveryCode),
}

fn secret(m: &ArgMatches, l: Locale) -> Result<Secret, CliError> {
    match m.get_one::<String>("recovery-code") {
        Some(v) => Ok(Secret::Code(RecoveryCode::parse(&secrets::flag_value(v)?)?)),
        None => Ok(Secret::Passphrase(secrets::current_passphrase(l)?)),
    }
}

/// `restore FILE [--recovery-code C]`, into a folder with no vault.
pub fn restore(dir: &Path, m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    let file = m.get_one::<PathBuf>("file").expect("clap requires it");
    if etapp_core::vault::status(dir) == etapp_core::vault::VaultStatus::Present {
        return Err(etapp_core::vault::VaultError::AlreadyExists.into());
    }
    // The file first: a wrong or damaged file is named before any
    // password is asked.
    let backup = BackupFile::read(file)?;
    let (vault, code) = match secret(m, l)? {
        Secret::Passphrase(p) => backup.restore(dir, Unlock::Passphrase(&p))?,
        Secret::Code(c) => {
            let new = secrets::new_passphrase(l)?;
            backup.restore(dir, Unlock::RecoveryCode(&c, Some(&new)))?
        }
    };
    let summary = vault.store().summary()?;
    say(l, "cli-restore-done", Some(&fargs!["name" => summary.name]));
    if let Some(code) = code {
        say(l, "cli-restore-new-code", None);
        print_recovery_code(&code);
    }
    Ok(())
}

/// `verify-backup FILE [--recovery-code C]`: opens it away from every
/// vault, checks it, and says what it holds.
pub fn verify(m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    let file = m.get_one::<PathBuf>("file").expect("clap requires it");
    let backup = BackupFile::read(file)?;
    let report = match secret(m, l)? {
        Secret::Passphrase(p) => backup.verify(Unlock::Passphrase(&p))?,
        Secret::Code(c) => backup.verify(Unlock::RecoveryCode(&c, None))?,
    };
    let s = &report.summary;
    let n = |v: u32| number(f64::from(v));
    let args = fargs![
        "created" => format_instant(l, report.created),
        "name" => s.name.clone(),
        "goals" => n(s.goals),
        "steps" => n(s.steps),
        "checkins" => n(s.checkins),
        "obstacles" => n(s.obstacles),
        "notes" => n(s.notes),
        "contacts" => n(s.contacts),
        "shares" => n(s.shares),
        "latest" => s.latest_day().map(|d| format_date(l, d)).unwrap_or_else(|| "–".into()),
        "fingerprint" => report.fingerprint.digits.clone(),
    ];
    say(l, "cli-verify-backup-done", Some(&args));
    Ok(())
}
