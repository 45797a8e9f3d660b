//! `backup`, `restore`, `verify-backup` and `passwd --rotate` as scripts
//! use them: the machine lines, and the statuses of `CONTRACTS.md`
//! ("Backup"). Detached from any terminal, standard input closed.

#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Stdio};

const A: &str = "backup test passphrase";
const B: &str = "another backup passphrase";

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn etapp(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new("setsid");
    cmd.arg("-w")
        .arg(env!("CARGO_BIN_EXE_etapp"))
        .arg("--vault")
        .arg(dir)
        .args(args);
    for var in ["ETAPP_PASSPHRASE", "ETAPP_NEW_PASSPHRASE", "ETAPP_VAULT"] {
        cmd.env_remove(var);
    }
    cmd.env("ETAPP_LANG", "en").envs(env.iter().copied());
    let out = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("setsid and etapp run");
    Run {
        status: out.status.code().expect("exited"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr)
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], ""),
    }
}

fn code_line(run: &Run) -> String {
    run.stdout
        .lines()
        .find_map(|l| l.strip_prefix("recovery code: "))
        .unwrap_or_else(|| panic!("no recovery code line: {}", run.stdout))
        .to_owned()
}

#[test]
fn back_up_restore_verify_and_rotate() {
    let tmp = tempfile::tempdir().unwrap();
    let v = tmp.path().join("v");
    let a = [("ETAPP_PASSPHRASE", A)];
    let init = etapp(&v, &["init"], &a);
    let code = code_line(&init);
    assert_eq!(etapp(&v, &["demo"], &a).status, 0);
    let export = etapp(&v, &["export-record"], &a).stdout;

    let file = tmp.path().join("b.etappbackup");
    let f = file.to_str().unwrap();
    let made = etapp(&v, &["backup", "--out", f], &a);
    assert_eq!(made.status, 0, "{}", made.stderr);
    assert!(made.stderr.contains("b.etappbackup"), "{}", made.stderr);

    // The drill, with the passphrase and with the code.
    let drill = etapp(&v, &["verify-backup", f], &a);
    assert_eq!(drill.status, 0, "{}", drill.stderr);
    assert!(drill.stderr.contains("Rania Haddad"), "{}", drill.stderr);
    assert!(drill.stderr.contains("9 steps"), "{}", drill.stderr);
    let drill = etapp(&v, &["verify-backup", f, "--recovery-code", &code], &[]);
    assert_eq!(drill.status, 0, "{}", drill.stderr);
    assert_eq!(
        etapp(&v, &["verify-backup", f], &[("ETAPP_PASSPHRASE", B)]).status,
        3
    );
    assert_eq!(
        etapp(&v, &["verify-backup", f, "--recovery-code", "1234"], &[]).status,
        4
    );

    // Restore: into a folder with a vault (15), elsewhere (0), the same
    // bytes; with the code, a new code line.
    assert_eq!(etapp(&v, &["restore", f], &a).status, 15);
    let r = tmp.path().join("r");
    let restored = etapp(&r, &["restore", f], &a);
    assert_eq!(restored.status, 0, "{}", restored.stderr);
    assert_eq!(etapp(&r, &["export-record"], &a).stdout, export);
    let rc = tmp.path().join("rc");
    let by_code = etapp(
        &rc,
        &["restore", f, "--recovery-code", &code],
        &[("ETAPP_NEW_PASSPHRASE", B)],
    );
    assert_eq!(by_code.status, 0, "{}", by_code.stderr);
    assert_ne!(code_line(&by_code), code);
    assert_eq!(
        etapp(&rc, &["export-record"], &[("ETAPP_PASSPHRASE", B)]).stdout,
        export
    );

    // Bad files: damaged (5), not a backup (6), truncated (7), newer (10).
    let bytes = std::fs::read(&file).unwrap();
    let bad = |name: &str, content: &[u8]| {
        let p = tmp.path().join(name);
        std::fs::write(&p, content).unwrap();
        let target = tmp.path().join(format!("{name}-target"));
        let run = etapp(&target, &["restore", p.to_str().unwrap()], &a);
        assert!(!target.join("vault.key").exists(), "{name}: nothing made");
        run.status
    };
    let mut damaged = bytes.clone();
    let i = bytes.len() - 100;
    damaged[i] ^= 1;
    assert_eq!(bad("damaged", &damaged), 5);
    assert_eq!(bad("not", b"hello"), 6);
    assert_eq!(bad("cut", &bytes[..bytes.len() - 500]), 7);
    let text = String::from_utf8_lossy(&bytes[..200]).into_owned();
    let mut newer = text
        .replacen("\"version\":1,", "\"version\":2,", 1)
        .into_bytes();
    newer.extend_from_slice(&bytes[200..]);
    assert_eq!(bad("newer", &newer), 10);
    // The file is read first: a wrong one is named before any password is
    // asked (here none could be: no variable, no terminal, which is 2).
    let not = tmp.path().join("not").to_str().unwrap().to_owned();
    let t = tmp.path().join("no-secret-target");
    assert_eq!(etapp(&t, &["restore", &not], &[]).status, 6);
    assert_eq!(etapp(&t, &["verify-backup", &not], &[]).status, 6);
    assert_eq!(etapp(&t, &["restore", f], &[]).status, 2);

    // Never into the vault's own folder, where it could take the place of
    // the vault's files (14); the vault is untouched.
    let inside = v.join("vault.db");
    let refused = etapp(&v, &["backup", "--out", inside.to_str().unwrap()], &a);
    assert_eq!(refused.status, 14, "{}", refused.stderr);
    assert_eq!(etapp(&v, &["export-record"], &a).stdout, export);

    // Rotate: a new code line; the old key file stops opening the record.
    let old_key = std::fs::read(v.join("vault.key")).unwrap();
    let rotated = etapp(
        &v,
        &["passwd", "--rotate"],
        &[("ETAPP_PASSPHRASE", A), ("ETAPP_NEW_PASSPHRASE", B)],
    );
    assert_eq!(rotated.status, 0, "{}", rotated.stderr);
    let new_code = code_line(&rotated);
    assert_ne!(new_code, code);
    assert_eq!(
        etapp(&v, &["export-record"], &[("ETAPP_PASSPHRASE", B)]).stdout,
        export
    );
    let copy = tmp.path().join("copy");
    std::fs::create_dir(&copy).unwrap();
    std::fs::write(copy.join("vault.key"), old_key).unwrap();
    std::fs::copy(v.join("vault.db"), copy.join("vault.db")).unwrap();
    assert_eq!(etapp(&copy, &["profile", "show"], &a).status, 13);
    // The backup made before still opens with the passphrase of its time.
    assert_eq!(etapp(&v, &["verify-backup", f], &a).status, 0);
}
