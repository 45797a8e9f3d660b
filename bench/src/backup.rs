//! Backups of the heavy record: making one (no key derivation: it needs
//! no passphrase), restoring it into a new folder (with the key
//! derivation taken out: the same key file's unwrap is timed on its own in
//! the same run and subtracted), and the backup's size against the
//! vault's files.

use std::path::Path;
use std::time::Instant;

use etapp_core::jiff::Timestamp;
use etapp_core::vault::backup::{self, Unlock};
use etapp_core::vault::{Passphrase, Vault};

use crate::report::{Section, Table};
use crate::stats::Samples;
use crate::tmp::TempDir;
use crate::{Options, Result};

/// Making a backup, or restoring one (key derivation excluded), at most
/// (median).
const GOAL_MS: f64 = 200.0;
const MIN_RUNS: usize = 5;
const PASSPHRASE: &str = "benchmark passphrase, long enough";

fn ms_since(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1e3
}

fn size(dir: &Path) -> u64 {
    ["vault.db", "vault.db-wal", "vault.key"]
        .iter()
        .filter_map(|f| std::fs::metadata(dir.join(f)).ok())
        .map(|m| m.len())
        .sum()
}

pub fn run(opts: &Options) -> Result<Section> {
    let runs = opts.runs()?.max(MIN_RUNS);
    let dir = TempDir::new("backup")?;
    eprintln!("backup: generating and importing the heavy record");
    let record = crate::record::generate()?;
    let vault_dir = dir.path().join("vault");
    let passphrase = Passphrase::new(PASSPHRASE.into());
    let (vault, _code) = Vault::create(&vault_dir, &passphrase)?;
    vault.store().import_record(&record, crate::record::TODAY)?;
    let export = vault.store().export_record_json()?;
    let vault_bytes = size(&vault_dir);

    eprintln!("backup: make");
    let file = dir.path().join("heavy.etappbackup");
    let mut make = Samples::new();
    for i in 0..=runs {
        let started = Instant::now();
        vault.backup(&file, Timestamp::now())?;
        let ms = ms_since(started);
        if i > 0 {
            make.push(ms);
        }
    }
    let backup_bytes = std::fs::metadata(&file)?.len();
    drop(vault);

    eprintln!("backup: restore, and the bare key derivation");
    let (mut restore, mut kdf, mut net) = (Samples::new(), Samples::new(), Samples::new());
    for i in 0..runs {
        let target = dir.path().join(format!("restored-{i}"));
        let started = Instant::now();
        let (restored, _) = backup::restore(&file, &target, Unlock::Passphrase(&passphrase))?;
        let total = ms_since(started);
        if i == 0 && restored.store().export_record_json()? != export {
            return Err("the restored record differs from the backed-up one".into());
        }
        drop(restored);
        let started = Instant::now();
        drop(Vault::unlock(&target, &passphrase)?);
        let unlock = ms_since(started);
        restore.push(total);
        kdf.push(unlock);
        net.push(total - unlock);
        std::fs::remove_dir_all(&target)?;
    }

    let mut table = Table::new([
        "operation",
        "ms, median (min–max)",
        "runs",
        "goal",
        "verdict",
    ]);
    let verdict = |s: &Samples| {
        if s.median() < GOAL_MS {
            "pass"
        } else {
            "**miss**"
        }
    };
    table.row([
        "make a backup (snapshot, hash, write, sync, rename)".to_owned(),
        make.cell(1),
        make.len().to_string(),
        format!("< {GOAL_MS:.0} ms"),
        verdict(&make).to_owned(),
    ]);
    table.row([
        "restore it, the key derivation taken out".to_owned(),
        net.cell(1),
        net.len().to_string(),
        format!("< {GOAL_MS:.0} ms"),
        verdict(&net).to_owned(),
    ]);
    let mut parts = Table::new(["restore, in parts", "ms, median (min–max)", "runs"]);
    parts.row([
        "the whole restore (read, check, unwrap, write, open, check every page)".to_owned(),
        restore.cell(0),
        restore.len().to_string(),
    ]);
    parts.row([
        "unlocking the restored vault (the same key derivation)".to_owned(),
        kdf.cell(0),
        kdf.len().to_string(),
    ]);
    let mut sizes = Table::new(["the heavy record", "bytes"]);
    sizes.row([
        "the vault's files (vault.db, its log, vault.key)".to_owned(),
        vault_bytes.to_string(),
    ]);
    sizes.row(["one backup".to_owned(), backup_bytes.to_string()]);
    Ok(Section {
        title: "Backups".into(),
        method: format!(
            "In-process, release build, on the heavy record of \"The record\" imported into a \
             new vault: {runs} measured backups after one warm-up, written to the temporary \
             folder's disk; then {runs} restores into new folders, each followed by an unlock \
             of the restored vault, whose time (one scrypt at 2^18 and the opening) is \
             subtracted from the restore's."
        ),
        tables: vec![table, parts, sizes],
        notes: vec![format!(
            "A backup is {:.0} % of the vault's files: the snapshot is a fresh copy (no free \
             pages, no log).",
            100.0 * backup_bytes as f64 / vault_bytes as f64
        )],
    })
}
