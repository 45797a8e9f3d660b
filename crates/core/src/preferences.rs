//! Preferences that must be known before the vault is unlocked.
//!
//! The unlock screen has to speak the person's language before any key
//! exists, and an interpreter follows on every screen from the first one,
//! so the chosen language and the interpreter's second language are kept
//! in `preferences.json` beside the encrypted vault, not inside it. It
//! holds nothing else: these two are the only facts about the person
//! readable without the passphrase, and `docs/ARCHITECTURE.md` lists them
//! as such.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::fsio;
use crate::i18n::Locale;

/// The file name inside the vault folder.
pub const FILE_NAME: &str = "preferences.json";

/// Preferences readable without the passphrase.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Preferences {
    /// The language the person chose, as a locale code; `None` until they
    /// choose (the app then starts in the system language).
    pub language: Option<String>,
    /// The second language of the interpreter's view while it is on (every
    /// text shown in both); `None` while it is off.
    #[serde(default)]
    pub interpreter: Option<String>,
}

/// The most bytes a preferences file may have: it holds one short field.
const MAX_BYTES: u64 = 4096;

impl Preferences {
    fn path(dir: &Path) -> PathBuf {
        dir.join(FILE_NAME)
    }

    /// Reads the preferences; a missing or unreadable file gives the
    /// defaults, since nothing in it is worth refusing to start over.
    pub fn load(dir: &Path) -> Preferences {
        fsio::read_limited(&Self::path(dir), MAX_BYTES)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Writes the preferences atomically, creating the folder if needed.
    pub fn save(&self, dir: &Path) -> io::Result<()> {
        fsio::create_private_dir(dir)?;
        let json = serde_json::to_vec_pretty(self).map_err(io::Error::other)?;
        fsio::write_atomic(&Self::path(dir), &json)
    }

    /// The locale to show: the chosen one if it is still shipped, else the
    /// system's.
    pub fn locale(&self) -> Locale {
        self.language
            .as_deref()
            .and_then(Locale::negotiate)
            .unwrap_or_else(Locale::from_system)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_defaults() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Preferences::load(dir.path()), Preferences::default());
        let p = Preferences {
            language: Some("ar".into()),
            interpreter: Some("sv".into()),
        };
        p.save(dir.path()).unwrap();
        assert_eq!(Preferences::load(dir.path()), p);
        assert_eq!(p.locale().code(), "ar");
    }

    #[test]
    fn a_file_from_before_the_interpreter_view_still_reads() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), br#"{"language":"ti"}"#).unwrap();
        let p = Preferences::load(dir.path());
        assert_eq!(p.language.as_deref(), Some("ti"));
        assert_eq!(p.interpreter, None);
    }

    #[test]
    fn damaged_file_gives_defaults() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), b"{not json").unwrap();
        assert_eq!(Preferences::load(dir.path()), Preferences::default());
    }
}
