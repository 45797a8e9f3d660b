//! One writer at a time.
//!
//! Two processes writing the same vault (the desktop app and a script, or
//! two windows) could each read, change and save, and one would silently
//! undo the other. So whoever opens a vault takes an exclusive lock on
//! `vault.lock` in its folder and holds it until the vault is dropped; a
//! second opener is told at once that the vault is in use. The operating
//! system releases the lock when a process dies, even by `SIGKILL`, so a
//! crash never leaves the vault locked. The file itself is empty and is
//! never deleted (deleting a lock file lets two processes lock two
//! different files).

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use super::error::{Result, VaultError};

/// The lock file's name in the vault folder.
pub const FILE_NAME: &str = "vault.lock";

/// Holds the lock until dropped.
#[derive(Debug)]
pub(crate) struct VaultLock {
    _file: File,
}

/// Takes the lock on the vault in `dir`, or fails with
/// [`VaultError::InUse`] without waiting.
pub(crate) fn acquire(dir: &Path) -> Result<VaultLock> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options
        .open(dir.join(FILE_NAME))
        .map_err(VaultError::from_io)?;
    match file.try_lock() {
        Ok(()) => Ok(VaultLock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(VaultError::InUse),
        Err(TryLockError::Error(e)) => Err(VaultError::from_io(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = acquire(dir.path()).unwrap();
        assert!(matches!(acquire(dir.path()), Err(VaultError::InUse)));
        drop(first);
        assert!(acquire(dir.path()).is_ok());
    }
}
