//! `share`, `shares` and `shares withdraw`: the participant's side of
//! sharing.

use std::path::Path;

use clap::ArgMatches;
use etapp_core::bundle::draft::ShareRequest;
use etapp_core::bundle::select::Selection;
use etapp_core::bundle::{Recipient, ShareTo, SharedItem};
use etapp_core::catalog::{Agency, SharePurpose, ShareSection};
use etapp_core::i18n::{format_date, number, strip_isolation};
use etapp_core::jiff::Timestamp;
use etapp_core::record::RecordError;
use etapp_core::share::{self, LockWith};
use etapp_core::{args as fargs, tr, Locale};

use crate::commands::{code, unlock, ID_PREFIX};
use crate::error::CliError;
use crate::say;

/// The prefix of the machine-read share code line (not translated).
const CODE_PREFIX: &str = "code: ";
/// Days a share opens when `--expires-in` is not given.
const DEFAULT_DAYS: u32 = 14;

/// A comma-separated list option, each part trimmed, empty parts dropped.
fn comma_list(m: &ArgMatches, arg: &str) -> Vec<String> {
    m.get_one::<String>(arg)
        .map(|v| {
            strip_isolation(v)
                .split(',')
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// The request the options describe, checked before any secret is asked.
fn request(m: &ArgMatches, l: Locale) -> Result<ShareRequest, CliError> {
    let text = |arg: &str| {
        m.get_one::<String>(arg)
            .map(|v| strip_isolation(v).trim().to_owned())
            .unwrap_or_default()
    };
    let sections = comma_list(m, "sections")
        .iter()
        .enumerate()
        .map(|(i, s)| {
            etapp_core::catalog::Code::parse(s)
                .ok_or_else(|| RecordError::invalid(format!("share.sections[{i}]")))
        })
        .collect::<Result<Vec<ShareSection>, _>>()?;
    let items = comma_list(m, "items")
        .iter()
        .enumerate()
        .map(|(i, s)| SharedItem::parse(s, &format!("share.items[{i}]")))
        .collect::<Result<Vec<_>, _>>()?;
    let expires_in_days = match m.get_one::<String>("expires-in") {
        None => DEFAULT_DAYS,
        Some(d) => strip_isolation(d)
            .trim()
            .parse()
            .map_err(|_| RecordError::invalid("share.expires_in_days"))?,
    };
    let request = ShareRequest {
        to: ShareTo {
            name: text("to"),
            agency: code::<Agency>(m, "agency", "share.to.agency")?,
            unit: text("unit"),
        },
        purpose: code::<SharePurpose>(m, "purpose", "share.purpose")?.expect("clap requires it"),
        purpose_text: text("purpose-text"),
        selection: Selection {
            sections,
            items,
            include_sensitive: m.get_flag("include-sensitive"),
        },
        expires_in_days,
        locale: l,
    };
    request.validate()?;
    Ok(request)
}

/// `share`: prints the consent text, writes the bundle, logs it, prints
/// the code.
pub fn share(dir: &Path, m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    let request = request(m, l)?;
    let lock = match m.get_one::<String>("recipient") {
        Some(key) => LockWith::Key(Recipient::parse_key(key, "share.recipient")?),
        None => LockWith::Code,
    };
    let out = m.get_one::<std::path::PathBuf>("out");
    let page = m.get_one::<std::path::PathBuf>("page");
    for path in [out, page].into_iter().flatten() {
        if path.exists() {
            return Err(CliError::FileExists {
                path: path.display().to_string(),
            });
        }
    }
    // The page and the file in one place would leave only one of them.
    if out.is_some() && out == page {
        return Err(RecordError::invalid("share.page").into());
    }
    let vault = unlock(dir, l)?;
    let draft = share::draft(&vault, &request, Timestamp::now())?;
    say(l, "cli-share-consent", None);
    eprintln!("{}", draft.consent_text());
    if draft.left_out_count > 0 {
        let categories: Vec<String> = draft
            .left_out
            .iter()
            .map(|c| tr(l, &etapp_core::catalog::Code::label_id(*c), None))
            .collect();
        let args = fargs![
            "count" => number(draft.left_out_count as f64),
            "categories" => categories.join(&tr(l, "list-separator", None)),
        ];
        say(l, "cli-share-left-out", Some(&args));
    }
    let keyed = matches!(lock, LockWith::Key(_));
    let targets = share::Targets {
        bundle: out.map(|p| p.as_path()),
        page: page.map(|p| p.as_path()),
    };
    let made = share::make(&vault, &draft, lock, targets)?;
    let files: Vec<String> = [out, page]
        .into_iter()
        .flatten()
        .map(|p| p.display().to_string())
        .collect();
    let args = fargs!["file" => files.join(&tr(l, "list-separator", None))];
    if keyed {
        say(l, "cli-share-done-key", Some(&args));
    } else {
        say(l, "cli-share-done", Some(&args));
    }
    if let Some(code) = &made.code {
        println!("{CODE_PREFIX}{}", code.expose_secret().as_str());
    }
    println!("{ID_PREFIX}{}", made.entry.id);
    Ok(())
}

/// `shares`: the share log as a JSON array.
pub fn list(dir: &Path, l: Locale) -> Result<(), CliError> {
    let vault = unlock(dir, l)?;
    let shares = vault.store().shares()?;
    println!(
        "{}",
        serde_json::to_string_pretty(&shares).expect("the log serializes")
    );
    Ok(())
}

/// `shares withdraw ID`.
pub fn withdraw(dir: &Path, m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    let id = *m.get_one::<i64>("id").expect("clap requires it");
    let vault = unlock(dir, l)?;
    let entry = vault.store().withdraw_share(id, Timestamp::now())?;
    let expires = entry.expires.to_zoned(etapp_core::time::stockholm()).date();
    let args = fargs!["id" => id, "expires" => format_date(l, expires)];
    say(l, "cli-share-withdrawn", Some(&args));
    Ok(())
}
