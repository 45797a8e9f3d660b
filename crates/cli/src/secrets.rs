//! Where secrets come from: an environment variable (for scripts and
//! tests), else the terminal without echo, else nowhere.
//!
//! With no variable and no terminal (`/dev/tty` does not open: no
//! controlling terminal, as in CI or a service), the command fails at once
//! with exit status 2 instead of waiting for input that will never come.
//! Secrets given as a flag value of `-` are read from standard input.

use std::io::BufRead;

use etapp_core::vault::Passphrase;
use etapp_core::{tr, Locale};

use crate::error::CliError;

/// The current passphrase.
pub const PASSPHRASE_ENV: &str = "ETAPP_PASSPHRASE";
/// The new passphrase for `passwd`.
pub const NEW_PASSPHRASE_ENV: &str = "ETAPP_NEW_PASSPHRASE";

/// The value of `var`, if set.
pub fn from_env(var: &'static str) -> Result<Option<String>, CliError> {
    match std::env::var(var) {
        Ok(v) => Ok(Some(v)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(CliError::NotText { var }),
    }
}

/// Whether a terminal is there to ask on.
fn terminal_available() -> bool {
    #[cfg(unix)]
    {
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/tty")
            .is_ok()
    }
    #[cfg(not(unix))]
    {
        true
    }
}

/// Fails now, before any slow work, if `var` is unset and there is no
/// terminal to ask on later.
pub fn ensure_available(var: &'static str) -> Result<(), CliError> {
    if from_env(var)?.is_none() && !terminal_available() {
        return Err(CliError::NoSecret { var });
    }
    Ok(())
}

/// Asks on the terminal without echo; `var` names the variable that would
/// have spared the question.
fn ask(locale: Locale, prompt_id: &str, var: &'static str) -> Result<String, CliError> {
    if !terminal_available() {
        return Err(CliError::NoSecret { var });
    }
    let prompt = format!("{} ", tr(locale, prompt_id, None));
    rpassword::prompt_password(prompt).map_err(|_| CliError::NoSecret { var })
}

/// A share code, asked on the terminal without echo (it is said aloud, but
/// need not stay on the screen).
pub fn ask_code(locale: Locale, var: &'static str) -> Result<zeroize::Zeroizing<String>, CliError> {
    ask(locale, "cli-prompt-code", var)
        .map(zeroize::Zeroizing::new)
        .map_err(|_| CliError::NoCode { var })
}

/// The share code of `file`, asked on the terminal when several shares
/// are opened together.
pub fn ask_code_for(
    locale: Locale,
    file: &str,
    var: &'static str,
) -> Result<zeroize::Zeroizing<String>, CliError> {
    if !terminal_available() {
        return Err(CliError::NoCode { var });
    }
    let args = etapp_core::args!["file" => file.to_owned()];
    let prompt = format!("{} ", tr(locale, "cli-prompt-code-for", Some(&args)));
    rpassword::prompt_password(prompt)
        .map(zeroize::Zeroizing::new)
        .map_err(|_| CliError::NoCode { var })
}

/// The current passphrase: `ETAPP_PASSPHRASE`, else asked once.
pub fn current_passphrase(locale: Locale) -> Result<Passphrase, CliError> {
    let value = match from_env(PASSPHRASE_ENV)? {
        Some(v) => v,
        None => ask(locale, "cli-prompt-passphrase", PASSPHRASE_ENV)?,
    };
    Ok(Passphrase::new(value))
}

/// A new passphrase: `ETAPP_NEW_PASSPHRASE`, else asked twice (the two must
/// match, since a typo here would lock the person out).
pub fn new_passphrase(locale: Locale) -> Result<Passphrase, CliError> {
    if let Some(v) = from_env(NEW_PASSPHRASE_ENV)? {
        return Ok(Passphrase::new(v));
    }
    let first = Passphrase::new(ask(
        locale,
        "cli-prompt-new-passphrase",
        NEW_PASSPHRASE_ENV,
    )?);
    let again = Passphrase::new(ask(
        locale,
        "cli-prompt-new-passphrase-again",
        NEW_PASSPHRASE_ENV,
    )?);
    if first.expose_secret() != again.expose_secret() {
        return Err(CliError::PassphrasesDiffer);
    }
    Ok(first)
}

/// A flag's value, or one line of standard input when the value is `-`.
pub fn flag_value(value: &str) -> Result<zeroize::Zeroizing<String>, CliError> {
    if value != "-" {
        return Ok(zeroize::Zeroizing::new(value.to_owned()));
    }
    let mut line = zeroize::Zeroizing::new(String::new());
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|_| CliError::ReadInput)?;
    Ok(line)
}
