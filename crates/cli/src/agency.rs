//! `agency-key new` and `agency-key show`: the key an agency publishes so
//! participants can lock shares to it, and the file that opens them.
//!
//! The secret half never reaches the terminal: `new` writes it to a file
//! that only its owner can read and never writes over one that exists;
//! both commands print only the public key (`age1…`), one bare line on
//! standard output, so a script can take it as it is.

use std::path::{Path, PathBuf};

use clap::ArgMatches;
use etapp_core::bundle::agency::{AgencyKey, IDENTITY_MAX_BYTES};
use etapp_core::jiff::Timestamp;
use etapp_core::{args as fargs, Locale};

use crate::commands::read_file;
use crate::error::CliError;
use crate::say;

/// Reads an agency's identity file through the bounded reader.
pub fn read_identity(path: &Path) -> Result<AgencyKey, CliError> {
    let bytes = zeroize::Zeroizing::new(read_file(path, IDENTITY_MAX_BYTES)?);
    Ok(AgencyKey::from_bytes(&bytes)?)
}

/// `agency-key new --out FILE`.
pub fn new(m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    let out = m.get_one::<PathBuf>("out").expect("clap requires it");
    let exists = || CliError::FileExists {
        path: out.display().to_string(),
    };
    if out.symlink_metadata().is_ok() {
        return Err(exists());
    }
    let key = AgencyKey::generate();
    let text = key.file_text(Timestamp::now());
    etapp_core::fsio::write_new_private(out, text.as_bytes()).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            exists()
        } else {
            CliError::Core(etapp_core::Error::Io(e))
        }
    })?;
    say(
        l,
        "cli-agency-key-saved",
        Some(&fargs!["file" => out.display().to_string()]),
    );
    println!("{}", key.public_key());
    Ok(())
}

/// `agency-key show FILE`.
pub fn show(m: &ArgMatches) -> Result<(), CliError> {
    let file = m.get_one::<PathBuf>("file").expect("clap requires it");
    println!("{}", read_identity(file)?.public_key());
    Ok(())
}
