//! "Try with an example": a separate, throw-away vault that holds the
//! demo participant ([`crate::record::demo`]), so a person can see what
//! Etapp does before typing in their own life.
//!
//! It lives in its own folder inside the person's vault folder, never in
//! the same one. Its passphrase is random and never shown or kept, so
//! nobody can open it again once it is closed; [`discard_example`]
//! removes it when the person leaves it, and an example left by a crash
//! is replaced by the next one.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::error::{Result, VaultError};
use super::secret::Passphrase;
use super::Vault;

/// The example vault's folder: beside the person's own vault, never the
/// same one.
pub fn example_dir(vault_dir: &Path) -> PathBuf {
    vault_dir.join("example")
}

/// "Try with an example": a separate, throw-away vault holding the demo
/// participant, opened at once. Its passphrase is random and never shown;
/// nothing in it is meant to be kept, and [`discard_example`] removes it
/// when the person leaves it. An example left by a crash is replaced.
pub fn open_example(vault_dir: &Path, today: Date) -> Result<Vault> {
    let dir = example_dir(vault_dir);
    discard_example(vault_dir)?;
    let digits = crate::codes::generate(40).map_err(VaultError::Randomness)?;
    let passphrase = Passphrase::new(crate::codes::plain(&digits).to_string());
    let (vault, _code) = Vault::create(&dir, &passphrase)?;
    vault.store().fill_demo(today)?;
    Ok(vault)
}

/// Removes the example vault, if there is one — unless another Etapp has
/// it open ("in use"): its lock is taken first, so one app never deletes
/// the example another is showing.
pub fn discard_example(vault_dir: &Path) -> Result<()> {
    let dir = example_dir(vault_dir);
    if !dir.exists() {
        return Ok(());
    }
    let lock = super::lock::acquire(&dir)?;
    let removed = std::fs::remove_dir_all(&dir);
    drop(lock);
    match removed {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(VaultError::from_io(e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_separate_filled_and_removable() {
        let home = tempfile::tempdir().unwrap();
        let today = jiff::civil::date(2026, 11, 23);
        let v = open_example(home.path(), today).unwrap();
        assert!(!v.store().steps().unwrap().is_empty());
        assert_eq!(
            crate::vault::status(home.path()),
            crate::vault::VaultStatus::NoVault
        );
        drop(v);
        // A second start replaces the first; not while it is open.
        let v = open_example(home.path(), today).unwrap();
        assert!(matches!(
            discard_example(home.path()),
            Err(VaultError::InUse)
        ));
        assert!(example_dir(home.path()).exists());
        drop(v);
        discard_example(home.path()).unwrap();
        assert!(!example_dir(home.path()).exists());
    }
}
