//! Sharing from the command line, as scripts and case workers use it:
//! `share` prints the consent text and a `code: ` line, `shares` keeps the
//! log, and `open` reads a share with no vault — Swedish by default — and
//! refuses every bad file with its own status, writing nothing.
//!
//! Every run is detached from the terminal (`setsid`) with standard input
//! closed unless a test gives some, and with its own state folder
//! (`XDG_STATE_HOME`) and home, so nothing touches the real ones.

#![cfg(unix)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const PASS: &str = "share test passphrase";

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

struct Env {
    _tmp: tempfile::TempDir,
    root: PathBuf,
}

impl Env {
    fn new() -> Env {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().to_path_buf();
        Env { _tmp: tmp, root }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    fn state(&self) -> PathBuf {
        self.path("state")
    }

    /// `etapp ARGS…` with `env`, detached, in English unless `env` says
    /// otherwise.
    fn run(&self, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Run {
        let mut cmd = Command::new("setsid");
        cmd.arg("-w").arg(env!("CARGO_BIN_EXE_etapp")).args(args);
        for var in [
            "ETAPP_PASSPHRASE",
            "ETAPP_NEW_PASSPHRASE",
            "ETAPP_VAULT",
            "ETAPP_LANG",
            "ETAPP_CODE",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("HOME", self.path("home"))
            .env("XDG_STATE_HOME", self.state())
            .env("XDG_DATA_HOME", self.path("data"))
            .env("ETAPP_LANG", "en")
            .envs(env.iter().copied());
        cmd.stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("setsid and etapp run");
        if let Some(input) = stdin {
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
        }
        let out = child.wait_with_output().unwrap();
        Run {
            status: out.status.code().expect("exited"),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr)
                .unwrap()
                .replace(['\u{2068}', '\u{2069}'], ""),
        }
    }
}

/// The value of the one `PREFIX` line of `stdout`.
fn line(stdout: &str, prefix: &str) -> String {
    let lines: Vec<&str> = stdout.lines().filter(|l| l.starts_with(prefix)).collect();
    assert_eq!(lines.len(), 1, "{prefix} in {stdout}");
    lines[0][prefix.len()..].to_owned()
}

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures/bundles")
        .join(name)
}

#[test]
fn a_share_is_made_logged_withdrawn_and_read_without_a_vault() {
    let env = Env::new();
    let vault = env.path("vault");
    let vault = vault.to_str().unwrap();
    let with_pass = [("ETAPP_PASSPHRASE", PASS)];
    assert_eq!(
        env.run(&["--vault", vault, "init"], &with_pass, None)
            .status,
        0
    );
    assert_eq!(
        env.run(&["--vault", vault, "demo"], &with_pass, None)
            .status,
        0
    );

    let out = env.path("goals.etapp");
    let out = out.to_str().unwrap();
    let share = [
        "--vault",
        vault,
        "share",
        "--to",
        "Anna Svensson",
        "--agency",
        "public_employment_service",
        "--purpose",
        "joint-planning",
        "--sections",
        "goals,steps",
        "--items",
        "notes:1",
        "--expires-in",
        "30",
        "--out",
        out,
    ];
    let made = env.run(&share, &with_pass, None);
    assert_eq!(made.status, 0, "{}", made.stderr);
    // The consent text comes first, in the participant's language.
    assert!(
        made.stderr.contains("I give Anna Svensson"),
        "{}",
        made.stderr
    );
    assert!(made.stderr.contains("face to face"), "{}", made.stderr);
    let code = line(&made.stdout, "code: ");
    let groups: Vec<&str> = code.split(' ').collect();
    assert_eq!(groups.len(), 4, "{code}");
    assert!(groups
        .iter()
        .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit())));
    assert_eq!(line(&made.stdout, "id: "), "1");
    // The file is not written over.
    let again = env.run(&share, &with_pass, None);
    assert_eq!(again.status, 15, "{}", again.stderr);

    // The log.
    let log = env.run(&["--vault", vault, "shares"], &with_pass, None);
    assert_eq!(log.status, 0, "{}", log.stderr);
    let log: serde_json::Value = serde_json::from_str(&log.stdout).unwrap();
    assert_eq!(log.as_array().unwrap().len(), 1);
    assert_eq!(log[0]["to"]["name"], "Anna Svensson");
    assert_eq!(log[0]["scope"]["items"][0]["kind"], "notes");
    assert_eq!(log[0]["withdrawn"], serde_json::Value::Null);

    // The case worker opens it: no vault anywhere, Swedish by default
    // (ETAPP_LANG is for the participant's messages, not the summary).
    let read = env.run(&["open", out, "--code", &code], &[], None);
    assert_eq!(read.status, 0, "{}", read.stderr);
    assert!(read.stdout.contains("Delat från Etapp"), "{}", read.stdout);
    assert!(read.stdout.contains("Anna Svensson"), "{}", read.stdout);
    assert!(!env.path("data").exists(), "open touched no vault folder");
    assert!(env.state().join("etapp/seen-signers.json").exists());
    let read = env.run(
        &["open", out, "--lang", "en"],
        &[("ETAPP_CODE", &code)],
        None,
    );
    assert_eq!(read.status, 0, "{}", read.stderr);
    assert!(read.stdout.contains("Shared from Etapp"), "{}", read.stdout);
    assert!(read.stdout.contains("Seen before"), "{}", read.stdout);
    // JSON, with the code from standard input.
    let json = env.run(&["open", out, "--json", "--code", "-"], &[], Some(&code));
    assert_eq!(json.status, 0, "{}", json.stderr);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(json["payload"]["to"]["name"], "Anna Svensson");
    assert_eq!(json["signer_fingerprint"].as_str().unwrap().len(), 64);
    assert!(json["payload"]["content"].get("notes").is_some());
    assert!(json["payload"]["content"].get("profile").is_none());
    assert_eq!(json["created"], json["payload"]["created"]);
    // The printable page: no script, no remote content, both languages.
    let page = env.path("page.html");
    let html = env.run(
        &[
            "open",
            out,
            "--code",
            &code,
            "--html",
            page.to_str().unwrap(),
        ],
        &[],
        None,
    );
    assert_eq!(html.status, 0, "{}", html.stderr);
    let page = std::fs::read_to_string(&page).unwrap();
    assert!(page.contains("Content-Security-Policy"));
    assert!(page.contains("default-src 'none'"));
    assert!(!page.contains("<script"));
    assert!(!page.contains("http://") && !page.contains("https://"));
    assert!(page.contains("lang=\"sv\"") && page.contains("lang=\"en\""));

    // Withdrawn: the log says so, honestly.
    let withdrawn = env.run(
        &["--vault", vault, "shares", "withdraw", "1"],
        &with_pass,
        None,
    );
    assert_eq!(withdrawn.status, 0, "{}", withdrawn.stderr);
    assert!(
        withdrawn.stderr.contains("cannot be taken back"),
        "{}",
        withdrawn.stderr
    );
    let log = env.run(&["--vault", vault, "shares"], &with_pass, None);
    let log: serde_json::Value = serde_json::from_str(&log.stdout).unwrap();
    assert!(log[0]["withdrawn"].is_string());
    let none = env.run(
        &["--vault", vault, "shares", "withdraw", "9"],
        &with_pass,
        None,
    );
    assert_eq!(none.status, 14, "{}", none.stderr);

    // Locked to an agency's key: no code line, and the key opens it.
    let identity = golden("identity.txt");
    let public = std::fs::read_to_string(&identity).unwrap();
    let public = public
        .lines()
        .find_map(|l| l.strip_prefix("# public key: "))
        .unwrap()
        .to_owned();
    let keyed = env.path("keyed.etapp");
    let made = env.run(
        &[
            "--vault",
            vault,
            "share",
            "--to",
            "Unit 4",
            "--purpose",
            "evaluate-step",
            "--sections",
            "checkins",
            "--recipient",
            &public,
            "--out",
            keyed.to_str().unwrap(),
        ],
        &with_pass,
        None,
    );
    assert_eq!(made.status, 0, "{}", made.stderr);
    assert!(!made.stdout.contains("code: "), "{}", made.stdout);
    assert!(
        made.stderr.contains("left out"),
        "health is not shared: {}",
        made.stderr
    );
    let read = env.run(
        &[
            "open",
            keyed.to_str().unwrap(),
            "--identity",
            identity.to_str().unwrap(),
        ],
        &[],
        None,
    );
    assert_eq!(read.status, 0, "{}", read.stderr);
}

#[test]
fn every_bad_file_and_code_has_its_status_and_the_reader_writes_nothing() {
    let env = Env::new();
    let status = |args: &[&str]| {
        let r = env.run(args, &[], None);
        assert!(!r.stderr.is_empty(), "{args:?} says why");
        r.status
    };
    let code = std::fs::read_to_string(golden("code.txt")).unwrap();
    let code = code.trim();
    let file = golden("code.etapp");
    let file = file.to_str().unwrap();
    // Mistyped (4), before any key derivation; wrong (5).
    assert_eq!(status(&["open", file, "--code", "1234 5678 9012 3456"]), 4);
    assert_eq!(status(&["open", file, "--code", "0000 0000 0000 0000"]), 5);
    // Expired, naming the date (9).
    let expired = env.run(
        &[
            "open",
            golden("expired.etapp").to_str().unwrap(),
            "--identity",
            golden("identity.txt").to_str().unwrap(),
        ],
        &[],
        None,
    );
    assert_eq!(expired.status, 9, "{}", expired.stderr);
    assert!(expired.stderr.contains("2025"), "{}", expired.stderr);
    // A work factor above the limit (5).
    let wf = golden("work-factor-19.etapp");
    assert_eq!(status(&["open", wf.to_str().unwrap(), "--code", code]), 5);
    // Not an age file (6), said before a code is asked for.
    let not = env.path("not.etapp");
    std::fs::write(&not, b"hello").unwrap();
    assert_eq!(status(&["open", not.to_str().unwrap()]), 6);
    // Too large (11), from its size.
    let huge = env.path("huge.etapp");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(17 * 1024 * 1024)
        .unwrap();
    assert_eq!(status(&["open", huge.to_str().unwrap()]), 11);
    // An identity file that holds no key (14).
    let no_key = env.path("no-key.txt");
    std::fs::write(&no_key, b"# nothing here\n").unwrap();
    assert_eq!(
        status(&[
            "open",
            golden("key.etapp").to_str().unwrap(),
            "--identity",
            no_key.to_str().unwrap()
        ]),
        14
    );
    // No code, no variable and no terminal: at once, status 2.
    assert_eq!(status(&["open", file]), 2);
    // Nothing was written anywhere: no state, no vault, no home.
    for dir in ["state", "data", "home"] {
        assert!(!env.path(dir).exists(), "{dir} was written");
    }
    // Arabic-Indic digits and dashes open it.
    let arabic: String = code
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x0660 + d).unwrap(),
            None => '-',
        })
        .collect();
    assert_eq!(
        env.run(&["open", file, "--code", &arabic], &[], None)
            .status,
        0
    );
}
