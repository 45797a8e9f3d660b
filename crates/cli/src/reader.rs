//! `open` and `forget-seen`: the case worker's side. No vault, no
//! passphrase: a share opens with its code (or the agency's key) alone,
//! and nothing is written anywhere unless it opens and checks out.
//!
//! Several shares of one person, given together, are compared: what
//! changed from each to the next, oldest first. They take one code each
//! (in the order of the files) or one agency key for all.

use std::path::{Path, PathBuf};

use clap::ArgMatches;
use etapp_core::bundle::{self, compare, Key, Opened, ShareCode};
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

/// `open FILE…`: one file is checked and printed (in Swedish unless
/// `--lang` names another language), as JSON, or as a printable page;
/// several files of one person are compared.
pub fn open(m: &ArgMatches, lang: Option<&String>, l: Locale) -> Result<(), CliError> {
    let files: Vec<&Path> = m
        .get_many::<PathBuf>("file")
        .expect("clap requires it")
        .map(PathBuf::as_path)
        .collect();
    // The summary is for the case worker: Swedish unless asked otherwise
    // (`ETAPP_LANG` does not change it).
    let reader_locale = match lang {
        Some(_) => l,
        None => Locale::swedish(),
    };
    if let [file] = files[..] {
        return open_one(m, file, reader_locale, l);
    }
    compare(m, &files, reader_locale, l)
}

/// A share's bytes (from a share file, or out of a reader page), said not
/// to be a share before any code is asked for.
fn read_share(file: &Path) -> Result<Vec<u8>, CliError> {
    let limit = bundle::page::read_limit(file);
    let bytes = read_file(file, limit).map_err(|e| match e {
        CliError::TooLarge { .. } => CliError::Core(bundle::BundleError::TooLarge { limit }.into()),
        other => other,
    })?;
    // A reader page holds the bundle, byte for byte.
    let bytes = match bundle::page::bundle_of(&bytes) {
        Ok(inner) => inner.into_owned(),
        Err(e) if bundle::page::is_page(&bytes) => return Err(e.into()),
        Err(_) => bytes,
    };
    if !bundle::looks_like_age(&bytes) {
        return Err(bundle::BundleError::NotABundle.into());
    }
    Ok(bytes)
}

fn open_one(m: &ArgMatches, file: &Path, reader_locale: Locale, l: Locale) -> Result<(), CliError> {
    let bytes = read_share(file)?;
    if let Some(html) = m.get_one::<PathBuf>("html") {
        if html.exists() {
            return Err(CliError::FileExists {
                path: html.display().to_string(),
            });
        }
    }
    let key = match m.get_one::<PathBuf>("identity") {
        Some(path) => Key::from(crate::agency::read_identity(path)?),
        None => {
            let codes = codes(m, &[file], l)?;
            let code = codes.into_iter().next().expect("one code per file");
            Key::Code(ShareCode::parse(&code)?)
        }
    };
    let now = Timestamp::now();
    let opened = bundle::open(&bytes, &key, now)?;
    drop(key);
    let sighting = remember(&opened, now);
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

/// Remembers the signer of a share that opened and checked out.
fn remember(opened: &Opened, now: Timestamp) -> Sighting {
    match paths::state_dir() {
        Some(dir) => seen::remember(&dir, &opened.signer, now),
        None => Sighting::First,
    }
}

/// `open OLD NEW …`: what changed across shares of one person. Every file
/// is read and looks like a share before any code is asked for; every
/// share opens and checks out before anything is shown; a failure names
/// its file.
fn compare(
    m: &ArgMatches,
    files: &[&Path],
    reader_locale: Locale,
    l: Locale,
) -> Result<(), CliError> {
    if m.get_one::<PathBuf>("html").is_some() {
        return Err(CliError::HtmlOneShare);
    }
    let in_file = |file: &Path| {
        let path = file.display().to_string();
        move |e: CliError| CliError::InFile {
            path,
            error: Box::new(e),
        }
    };
    let mut all = Vec::with_capacity(files.len());
    for file in files {
        all.push(read_share(file).map_err(in_file(file))?);
    }
    // One agency key opens every share locked to it; codes are one per
    // file.
    let keys: Vec<Key> = match m.get_one::<PathBuf>("identity") {
        Some(path) => vec![Key::from(crate::agency::read_identity(path)?)],
        None => codes(m, files, l)?
            .iter()
            .zip(files)
            .map(|(code, file)| {
                ShareCode::parse(code)
                    .map(Key::Code)
                    .map_err(|e| in_file(file)(e.into()))
            })
            .collect::<Result<_, _>>()?,
    };
    let now = Timestamp::now();
    let mut opened = Vec::with_capacity(files.len());
    for (i, (bytes, file)) in all.iter().zip(files).enumerate() {
        let key = keys.get(i).unwrap_or(&keys[0]);
        opened.push(bundle::open(bytes, key, now).map_err(|e| in_file(file)(e.into()))?);
    }
    drop(keys);
    let comparison = compare::compare(&opened)?;
    let sighting = remember(&opened[0], now);
    if m.get_flag("json") {
        println!(
            "{}",
            serde_json::to_string_pretty(&comparison).expect("JSON serializes")
        );
    } else {
        print!(
            "{}",
            reader::compare::text(&comparison, &opened[0].signer, &sighting, reader_locale)
        );
    }
    Ok(())
}

/// One code per file, in the order of the files: `--code` given once for
/// each (`-` reads the next line of standard input), else `ETAPP_CODE`
/// with the codes separated by commas, else asked on the terminal, file
/// by file.
fn codes(
    m: &ArgMatches,
    files: &[&Path],
    l: Locale,
) -> Result<Vec<zeroize::Zeroizing<String>>, CliError> {
    let count_error = |given: usize| CliError::CodeCount {
        codes: given,
        files: files.len(),
    };
    if let Some(values) = m.get_many::<String>("code") {
        let values: Vec<&String> = values.collect();
        if values.len() != files.len() {
            return Err(count_error(values.len()));
        }
        return values.into_iter().map(|v| secrets::flag_value(v)).collect();
    }
    if let Some(v) = secrets::from_env(CODE_ENV)? {
        let v = zeroize::Zeroizing::new(v);
        let parts: Vec<zeroize::Zeroizing<String>> = v
            .split(',')
            .map(|p| zeroize::Zeroizing::new(p.trim().to_owned()))
            .collect();
        if parts.len() != files.len() {
            return Err(count_error(parts.len()));
        }
        return Ok(parts);
    }
    if let [_] = files {
        return Ok(vec![secrets::ask_code(l, CODE_ENV)?]);
    }
    files
        .iter()
        .map(|f| secrets::ask_code_for(l, &f.display().to_string(), CODE_ENV))
        .collect()
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
