//! Backups, restores, the restore drill and key rotation on real files:
//! the record comes back byte for byte with the same signing key and share
//! log; a backup holds no plaintext; every bad file has its status and
//! changes nothing; an old key file stops opening a rotated record; and a
//! process killed at any step of a backup, a restore or a rotation leaves
//! either the old state or the whole new one.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use etapp_core::jiff::civil::{date, Date};
use etapp_core::jiff::Timestamp;
use etapp_core::vault::backup::{self, BackupError, Unlock};
use etapp_core::vault::{self, Passphrase, RecoveryCode, Vault, VaultError, VaultStatus};

const A: &str = "the first long passphrase";
const B: &str = "the second long passphrase";

fn pass(s: &str) -> Passphrase {
    Passphrase::new(s.into())
}

fn today() -> Date {
    date(2026, 11, 23)
}

fn now() -> Timestamp {
    "2026-12-06T12:00:00Z".parse().unwrap()
}

/// A vault with the demo participant and one share in its log.
fn demo_vault(dir: &Path) -> (Vault, RecoveryCode) {
    let (v, code) = Vault::create(dir, &pass(A)).unwrap();
    v.store().fill_demo(today()).unwrap();
    let entry = etapp_core::bundle::log::ShareEntry {
        id: 0,
        bundle_id: "00112233445566778899aabbccddeeff".into(),
        created: now(),
        expires: "2027-01-06T12:00:00Z".parse().unwrap(),
        to: etapp_core::bundle::ShareTo {
            name: "Anna".into(),
            agency: None,
            unit: String::new(),
        },
        purpose: etapp_core::catalog::SharePurpose::FollowUp,
        purpose_text: String::new(),
        scope: Default::default(),
        lock: etapp_core::bundle::log::Lock::Code,
        withdrawn: None,
    };
    v.store().add_share(&entry).unwrap();
    (v, code)
}

fn status<T>(r: Result<T, BackupError>) -> u8 {
    r.map(|_| 0).unwrap_or_else(|e| e.exit_status())
}

#[test]
fn a_backup_restores_elsewhere_the_same_record_key_and_log() {
    let tmp = tempfile::tempdir().unwrap();
    let (v, code) = demo_vault(&tmp.path().join("a"));
    let file = tmp.path().join("a.etappbackup");
    let size = v.backup(&file, now()).unwrap();
    assert_eq!(size, std::fs::metadata(&file).unwrap().len());
    assert_eq!(
        v.backup_settings().unwrap().last_backup_at,
        Some(now()),
        "the time of the last backup is kept"
    );

    // No plaintext: not the name, not a note, not the passphrase or code.
    let bytes = std::fs::read(&file).unwrap();
    for needle in [
        "Rania Haddad".as_bytes(),
        "Maria sa att".as_bytes(),
        A.as_bytes(),
        code.expose_secret().as_bytes(),
        "Anna".as_bytes(),
    ] {
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "the backup holds {}",
            String::from_utf8_lossy(needle)
        );
    }

    // The drill reads it without touching anything.
    let report = backup::verify(&file, Unlock::Passphrase(&pass(A))).unwrap();
    assert_eq!(report.summary.name, "Rania Haddad");
    assert_eq!(report.summary.shares, 1);
    assert_eq!(report.fingerprint, v.fingerprint());
    assert_eq!(report.created, now());
    let by_code = backup::verify(&file, Unlock::RecoveryCode(&code, None)).unwrap();
    assert_eq!(by_code.summary, report.summary);

    // Restored elsewhere: the same bytes, key and log.
    let b = tmp.path().join("b");
    let (w, new_code) = backup::restore(&file, &b, Unlock::Passphrase(&pass(A))).unwrap();
    assert!(new_code.is_none());
    assert_eq!(
        w.store().export_record_json().unwrap(),
        v.store().export_record_json().unwrap()
    );
    assert_eq!(w.fingerprint(), v.fingerprint());
    assert_eq!(w.store().shares().unwrap(), v.store().shares().unwrap());
    drop(w);

    // With the recovery code: a new passphrase and a new code.
    let c = tmp.path().join("c");
    let (w, new_code) =
        backup::restore(&file, &c, Unlock::RecoveryCode(&code, Some(&pass(B)))).unwrap();
    let new_code = new_code.unwrap();
    assert_ne!(new_code.expose_secret(), code.expose_secret());
    drop(w);
    assert!(Vault::unlock(&c, &pass(B)).is_ok());
}

#[test]
fn bad_backups_and_wrong_secrets_have_their_status_and_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (v, _code) = demo_vault(&tmp.path().join("a"));
    let file = tmp.path().join("a.etappbackup");
    v.backup(&file, now()).unwrap();
    let good = std::fs::read(&file).unwrap();
    let target = tmp.path().join("target");
    let restore = |bytes: &[u8], secret: &str| {
        let f = tmp.path().join("try.etappbackup");
        std::fs::write(&f, bytes).unwrap();
        let r = backup::restore(&f, &target, Unlock::Passphrase(&pass(secret)));
        let s = status(r.map(drop));
        assert_eq!(vault::status(&target), VaultStatus::NoVault, "nothing made");
        s
    };
    // Wrong passphrase (3), from the backup's own key file.
    assert_eq!(restore(&good, B), 3);
    // Damaged (5): a changed byte in the database.
    let mut damaged = good.clone();
    let i = good.len() - 200;
    damaged[i] ^= 1;
    assert_eq!(restore(&damaged, A), 5);
    // Not a backup (6).
    assert_eq!(restore(b"SQLite format 3\0", A), 6);
    // Truncated (7): a pulled stick.
    assert_eq!(restore(&good[..good.len() / 2], A), 7);
    // Newer (10).
    let header_end = 13 + good[13..].iter().position(|&b| b == b'\n').unwrap();
    let header = String::from_utf8_lossy(&good[..header_end]).into_owned();
    assert!(header.contains("\"version\":1,"), "{header}");
    let mut newer = header
        .replacen("\"version\":1,", "\"version\":9,", 1)
        .into_bytes();
    newer.extend_from_slice(&good[header_end..]);
    assert_eq!(restore(&newer, A), 10);
    // Mistyped recovery code (4) is the CLI's before anything opens.
    assert!(matches!(
        RecoveryCode::parse("1234"),
        Err(VaultError::MistypedCode)
    ));
    // Into a folder that holds a vault (15): refused, nothing changed.
    let before = v.store().export_record_json().unwrap();
    let existing = tmp.path().join("a");
    drop(v);
    let r = backup::restore(&file, &existing, Unlock::Passphrase(&pass(A)));
    assert_eq!(status(r.map(drop)), 15);
    let v = Vault::unlock(&existing, &pass(A)).unwrap();
    assert_eq!(v.store().export_record_json().unwrap(), before);
}

#[test]
fn a_rotation_locks_out_old_copies_but_not_old_backups() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let (mut v, old_code) = demo_vault(&dir);
    let record = v.store().export_record_json().unwrap();
    let fingerprint = v.fingerprint();
    let old_backup = tmp.path().join("old.etappbackup");
    v.backup(&old_backup, now()).unwrap();
    let old_key = std::fs::read(dir.join("vault.key")).unwrap();

    // The current passphrase must be right.
    assert!(matches!(
        v.rotate(&pass(B), &pass(B)),
        Err(VaultError::WrongPassphrase)
    ));
    let new_code = v.rotate(&pass(A), &pass(B)).unwrap();
    assert_eq!(v.store().export_record_json().unwrap(), record);
    assert_eq!(v.fingerprint(), fingerprint, "the signing key stays");
    drop(v);

    // The new key file opens with the new passphrase and the new code.
    assert!(Vault::unlock(&dir, &pass(B)).is_ok());
    assert!(matches!(
        Vault::unlock(&dir, &pass(A)),
        Err(VaultError::WrongPassphrase)
    ));
    let (v, _) = Vault::recover(&dir, &new_code, &pass(B)).unwrap();
    assert_eq!(v.store().export_record_json().unwrap(), record);
    drop(v);

    // An old copy of the key file, with the old passphrase, no longer
    // opens the database.
    let copy = tmp.path().join("copy");
    std::fs::create_dir(&copy).unwrap();
    std::fs::write(copy.join("vault.key"), &old_key).unwrap();
    std::fs::copy(dir.join("vault.db"), copy.join("vault.db")).unwrap();
    assert!(matches!(
        Vault::unlock(&copy, &pass(A)),
        Err(VaultError::DatabaseDoesNotOpen)
    ));
    let _ = old_code;
    // A backup made before still opens with the passphrase of its time.
    let report = backup::verify(&old_backup, Unlock::Passphrase(&pass(A))).unwrap();
    assert_eq!(report.fingerprint, fingerprint);
}

#[test]
fn a_wrong_secret_says_a_backup_opens_with_the_secrets_of_its_time() {
    let tmp = tempfile::tempdir().unwrap();
    let (v, _) = demo_vault(&tmp.path().join("a"));
    let file = tmp.path().join("a.etappbackup");
    v.backup(&file, now()).unwrap();
    let e = backup::verify(&file, Unlock::Passphrase(&pass(B))).unwrap_err();
    assert!(matches!(e, BackupError::WrongSecret), "{e:?}");
    assert_eq!(e.exit_status(), 3);
    assert_eq!(e.user_error().code, "backup-error-wrong-secret");
    // A folder, or a file that is not there, is named as such.
    let e = backup::BackupFile::read(tmp.path()).err().unwrap();
    assert_eq!(e.user_error().code, "file-error-not-a-file");
    let e = backup::BackupFile::read(&tmp.path().join("nowhere"))
        .err()
        .unwrap();
    assert_eq!(e.user_error().code, "file-error-unreadable");
}

#[test]
fn a_backup_is_never_saved_in_the_vaults_own_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a");
    let (v, _) = demo_vault(&dir);
    let record = v.store().export_record_json().unwrap();
    let key = std::fs::read(dir.join("vault.key")).unwrap();
    for target in [
        dir.join("vault.db"),
        dir.join("vault.key"),
        dir.join("b.etappbackup"),
        dir.join(".").join("vault.db"),
    ] {
        let e = v.backup(&target, now()).unwrap_err();
        assert!(matches!(e, BackupError::InsideVault), "{target:?}: {e:?}");
        assert_eq!(e.exit_status(), 14);
    }
    assert!(!dir.join("b.etappbackup").exists());
    assert_eq!(std::fs::read(dir.join("vault.key")).unwrap(), key);
    // Nor may automatic backups go there.
    let mut settings = v.backup_settings().unwrap();
    settings.folder = Some(dir.to_str().unwrap().into());
    assert_eq!(status(v.set_backup_settings(&settings)), 14);
    drop(v);
    let v = Vault::unlock(&dir, &pass(A)).unwrap();
    assert_eq!(v.store().export_record_json().unwrap(), record);
}

#[test]
fn a_restore_that_does_not_open_takes_back_what_it_wrote() {
    use sha2::{Digest, Sha256};
    let tmp = tempfile::tempdir().unwrap();
    let (v, _) = demo_vault(&tmp.path().join("a"));
    let file = tmp.path().join("a.etappbackup");
    v.backup(&file, now()).unwrap();
    // A database whose length and hash agree with the header, but which
    // is not the database the key opens: found only when it is opened.
    let good = std::fs::read(&file).unwrap();
    let header_end = 13 + good[13..].iter().position(|&b| b == b'\n').unwrap();
    let mut header: serde_json::Value = serde_json::from_slice(&good[13..header_end]).unwrap();
    let database = vec![7u8; 8192];
    header["database"]["bytes"] = database.len().into();
    header["database"]["sha256"] = hex::encode(Sha256::digest(&database)).into();
    let mut forged = b"ETAPP-BACKUP\n".to_vec();
    forged.extend_from_slice(&serde_json::to_vec(&header).unwrap());
    forged.push(b'\n');
    forged.extend_from_slice(&database);
    forged.extend_from_slice(b"\nETAPP-BACKUP-END\n");
    let forged_file = tmp.path().join("forged.etappbackup");
    std::fs::write(&forged_file, &forged).unwrap();

    let target = tmp.path().join("target");
    let e = backup::restore(&forged_file, &target, Unlock::Passphrase(&pass(A))).unwrap_err();
    assert_eq!(e.exit_status(), 5, "{e:?}");
    assert_eq!(vault::status(&target), VaultStatus::NoVault);
    let left: Vec<_> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("vault.db") || n == "vault.key")
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    // The folder takes a good backup afterwards.
    let (w, _) = backup::restore(&file, &target, Unlock::Passphrase(&pass(A))).unwrap();
    assert_eq!(w.fingerprint(), v.fingerprint());
}

#[cfg(unix)]
#[test]
fn a_rotated_database_stays_private() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let (mut v, _) = demo_vault(&dir);
    v.rotate(&pass(A), &pass(B)).unwrap();
    let mode = std::fs::metadata(dir.join("vault.db"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "vault.db is {:o}", mode & 0o777);
}

#[test]
fn a_recovery_that_rotates_writes_the_key_file_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let (v, code) = demo_vault(&dir);
    let record = v.store().export_record_json().unwrap();
    let fingerprint = v.fingerprint();
    drop(v);
    let old_key = std::fs::read(dir.join("vault.key")).unwrap();
    let (v, new_code) = Vault::recover_and_rotate(&dir, &code, &pass(B)).unwrap();
    assert_eq!(v.store().export_record_json().unwrap(), record);
    assert_eq!(v.fingerprint(), fingerprint);
    drop(v);
    // The code used no longer opens; the new one and the new passphrase do.
    assert!(matches!(
        Vault::recover(&dir, &code, &pass(A)),
        Err(VaultError::WrongRecoveryCode)
    ));
    assert!(Vault::unlock(&dir, &pass(B)).is_ok());
    let (v, _) = Vault::recover(&dir, &new_code, &pass(B)).unwrap();
    drop(v);
    // An old copy of the key file with the old passphrase: locked out.
    let copy = tmp.path().join("copy");
    std::fs::create_dir(&copy).unwrap();
    std::fs::write(copy.join("vault.key"), &old_key).unwrap();
    std::fs::copy(dir.join("vault.db"), copy.join("vault.db")).unwrap();
    assert!(matches!(
        Vault::unlock(&copy, &pass(A)),
        Err(VaultError::DatabaseDoesNotOpen)
    ));
}

#[test]
fn a_new_passphrase_or_code_asks_for_a_new_backup_until_one_is_made() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    let (mut v, _) = demo_vault(&dir);
    let changed = |v: &Vault| v.store().secrets_changed().unwrap();
    assert!(!changed(&v), "a new vault");
    v.change_passphrase(&pass(A), &pass(B)).unwrap();
    assert!(changed(&v), "after a new passphrase");
    let file = tmp.path().join("b.etappbackup");
    v.backup(&file, now()).unwrap();
    assert!(!changed(&v), "after a backup");
    let code = v.rotate(&pass(B), &pass(A)).unwrap();
    assert!(changed(&v), "after a rotation");
    v.backup(&file, now()).unwrap();
    assert!(!changed(&v));
    drop(v);
    let (v, _) = Vault::recover(&dir, &code, &pass(B)).unwrap();
    assert!(changed(&v), "after a recovery");
    drop(v);
    // Kept in the vault: it holds after the app is closed.
    let v = Vault::unlock(&dir, &pass(B)).unwrap();
    assert!(changed(&v), "after unlocking again");
    drop(v);
    // A restore with the backup's passphrase opens with what that backup
    // opens with; with its code, a new passphrase and code are set.
    let (w, _) =
        backup::restore(&file, &tmp.path().join("r"), Unlock::Passphrase(&pass(A))).unwrap();
    assert!(!changed(&w), "restored with the passphrase");
    drop(w);
    let (w, _) = backup::restore(
        &file,
        &tmp.path().join("rc"),
        Unlock::RecoveryCode(&code, Some(&pass(B))),
    )
    .unwrap();
    assert!(changed(&w), "restored with the code");
}

// --- Killed at every step ---------------------------------------------

/// The child's task, in the child process.
const CHILD: &str = "ETAPP_TEST_BACKUP_CHILD";
const CHILD_DIR: &str = "ETAPP_TEST_BACKUP_DIR";
const TEST: &str = "a_killed_backup_restore_or_rotation_leaves_old_or_new";

fn child(task: &str, dir: &Path) {
    match task {
        "backup" => {
            let v = Vault::unlock(&dir.join("v"), &pass(A)).unwrap();
            v.backup(&dir.join("b.etappbackup"), now()).unwrap();
        }
        "restore" => {
            backup::restore(
                &dir.join("b.etappbackup"),
                &dir.join("r"),
                Unlock::Passphrase(&pass(A)),
            )
            .unwrap();
        }
        "rotate" => {
            let mut v = Vault::unlock(&dir.join("v"), &pass(A)).unwrap();
            v.rotate(&pass(A), &pass(B)).unwrap();
        }
        "rotate-forever" => {
            // Back and forth until killed (bounded, should the parent die).
            for i in 0..40 {
                let (from, to) = if i % 2 == 0 { (A, B) } else { (B, A) };
                let mut v = Vault::unlock(&dir.join("v"), &pass(from)).unwrap();
                v.rotate(&pass(from), &pass(to)).unwrap();
                println!("rotated {i}");
            }
        }
        other => panic!("unknown task {other}"),
    }
    println!("done");
}

/// Runs `task` in a child; kills it with SIGKILL when it reaches `pause`
/// (a named point), or after `after` lines of progress.
fn run_child(task: &str, dir: &Path, pause: Option<&str>, after: Option<usize>) -> bool {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args([TEST, "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD, task)
        .env(CHILD_DIR, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if let Some(p) = pause {
        cmd.env("ETAPP_PAUSE_AT", p);
    }
    let mut child = cmd.spawn().unwrap();
    let lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut seen = 0;
    let mut paused = false;
    // The test harness may have printed the start of a line already:
    // look for the reports anywhere in a line.
    for line in lines.map_while(Result::ok) {
        if line.contains("paused at ") {
            paused = true;
            break;
        }
        if line.contains("rotated ") {
            seen += 1;
            if after.is_some_and(|n| seen >= n) {
                break;
            }
        }
        if line.ends_with("done") {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    paused
}

fn fresh(tmp: &Path, name: &str) -> PathBuf {
    let dir = tmp.join(name);
    std::fs::create_dir(&dir).unwrap();
    let (v, _) = demo_vault(&dir.join("v"));
    drop(v);
    dir
}

#[test]
fn a_killed_backup_restore_or_rotation_leaves_old_or_new() {
    if let (Some(task), Some(dir)) = (std::env::var_os(CHILD), std::env::var_os(CHILD_DIR)) {
        child(task.to_str().unwrap(), Path::new(&dir));
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let record = {
        let d = fresh(tmp.path(), "reference");
        let v = Vault::unlock(&d.join("v"), &pass(A)).unwrap();
        v.store().export_record_json().unwrap()
    };

    // A backup killed before its file is renamed into place: the previous
    // backup is whole, nothing else looks like one.
    for point in ["backup-snapshot", "backup-partial"] {
        let d = fresh(tmp.path(), point);
        std::fs::write(d.join("b.etappbackup"), b"the previous backup").unwrap();
        assert!(run_child("backup", &d, Some(point), None), "{point}");
        assert_eq!(
            std::fs::read(d.join("b.etappbackup")).unwrap(),
            b"the previous backup"
        );
        let v = Vault::unlock(&d.join("v"), &pass(A)).unwrap();
        assert_eq!(v.store().export_record_json().unwrap(), record);
    }

    // A restore killed on the way: no vault, or the whole one.
    let d = fresh(tmp.path(), "restore");
    {
        let v = Vault::unlock(&d.join("v"), &pass(A)).unwrap();
        v.backup(&d.join("b.etappbackup"), now()).unwrap();
    }
    assert!(run_child("restore", &d, Some("restore-db-written"), None));
    assert_eq!(vault::status(&d.join("r")), VaultStatus::NoVault);
    assert!(run_child("restore", &d, Some("restore-key-written"), None));
    let v = Vault::unlock(&d.join("r"), &pass(A)).unwrap();
    assert_eq!(v.store().export_record_json().unwrap(), record);
    drop(v);

    // A rotation killed before its key file: the old state; after it: the
    // new one, finished by the next unlock.
    let d = fresh(tmp.path(), "rotate-before");
    assert!(run_child("rotate", &d, Some("rotate-db-written"), None));
    assert!(matches!(
        Vault::unlock(&d.join("v"), &pass(B)),
        Err(VaultError::WrongPassphrase)
    ));
    let v = Vault::unlock(&d.join("v"), &pass(A)).unwrap();
    assert_eq!(v.store().export_record_json().unwrap(), record);
    drop(v);
    assert!(
        !d.join("v/vault.db.rotating").exists(),
        "the leftover is gone"
    );

    let d = fresh(tmp.path(), "rotate-after");
    assert!(run_child("rotate", &d, Some("rotate-key-written"), None));
    let v = Vault::unlock(&d.join("v"), &pass(B)).unwrap();
    assert_eq!(v.store().export_record_json().unwrap(), record);
    v.store().check().unwrap();
    drop(v);

    // Killed at random moments of rotations back and forth: the record
    // always opens with one of the two passphrases, whole.
    let d = fresh(tmp.path(), "random");
    for after in [1, 2, 1] {
        run_child("rotate-forever", &d, None, Some(after));
        let v = Vault::unlock(&d.join("v"), &pass(A))
            .or_else(|_| Vault::unlock(&d.join("v"), &pass(B)))
            .expect("opens with one of the two passphrases");
        assert_eq!(v.store().export_record_json().unwrap(), record);
        drop(v);
        // The next round starts from passphrase A.
        if Vault::unlock(&d.join("v"), &pass(A)).is_err() {
            let mut v = Vault::unlock(&d.join("v"), &pass(B)).unwrap();
            v.rotate(&pass(B), &pass(A)).unwrap();
        }
    }
}

#[test]
fn a_restore_in_place_of_a_vault_sets_the_old_folder_aside_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let (v, code) = demo_vault(&tmp.path().join("a"));
    let file = tmp.path().join("a.etappbackup");
    v.backup(&file, now()).unwrap();
    let record = v.store().export_record_json().unwrap();
    drop(v);
    let backup = backup::BackupFile::read(&file).unwrap();

    // A computer whose record is another one (say, damaged or with a lost
    // passphrase), and a language chosen.
    let dir = tmp.path().join("etapp");
    let (other, _) = Vault::create(&dir, &pass(B)).unwrap();
    let other_db = std::fs::read(dir.join("vault.db")).unwrap();
    etapp_core::preferences::Preferences {
        language: Some("ar".into()),
        interpreter: Some("sv".into()),
    }
    .save(&dir)
    .unwrap();

    // While it is open elsewhere, nothing moves (12).
    let e = backup
        .restore_replacing(&dir, Unlock::Passphrase(&pass(A)), now())
        .err()
        .unwrap();
    assert_eq!(e.exit_status(), 12, "{e:?}");
    drop(other);
    // A wrong passphrase moves nothing (3).
    let e = backup
        .restore_replacing(&dir, Unlock::Passphrase(&pass(B)), now())
        .err()
        .unwrap();
    assert_eq!(e.exit_status(), 3, "{e:?}");
    assert_eq!(std::fs::read(dir.join("vault.db")).unwrap(), other_db);

    let replaced = backup
        .restore_replacing(&dir, Unlock::RecoveryCode(&code, Some(&pass(B))), now())
        .unwrap();
    assert!(replaced.recovery_code.is_some());
    assert_eq!(
        replaced.set_aside,
        tmp.path().join("etapp.set-aside-20261206-120000")
    );
    assert_eq!(replaced.vault.store().export_record_json().unwrap(), record);
    drop(replaced);
    // The old folder, whole, beside it; the language kept.
    assert_eq!(
        std::fs::read(tmp.path().join("etapp.set-aside-20261206-120000/vault.db")).unwrap(),
        other_db
    );
    assert_eq!(
        etapp_core::preferences::Preferences::load(&dir)
            .language
            .as_deref(),
        Some("ar")
    );
    assert!(Vault::unlock(&dir, &pass(B)).is_ok());
}
