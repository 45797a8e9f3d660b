//! The case worker's side from the command line: the agency's key, and
//! reading several shares of one person to see what changed.
//!
//! Bundles are made in the test through the core, with fixed clocks and
//! bare signing keys, and locked to an agency key (X25519) so that no
//! test pays for the share code's key derivation. Every run is detached
//! from the terminal (`setsid`), with standard input closed and its own
//! state folder and home.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use etapp_core::bundle::agency::AgencyKey;
use etapp_core::bundle::draft::{self, ShareRequest};
use etapp_core::bundle::select::Selection;
use etapp_core::bundle::{self, Recipient, ShareCode, ShareTo};
use etapp_core::catalog::{
    Agency, GoalStatus, LifeArea, ObstacleStatus, SharePurpose, ShareSection, Stage, StepStatus,
};
use etapp_core::i18n::Locale;
use etapp_core::jiff::{SignedDuration, Timestamp};
use etapp_core::record::steps::StatusChange;
use etapp_core::record::{demo, Record};
use etapp_core::signature::Fingerprint;

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

    /// `etapp ARGS…`, detached, in English unless `env` says otherwise.
    fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = Command::new("setsid");
        cmd.arg("-w").arg(env!("CARGO_BIN_EXE_etapp")).args(args);
        for var in [
            "ETAPP_PASSPHRASE",
            "ETAPP_VAULT",
            "ETAPP_LANG",
            "ETAPP_CODE",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("HOME", self.path("home"))
            .env("XDG_STATE_HOME", self.path("state"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env("ETAPP_LANG", "en")
            .envs(env.iter().copied())
            .stdin(Stdio::null());
        let out = cmd.output().expect("setsid and etapp run");
        Run {
            status: out.status.code().expect("exited"),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr)
                .unwrap()
                .replace(['\u{2068}', '\u{2069}'], ""),
        }
    }

    /// A new agency key file, made by `etapp agency-key new`; its public
    /// key.
    fn agency_key(&self, name: &str) -> (PathBuf, String) {
        let file = self.path(name);
        let made = self.run(&["agency-key", "new", "--out", s(&file)], &[]);
        assert_eq!(made.status, 0, "{}", made.stderr);
        (file, made.stdout.trim().to_owned())
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn signer(seed: u8) -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[seed; 32])
}

/// A bundle of `record`'s `sections`, made at `now` by the holder of
/// `key`, locked to `to`, written to `out`.
fn share(
    out: &Path,
    record: &Record,
    sections: &[ShareSection],
    key: &ed25519_dalek::SigningKey,
    now: Timestamp,
    to: &Recipient,
) {
    let request = ShareRequest {
        to: ShareTo {
            name: "Anna Svensson".into(),
            agency: Some(Agency::PublicEmploymentService),
            unit: String::new(),
        },
        purpose: SharePurpose::FollowUp,
        purpose_text: String::new(),
        selection: Selection {
            sections: sections.to_vec(),
            items: Vec::new(),
            include_sensitive: false,
        },
        expires_in_days: 365,
        locale: Locale::negotiate("en").unwrap(),
    };
    let fp = Fingerprint::of(&key.verifying_key());
    // A bundle id from the file's name, so every bundle has its own.
    let id = format!("{:0>32}", hex(out.file_name().unwrap().as_encoded_bytes()));
    let payload = draft::draft(record, &request, &fp.hex, id[id.len() - 32..].into(), now)
        .unwrap()
        .payload;
    std::fs::write(out, bundle::seal(&payload, key, to).unwrap()).unwrap();
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn to_key(public: &str) -> Recipient {
    Recipient::parse_key(public, "recipient").unwrap()
}

#[test]
fn an_agency_key_is_made_once_shown_again_and_opens_shares_locked_to_it() {
    let env = Env::new();
    let (file, public) = env.agency_key("agency.txt");
    assert!(
        public.starts_with("age1") && !public.contains('\n'),
        "{public}"
    );
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "only its owner reads it");
    }
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains(&format!("# public key: {public}\n")),
        "{text}"
    );
    assert!(text.contains("\nAGE-SECRET-KEY-1"), "{text}");
    // `show` prints the same public key, and nothing else.
    let shown = env.run(&["agency-key", "show", s(&file)], &[]);
    assert_eq!(shown.status, 0, "{}", shown.stderr);
    assert_eq!(shown.stdout, format!("{public}\n"));
    // The secret never reaches the terminal.
    let made = env.run(&["agency-key", "new", "--out", s(&env.path("b.txt"))], &[]);
    assert!(!made.stdout.contains("AGE-SECRET") && !made.stderr.contains("AGE-SECRET"));
    // An existing file is never written over (15).
    let again = env.run(&["agency-key", "new", "--out", s(&file)], &[]);
    assert_eq!(again.status, 15, "{}", again.stderr);
    assert!(again.stderr.contains("already"), "{}", again.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    // The key parsed from the file is the one printed.
    assert_eq!(AgencyKey::parse(&text).unwrap().public_key(), public);

    // A share locked to it opens with the file.
    let record = demo::record().unwrap();
    let bundle = env.path("goals.etapp");
    let to = to_key(&public);
    share(
        &bundle,
        &record,
        &[ShareSection::Goals],
        &signer(1),
        Timestamp::now(),
        &to,
    );
    let read = env.run(&["open", s(&bundle), "--identity", s(&file)], &[]);
    assert_eq!(read.status, 0, "{}", read.stderr);
    assert!(read.stdout.contains("Delat från Etapp"), "{}", read.stdout);
}

#[test]
fn a_file_that_is_not_an_agency_key_is_refused_with_a_clear_message() {
    let env = Env::new();
    let (_, public) = env.agency_key("agency.txt");
    let show = |name: &str, bytes: &[u8]| {
        let p = env.path(name);
        std::fs::write(&p, bytes).unwrap();
        env.run(&["agency-key", "show", s(&p)], &[])
    };
    // The public key in place of the secret one: said so (14).
    let r = show("public.txt", format!("{public}\n").as_bytes());
    assert_eq!(r.status, 14, "{}", r.stderr);
    assert!(r.stderr.contains("public key"), "{}", r.stderr);
    // Text that holds no key, and bytes that are not text (14).
    for (name, bytes) in [
        ("notes.txt", &b"# a comment\nhello\n"[..]),
        ("empty.txt", b""),
        ("binary.bin", b"\xff\xfe\x00age"),
    ] {
        let r = show(name, bytes);
        assert_eq!(r.status, 14, "{name}: {}", r.stderr);
        assert!(r.stderr.contains("AGE-SECRET-KEY-1"), "{}", r.stderr);
        assert!(r.stdout.is_empty());
    }
    // Larger than a key file can be: refused from its size (11).
    let big = env.path("big.txt");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    let r = env.run(&["agency-key", "show", s(&big)], &[]);
    assert_eq!(r.status, 11, "{}", r.stderr);
    // Missing (1), and in Swedish.
    let r = env.run(
        &["agency-key", "show", s(&env.path("none.txt"))],
        &[("ETAPP_LANG", "sv")],
    );
    assert_eq!(r.status, 1, "{}", r.stderr);
    let r = env.run(
        &["agency-key", "show", s(&env.path("public.txt"))],
        &[("ETAPP_LANG", "sv")],
    );
    assert!(r.stderr.contains("publik nyckel"), "{}", r.stderr);
}

/// The demo person, and the same a month later with a step started, a
/// new step, an obstacle solved, a goal reached and the stage moved on.
fn before_and_after() -> (Record, Record) {
    let before = demo::record().unwrap();
    let mut after = before.clone();
    let step = after.steps.iter_mut().find(|s| s.id == 4).unwrap();
    step.status = StepStatus::Ongoing;
    step.status_history.push(StatusChange {
        status: StepStatus::Ongoing,
        at: at("2025-03-10T09:00:00Z"),
    });
    let mut fair = after.steps[6].clone();
    fair.id = 10;
    fair.title = "Job fair in Borås".into();
    fair.status = StepStatus::Planned;
    fair.status_history = vec![StatusChange {
        status: StepStatus::Planned,
        at: at("2025-03-15T08:00:00Z"),
    }];
    fair.life_areas = vec![LifeArea::WorkStudies];
    fair.evaluation = None;
    after.steps.push(fair);
    let obstacle = after.obstacles.iter_mut().find(|o| o.id == 2).unwrap();
    obstacle.status = ObstacleStatus::Solved;
    obstacle.solved_on = Some(etapp_core::jiff::civil::date(2025, 3, 20));
    after.goals.iter_mut().find(|g| g.id == 3).unwrap().status = GoalStatus::Reached;
    after.stage = Some(Stage::Matching);
    (before, after)
}

const PARTS: [ShareSection; 4] = [
    ShareSection::Goals,
    ShareSection::Steps,
    ShareSection::Checkins,
    ShareSection::Obstacles,
];

/// A month ago and yesterday: both still open.
fn month_apart() -> (Timestamp, Timestamp) {
    let now = Timestamp::now();
    (
        now.checked_sub(SignedDuration::from_hours(24 * 31))
            .unwrap(),
        now.checked_sub(SignedDuration::from_hours(24)).unwrap(),
    )
}

#[test]
fn two_shares_of_one_person_show_what_changed_in_words_and_as_json() {
    let env = Env::new();
    let (identity, public) = env.agency_key("agency.txt");
    let to = to_key(&public);
    let (before, after) = before_and_after();
    let (then, lately) = month_apart();
    let key = signer(3);
    let old = env.path("march.etapp");
    let new = env.path("april.etapp");
    share(&old, &before, &PARTS, &key, then, &to);
    share(&new, &after, &PARTS, &key, lately, &to);

    // Given newest first, shown oldest first; Swedish by default.
    let read = env.run(&["open", s(&new), s(&old), "--identity", s(&identity)], &[]);
    assert_eq!(read.status, 0, "{}", read.stderr);
    let text = read.stdout.replace(['\u{2068}', '\u{2069}'], "");
    for expected in [
        "Vad som har ändrats",
        "Nya steg:",
        "Job fair in Borås",
        "Steg med ny status:",
        "Lösta hinder:",
        "Nådda mål:",
        "Fas: Aktivitet → ",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    assert!(text.find("1. Skapad").unwrap() < text.find("2. Skapad").unwrap());
    assert!(!text.contains("Delades inte båda gångerna"), "{text}");
    // The signer is remembered, as for one share.
    assert!(env.path("state/etapp/seen-signers.json").exists());

    // The same difference as data.
    let json = env.run(
        &[
            "open",
            s(&new),
            s(&old),
            "--identity",
            s(&identity),
            "--json",
        ],
        &[],
    );
    assert_eq!(json.status, 0, "{}", json.stderr);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(
        json["signer_fingerprint"],
        Fingerprint::of(&key.verifying_key()).hex
    );
    assert_eq!(json["bundles"].as_array().unwrap().len(), 2);
    assert!(json["bundles"][0]["created"].as_str() < json["bundles"][1]["created"].as_str());
    let change = &json["changes"][0];
    assert_eq!(change["steps"]["added"][0]["title"], "Job fair in Borås");
    assert_eq!(change["steps"]["status_changed"][0]["step"]["id"], 4);
    assert_eq!(
        change["steps"]["status_changed"][0]["changes"][0]["status"],
        "ongoing"
    );
    assert_eq!(change["obstacles"]["solved"][0]["solved_on"], "2025-03-20");
    assert_eq!(change["goals"]["reached"][0]["id"], 3);
    assert_eq!(change["stage"]["after"], "matching");
    assert_eq!(change["not_shared_both_times"], serde_json::json!([]));

    // A part shared only once is named, not guessed.
    let goals_only = env.path("goals.etapp");
    share(
        &goals_only,
        &before,
        &[ShareSection::Goals],
        &key,
        then,
        &to,
    );
    let read = env.run(
        &[
            "open",
            s(&goals_only),
            s(&new),
            "--identity",
            s(&identity),
            "--lang",
            "en",
        ],
        &[],
    );
    assert_eq!(read.status, 0, "{}", read.stderr);
    let text = read.stdout.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        text.contains(
            "Not shared both times, so not compared: My life: check-ins, My steps, Obstacles"
        ),
        "{text}"
    );
    assert!(text.contains("Goals reached:"), "{text}");
}

#[test]
fn shares_of_different_people_and_bad_files_are_refused_naming_the_file() {
    let env = Env::new();
    let (identity, public) = env.agency_key("agency.txt");
    let to = to_key(&public);
    let (before, after) = before_and_after();
    let (then, lately) = month_apart();
    let old = env.path("one.etapp");
    let other = env.path("someone-else.etapp");
    share(&old, &before, &PARTS, &signer(3), then, &to);
    share(&other, &after, &PARTS, &signer(4), lately, &to);
    let id = s(&identity);

    // Different signers: their own status (16), and nothing remembered.
    let r = env.run(&["open", s(&old), s(&other), "--identity", id], &[]);
    assert_eq!(r.status, 16, "{}", r.stderr);
    assert!(r.stderr.contains("different keys"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert!(!env.path("state").exists(), "nothing was written");

    // A damaged second file: its own status, naming the file.
    let damaged = env.path("damaged.etapp");
    let mut bytes = std::fs::read(&other).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&damaged, bytes).unwrap();
    let r = env.run(&["open", s(&old), s(&damaged), "--identity", id], &[]);
    assert_eq!(r.status, 5, "{}", r.stderr);
    assert!(r.stderr.contains("damaged.etapp"), "{}", r.stderr);
    // Not a share (6), said before any key is read.
    let notes = env.path("notes.txt");
    std::fs::write(&notes, "hello").unwrap();
    let r = env.run(&["open", s(&old), s(&notes)], &[]);
    assert_eq!(r.status, 6, "{}", r.stderr);
    assert!(r.stderr.contains("notes.txt"), "{}", r.stderr);
    // --html makes a page of one share only (2).
    let r = env.run(
        &[
            "open",
            s(&old),
            s(&old),
            "--identity",
            id,
            "--html",
            s(&env.path("p.html")),
        ],
        &[],
    );
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(!env.path("p.html").exists());
    assert!(!env.path("state").exists(), "nothing was written");
}

#[test]
fn shares_locked_to_codes_take_one_code_each_in_file_order() {
    let env = Env::new();
    let (before, after) = before_and_after();
    let (then, lately) = month_apart();
    let key = signer(5);
    let (first, second) = (
        ShareCode::generate().unwrap(),
        ShareCode::generate().unwrap(),
    );
    let (c1, c2) = (
        first.expose_secret().to_string(),
        second.expose_secret().to_string(),
    );
    let old = env.path("old.etapp");
    let new = env.path("new.etapp");
    share(&old, &before, &PARTS, &key, then, &Recipient::Code(first));
    share(&new, &after, &PARTS, &key, lately, &Recipient::Code(second));

    // One code missing: a usage error before any key derivation (2).
    let r = env.run(&["open", s(&old), s(&new), "--code", &c1], &[]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("2 shares but 1 codes"), "{}", r.stderr);
    // A mistyped second code names its file (4).
    let r = env.run(
        &[
            "open",
            s(&old),
            s(&new),
            "--code",
            &c1,
            "--code",
            "1234 5678 9012 3456",
        ],
        &[],
    );
    assert_eq!(r.status, 4, "{}", r.stderr);
    assert!(r.stderr.contains("new.etapp"), "{}", r.stderr);
    // One code each, in the order of the files.
    let r = env.run(
        &[
            "open",
            s(&old),
            s(&new),
            "--code",
            &c1,
            "--code",
            &c2,
            "--json",
        ],
        &[],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(json["changes"][0]["goals"]["reached"][0]["id"], 3);
    // From the environment, separated by a comma.
    let both = format!("{c1},{c2}");
    let r = env.run(&["open", s(&old), s(&new)], &[("ETAPP_CODE", &both)]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Vad som har ändrats"), "{}", r.stdout);
}
