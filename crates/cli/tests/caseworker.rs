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
use etapp_core::bundle::{self, Recipient, ShareTo};
use etapp_core::catalog::{Agency, SharePurpose, ShareSection};
use etapp_core::i18n::Locale;
use etapp_core::jiff::Timestamp;
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
/// `key`, locked to the agency key `public`, written to `out`.
fn share(
    out: &Path,
    record: &Record,
    sections: &[ShareSection],
    key: &ed25519_dalek::SigningKey,
    now: &str,
    public: &str,
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
    let id = format!(
        "{:032x}",
        out.to_string_lossy().len() as u128 * 7919 + now.len() as u128
    );
    let payload = draft::draft(record, &request, &fp.hex, id, at(now))
        .unwrap()
        .payload;
    let to = Recipient::parse_key(public, "recipient").unwrap();
    std::fs::write(out, bundle::seal(&payload, key, &to).unwrap()).unwrap();
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
    let now = Timestamp::now().to_string();
    share(
        &bundle,
        &record,
        &[ShareSection::Goals],
        &signer(1),
        &now,
        &public,
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
