//! The vault as the desktop shell and the CLI use it: through the public
//! API only, on real files in temporary folders.
//!
//! Each scrypt run costs about a second, so each test makes one vault and
//! walks through several cases with it.

use std::fs;
use std::path::{Path, PathBuf};

use etapp_core::codes;
use etapp_core::record::Profile;
use etapp_core::vault::{self, Passphrase, RecoveryCode, Vault, VaultError, VaultStatus};

const PASS: &str = "integration test passphrase";

fn pass(s: &str) -> Passphrase {
    Passphrase::new(s.to_owned())
}

fn profile(name: &str) -> Profile {
    Profile {
        name: name.to_owned(),
        arrived: Some(jiff::civil::date(2023, 9, 14)),
        ..Profile::default()
    }
}

/// The "today" profile checks use in these tests.
fn today() -> jiff::civil::Date {
    jiff::civil::date(2025, 1, 1)
}

/// Every file in `dir`, with its bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    out.sort();
    out
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for (path, bytes) in files(from) {
        fs::write(to.join(path.file_name().unwrap()), bytes).unwrap();
    }
}

#[test]
fn create_use_and_unlock() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    assert_eq!(vault::status(&dir), VaultStatus::NoVault);
    assert!(matches!(
        Vault::unlock(&dir, &pass(PASS)),
        Err(VaultError::NoVault)
    ));
    assert!(matches!(
        Vault::create(&dir, &pass("short")),
        Err(VaultError::PassphraseTooShort { min: 10 })
    ));
    assert!(!dir.exists(), "a refused create leaves nothing behind");

    let (v, code) = Vault::create(&dir, &pass(PASS)).unwrap();
    assert_eq!(vault::status(&dir), VaultStatus::Present);
    assert_eq!(code.expose_secret().len(), 32 + 7);
    assert_eq!(v.store().profile().unwrap(), Profile::default());
    assert_eq!(v.auto_lock_minutes().unwrap(), 5);
    v.store().set_profile(&profile("Amina"), today()).unwrap();
    v.set_auto_lock_minutes(15).unwrap();
    assert!(matches!(
        v.set_auto_lock_minutes(0),
        Err(VaultError::AutoLockOutOfRange { min: 1, max: 120 })
    ));
    let fingerprint = v.fingerprint();
    assert_eq!(fingerprint.hex.len(), 64);
    assert!(!format!("{v:?}").contains(PASS));

    // While it is open, nobody else gets in, and nothing is made over it.
    assert!(matches!(
        Vault::unlock(&dir, &pass(PASS)),
        Err(VaultError::InUse)
    ));
    assert!(matches!(
        Vault::create(&dir, &pass(PASS)),
        Err(VaultError::AlreadyExists)
    ));
    drop(v);
    assert!(matches!(
        Vault::create(&dir, &pass(PASS)),
        Err(VaultError::AlreadyExists)
    ));

    let wrong = Vault::unlock(&dir, &pass("not the passphrase"));
    assert!(
        matches!(wrong, Err(VaultError::WrongPassphrase)),
        "{wrong:?}"
    );
    let v = Vault::unlock(&dir, &pass(PASS)).unwrap();
    assert_eq!(v.store().profile().unwrap(), profile("Amina"));
    assert_eq!(v.auto_lock_minutes().unwrap(), 15);
    assert_eq!(v.fingerprint(), fingerprint);
    let signing = v.signing_key().unwrap();
    let sig = signing.sign(b"bundle");
    assert!(signing
        .verifying_key()
        .verify_strict(b"bundle", &sig)
        .is_ok());
}

#[test]
fn passphrase_change_keeps_the_recovery_code() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (v, code) = Vault::create(dir, &pass(PASS)).unwrap();
    v.store()
        .set_profile(&profile("Before the change"), today())
        .unwrap();
    drop(v);
    let db_before = fs::read(dir.join("vault.db")).unwrap();
    let v = Vault::unlock(dir, &pass(PASS)).unwrap();
    assert!(matches!(
        v.change_passphrase(&pass("not the passphrase"), &pass("a brand new passphrase")),
        Err(VaultError::WrongPassphrase)
    ));
    assert!(matches!(
        v.change_passphrase(&pass(PASS), &pass("too short")),
        Err(VaultError::PassphraseTooShort { .. })
    ));
    v.change_passphrase(&pass(PASS), &pass("a brand new passphrase"))
        .unwrap();
    drop(v);
    // The database is not re-encrypted: the copy from before the change
    // opens with the new key file (only its settings row has changed
    // since, noting that a new backup is wanted).
    let copy = tmp.path().join("copy");
    fs::create_dir(&copy).unwrap();
    fs::write(copy.join("vault.db"), &db_before).unwrap();
    fs::copy(dir.join("vault.key"), copy.join("vault.key")).unwrap();
    let old = Vault::unlock(&copy, &pass("a brand new passphrase"))
        .expect("the database is not re-encrypted");
    assert_eq!(old.store().profile().unwrap().name, "Before the change");
    drop(old);

    assert!(matches!(
        Vault::unlock(dir, &pass(PASS)),
        Err(VaultError::WrongPassphrase)
    ));
    let v = Vault::unlock(dir, &pass("a brand new passphrase")).unwrap();
    assert_eq!(v.store().profile().unwrap().name, "Before the change");
    drop(v);
    // The recovery code made at creation still works.
    let code = RecoveryCode::parse(code.expose_secret()).unwrap();
    let (v, _) = Vault::recover(dir, &code, &pass("after the recovery")).unwrap();
    assert_eq!(v.store().profile().unwrap().name, "Before the change");
}

#[test]
fn recovery_sets_a_new_passphrase_and_a_new_code() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (v, old_code) = Vault::create(dir, &pass(PASS)).unwrap();
    v.store()
        .set_profile(&profile("Recovered"), today())
        .unwrap();
    drop(v);

    // A typo is caught by the check digit, before any slow work.
    let mut typo: Vec<char> = old_code.expose_secret().chars().collect();
    typo[5] = if typo[5] == '0' { '1' } else { '0' };
    assert!(matches!(
        RecoveryCode::parse(&typo.into_iter().collect::<String>()),
        Err(VaultError::MistypedCode)
    ));
    // A well-formed code that is not this vault's is wrong.
    let other = RecoveryCode::parse(&codes::grouped(&codes::generate(31).unwrap())).unwrap();
    assert!(matches!(
        Vault::recover(dir, &other, &pass("new passphrase here")),
        Err(VaultError::WrongRecoveryCode)
    ));

    let (v, new_code) = Vault::recover(dir, &old_code, &pass("new passphrase here")).unwrap();
    assert_ne!(new_code.expose_secret(), old_code.expose_secret());
    assert_eq!(v.store().profile().unwrap().name, "Recovered");
    drop(v);

    assert!(matches!(
        Vault::recover(dir, &old_code, &pass("another passphrase")),
        Err(VaultError::WrongRecoveryCode)
    ));
    assert!(matches!(
        Vault::unlock(dir, &pass(PASS)),
        Err(VaultError::WrongPassphrase)
    ));
    let v = Vault::unlock(dir, &pass("new passphrase here")).unwrap();
    assert_eq!(v.store().profile().unwrap().name, "Recovered");
}

#[test]
fn missing_damaged_and_newer_files_are_told_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good");
    let (v, _) = Vault::create(&good, &pass(PASS)).unwrap();
    v.store().set_profile(&profile("Files"), today()).unwrap();
    drop(v);
    let case = |name: &str| {
        let dir = tmp.path().join(name);
        copy_dir(&good, &dir);
        dir
    };

    let dir = case("no-key");
    fs::remove_file(dir.join("vault.key")).unwrap();
    assert_eq!(vault::status(&dir), VaultStatus::Present);
    assert!(matches!(
        Vault::unlock(&dir, &pass(PASS)),
        Err(VaultError::KeyFileMissing)
    ));

    let dir = case("damaged-key");
    fs::write(
        dir.join("vault.key"),
        b"{\"format\": \"etapp-vault-key\", \"version\": 1",
    )
    .unwrap();
    assert!(matches!(
        Vault::unlock(&dir, &pass(PASS)),
        Err(VaultError::KeyFileDamaged)
    ));

    let dir = case("newer-key");
    let text = fs::read_to_string(dir.join("vault.key")).unwrap();
    let newer = text.replacen("\"version\": 1", "\"version\": 2", 1);
    assert_ne!(text, newer);
    fs::write(dir.join("vault.key"), &newer).unwrap();
    let before = files(&dir);
    let e = Vault::unlock(&dir, &pass(PASS)).unwrap_err();
    assert!(matches!(e, VaultError::NewerVersion), "{e:?}");
    assert_eq!(e.exit_status(), 10);
    let after: Vec<_> = files(&dir)
        .into_iter()
        .filter(|(p, _)| !p.ends_with("vault.lock"))
        .collect();
    let before: Vec<_> = before
        .into_iter()
        .filter(|(p, _)| !p.ends_with("vault.lock"))
        .collect();
    assert_eq!(after, before, "nothing changed");

    let dir = case("no-db");
    fs::remove_file(dir.join("vault.db")).unwrap();
    assert!(matches!(
        Vault::unlock(&dir, &pass(PASS)),
        Err(VaultError::DatabaseMissing)
    ));

    let dir = case("other-db");
    let other = tmp.path().join("other");
    drop(Vault::create(&other, &pass(PASS)).unwrap());
    fs::copy(other.join("vault.db"), dir.join("vault.db")).unwrap();
    let e = Vault::unlock(&dir, &pass(PASS)).unwrap_err();
    assert!(matches!(e, VaultError::DatabaseDoesNotOpen), "{e:?}");
    assert_eq!(e.exit_status(), 13);
}

#[test]
fn no_plaintext_reaches_the_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let marker = "MARKER-Zq7Xv-plaintext-must-not-appear";
    let (v, code) = Vault::create(dir, &pass(PASS)).unwrap();
    for i in 0..20 {
        v.store()
            .set_profile(
                &Profile {
                    name: format!("{marker} {i}"),
                    ..Profile::default()
                },
                today(),
            )
            .unwrap();
    }
    let scan = |when: &str| {
        let all = files(dir);
        assert!(all.iter().any(|(p, _)| p.ends_with("vault.db")));
        for (path, bytes) in all {
            for needle in [
                marker.as_bytes(),
                PASS.as_bytes(),
                code.expose_secret().as_bytes(),
            ] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "{when}: {} holds plaintext",
                    path.display()
                );
            }
        }
    };
    scan("while open");
    drop(v);
    scan("after closing");
}

/// Set in the child process of [`a_killed_writer_loses_no_committed_change`].
const CRASH_CHILD: &str = "ETAPP_TEST_CRASH_CHILD";
const CRASH_TEST: &str = "a_killed_writer_loses_no_committed_change";

fn write_until_killed(dir: &Path) {
    use std::io::Write;
    let v = Vault::unlock(dir, &pass(PASS)).unwrap();
    let started = std::time::Instant::now();
    // Bounded, so a child whose parent died stops by itself.
    for i in 0..100_000u32 {
        v.store()
            .set_profile(
                &Profile {
                    name: format!("write {i} {}", "x".repeat((i % 150) as usize)),
                    ..Profile::default()
                },
                today(),
            )
            .unwrap();
        println!("committed {i}");
        std::io::stdout().flush().unwrap();
        if started.elapsed().as_secs() > 60 {
            break;
        }
    }
}

#[test]
fn a_killed_writer_loses_no_committed_change() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};

    if let Some(dir) = std::env::var_os(CRASH_CHILD) {
        write_until_killed(Path::new(&dir));
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    drop(Vault::create(dir, &pass(PASS)).unwrap());
    for (round, kill_after) in [(0, 40u32), (1, 97)] {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([CRASH_TEST, "--exact", "--nocapture", "--test-threads=1"])
            .env(CRASH_CHILD, dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let committed = |line: std::io::Result<String>| -> Option<u32> {
            line.ok()?.strip_prefix("committed ")?.parse().ok()
        };
        let mut last = None;
        for n in lines.by_ref().filter_map(committed) {
            last = Some(n);
            if n >= kill_after {
                break;
            }
        }
        // SIGKILL, in the middle of a later write.
        child.kill().unwrap();
        child.wait().unwrap();
        // The child may have gone on committing while this side read: its
        // last report is still in the pipe.
        last = lines.filter_map(committed).last().or(last);
        let last = last.expect("the child committed writes");
        assert!(
            last >= kill_after,
            "round {round}: child stopped early at {last}"
        );

        let v = Vault::unlock(dir, &pass(PASS)).unwrap();
        let name = v.store().profile().unwrap().name;
        let n: u32 = name.split(' ').nth(1).unwrap().parse().unwrap();
        // Everything reported as committed is there; the write under way
        // at the kill may or may not be.
        assert!(
            n == last || n == last + 1,
            "round {round}: last committed {last}, found {n}"
        );
        assert!(name.ends_with(&"x".repeat((n % 150) as usize)));
    }
}
