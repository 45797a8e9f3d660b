//! Where the vault folder is, and the folder for what is kept outside it.
//!
//! The CLI and the desktop app must open the same vault, so the rule lives
//! here once: `--vault DIR` wins, then `ETAPP_VAULT`, then the platform's
//! data folder (`~/.local/share/etapp` on Linux, `%APPDATA%\Etapp\Etapp\data` on
//! Windows, `~/Library/Application Support/se.Etapp.Etapp` on macOS).

use std::path::PathBuf;

/// The environment variable naming the vault folder.
pub const VAULT_ENV: &str = "ETAPP_VAULT";

/// The vault folder: the explicit one if given, else `ETAPP_VAULT`, else the
/// platform data folder. `None` only when the platform has no home folder.
pub fn vault_dir(explicit: Option<PathBuf>) -> Option<PathBuf> {
    explicit
        .or_else(|| {
            std::env::var_os(VAULT_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .or_else(default_vault_dir)
}

/// The folder for what Etapp keeps about this computer outside every
/// vault: `$XDG_STATE_HOME/etapp` (else `~/.local/state/etapp`) on Linux,
/// the local data folder elsewhere. Holds nothing secret
/// (`crate::seen`).
pub fn state_dir() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("se", "Etapp", "Etapp")?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .to_path_buf(),
    )
}

/// The platform data folder for Etapp.
pub fn default_vault_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("se", "Etapp", "Etapp").map(|d| d.data_dir().to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_folder_wins() {
        let dir = vault_dir(Some(PathBuf::from("/some/where")));
        assert_eq!(dir, Some(PathBuf::from("/some/where")));
    }

    #[test]
    fn default_folder_is_named_for_the_app() {
        let d = default_vault_dir().expect("home folder in tests");
        assert!(d.to_string_lossy().to_lowercase().contains("etapp"));
    }
}
