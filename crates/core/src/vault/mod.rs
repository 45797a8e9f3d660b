//! The vault: the person's record, encrypted on their own computer.
//!
//! A vault is a folder with three files:
//!
//! | file | what it holds |
//! |---|---|
//! | `vault.db` | the record, a SQLCipher database encrypted with a random 256-bit master key ([`crate::store`]) |
//! | `vault.key` | the master key, wrapped by the passphrase and, separately, by the recovery code ([`keyfile`]) |
//! | `vault.lock` | nothing; its lock says which process has the vault open ([`lock`]) |
//!
//! Why a random master key under a wrap, rather than a key derived from
//! the passphrase: the passphrase can change, and the recovery code can
//! replace it, by rewriting one small file atomically, while the database
//! is never re-encrypted. The key never touches the disk unwrapped.
//!
//! [`Vault`] is the open vault: it keeps the key (zeroized when dropped)
//! and the lock, and hands out the record's [`Store`]. Dropping it closes
//! the database and releases the lock. It is `Send`, so the desktop shell
//! can keep it in a `Mutex`. The vault is the keeper: it alone knows the
//! key file, the passphrase and recovery code, and the signing secret;
//! the store it hands out knows none of them.
//!
//! Creating a vault is crash-safe: the database is built under a temporary
//! name, the key file is written, and only then is the database renamed
//! into place. A crash before the key file leaves no vault (the next
//! `create` starts over); a crash after it is finished by the next unlock.

pub mod backup;
pub mod error;
pub mod example;
pub mod keyfile;
pub mod lock;
pub mod recovery;
pub mod secret;

use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use ed25519_dalek::VerifyingKey;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use error::{Result, VaultError};
pub use recovery::RecoveryCode;
pub use secret::{Passphrase, SigningSecret, MIN_PASSPHRASE_CHARS};

use crate::fsio;
use crate::signature::Fingerprint;
use crate::store::Store;
use keyfile::KeyFile;
use lock::VaultLock;
use secret::MasterKey;

/// The database's name in the vault folder.
pub const DATABASE_FILE_NAME: &str = "vault.db";
/// The name a new database has until its key file is written (see
/// [`Vault::create`]).
pub(crate) const PARTIAL_FILE_NAME: &str = "vault.db.partial";
/// The name the database has under its new key during a key rotation,
/// until the new key file is written and it takes its place (see
/// [`Vault::rotate`]).
const ROTATING_FILE_NAME: &str = "vault.db.rotating";

/// The minutes the auto-lock may be set to.
pub const AUTO_LOCK_MINUTES: RangeInclusive<u32> = 1..=120;

/// Whether a folder holds a vault, as the start screen needs to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum VaultStatus {
    /// No vault here: offer to create one.
    NoVault,
    /// A vault is here: ask for the passphrase.
    Present,
}

/// Whether `dir` holds a vault (either of its files is enough: a vault with
/// one file missing is still a vault, and unlocking it says what is wrong).
pub fn status(dir: &Path) -> VaultStatus {
    if keyfile::path(dir).exists() || dir.join(DATABASE_FILE_NAME).exists() {
        VaultStatus::Present
    } else {
        VaultStatus::NoVault
    }
}

/// An open vault.
pub struct Vault {
    // Fields drop in this order: the database closes before the key is
    // zeroized and before the lock is released.
    store: Store,
    key: MasterKey,
    public: VerifyingKey,
    dir: PathBuf,
    _lock: VaultLock,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

pub(crate) fn check_new_passphrase(p: &Passphrase) -> Result<()> {
    if p.char_count() < MIN_PASSPHRASE_CHARS {
        return Err(VaultError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    Ok(())
}

pub(crate) fn remove_if_present(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(VaultError::from_io(e)),
        _ => Ok(()),
    }
}

/// A rotated database and its SQLite side files.
fn rotating_files(dir: &Path) -> [PathBuf; 4] {
    ["", "-wal", "-shm", "-journal"].map(|s| dir.join(format!("{ROTATING_FILE_NAME}{s}")))
}

/// The partial database and its SQLite side files.
pub(crate) fn partial_files(dir: &Path) -> [PathBuf; 4] {
    ["", "-wal", "-shm", "-journal"].map(|s| dir.join(format!("{}{s}", PARTIAL_FILE_NAME)))
}

impl Vault {
    /// Creates a new vault in `dir` (made if missing, readable by its owner
    /// only) protected by `passphrase`, and returns it open together with
    /// its recovery code, which the person must write down now: it is not
    /// stored anywhere readable.
    pub fn create(dir: &Path, passphrase: &Passphrase) -> Result<(Vault, RecoveryCode)> {
        check_new_passphrase(passphrase)?;
        if status(dir) == VaultStatus::Present {
            return Err(VaultError::AlreadyExists);
        }
        fsio::create_private_dir(dir).map_err(VaultError::from_io)?;
        let lock = lock::acquire(dir)?;
        // Checked again under the lock: another process may have won.
        if status(dir) == VaultStatus::Present {
            return Err(VaultError::AlreadyExists);
        }
        for stale in partial_files(dir) {
            remove_if_present(&stale)?;
        }

        let key = MasterKey::generate()?;
        let code = RecoveryCode::generate()?;
        let signing = SigningSecret::generate()?;
        let partial = dir.join(PARTIAL_FILE_NAME);
        // Made by us, readable by the owner only; SQLite gives its side
        // files (-wal, -shm) the same permissions.
        fsio::create_private_file(&partial).map_err(VaultError::from_io)?;
        let mut store = Store::open(&partial, key.expose_secret())?;
        store.migrate()?;
        store.insert_signing_key(
            signing.expose_secret(),
            signing.verifying_key().as_bytes(),
            jiff::Timestamp::now(),
        )?;
        store.close()?;

        KeyFile::seal(&key, passphrase, &code)?.write(dir)?;
        std::fs::rename(&partial, dir.join(DATABASE_FILE_NAME)).map_err(VaultError::from_io)?;
        fsio::sync_dir(dir).map_err(VaultError::from_io)?;
        let vault = Vault::open_with_key(dir, key, lock)?;
        Ok((vault, code))
    }

    /// Opens the vault in `dir` with its passphrase.
    pub fn unlock(dir: &Path, passphrase: &Passphrase) -> Result<Vault> {
        let (key_file, lock) = Vault::prepare(dir)?;
        let key = key_file.unwrap_with_passphrase(passphrase)?;
        Vault::open_with_key(dir, key, lock)
    }

    /// Opens the vault in `dir` with its recovery code and sets a new
    /// passphrase. Returns the open vault and a fresh recovery code; the
    /// code used here stops working.
    pub fn recover(
        dir: &Path,
        code: &RecoveryCode,
        new_passphrase: &Passphrase,
    ) -> Result<(Vault, RecoveryCode)> {
        check_new_passphrase(new_passphrase)?;
        let (key_file, lock) = Vault::prepare(dir)?;
        let key = key_file.unwrap_with_recovery_code(code)?;
        // Open (and so check the key against the database) before the key
        // file is replaced.
        let vault = Vault::open_with_key(dir, key, lock)?;
        let new_code = RecoveryCode::generate()?;
        vault.store.set_secrets_changed(true)?;
        KeyFile::seal(&vault.key, new_passphrase, &new_code)?.write(dir)?;
        Ok((vault, new_code))
    }

    /// A recovery that also locks out old copies: opens the vault in `dir`
    /// with its recovery code and rotates its key (see [`Vault::rotate`])
    /// straight to the new passphrase and a fresh recovery code. The key
    /// file is written once, so no code is ever in force that was not
    /// returned: a crash before that leaves the old key file, which the
    /// code used here still opens.
    pub fn recover_and_rotate(
        dir: &Path,
        code: &RecoveryCode,
        new_passphrase: &Passphrase,
    ) -> Result<(Vault, RecoveryCode)> {
        check_new_passphrase(new_passphrase)?;
        let (key_file, lock) = Vault::prepare(dir)?;
        let key = key_file.unwrap_with_recovery_code(code)?;
        let mut vault = Vault::open_with_key(dir, key, lock)?;
        let new_code = vault.rotate_key(new_passphrase)?;
        Ok((vault, new_code))
    }

    /// Replaces the passphrase. `current` must unwrap the key again, so a
    /// person who finds the app unlocked cannot lock its owner out. Only the
    /// key file changes; the recovery code keeps working.
    pub fn change_passphrase(&self, current: &Passphrase, new: &Passphrase) -> Result<()> {
        check_new_passphrase(new)?;
        let mut key_file = KeyFile::read(&self.dir)?;
        let key = key_file.unwrap_with_passphrase(current)?;
        if !key.same_as(&self.key) {
            return Err(VaultError::KeyFileDamaged);
        }
        key_file.rewrap_passphrase(&self.key, new)?;
        // Noted first: a crash in between asks for a backup too many, never
        // one too few.
        self.store.set_secrets_changed(true)?;
        key_file.write(&self.dir)
    }

    /// Locks out old copies: a new master key, the database re-encrypted
    /// under it, and a new key file sealed with `new` (which may be the
    /// current passphrase) and a new recovery code, returned to be written
    /// down. An old copy of the key file, with the old passphrase or code,
    /// no longer opens this database. `current` must unwrap the key file,
    /// as for a passphrase change.
    ///
    /// Crash-safe: the database is written under its new key as
    /// `vault.db.rotating`, then the new key file is written atomically
    /// (the moment the rotation counts), then the new database takes the
    /// old one's place. A crash before the key file leaves the old vault
    /// whole; after it, the next unlock finishes the rotation. Backups made
    /// before still open with the passphrase and code they were made
    /// under.
    pub fn rotate(&mut self, current: &Passphrase, new: &Passphrase) -> Result<RecoveryCode> {
        check_new_passphrase(new)?;
        let key_file = KeyFile::read(&self.dir)?;
        let key = key_file.unwrap_with_passphrase(current)?;
        if !key.same_as(&self.key) {
            return Err(VaultError::KeyFileDamaged);
        }
        self.rotate_key(new)
    }

    /// The rotation itself, once the caller has proved it may: a new
    /// master key, the database re-encrypted under it, and a new key file
    /// sealed with `new` and a new recovery code (returned).
    fn rotate_key(&mut self, new: &Passphrase) -> Result<RecoveryCode> {
        let new_key = MasterKey::generate()?;
        let code = RecoveryCode::generate()?;
        let rotating = self.dir.join(ROTATING_FILE_NAME);
        for stale in rotating_files(&self.dir) {
            remove_if_present(&stale)?;
        }
        // Backups made before open only with the old key file: the new
        // database knows it.
        self.store.set_secrets_changed(true)?;
        // Made private before SQLite opens it: the new database is the
        // vault's from the next rename on.
        fsio::create_private_file(&rotating).map_err(VaultError::from_io)?;
        self.store.export_to(&rotating, new_key.expose_secret())?;
        fsio::pause_point("rotate-db-written");
        let sealed = KeyFile::seal(&new_key, new, &code)?;
        // Everything the old database holds is in its file: nothing of it
        // is left in a write-ahead log for the new one to trip over.
        self.store.checkpoint()?;
        sealed.write(&self.dir)?;
        fsio::pause_point("rotate-key-written");
        let old = std::mem::replace(&mut self.store, Store::placeholder()?);
        old.close()?;
        Vault::finish_rotation(&self.dir)?;
        self.store = Store::open(&self.dir.join(DATABASE_FILE_NAME), new_key.expose_secret())?;
        self.key = new_key;
        Ok(code)
    }

    /// Moves a rotated database into place (see [`Vault::rotate`]): the
    /// old database's side files go first, then the rename.
    fn finish_rotation(dir: &Path) -> Result<()> {
        for side in ["-wal", "-shm"] {
            remove_if_present(&dir.join(format!("{DATABASE_FILE_NAME}{side}")))?;
        }
        std::fs::rename(dir.join(ROTATING_FILE_NAME), dir.join(DATABASE_FILE_NAME))
            .map_err(VaultError::from_io)?;
        fsio::sync_dir(dir).map_err(VaultError::from_io)
    }

    /// The folder this vault lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The record's store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Minutes without use before the app locks itself.
    pub fn auto_lock_minutes(&self) -> Result<u32> {
        Ok(self.store.auto_lock_minutes()?)
    }

    /// Sets the auto-lock minutes, within [`AUTO_LOCK_MINUTES`].
    pub fn set_auto_lock_minutes(&self, minutes: u32) -> Result<()> {
        if !AUTO_LOCK_MINUTES.contains(&minutes) {
            return Err(VaultError::AutoLockOutOfRange {
                min: *AUTO_LOCK_MINUTES.start(),
                max: *AUTO_LOCK_MINUTES.end(),
            });
        }
        Ok(self.store.set_auto_lock_minutes(minutes)?)
    }

    /// The fingerprint of this vault's signing key.
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of(&self.public)
    }

    /// The signing key, read from the database for one use.
    pub fn signing_key(&self) -> Result<SigningSecret> {
        Ok(SigningSecret::from_seed(&*self.store.signing_seed()?))
    }

    /// The checks every unlock does before any slow key derivation: there
    /// is a vault, nobody else has it, its key file is readable and of a
    /// known version, its database is there.
    fn prepare(dir: &Path) -> Result<(KeyFile, VaultLock)> {
        if status(dir) == VaultStatus::NoVault {
            return Err(VaultError::NoVault);
        }
        let lock = lock::acquire(dir)?;
        let key_file = KeyFile::read(dir)?;
        Vault::finish_interrupted_create(dir)?;
        if !dir.join(DATABASE_FILE_NAME).exists() {
            return Err(VaultError::DatabaseMissing);
        }
        Ok((key_file, lock))
    }

    /// A create that crashed after writing the key file left the database
    /// under its temporary name; move it into place.
    fn finish_interrupted_create(dir: &Path) -> Result<()> {
        let [partial, wal, ..] = partial_files(dir);
        if !dir.join(DATABASE_FILE_NAME).exists() && partial.exists() && !wal.exists() {
            std::fs::rename(&partial, dir.join(DATABASE_FILE_NAME)).map_err(VaultError::from_io)?;
            fsio::sync_dir(dir).map_err(VaultError::from_io)?;
        }
        Ok(())
    }

    pub(crate) fn open_with_key(dir: &Path, key: MasterKey, lock: VaultLock) -> Result<Vault> {
        let path = dir.join(DATABASE_FILE_NAME);
        let rotating = dir.join(ROTATING_FILE_NAME);
        let mut store = match Store::open(&path, key.expose_secret()) {
            // A rotation crashed after its key file was written: the
            // database under the new key is whole beside the old one.
            Err(crate::store::StoreError::DoesNotOpen) if rotating.exists() => {
                let rotated = Store::open(&rotating, key.expose_secret())?;
                rotated.check()?;
                rotated.close()?;
                Vault::finish_rotation(dir)?;
                Store::open(&path, key.expose_secret())?
            }
            other => other?,
        };
        // A rotation that crashed before its key file leaves a copy under
        // a key nobody has: of no use.
        for stale in rotating_files(dir) {
            remove_if_present(&stale)?;
        }
        // Every vault was migrated when it was made: version 0 means the
        // file is not (or no longer) a vault database.
        if store.user_version()? == 0 {
            return Err(VaultError::DatabaseDoesNotOpen);
        }
        store.migrate()?;
        let public = SigningSecret::from_seed(&*store.signing_seed()?).verifying_key();
        Ok(Vault {
            store,
            key,
            public,
            dir: dir.to_path_buf(),
            _lock: lock,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASS: &str = "unit test passphrase";

    #[test]
    fn vault_can_move_between_threads() {
        fn assert_send<T: Send>() {}
        assert_send::<Vault>();
    }

    #[test]
    fn an_interrupted_create_is_finished_by_unlock() {
        let dir = tempfile::tempdir().unwrap();
        let (vault, _code) = Vault::create(dir.path(), &Passphrase::new(PASS.into())).unwrap();
        vault
            .store()
            .set_profile(
                &crate::record::Profile {
                    name: "Kept".into(),
                    ..crate::record::Profile::default()
                },
                jiff::civil::date(2025, 1, 1),
            )
            .unwrap();
        drop(vault);
        // The state a crash between writing the key file and the rename
        // leaves behind.
        std::fs::rename(
            dir.path().join(DATABASE_FILE_NAME),
            dir.path().join(PARTIAL_FILE_NAME),
        )
        .unwrap();
        let vault = Vault::unlock(dir.path(), &Passphrase::new(PASS.into())).unwrap();
        assert_eq!(vault.store().profile().unwrap().name, "Kept");
        assert!(!dir.path().join(PARTIAL_FILE_NAME).exists());
    }
}
