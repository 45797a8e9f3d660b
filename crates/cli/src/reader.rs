//! `open` and `forget-seen`: the case worker's side. No vault, no
//! passphrase: a share opens with its code (or the agency's key) alone,
//! and nothing is written anywhere unless it opens and checks out.

use std::path::PathBuf;

use clap::ArgMatches;
use etapp_core::bundle::{self, Key, Opened, ShareCode};
use etapp_core::jiff::Timestamp;
use etapp_core::reader;
use etapp_core::seen::{self, Sighting};
use etapp_core::{args as fargs, paths, Locale};

use crate::commands::read_file;
use crate::error::CliError;
use crate::say;
use crate::secrets;

/// The environment variable with the share code.
pub const CODE_ENV: &str = "ETAPP_CODE";

/// `open FILE`: checks the share and prints it (in Swedish unless `--lang`
/// names another language), as JSON, or as a printable page.
pub fn open(m: &ArgMatches, lang: Option<&String>, l: Locale) -> Result<(), CliError> {
    let file = m.get_one::<PathBuf>("file").expect("clap requires it");
    let bytes = read_file(file, bundle::MAX_BYTES).map_err(|e| match e {
        CliError::TooLarge { .. } => CliError::Core(
            bundle::BundleError::TooLarge {
                limit: bundle::MAX_BYTES,
            }
            .into(),
        ),
        other => other,
    })?;
    // Not a share at all: say so before asking for a code.
    if !bundle::looks_like_age(&bytes) {
        return Err(bundle::BundleError::NotABundle.into());
    }
    if let Some(html) = m.get_one::<PathBuf>("html") {
        if html.exists() {
            return Err(CliError::FileExists {
                path: html.display().to_string(),
            });
        }
    }
    let key = match m.get_one::<PathBuf>("identity") {
        Some(path) => Key::from(crate::agency::read_identity(path)?),
        None => Key::Code(ShareCode::parse(&code(m, l)?)?),
    };
    let now = Timestamp::now();
    let opened = bundle::open(&bytes, &key, now)?;
    drop(key);
    let sighting = match paths::state_dir() {
        Some(dir) => seen::remember(&dir, &opened.signer, now),
        None => Sighting::First,
    };
    // The summary is for the case worker: Swedish unless asked otherwise
    // (`ETAPP_LANG` does not change it).
    let reader_locale = match lang {
        Some(_) => l,
        None => Locale::swedish(),
    };
    if m.get_flag("json") {
        print_json(&opened);
    } else if let Some(html) = m.get_one::<PathBuf>("html") {
        let mut views = vec![reader::view(&opened, &sighting, reader_locale)];
        if let Some(theirs) = Locale::negotiate(&opened.payload.locale) {
            if theirs != reader_locale {
                views.push(reader::view(&opened, &sighting, theirs));
            }
        }
        etapp_core::fsio::write_atomic(html, reader::page(&views).as_bytes())
            .map_err(|e| CliError::Core(etapp_core::Error::Io(e)))?;
        say(
            l,
            "cli-open-page-saved",
            Some(&fargs!["file" => html.display().to_string()]),
        );
    } else {
        print!(
            "{}",
            reader::text(&reader::view(&opened, &sighting, reader_locale))
        );
    }
    Ok(())
}

/// The code: `--code` (or `-` for standard input), else `ETAPP_CODE`,
/// else asked on the terminal.
fn code(m: &ArgMatches, l: Locale) -> Result<zeroize::Zeroizing<String>, CliError> {
    if let Some(value) = m.get_one::<String>("code") {
        return secrets::flag_value(value);
    }
    if let Some(v) = secrets::from_env(CODE_ENV)? {
        return Ok(zeroize::Zeroizing::new(v));
    }
    secrets::ask_code(l, CODE_ENV)
}

fn print_json(opened: &Opened) {
    let p = &opened.payload;
    let json = serde_json::json!({
        "payload": p,
        "signer_fingerprint": opened.signer.hex,
        "created": p.created.to_string(),
        "expires": p.expires.to_string(),
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&json).expect("JSON serializes")
    );
}

/// `forget-seen`.
pub fn forget_seen(l: Locale) -> Result<(), CliError> {
    if let Some(dir) = paths::state_dir() {
        seen::forget(&dir).map_err(|e| CliError::Core(etapp_core::Error::Io(e)))?;
    }
    say(l, "cli-forget-seen-done", None);
    Ok(())
}
