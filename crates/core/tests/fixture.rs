//! A vault written by version 1 of the format must open in every later
//! build: its key file, its database and its migrations. The fixture and
//! its secrets are described in `fixtures/vault-v1/README.md`.

use std::path::{Path, PathBuf};

use etapp_core::record::Profile;
use etapp_core::vault::{Passphrase, RecoveryCode, Vault};

const PASSPHRASE: &str = "fixture vault one passphrase";
const RECOVERY_CODE: &str = "4239 9547 5018 3208 1392 2470 9082 9725";
const FINGERPRINT_DIGITS: &str = "7899 2228 2512 2182 7491";
const FINGERPRINT_HEX: &str = "f4135f0b4b5116bca4e91f4866371fa33a1ece2d73534e5730f53cb39f5c8e7d";

fn fixture_copy(tmp: &Path) -> PathBuf {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/vault-v1");
    let to = tmp.join("vault-v1");
    std::fs::create_dir(&to).unwrap();
    for name in ["vault.db", "vault.key"] {
        std::fs::copy(from.join(name), to.join(name)).unwrap();
    }
    to
}

fn expected_profile() -> Profile {
    Profile {
        name: "Fixture Person ڤ".into(),
        arrived: Some(jiff::civil::date(2023, 9, 14)),
        ..Profile::default()
    }
}

#[test]
fn version_1_vault_opens_with_its_passphrase_and_its_recovery_code() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixture_copy(tmp.path());

    let vault = Vault::unlock(&dir, &Passphrase::new(PASSPHRASE.into())).unwrap();
    assert_eq!(vault.store().profile().unwrap(), expected_profile());
    assert_eq!(vault.auto_lock_minutes().unwrap(), 5);
    assert_eq!(vault.fingerprint().digits, FINGERPRINT_DIGITS);
    assert_eq!(vault.fingerprint().hex, FINGERPRINT_HEX);
    drop(vault);

    let code = RecoveryCode::parse(RECOVERY_CODE).unwrap();
    let (vault, _new_code) =
        Vault::recover(&dir, &code, &Passphrase::new("a new passphrase".into())).unwrap();
    assert_eq!(vault.store().profile().unwrap(), expected_profile());
}

#[test]
fn version_1_vault_migrates_and_takes_the_record() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = fixture_copy(tmp.path());
    let vault = Vault::unlock(&dir, &Passphrase::new(PASSPHRASE.into())).unwrap();
    let profile = vault.store().profile().unwrap();
    assert_eq!(profile, expected_profile());
    assert_eq!(profile.household.adults, 1);
    assert!(vault.store().goals().unwrap().is_empty());
    let record = vault.store().export_record().unwrap();
    assert_eq!(record.profile.name, "Fixture Person ڤ");
    assert!(record.steps.is_empty());
}
