//! Shapes that cross from Rust to the UI.
//!
//! The desktop shell returns these from its commands; `ts-rs` generates the
//! matching TypeScript into `ui/src/lib/generated/`, and a test fails when
//! the committed files drift from the Rust types. Nothing here is secret.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An error the UI shows: a Fluent message id and its arguments. The UI
/// turns it into a sentence in the person's language; no raw library text
/// ever reaches a person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UserError {
    /// Fluent message id, e.g. `error-wrong-passphrase`.
    pub code: String,
    /// Arguments for the message.
    pub args: BTreeMap<String, String>,
}

impl UserError {
    /// An error with no arguments.
    pub fn new(code: impl Into<String>) -> Self {
        UserError {
            code: code.into(),
            args: BTreeMap::new(),
        }
    }

    /// The message for a failed file operation: a full disk and a refused
    /// permission each say what to do; anything else says the save failed.
    pub fn from_io(e: &std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                UserError::new("error-disk-full")
            }
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                UserError::new("error-permission-denied")
            }
            _ => UserError::new("error-save-failed"),
        }
    }

    /// Adds an argument.
    pub fn with(mut self, key: &str, value: impl ToString) -> Self {
        self.args.insert(key.to_owned(), value.to_string());
        self
    }
}

/// Where the app stands at start and after each step: is there a vault, and
/// is it open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AppStatus {
    /// Whether the vault folder holds a vault.
    pub vault: crate::vault::VaultStatus,
    /// Whether it is unlocked in this app.
    pub unlocked: bool,
    /// Whether what is open is the throw-away example, not the person's own
    /// record.
    pub example: bool,
    /// The fewest characters a new passphrase may have.
    pub min_passphrase_chars: u32,
}

/// The settings screen's facts about an open vault.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VaultSettings {
    /// Minutes without use before the app locks itself.
    pub auto_lock_minutes: u32,
    /// The smallest and largest allowed auto-lock time.
    pub auto_lock_range: [u32; 2],
    /// The fingerprint of the person's signing key, to compare aloud.
    pub fingerprint: crate::vault::Fingerprint,
}

#[cfg(test)]
mod tests {
    //! The TypeScript files in `ui/src/lib/generated/` are generated from
    //! the types here; this test fails when they drift. Regenerate with
    //! `make types` (which runs it with `ETAPP_WRITE_TYPES=1`).

    use std::path::PathBuf;
    use ts_rs::{Config, TS};

    fn check<T: TS + 'static + ?Sized>(cfg: &Config) -> Option<String> {
        let name = T::ident(cfg);
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/generated");
        let path = dir.join(format!("{name}.ts"));
        let want = T::export_to_string(cfg).expect("export");
        if std::env::var_os("ETAPP_WRITE_TYPES").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &want).unwrap();
            return None;
        }
        match std::fs::read_to_string(&path) {
            Ok(have) if have == want => None,
            _ => Some(format!("{} is out of date", path.display())),
        }
    }

    /// The catalogs as JSON, for the UI tests' stand-in for the shell
    /// (`tests/ui/fixtures/catalogs.json`), kept in step the same way.
    #[test]
    fn catalogs_fixture_matches_rust() {
        let path =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/ui/fixtures/catalogs.json");
        let want = serde_json::to_string_pretty(&crate::catalog::all()).unwrap() + "\n";
        if std::env::var_os("ETAPP_WRITE_TYPES").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &want).unwrap();
            return;
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "run `make types`: {} is out of date",
            path.display()
        );
    }

    #[test]
    fn generated_typescript_matches_rust() {
        let cfg = Config::default();
        let stale: Vec<String> = [
            check::<super::UserError>(&cfg),
            check::<crate::preferences::Preferences>(&cfg),
            check::<crate::i18n::LocaleInfo>(&cfg),
            check::<crate::i18n::Direction>(&cfg),
            check::<super::AppStatus>(&cfg),
            check::<super::VaultSettings>(&cfg),
            check::<crate::vault::Profile>(&cfg),
            check::<crate::vault::Fingerprint>(&cfg),
            check::<crate::vault::VaultStatus>(&cfg),
            check::<crate::vault::PassphraseStrength>(&cfg),
            check::<crate::vault::SpokenLanguage>(&cfg),
            check::<crate::vault::Household>(&cfg),
            check::<crate::vault::Child>(&cfg),
            check::<crate::vault::EstablishmentProgramme>(&cfg),
            check::<crate::catalog::Agency>(&cfg),
            check::<crate::catalog::StepType>(&cfg),
            check::<crate::catalog::Stage>(&cfg),
            check::<crate::catalog::StepStatus>(&cfg),
            check::<crate::catalog::GoalStatus>(&cfg),
            check::<crate::catalog::GoalKind>(&cfg),
            check::<crate::catalog::IscedLevel>(&cfg),
            check::<crate::catalog::LanguageLevel>(&cfg),
            check::<crate::catalog::Recognition>(&cfg),
            check::<crate::catalog::LifeArea>(&cfg),
            check::<crate::catalog::Level>(&cfg),
            check::<crate::catalog::ObstacleKind>(&cfg),
            check::<crate::catalog::ObstacleStatus>(&cfg),
            check::<crate::catalog::SensitiveCategory>(&cfg),
            check::<crate::catalog::SensitiveCode>(&cfg),
            check::<crate::catalog::Catalogs>(&cfg),
            check::<crate::record::Occupation>(&cfg),
            check::<crate::record::occupation::OccupationEntry>(&cfg),
            check::<crate::record::Contact>(&cfg),
            check::<crate::record::Goal>(&cfg),
            check::<crate::record::Step>(&cfg),
            check::<crate::record::StatusChange>(&cfg),
            check::<crate::record::Appointment>(&cfg),
            check::<crate::record::Evaluation>(&cfg),
            check::<crate::record::Background>(&cfg),
            check::<crate::record::background::Education>(&cfg),
            check::<crate::record::background::WorkExperience>(&cfg),
            check::<crate::record::background::Skill>(&cfg),
            check::<crate::record::background::Certificate>(&cfg),
            check::<crate::record::background::DrivingLicence>(&cfg),
            check::<crate::record::background::AsylumPeriodEntry>(&cfg),
            check::<crate::record::Record>(&cfg),
            check::<crate::record::ItemRef>(&cfg),
            check::<crate::record::Deletion>(&cfg),
            check::<crate::record::CheckIn>(&cfg),
            check::<crate::record::AreaLevel>(&cfg),
            check::<crate::record::Obstacle>(&cfg),
            check::<crate::record::Note>(&cfg),
            check::<crate::record::Overview>(&cfg),
            check::<crate::record::UpcomingAppointment>(&cfg),
            check::<crate::record::AgencySteps>(&cfg),
            check::<crate::record::StepLine>(&cfg),
        ]
        .into_iter()
        .flatten()
        .collect();
        assert!(stale.is_empty(), "run `make types`: {stale:?}");
    }
}
