//! One function per command; each reads its inputs, calls the core once or
//! twice, and prints.

use std::path::PathBuf;

use clap::ArgMatches;
use etapp_core::i18n::strip_isolation;
use etapp_core::vault::{
    self, profile::parse_date, Field, Passphrase, RecoveryCode, Vault, VaultStatus,
};
use etapp_core::{paths, Locale};

use crate::error::CliError;
use crate::say;
use crate::secrets::{self, NEW_PASSPHRASE_ENV, PASSPHRASE_ENV};

/// The prefix of the machine-read recovery code line (not translated).
const RECOVERY_CODE_PREFIX: &str = "recovery code: ";

/// Runs the parsed command.
pub fn run(m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    let dir =
        paths::vault_dir(m.get_one::<PathBuf>("vault").cloned()).ok_or(CliError::NoVaultFolder)?;
    match m.subcommand() {
        Some(("init", _)) => init(&dir, l),
        Some(("profile", p)) => match p.subcommand() {
            Some(("set", s)) => profile_set(&dir, s, l),
            Some(("show", _)) => profile_show(&dir, l),
            _ => unreachable!("clap requires a profile subcommand"),
        },
        Some(("passwd", p)) => passwd(
            &dir,
            p.get_one::<String>("recovery-code").map(String::as_str),
            l,
        ),
        _ => unreachable!("clap requires a subcommand"),
    }
}

fn print_recovery_code(code: &RecoveryCode) {
    println!("{RECOVERY_CODE_PREFIX}{}", code.expose_secret());
}

/// Fails early, before any secret is asked for, when there is no vault.
fn require_vault(dir: &std::path::Path) -> Result<(), CliError> {
    match vault::status(dir) {
        VaultStatus::NoVault => Err(vault::VaultError::NoVault.into()),
        _ => Ok(()),
    }
}

fn unlock(dir: &std::path::Path, l: Locale) -> Result<Vault, CliError> {
    require_vault(dir)?;
    let passphrase = secrets::current_passphrase(l)?;
    Ok(Vault::unlock(dir, &passphrase)?)
}

fn init(dir: &std::path::Path, l: Locale) -> Result<(), CliError> {
    let passphrase = secrets::from_env(PASSPHRASE_ENV)?
        .map(Passphrase::new)
        .ok_or(CliError::InitNeedsPassphrase {
            var: PASSPHRASE_ENV,
        })?;
    let (_vault, code) = Vault::create(dir, &passphrase)?;
    say(l, "cli-init-done", None);
    print_recovery_code(&code);
    Ok(())
}

fn profile_set(dir: &std::path::Path, m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    // Input is checked before the passphrase is asked for.
    let name = m.get_one::<String>("name").map(|n| strip_isolation(n));
    let arrived = m
        .get_one::<String>("arrived")
        .map(|d| parse_date(d, Field::Arrived))
        .transpose()?;
    let vault = unlock(dir, l)?;
    let mut profile = vault.profile()?;
    if let Some(name) = name {
        profile.name = name;
    }
    if let Some(arrived) = arrived {
        profile.arrived = Some(arrived);
    }
    vault.set_profile(&profile)?;
    say(l, "cli-profile-saved", None);
    Ok(())
}

fn profile_show(dir: &std::path::Path, l: Locale) -> Result<(), CliError> {
    let vault = unlock(dir, l)?;
    let profile = vault.profile()?;
    println!(
        "{}",
        serde_json::to_string_pretty(&profile).expect("a profile serializes")
    );
    Ok(())
}

fn passwd(dir: &std::path::Path, recovery_code: Option<&str>, l: Locale) -> Result<(), CliError> {
    match recovery_code {
        Some(value) => {
            let code = RecoveryCode::parse(&secrets::flag_value(value)?)?;
            require_vault(dir)?;
            let new = secrets::new_passphrase(l)?;
            let (_vault, new_code) = Vault::recover(dir, &code, &new)?;
            say(l, "cli-passwd-recovered", None);
            print_recovery_code(&new_code);
        }
        None => {
            require_vault(dir)?;
            secrets::ensure_available(PASSPHRASE_ENV)?;
            secrets::ensure_available(NEW_PASSPHRASE_ENV)?;
            let current = secrets::current_passphrase(l)?;
            let vault = Vault::unlock(dir, &current)?;
            let new = secrets::new_passphrase(l)?;
            vault.change_passphrase(&current, &new)?;
            say(l, "cli-passwd-done", None);
        }
    }
    Ok(())
}
