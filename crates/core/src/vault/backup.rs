//! Backups: the whole vault in one file — the record, the signing key
//! (so later bundles keep the same fingerprint) and the share log — that
//! opens only with the passphrase or the recovery code, and holds no
//! plaintext.
//!
//! A backup is the key file with both of its wraps, and a snapshot of the
//! encrypted database made under the same key (SQLCipher's export, one
//! consistent read). So making one needs no passphrase (an automatic
//! backup runs while the vault is open), and it opens with whatever
//! opened the vault when it was made: a later passphrase change or key
//! rotation does not touch it.
//!
//! ```text
//! ETAPP-BACKUP\n
//! {"format":"etapp-backup","version":1,"created":…,"key_file":{…},
//!  "database":{"bytes":N,"sha256":"…"}}\n
//! N bytes: the database (SQLCipher pages, encrypted)
//! \nETAPP-BACKUP-END\n
//! ```
//!
//! The length, the hash and the closing line tell a truncated file (a
//! pulled stick) from a damaged one. A backup is written to a temporary
//! name in its folder, synced, and renamed, so no half-written file ever
//! looks like a good one. Restoring writes the key file and the database
//! the way a new vault is made, and opens it before calling it done.

use std::io::Write;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::error::VaultError;
use super::keyfile::KeyFile;
use super::recovery::RecoveryCode;
use super::secret::{MasterKey, Passphrase, SigningSecret};
use super::{lock, status, Vault, VaultStatus, DATABASE_FILE_NAME, PARTIAL_FILE_NAME};
use crate::fsio::{self, ReadError};
use crate::signature::Fingerprint;
use crate::store::backup::{BackupInterval, BackupSettings, RecordSummary};
use crate::store::{Store, StoreError};
use crate::user_error::UserError;

/// The file's first line.
const MAGIC: &[u8] = b"ETAPP-BACKUP\n";
/// The file's last line.
const END: &[u8] = b"\nETAPP-BACKUP-END\n";
/// The header's `format`.
const FORMAT: &str = "etapp-backup";
/// The format version this build writes and the newest it reads.
pub const VERSION: u32 = 1;
/// The file name extension of a backup.
pub const EXTENSION: &str = "etappbackup";
/// The most bytes a backup may have (a heavy record's is tens of MB).
pub const MAX_BYTES: u64 = 1 << 30;
/// The most bytes of the header line.
const MAX_HEADER: usize = 64 * 1024;
/// Automatic backups after changes: at most this often.
const AFTER_CHANGES_EVERY_SECONDS: i64 = 60 * 60;
/// Automatic daily backups: this long apart.
const DAILY_EVERY_SECONDS: i64 = 24 * 60 * 60;
/// How many automatic backups may be kept.
pub const KEEP: std::ops::RangeInclusive<u32> = 1..=100;

/// What can go wrong with a backup.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BackupError {
    /// Not a backup of Etapp (6).
    #[error("not a backup")]
    NotABackup,
    /// A backup whose content is damaged (5).
    #[error("the backup is damaged")]
    Damaged,
    /// A backup that ends too early (7).
    #[error("the backup is truncated")]
    Truncated,
    /// Made by a newer version of Etapp (10).
    #[error("the backup was made by a newer version of Etapp")]
    NewerVersion,
    /// The passphrase or recovery code does not open this backup (3). A
    /// backup opens with the ones in force when it was made.
    #[error("the passphrase or recovery code does not open this backup")]
    WrongSecret,
    /// A folder was given where the backup file should be (1).
    #[error("a folder, not a backup file")]
    NotAFile,
    /// The backup file could not be read (1).
    #[error("reading the backup failed: {0}")]
    Unreadable(#[source] std::io::Error),
    /// The backup would be saved in the vault's own folder, where it
    /// could take the place of the vault's files (14).
    #[error("a backup cannot be saved in the vault's folder")]
    InsideVault,
    /// Larger than any backup can be (11).
    #[error("the file is larger than {limit} bytes")]
    TooLarge {
        /// The limit.
        limit: u64,
    },
    /// The backup could not be written; nothing half-written is left.
    #[error("writing the backup failed: {0}")]
    Write(#[source] std::io::Error),
    /// A backup setting that cannot be.
    #[error("invalid backup setting {field}")]
    InvalidSetting {
        /// The setting's path (`backup.keep`).
        field: &'static str,
    },
    /// The vault refused (wrong passphrase 3, mistyped code 4, a vault
    /// already there 15, …).
    #[error(transparent)]
    Vault(#[from] VaultError),
}

impl From<StoreError> for BackupError {
    fn from(e: StoreError) -> Self {
        BackupError::Vault(e.into())
    }
}

impl From<getrandom::Error> for BackupError {
    fn from(e: getrandom::Error) -> Self {
        BackupError::Vault(e.into())
    }
}

impl BackupError {
    /// The CLI's exit status (`CONTRACTS.md`, "Backup").
    pub fn exit_status(&self) -> u8 {
        match self {
            BackupError::Damaged => 5,
            BackupError::NotABackup => 6,
            BackupError::Truncated => 7,
            BackupError::NewerVersion => 10,
            BackupError::WrongSecret => 3,
            BackupError::TooLarge { .. } => 11,
            BackupError::InvalidSetting { .. } | BackupError::InsideVault => 14,
            BackupError::Write(_) | BackupError::NotAFile | BackupError::Unreadable(_) => 1,
            BackupError::Vault(e) => e.exit_status(),
        }
    }

    /// The message for a person: a Fluent id and its arguments.
    pub fn user_error(&self) -> UserError {
        match self {
            BackupError::NotABackup => UserError::new("backup-error-not-a-backup"),
            BackupError::Damaged => UserError::new("backup-error-damaged"),
            BackupError::Truncated => UserError::new("backup-error-truncated"),
            BackupError::NewerVersion => UserError::new("backup-error-newer-version"),
            BackupError::WrongSecret => UserError::new("backup-error-wrong-secret"),
            BackupError::NotAFile => UserError::new("file-error-not-a-file"),
            BackupError::Unreadable(_) => UserError::new("file-error-unreadable"),
            BackupError::InsideVault => UserError::new("backup-error-inside-vault"),
            BackupError::TooLarge { limit } => {
                UserError::new("file-error-too-large").with("megabytes", limit / (1024 * 1024))
            }
            BackupError::Write(e) => match e.kind() {
                std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                    UserError::new("backup-error-disk-full")
                }
                _ => UserError::new("backup-error-write"),
            },
            BackupError::InvalidSetting { field } => {
                UserError::new("record-error-invalid-value").with("field", field)
            }
            BackupError::Vault(e) => e.user_error(),
        }
    }
}

/// Results of backups.
pub type Result<T, E = BackupError> = std::result::Result<T, E>;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    format: String,
    version: u32,
    created: Timestamp,
    key_file: serde_json::Value,
    database: Database,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Database {
    bytes: u64,
    sha256: String,
}

/// A backup file read and checked for damage, its secrets still locked:
/// read before any passphrase is asked, so a wrong file is named first.
pub struct BackupFile {
    created: Timestamp,
    key_file: KeyFile,
    database: Vec<u8>,
}

impl BackupFile {
    /// Reads and checks the backup `file`: its size first, then its
    /// shape, version, length and hash. Nothing is decrypted.
    pub fn read(file: &Path) -> Result<BackupFile> {
        read(file)
    }

    /// When the backup was made.
    pub fn created(&self) -> Timestamp {
        self.created
    }
}

/// How to open a backup.
pub enum Unlock<'a> {
    /// With the passphrase it was made under.
    Passphrase(&'a Passphrase),
    /// With the recovery code it was made under; for a restore, with the
    /// new passphrase to set.
    RecoveryCode(&'a RecoveryCode, Option<&'a Passphrase>),
}

impl Unlock<'_> {
    fn key(&self, key_file: &KeyFile) -> Result<MasterKey> {
        match self {
            Unlock::Passphrase(p) => key_file.unwrap_with_passphrase(p),
            Unlock::RecoveryCode(c, _) => key_file.unwrap_with_recovery_code(c),
        }
        .map_err(|e| match e {
            VaultError::WrongPassphrase | VaultError::WrongRecoveryCode => BackupError::WrongSecret,
            other => other.into(),
        })
    }
}

/// What a restore drill found in a backup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct BackupReport {
    /// When the backup was made.
    #[ts(type = "string")]
    pub created: Timestamp,
    /// The record it holds, counted.
    pub summary: RecordSummary,
    /// The fingerprint of its signing key (the same as the vault's, when
    /// it is a backup of this vault).
    pub fingerprint: Fingerprint,
}

impl Vault {
    /// Writes a backup of this vault to `out` and notes the time `now`.
    /// Written under a temporary name and renamed: a full disk or a
    /// pulled stick leaves the previous file at `out`, if any, as it was.
    /// Returns its size in bytes.
    pub fn backup(&self, out: &Path, now: Timestamp) -> Result<u64> {
        if self.holds(out) {
            return Err(BackupError::InsideVault);
        }
        let bytes = self.backup_bytes(now)?;
        write_whole(out, &bytes, &mut |p: &Path| {
            let _ = std::fs::remove_file(p);
            fsio::create_private_file(p)?;
            std::fs::OpenOptions::new().write(true).open(p)
        })?;
        self.store.set_last_backup(now)?;
        Ok(bytes.len() as u64)
    }

    /// Whether `path` is in the vault's folder, where a backup could take
    /// the place of the vault's own files (symbolic links followed).
    fn holds(&self, path: &Path) -> bool {
        let Ok(dir) = self.dir.canonicalize() else {
            return false;
        };
        let parent = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        [path.canonicalize(), parent.canonicalize()]
            .into_iter()
            .flatten()
            .any(|p| p.starts_with(&dir))
    }

    /// The bytes of a backup of this vault, made at `now`.
    fn backup_bytes(&self, now: Timestamp) -> Result<Vec<u8>> {
        let key_file = KeyFile::read(&self.dir)?;
        let snapshot = PrivateTemp::new(&self.dir, "backup")?;
        let path = snapshot.0.join("snapshot.db");
        fsio::create_private_file(&path).map_err(VaultError::from_io)?;
        if let Err(e) = self.store.export_to(&path, self.key.expose_secret()) {
            // SQLite's export names a bad page only as a failed statement:
            // the record check tells a damaged vault (13) from the rest.
            return Err(match self.store.check() {
                Err(StoreError::Damaged) => StoreError::Damaged.into(),
                _ => e.into(),
            });
        }
        let database = std::fs::read(&path).map_err(VaultError::from_io)?;
        fsio::pause_point("backup-snapshot");
        let header = Header {
            format: FORMAT.into(),
            version: VERSION,
            created: Timestamp::from_second(now.as_second()).unwrap_or(now),
            key_file: key_file.to_json(),
            database: Database {
                bytes: database.len() as u64,
                sha256: hex::encode(Sha256::digest(&database)),
            },
        };
        let mut out = Vec::with_capacity(database.len() + 4096);
        out.extend_from_slice(MAGIC);
        serde_json::to_writer(&mut out, &header).expect("the header serializes");
        out.push(b'\n');
        out.extend_from_slice(&database);
        out.extend_from_slice(END);
        Ok(out)
    }

    /// The backup settings.
    pub fn backup_settings(&self) -> Result<BackupSettings> {
        Ok(self.store.backup_settings()?)
    }

    /// Saves the backup settings: a folder that exists (for automatic
    /// backups), how often, and how many to keep.
    pub fn set_backup_settings(&self, settings: &BackupSettings) -> Result<()> {
        if !KEEP.contains(&settings.keep) {
            return Err(BackupError::InvalidSetting {
                field: "backup.keep",
            });
        }
        let folder_ok = settings
            .folder
            .as_deref()
            .is_none_or(|f| Path::new(f).is_absolute() && Path::new(f).is_dir());
        let inside = settings
            .folder
            .as_deref()
            .is_some_and(|f| self.holds(&Path::new(f).join("backup")));
        if !folder_ok
            || inside
            || (settings.interval != BackupInterval::Off && settings.folder.is_none())
        {
            return Err(BackupError::InvalidSetting {
                field: "backup.folder",
            });
        }
        Ok(self.store.set_backup_settings(settings)?)
    }

    /// Makes an automatic backup in the chosen folder when one is due at
    /// `now` (see [`is_due`]; `changed`: the record changed since the last
    /// one), and keeps only the newest `keep` there. The example vault
    /// never backs up. Returns the new backup's path, if one was made.
    pub fn backup_if_due(&self, now: Timestamp, changed: bool) -> Result<Option<PathBuf>> {
        if self.is_example() {
            return Ok(None);
        }
        let settings = self.store.backup_settings()?;
        let Some(folder) = settings.folder.as_deref().map(PathBuf::from) else {
            return Ok(None);
        };
        if !is_due(now, settings.last_backup_at, settings.interval, changed) {
            return Ok(None);
        }
        let name = automatic_name(now);
        let path = folder.join(name);
        self.backup(&path, now)?;
        prune(&folder, settings.keep);
        Ok(Some(path))
    }

    /// Whether this is the throw-away example vault.
    fn is_example(&self) -> bool {
        self.dir.file_name().is_some_and(|n| n == "example")
            && self
                .dir
                .parent()
                .is_some_and(|p| super::example::example_dir(p) == self.dir)
    }
}

/// Whether an automatic backup is due at `now`, the last one having been
/// made at `last`: never when off; daily when a day has passed; after
/// changes when the record changed and an hour has passed. With no backup
/// yet, at once (unless off).
pub fn is_due(
    now: Timestamp,
    last: Option<Timestamp>,
    interval: BackupInterval,
    changed: bool,
) -> bool {
    let since = last.map(|l| now.as_second() - l.as_second());
    match interval {
        BackupInterval::Off => false,
        BackupInterval::Daily => since.is_none_or(|s| s >= DAILY_EVERY_SECONDS),
        BackupInterval::AfterChanges => {
            since.is_none() || (changed && since.is_some_and(|s| s >= AFTER_CHANGES_EVERY_SECONDS))
        }
    }
}

/// The file name of an automatic backup made at `now`: sorts by time.
fn automatic_name(now: Timestamp) -> String {
    format!("etapp-backup-{}.{EXTENSION}", stamp(now))
}

/// `now` in UTC as `YYYYMMDD-HHMMSS`, for names that sort by time.
fn stamp(now: Timestamp) -> String {
    let t = now.to_zoned(jiff::tz::TimeZone::UTC);
    format!(
        "{:04}{:02}{:02}-{:02}{:02}{:02}",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Keeps the newest `keep` automatic backups in `folder`, removing older
/// ones (only files named as automatic backups are touched).
fn prune(folder: &Path, keep: u32) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("etapp-backup-") && n.ends_with(&format!(".{EXTENSION}")))
        .collect();
    names.sort();
    let extra = names.len().saturating_sub(keep as usize);
    for old in &names[..extra] {
        let _ = std::fs::remove_file(folder.join(old));
    }
}

/// Writes `bytes` to `out` whole or not at all: under a temporary name in
/// the same folder, synced, then renamed. `create` opens the temporary
/// file (a test passes one that fails part-way, as a full disk would).
fn write_whole<W: Write>(
    out: &Path,
    bytes: &[u8],
    create: &mut dyn FnMut(&Path) -> std::io::Result<W>,
) -> Result<()> {
    let dir = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = out
        .file_name()
        .ok_or_else(|| BackupError::Write(std::io::Error::other("no file name")))?;
    let tmp = dir.join(format!(".{}.partial", name.to_string_lossy()));
    let written = (|| {
        let mut f = create(&tmp)?;
        f.write_all(bytes)?;
        f.flush()?;
        drop(f);
        std::fs::File::open(&tmp)?.sync_all()?;
        fsio::pause_point("backup-partial");
        std::fs::rename(&tmp, out)?;
        fsio::sync_dir(dir)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.map_err(BackupError::Write)
}

/// Reads and checks a backup file: its size first, then its shape,
/// version, length and hash. Nothing is decrypted.
fn read(file: &Path) -> Result<BackupFile> {
    let bytes = fsio::read_limited(file, MAX_BYTES).map_err(|e| match e {
        ReadError::TooLarge { limit } => BackupError::TooLarge { limit },
        ReadError::NotAFile => BackupError::NotAFile,
        ReadError::Io(e) => BackupError::Unreadable(e),
    })?;
    parse(&bytes)
}

fn parse(bytes: &[u8]) -> Result<BackupFile> {
    let Some(rest) = bytes.strip_prefix(MAGIC) else {
        // The start of the magic line, and no more: a cut file.
        return Err(if !bytes.is_empty() && MAGIC.starts_with(bytes) {
            BackupError::Truncated
        } else {
            BackupError::NotABackup
        });
    };
    let Some(end) = rest.iter().take(MAX_HEADER).position(|&b| b == b'\n') else {
        return Err(if rest.len() < MAX_HEADER {
            BackupError::Truncated
        } else {
            BackupError::Damaged
        });
    };
    let value: serde_json::Value =
        serde_json::from_slice(&rest[..end]).map_err(|_| BackupError::Damaged)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(BackupError::NotABackup);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v > u64::from(VERSION) => return Err(BackupError::NewerVersion),
        Some(v) if v == u64::from(VERSION) => {}
        _ => return Err(BackupError::Damaged),
    }
    let header: Header = serde_json::from_value(value).map_err(|_| BackupError::Damaged)?;
    let body = &rest[end + 1..];
    let n = usize::try_from(header.database.bytes).map_err(|_| BackupError::Damaged)?;
    if body.len() < n + END.len() {
        return Err(BackupError::Truncated);
    }
    if &body[n..] != END {
        return Err(BackupError::Damaged);
    }
    let database = &body[..n];
    if hex::encode(Sha256::digest(database)) != header.database.sha256 {
        return Err(BackupError::Damaged);
    }
    let key_file = KeyFile::from_json(header.key_file).map_err(|e| match e {
        VaultError::NewerVersion => BackupError::NewerVersion,
        _ => BackupError::Damaged,
    })?;
    Ok(BackupFile {
        created: header.created,
        key_file,
        database: database.to_vec(),
    })
}

/// Restores the backup `file` into `dir` (see [`BackupFile::restore`]).
pub fn restore(file: &Path, dir: &Path, how: Unlock) -> Result<(Vault, Option<RecoveryCode>)> {
    BackupFile::read(file)?.restore(dir, how)
}

impl BackupFile {
    /// Restores this backup into `dir`, which must hold no vault (15
    /// otherwise, and nothing is changed), and opens it. With the recovery
    /// code, the new passphrase is set and a new recovery code returned
    /// (the old one stops working), as a recovery does. All or nothing:
    /// when the restored vault does not open or fails its check (a
    /// damaged snapshot, a database from a newer version), what was
    /// written is removed again.
    pub fn restore(&self, dir: &Path, how: Unlock) -> Result<(Vault, Option<RecoveryCode>)> {
        // Unwrapped before anything is written: a wrong passphrase changes
        // nothing.
        let key = how.key(&self.key_file)?;
        if let Unlock::RecoveryCode(_, Some(new)) = &how {
            super::check_new_passphrase(new)?;
        }
        if status(dir) == VaultStatus::Present {
            return Err(VaultError::AlreadyExists.into());
        }
        fsio::create_private_dir(dir).map_err(VaultError::from_io)?;
        let vault_lock = lock::acquire(dir)?;
        if status(dir) == VaultStatus::Present {
            return Err(VaultError::AlreadyExists.into());
        }
        for stale in super::partial_files(dir) {
            super::remove_if_present(&stale)?;
        }
        // As a new vault is made: the database under its temporary name,
        // the key file, then the rename. A crash before the key file
        // leaves no vault; after it, the next unlock finishes the restore.
        let partial = dir.join(PARTIAL_FILE_NAME);
        fsio::create_private_file(&partial).map_err(VaultError::from_io)?;
        write_synced(&partial, &self.database)?;
        fsio::pause_point("restore-db-written");
        self.key_file.write(dir)?;
        fsio::pause_point("restore-key-written");
        std::fs::rename(&partial, dir.join(DATABASE_FILE_NAME)).map_err(VaultError::from_io)?;
        fsio::sync_dir(dir).map_err(VaultError::from_io)?;
        let opened = Vault::open_with_key(dir, key, vault_lock).and_then(|vault| {
            vault.store.check()?;
            Ok(vault)
        });
        let vault = match opened {
            Ok(vault) => vault,
            Err(e) => {
                // The folder held no vault before: take back what was
                // written, so it is as it was.
                for name in ["", "-wal", "-shm", "-journal"] {
                    let _ = std::fs::remove_file(dir.join(format!("{DATABASE_FILE_NAME}{name}")));
                }
                let _ = std::fs::remove_file(dir.join(super::keyfile::FILE_NAME));
                let _ = fsio::sync_dir(dir);
                return Err(match e {
                    VaultError::NewerVersion => BackupError::NewerVersion,
                    VaultError::DatabaseDoesNotOpen | VaultError::Store(StoreError::Damaged) => {
                        BackupError::Damaged
                    }
                    other => other.into(),
                });
            }
        };
        match how {
            Unlock::RecoveryCode(_, Some(new)) => {
                let code = RecoveryCode::generate()?;
                vault.store.set_secrets_changed(true)?;
                KeyFile::seal(&vault.key, new, &code)?.write(dir)?;
                Ok((vault, Some(code)))
            }
            _ => {
                // It opens with the backup's own passphrase and code: that
                // backup serves it.
                vault.store.set_secrets_changed(false)?;
                Ok((vault, None))
            }
        }
    }
}

/// A backup restored in place of a vault that was there.
pub struct Replaced {
    /// The restored vault, open.
    pub vault: Vault,
    /// The new recovery code, when restored with the code.
    pub recovery_code: Option<RecoveryCode>,
    /// Where the folder that held the vault was put, whole.
    pub set_aside: PathBuf,
}

impl BackupFile {
    /// Restores this backup in place of the vault in `dir` (a damaged one,
    /// or one whose passphrase and code are lost), losing nothing: the
    /// whole folder is first renamed, in one step, to
    /// `<dir>.set-aside-<YYYYMMDD-HHMMSS>` beside it, then the backup is
    /// restored into a new `dir` that keeps only the language choice. A
    /// crash between leaves no vault in `dir` and the old one whole beside
    /// it. The secret is checked before anything moves; if the restore
    /// then fails, the folder is put back.
    pub fn restore_replacing(&self, dir: &Path, how: Unlock, now: Timestamp) -> Result<Replaced> {
        how.key(&self.key_file)?;
        if let Unlock::RecoveryCode(_, Some(new)) = &how {
            super::check_new_passphrase(new)?;
        }
        let set_aside = {
            // Nobody may have it open while it moves.
            let _lock = lock::acquire(dir)?;
            let aside = set_aside_name(dir, now)?;
            std::fs::rename(dir, &aside).map_err(VaultError::from_io)?;
            if let Some(parent) = aside.parent() {
                fsio::sync_dir(parent).map_err(VaultError::from_io)?;
            }
            aside
        };
        let restored = (|| {
            fsio::create_private_dir(dir).map_err(VaultError::from_io)?;
            let language = set_aside.join(crate::preferences::FILE_NAME);
            if language.is_file() {
                std::fs::copy(&language, dir.join(crate::preferences::FILE_NAME))
                    .map_err(VaultError::from_io)?;
            }
            self.restore(dir, how)
        })();
        match restored {
            Ok((vault, recovery_code)) => Ok(Replaced {
                vault,
                recovery_code,
                set_aside,
            }),
            Err(e) => {
                // As it was: the new folder holds nothing of the old.
                if std::fs::remove_dir_all(dir).is_ok() {
                    let _ = std::fs::rename(&set_aside, dir);
                }
                Err(e)
            }
        }
    }
}

/// A name beside `dir` for setting it aside at `now`, not yet taken.
fn set_aside_name(dir: &Path, now: Timestamp) -> Result<PathBuf> {
    let name = dir
        .file_name()
        .ok_or_else(|| VaultError::from_io(std::io::Error::other("no folder name")))?
        .to_string_lossy()
        .into_owned();
    let stamp = stamp(now);
    let parent = dir.parent().unwrap_or(Path::new("."));
    (1..100)
        .map(|n| match n {
            1 => parent.join(format!("{name}.set-aside-{stamp}")),
            n => parent.join(format!("{name}.set-aside-{stamp}-{n}")),
        })
        .find(|p| !p.exists())
        .ok_or_else(|| VaultError::from_io(std::io::Error::other("no free name")).into())
}

/// The restore drill on the backup `file` (see [`BackupFile::verify`]).
pub fn verify(file: &Path, how: Unlock) -> Result<BackupReport> {
    BackupFile::read(file)?.verify(how)
}

impl BackupFile {
    /// The restore drill: opens this backup read-only, away from every
    /// vault, checks its database page by page (as `etapp check` does)
    /// and says what it holds. Nothing of the live vault is touched.
    pub fn verify(&self, how: Unlock) -> Result<BackupReport> {
        let key = how.key(&self.key_file)?;
        let temp = PrivateTemp::new(&std::env::temp_dir(), "etapp-verify")?;
        let path = temp.0.join("snapshot.db");
        fsio::create_private_file(&path).map_err(VaultError::from_io)?;
        write_synced(&path, &self.database)?;
        let store = Store::open(&path, key.expose_secret()).map_err(|e| match e {
            StoreError::DoesNotOpen => BackupError::Damaged,
            other => other.into(),
        })?;
        if store.user_version()? > crate::store::schema_version() {
            return Err(BackupError::NewerVersion);
        }
        store.check().map_err(|e| match e {
            StoreError::Damaged => BackupError::Damaged,
            other => other.into(),
        })?;
        let mut store = store;
        store.migrate()?;
        let report = BackupReport {
            created: self.created,
            summary: store.summary()?,
            fingerprint: Fingerprint::of(
                &SigningSecret::from_seed(&*store.signing_seed()?).verifying_key(),
            ),
        };
        store.close()?;
        Ok(report)
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(path)
        .map_err(VaultError::from_io)?;
    f.write_all(bytes).map_err(VaultError::from_io)?;
    f.sync_all().map_err(VaultError::from_io)?;
    Ok(())
}

/// A private folder (owner only) that is removed with what is in it when
/// dropped: for a snapshot, which is encrypted, and SQLite's side files.
struct PrivateTemp(PathBuf);

impl PrivateTemp {
    fn new(parent: &Path, label: &str) -> Result<PrivateTemp> {
        let mut random = [0u8; 8];
        getrandom::fill(&mut random)?;
        let dir = parent.join(format!(".{label}-{}", hex::encode(random)));
        fsio::create_private_dir(&dir).map_err(VaultError::from_io)?;
        Ok(PrivateTemp(dir))
    }
}

impl Drop for PrivateTemp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn every_error_has_a_message_and_its_status() {
        use crate::i18n::{localizer, Locale};
        let every = [
            (BackupError::NotABackup, 6),
            (BackupError::Damaged, 5),
            (BackupError::Truncated, 7),
            (BackupError::NewerVersion, 10),
            (BackupError::WrongSecret, 3),
            (BackupError::NotAFile, 1),
            (BackupError::Unreadable(std::io::Error::other("x")), 1),
            (BackupError::InsideVault, 14),
            (BackupError::TooLarge { limit: MAX_BYTES }, 11),
            (
                BackupError::Write(std::io::ErrorKind::StorageFull.into()),
                1,
            ),
            (BackupError::Write(std::io::Error::other("x")), 1),
            (
                BackupError::InvalidSetting {
                    field: "backup.keep",
                },
                14,
            ),
            (BackupError::Vault(VaultError::AlreadyExists), 15),
        ];
        for locale in Locale::all() {
            let ids = localizer().message_ids(locale);
            for (e, status) in &every {
                let ue = e.user_error();
                assert!(
                    ids.contains(&ue.code),
                    "{locale:?}: {} has no message",
                    ue.code
                );
                assert_eq!(e.exit_status(), *status, "{e:?}");
            }
        }
    }

    #[test]
    fn an_automatic_backup_is_due_by_the_clock_and_changes() {
        use BackupInterval::*;
        let now = at("2026-12-06T12:00:00Z");
        let hour_ago = at("2026-12-06T11:00:00Z");
        let minute_ago = at("2026-12-06T11:59:00Z");
        let day_ago = at("2026-12-05T12:00:00Z");
        assert!(!is_due(now, None, Off, true));
        assert!(is_due(now, None, Daily, false));
        assert!(is_due(now, Some(day_ago), Daily, false));
        assert!(!is_due(now, Some(hour_ago), Daily, true));
        assert!(is_due(now, None, AfterChanges, false));
        assert!(is_due(now, Some(hour_ago), AfterChanges, true));
        assert!(!is_due(now, Some(hour_ago), AfterChanges, false));
        assert!(!is_due(now, Some(minute_ago), AfterChanges, true));
    }

    #[test]
    fn automatic_backups_are_named_by_time_and_pruned_to_keep() {
        let dir = tempfile::tempdir().unwrap();
        for h in 10..16 {
            let name = automatic_name(at(&format!("2026-12-06T{h}:00:00Z")));
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        std::fs::write(dir.path().join("mine.txt"), b"x").unwrap();
        prune(dir.path(), 2);
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                "etapp-backup-20261206-140000.etappbackup",
                "etapp-backup-20261206-150000.etappbackup",
                "mine.txt"
            ]
        );
    }

    /// A file that takes `left` bytes and then fails as a full disk does.
    struct FullAfter {
        left: usize,
        file: std::fs::File,
    }

    impl Write for FullAfter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.left == 0 {
                return Err(std::io::Error::from(std::io::ErrorKind::StorageFull));
            }
            let n = buf.len().min(self.left);
            self.left -= n;
            self.file.write(&buf[..n])
        }
        fn flush(&mut self) -> std::io::Result<()> {
            self.file.flush()
        }
    }

    #[test]
    fn a_full_disk_leaves_the_previous_backup_and_no_half_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("b.etappbackup");
        std::fs::write(&out, b"the previous backup").unwrap();
        for n in [0, 1, 100, 4095] {
            let mut create = |p: &Path| {
                Ok(FullAfter {
                    left: n,
                    file: std::fs::File::create(p)?,
                })
            };
            let e = write_whole(&out, &[7u8; 8192], &mut create).unwrap_err();
            assert_eq!(e.user_error().code, "backup-error-disk-full");
            assert_eq!(std::fs::read(&out).unwrap(), b"the previous backup");
            let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
            assert_eq!(names.len(), 1, "no half-written file is left");
        }
    }

    #[test]
    fn a_cut_or_changed_file_is_told_from_one_that_is_not_a_backup() {
        let db = b"pretend these are encrypted pages".to_vec();
        let header = Header {
            format: FORMAT.into(),
            version: VERSION,
            created: at("2026-12-06T12:00:00Z"),
            key_file: serde_json::json!({"format": "etapp-vault-key", "version": 1, "passphrase": "", "recovery": ""}),
            database: Database {
                bytes: db.len() as u64,
                sha256: hex::encode(Sha256::digest(&db)),
            },
        };
        let mut whole = MAGIC.to_vec();
        serde_json::to_writer(&mut whole, &header).unwrap();
        whole.push(b'\n');
        whole.extend_from_slice(&db);
        whole.extend_from_slice(END);
        assert!(parse(&whole).is_ok());
        let status = |b: &[u8]| parse(b).err().map(|e| e.exit_status());
        for cut in [5, MAGIC.len() + 10, whole.len() - 30, whole.len() - 1] {
            assert_eq!(status(&whole[..cut]), Some(7), "cut at {cut}");
        }
        let mut changed = whole.clone();
        let i = whole.len() - END.len() - 3;
        changed[i] ^= 1;
        assert_eq!(status(&changed), Some(5));
        assert_eq!(status(b"SQLite format 3\0"), Some(6));
        assert_eq!(status(b""), Some(6));
        let newer = String::from_utf8_lossy(&whole)
            .replace("\"version\":1,\"created\"", "\"version\":2,\"created\"");
        assert_eq!(status(newer.as_bytes()), Some(10));
    }
}
