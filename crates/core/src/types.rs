//! Shapes that cross from Rust to the UI.
//!
//! The desktop shell returns these from its commands; `ts-rs` generates the
//! matching TypeScript into `ui/src/lib/generated/`, and a test fails when
//! the committed files drift from the Rust types. Nothing here is secret.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
    /// The most people a household may count (adults, or children).
    pub household_max: u32,
    /// The fewest and most days a share may open.
    pub share_days: [u32; 2],
}

/// What the share wizard asks for: whom, why, what, how long, and how to
/// lock it. The participant's language is the app's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ShareRequestInput {
    /// Whom it is for.
    pub to: crate::bundle::ShareTo,
    /// Why.
    pub purpose: crate::catalog::SharePurpose,
    /// The participant's own words for the purpose.
    pub purpose_text: String,
    /// Whole sections.
    pub sections: Vec<crate::catalog::ShareSection>,
    /// Single items.
    pub items: Vec<crate::bundle::SharedItem>,
    /// Whether health, family and financial items go along.
    pub include_sensitive: bool,
    /// For how many days it opens.
    pub expires_in_days: u32,
    /// An agency's age public key (`age1…`) to lock it to, instead of a
    /// share code.
    pub recipient_key: Option<String>,
}

impl ShareRequestInput {
    /// The core's request, in the participant's `locale`.
    pub fn request(&self, locale: crate::i18n::Locale) -> crate::bundle::draft::ShareRequest {
        crate::bundle::draft::ShareRequest {
            to: self.to.clone(),
            purpose: self.purpose,
            purpose_text: self.purpose_text.clone(),
            selection: crate::bundle::select::Selection {
                sections: self.sections.clone(),
                items: self.items.clone(),
                include_sensitive: self.include_sensitive,
            },
            expires_in_days: self.expires_in_days,
            locale,
        }
    }
}

/// Exactly what a share would hold, before anything is written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SharePreview {
    /// The payload the case worker will see.
    pub payload: crate::bundle::Payload,
    /// The sensitive categories left out, because they were not ticked.
    pub left_out: Vec<crate::catalog::SensitiveCategory>,
    /// How many items were left out as sensitive.
    pub left_out_count: u32,
    /// The fingerprint the case worker will see, to read aloud.
    pub fingerprint: crate::signature::Fingerprint,
}

/// A share made and saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ShareMade {
    /// Its entry in the share log.
    pub entry: crate::bundle::log::ShareEntry,
    /// The share code to say aloud, in four groups of four digits; none
    /// for a share locked to an agency's key.
    pub code: Option<String>,
    /// The names of the files it was saved as: the `.etapp` file, the
    /// reader page, or both.
    pub file_names: Vec<String>,
}

/// What a share is saved as: the `.etapp` file for Etapp, the page any
/// browser opens (with the same bundle inside), or both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ShareForm {
    /// The `.etapp` file.
    File,
    /// The `.html` reader page.
    Page,
    /// Both files.
    Both,
}

/// A bundle the reader opened and checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OpenedBundle {
    /// What it holds.
    pub payload: crate::bundle::Payload,
    /// The fingerprint of the key that signed it.
    pub signer: crate::signature::Fingerprint,
    /// When this signer was first seen on this computer; none when this
    /// is the first time.
    #[ts(type = "string | null")]
    pub first_seen: Option<jiff::Timestamp>,
}

/// The backup settings, and whether a backup is due by them now (none
/// yet, or older than the chosen interval).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupStatus {
    /// The settings, with the time of the last backup.
    pub settings: crate::store::backup::BackupSettings,
    /// Whether a backup is due.
    pub overdue: bool,
    /// Whether the passphrase or the recovery code changed since the last
    /// backup: backups made before open only with the old ones, so the app
    /// asks for a new one.
    pub secrets_changed: bool,
}

/// How a backup is opened: the passphrase it was made under, or its
/// recovery code (and, to restore, the new passphrase to set).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum BackupSecret {
    /// The passphrase.
    Passphrase(String),
    /// The recovery code, and the new passphrase for a restore.
    RecoveryCode {
        /// The code, as typed.
        code: String,
        /// The new passphrase (a restore); none for the drill.
        new_passphrase: Option<String>,
    },
}

/// What a restore did: the new recovery code when restored with the code,
/// and where the record that was on this computer was put, when the backup
/// took its place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Restored {
    /// The new recovery code, to be written down and typed back.
    pub recovery_code: Option<String>,
    /// The folder the earlier record was moved to, whole.
    pub set_aside: Option<String>,
}

/// The settings screen's facts about an open vault.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VaultSettings {
    /// Minutes without use before the app locks itself.
    pub auto_lock_minutes: u32,
    /// The smallest and largest allowed auto-lock time.
    pub auto_lock_range: [u32; 2],
    /// The fingerprint of the person's signing key, to compare aloud.
    pub fingerprint: crate::signature::Fingerprint,
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
            check::<crate::user_error::UserError>(&cfg),
            check::<crate::preferences::Preferences>(&cfg),
            check::<crate::i18n::LocaleInfo>(&cfg),
            check::<crate::i18n::Direction>(&cfg),
            check::<crate::i18n::Digits>(&cfg),
            check::<crate::i18n::Review>(&cfg),
            check::<crate::i18n::ReviewStatus>(&cfg),
            check::<super::AppStatus>(&cfg),
            check::<super::VaultSettings>(&cfg),
            check::<super::ShareRequestInput>(&cfg),
            check::<super::SharePreview>(&cfg),
            check::<super::ShareMade>(&cfg),
            check::<super::ShareForm>(&cfg),
            check::<super::OpenedBundle>(&cfg),
            check::<crate::store::backup::BackupSettings>(&cfg),
            check::<crate::store::backup::BackupInterval>(&cfg),
            check::<crate::store::backup::RecordSummary>(&cfg),
            check::<crate::vault::backup::BackupReport>(&cfg),
            check::<super::BackupStatus>(&cfg),
            check::<super::BackupSecret>(&cfg),
            check::<super::Restored>(&cfg),
            check::<crate::record::Profile>(&cfg),
            check::<crate::signature::Fingerprint>(&cfg),
            check::<crate::vault::VaultStatus>(&cfg),
            check::<crate::record::SpokenLanguage>(&cfg),
            check::<crate::record::Household>(&cfg),
            check::<crate::record::Child>(&cfg),
            check::<crate::record::EstablishmentProgramme>(&cfg),
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
            check::<crate::catalog::SharePurpose>(&cfg),
            check::<crate::catalog::ShareSection>(&cfg),
            check::<crate::catalog::SensitiveCode>(&cfg),
            check::<crate::catalog::Catalogs>(&cfg),
            check::<crate::record::Occupation>(&cfg),
            check::<crate::record::occupation::OccupationEntry>(&cfg),
            check::<crate::record::occupation::SsykGroup>(&cfg),
            check::<crate::record::close::Closeness>(&cfg),
            check::<crate::record::close::Lead>(&cfg),
            check::<crate::record::close::CloseOccupation>(&cfg),
            check::<crate::record::close::SameGroup>(&cfg),
            check::<crate::record::close::GoalLeads>(&cfg),
            check::<crate::record::close::CloseOccupations>(&cfg),
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
            check::<crate::bundle::Payload>(&cfg),
            check::<crate::bundle::ShareTo>(&cfg),
            check::<crate::bundle::Scope>(&cfg),
            check::<crate::bundle::ItemKind>(&cfg),
            check::<crate::bundle::SharedItem>(&cfg),
            check::<crate::bundle::Content>(&cfg),
            check::<crate::bundle::consent::ConsentRecord>(&cfg),
            check::<crate::bundle::consent::PiiController>(&cfg),
            check::<crate::bundle::consent::Service>(&cfg),
            check::<crate::bundle::consent::Purpose>(&cfg),
            check::<crate::bundle::consent::Text>(&cfg),
            check::<crate::bundle::log::ShareEntry>(&cfg),
            check::<crate::bundle::log::Lock>(&cfg),
            check::<crate::bundle::compare::Comparison>(&cfg),
            check::<crate::bundle::compare::BundleStamp>(&cfg),
            check::<crate::bundle::compare::Change>(&cfg),
            check::<crate::bundle::compare::CheckinChanges>(&cfg),
            check::<crate::bundle::compare::AreaChange>(&cfg),
            check::<crate::bundle::compare::StepSeen>(&cfg),
            check::<crate::bundle::compare::StepStatusChange>(&cfg),
            check::<crate::bundle::compare::StepChanges>(&cfg),
            check::<crate::bundle::compare::StageChange>(&cfg),
            check::<crate::bundle::compare::ObstacleSeen>(&cfg),
            check::<crate::bundle::compare::ObstacleStatusChange>(&cfg),
            check::<crate::bundle::compare::ObstacleChanges>(&cfg),
            check::<crate::bundle::compare::GoalSeen>(&cfg),
            check::<crate::bundle::compare::GoalStatusChange>(&cfg),
            check::<crate::bundle::compare::GoalChanges>(&cfg),
            check::<crate::bundle::report::SkipReason>(&cfg),
            check::<crate::bundle::report::Skipped>(&cfg),
            check::<crate::bundle::report::StepGroup>(&cfg),
            check::<crate::bundle::report::StepFigures>(&cfg),
            check::<crate::bundle::report::AreaGroup>(&cfg),
            check::<crate::bundle::report::AreaFigures>(&cfg),
            check::<crate::bundle::report::Summary>(&cfg),
        ]
        .into_iter()
        .flatten()
        .collect();
        assert!(stale.is_empty(), "run `make types`: {stale:?}");
    }
}
