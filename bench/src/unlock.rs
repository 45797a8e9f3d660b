//! Unlock against the bare key derivation.
//!
//! Unlocking is dominated, on purpose, by scrypt at work factor 2^18 (about
//! a second): that is what makes guessing passphrases expensive. Everything
//! else `Vault::unlock` does — take the lock, read the key file, open
//! SQLCipher with the raw key, check the schema, read the signing key —
//! must add next to nothing (goal: at most 1.05× the bare derivation). A
//! regression there, such as SQLCipher running its own PBKDF2 because it
//! was handed a passphrase instead of the raw key, shows as a ratio well
//! above 1.
//!
//! The floor is age's scrypt decryption of the very same wrapped key, read
//! from `vault.key` and decrypted with `age::scrypt::Identity` at the same
//! maximum work factor, in the same process. They run in pairs, one right
//! after the other, alternating which goes first; the goal is judged on
//! the median of the pairs' ratios, so that a slow patch of the machine
//! (the other core compiling, say) hits both sides of a pair and cancels.

use std::io::Read;
use std::path::Path;
use std::time::Instant;

use age::armor::ArmoredReader;
use age::secrecy::SecretString;
use etapp_core::vault::{keyfile, Passphrase, Vault};

use crate::report::{Section, Table};
use crate::stats::Samples;
use crate::tmp::TempDir;
use crate::{Options, Result};

const PASSPHRASE: &str = "benchmark passphrase, long enough";

pub fn run(opts: &Options) -> Result<Section> {
    let runs = opts.runs()?;
    let dir = TempDir::new("unlock")?;
    let vault_dir = dir.path().join("vault");
    eprintln!("unlock: creating a vault");
    drop(Vault::create(&vault_dir, &passphrase())?);
    let wrapped = passphrase_wrap(&vault_dir)?;

    eprintln!("unlock: warming up");
    kdf(&wrapped)?;
    unlock(&vault_dir)?;

    let (mut bare, mut full) = (Samples::new(), Samples::new());
    let (mut extra, mut ratio) = (Samples::new(), Samples::new());
    for i in 0..runs {
        eprintln!("unlock: run {} of {runs}", i + 1);
        let (b, f) = if i % 2 == 0 {
            let b = kdf(&wrapped)?;
            (b, unlock(&vault_dir)?)
        } else {
            let f = unlock(&vault_dir)?;
            (kdf(&wrapped)?, f)
        };
        bare.push(b);
        full.push(f);
        extra.push(f - b);
        ratio.push(f / b);
    }

    let mut times = Table::new(["", "ms, median (min–max)", "runs"]);
    times.row([
        format!(
            "bare KDF: age scrypt decrypt of the passphrase wrap, work factor 2^{}",
            keyfile::WORK_FACTOR
        ),
        bare.cell(0),
        bare.len().to_string(),
    ]);
    times.row([
        "`Vault::unlock`".to_owned(),
        full.cell(0),
        full.len().to_string(),
    ]);
    times.row([
        "unlock minus bare KDF, pair by pair".to_owned(),
        extra.cell(1),
        extra.len().to_string(),
    ]);
    let mut ratios = Table::new(["", "ratio, median (min–max)"]);
    ratios.row(["unlock / bare KDF, pair by pair".to_owned(), ratio.cell(3)]);
    ratios.row([
        "median unlock / median bare KDF".to_owned(),
        format!("{:.3}", full.median() / bare.median()),
    ]);
    let mut goals = Table::goals();
    goals.goal("unlock / bare KDF (median of pairs)", ratio.median(), 1.05);
    Ok(Section {
        title: "Unlock".into(),
        method: format!(
            "In-process, release build, one thread. {runs} measured pairs (bare KDF \
             and unlock, one right after the other, alternating which goes first) \
             after one warm-up run of each."
        ),
        tables: vec![times, ratios, goals],
        notes: vec![
            "What unlock adds to the derivation (lock, key file, SQLCipher open with \
             the raw key, schema check, signing key) is below the run-to-run noise \
             of scrypt when the pair-by-pair difference ranges across zero."
                .to_owned(),
        ],
    })
}

fn passphrase() -> Passphrase {
    Passphrase::new(PASSPHRASE.to_owned())
}

/// The armored age file that wraps the master key under the passphrase.
fn passphrase_wrap(vault_dir: &Path) -> Result<String> {
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(vault_dir.join(keyfile::FILE_NAME))?)?;
    json["passphrase"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| "vault.key has no passphrase wrap".into())
}

/// Milliseconds to decrypt `wrapped` with the passphrase, nothing else.
fn kdf(wrapped: &str) -> Result<f64> {
    let started = Instant::now();
    let mut identity = age::scrypt::Identity::new(SecretString::from(PASSPHRASE.to_owned()));
    identity.set_max_work_factor(keyfile::WORK_FACTOR);
    let decryptor = age::Decryptor::new(ArmoredReader::new(wrapped.as_bytes()))?;
    let mut reader = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))?;
    let mut key_hex = Vec::with_capacity(64);
    reader.read_to_end(&mut key_hex)?;
    let ms = started.elapsed().as_secs_f64() * 1e3;
    if key_hex.len() != 64 {
        return Err("the wrapped key is not 64 hex digits".into());
    }
    Ok(ms)
}

/// Milliseconds for `Vault::unlock`; closing the vault is not timed.
fn unlock(vault_dir: &Path) -> Result<f64> {
    let started = Instant::now();
    let vault = Vault::unlock(vault_dir, &passphrase())?;
    let ms = started.elapsed().as_secs_f64() * 1e3;
    drop(vault);
    Ok(ms)
}
