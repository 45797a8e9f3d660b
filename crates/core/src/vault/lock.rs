//! One writer at a time.
//!
//! Two processes writing the same vault (the desktop app and a script, or
//! two windows) could each read, change and save, and one would silently
//! undo the other. So whoever opens a vault takes an exclusive lock on
//! `vault.lock` in its folder and holds it until the vault is dropped; a
//! second opener is told within a moment that the vault is in use. (A
//! lock can also be held for an instant by a process the holder starts —
//! WebKit's helpers, a test's child — which shares the open file until
//! it has started; so a taken lock is tried again for up to
//! [`GRACE`] before the vault counts as in use.) The operating
//! system releases the lock when a process dies, even by `SIGKILL`, so a
//! crash never leaves the vault locked. The file itself is empty and is
//! never deleted (deleting a lock file lets two processes lock two
//! different files).

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;
use std::time::{Duration, Instant};

use super::error::{Result, VaultError};

/// The lock file's name in the vault folder.
pub const FILE_NAME: &str = "vault.lock";

/// Holds the lock until dropped.
#[derive(Debug)]
pub(crate) struct VaultLock {
    _file: File,
}

/// How long a taken lock is tried again before the vault counts as in use.
pub const GRACE: Duration = Duration::from_millis(300);

/// Takes the lock on the vault in `dir`, or fails with
/// [`VaultError::InUse`] once it has been taken for [`GRACE`].
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
    let started = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(VaultLock { _file: file }),
            Err(TryLockError::WouldBlock) if started.elapsed() < GRACE => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(TryLockError::WouldBlock) => return Err(VaultError::InUse),
            Err(TryLockError::Error(e)) => return Err(VaultError::from_io(e)),
        }
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
