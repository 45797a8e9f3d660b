//! Share bundles of the heavy record: making and opening the full bundle
//! in the process (the key derivation left out: it is locked to an
//! X25519 key), its size, and `etapp open` of a bundle locked with a share
//! code against Debian's `age -d` of the same file, in the same run.
//!
//! The two commands both run scrypt at 2^18, which dominates; the ratio
//! says whether Etapp's checks (signature, payload, expiry) and output
//! cost anything next to what any age tool must do. `age -d` reads the
//! passphrase only from a terminal, so a small Python harness types the
//! digits at its prompt in a pseudo-terminal and times from the moment
//! they are typed to the moment `age` exits; `etapp open` is timed from
//! its start (so it carries its own start-up, which `age`'s timing does
//! not).
//!
//! The same file as an offline reader page (`bundle::page`), opened in
//! headless Chromium by `scripts/bench-page.mjs`: from "Open" with the
//! code typed to the share shown, against `etapp open` and against the
//! page's floor, scrypt at 2^18 in the same browser (JavaScript, so it is
//! slower than the native one).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use etapp_core::bundle::draft::{self, ShareRequest};
use etapp_core::bundle::select::Selection;
use etapp_core::bundle::{self, Key, Recipient, ShareCode, ShareTo};
use etapp_core::catalog::{Agency, Code, SharePurpose, ShareSection};
use etapp_core::i18n::Locale;
use etapp_core::jiff::Timestamp;
use etapp_core::signature::{Fingerprint, Signer};

use crate::report::{Section, Table};
use crate::stats::Samples;
use crate::tmp::TempDir;
use crate::{Options, Result};

/// Making or opening the full bundle, in-process, at most (median).
const GOAL_MS: f64 = 50.0;
/// `etapp open` against `age -d`, at most.
const OPEN_RATIO_GOAL: f64 = 1.1;
/// Each in-process case: at least this many measured runs.
const MIN_RUNS: usize = 11;

fn ms_since(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1e3
}

/// Times `age -d -o /dev/null FILE` after typing `digits` at its prompt;
/// prints the milliseconds from the typing to its exit.
const AGE_HARNESS: &str = r#"
import os, pty, select, signal, sys, time
file, digits = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    os.execvp("age", ["age", "-d", "-o", "/dev/null", file])
deadline = time.time() + 120
seen = b""
try:
    while b"passphrase" not in seen.lower():
        if time.time() > deadline:
            sys.exit(3)
        r, _, _ = select.select([fd], [], [], 0.5)
        if r:
            seen += os.read(fd, 1024)
    typed = time.perf_counter()
    os.write(fd, digits.encode() + b"\r")
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            if os.waitstatus_to_exitcode(status) != 0:
                sys.exit(5)
            print((time.perf_counter() - typed) * 1000)
            sys.exit(0)
        if time.time() > deadline:
            sys.exit(4)
        r, _, _ = select.select([fd], [], [], 0.01)
        if r:
            try:
                os.read(fd, 1024)
            except OSError:
                pass
finally:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
"#;

fn age_open_ms(file: &Path, digits: &str) -> Result<f64> {
    let out = Command::new("python3")
        .arg("-c")
        .arg(AGE_HARNESS)
        .arg(file)
        .arg(digits)
        .stdin(Stdio::null())
        .output()?;
    if !out.status.success() {
        return Err(format!("age -d failed ({:?})", out.status).into());
    }
    Ok(String::from_utf8(out.stdout)?.trim().parse()?)
}

fn etapp_open_ms(etapp: &Path, file: &Path, code: &str, state: &Path) -> Result<f64> {
    let started = Instant::now();
    let status = Command::new(etapp)
        .args(["open", "--json", "--code", code])
        .arg(file)
        .env("XDG_STATE_HOME", state)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()?;
    let ms = ms_since(started);
    if !status.success() {
        return Err(format!("etapp open failed ({status})").into());
    }
    Ok(ms)
}

/// The offline reader page in Chromium: the milliseconds of each open and
/// of each bare scrypt (`scripts/bench-page.mjs`).
fn page_ms(page: &Path, digits: &str, runs: usize) -> Result<(Samples, Samples, Samples)> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = Command::new("node")
        .arg("scripts/bench-page.mjs")
        .arg(page)
        .arg(digits)
        .arg(runs.to_string())
        .current_dir(&repo)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()?;
    if !out.status.success() {
        return Err(format!("scripts/bench-page.mjs failed ({})", out.status).into());
    }
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    let samples = |key: &str| -> Samples {
        let mut s = Samples::new();
        for v in json[key].as_array().into_iter().flatten() {
            s.push(v.as_f64().unwrap_or(f64::NAN));
        }
        s
    };
    Ok((
        samples("open_ms"),
        samples("checked_ms"),
        samples("scrypt_ms"),
    ))
}

pub fn run(opts: &Options) -> Result<Section> {
    let runs = opts.runs()?.max(MIN_RUNS);
    let etapp: PathBuf = opts.path("etapp")?;
    let dir = TempDir::new("bundle")?;
    eprintln!("bundle: generating the heavy record");
    let record = crate::record::generate()?;
    let signer = ed25519_dalek_key();
    let fp = Fingerprint::of(&signer.public_key());
    let request = ShareRequest {
        to: ShareTo {
            name: "Anna Svensson".into(),
            agency: Some(Agency::PublicEmploymentService),
            unit: String::new(),
        },
        purpose: SharePurpose::JointPlanning,
        purpose_text: String::new(),
        selection: Selection {
            sections: ShareSection::ALL.to_vec(),
            items: Vec::new(),
            include_sensitive: true,
        },
        expires_in_days: 365,
        locale: Locale::swedish(),
    };
    let now = Timestamp::now();
    let identity = age::x25519::Identity::generate();
    let to = Recipient::Key(Box::new(identity.to_public()));
    let key = Key::Identity(Box::new(identity));

    eprintln!("bundle: make");
    let mut make = Samples::new();
    let mut bytes = Vec::new();
    for i in 0..=runs {
        let started = Instant::now();
        let d = draft::draft(
            &record,
            &request,
            &fp.hex,
            "00112233445566778899aabbccddeeff".into(),
            now,
        )?;
        bytes = bundle::seal(&d.payload, &signer, &to)?;
        let ms = ms_since(started);
        if i > 0 {
            make.push(ms);
        }
    }
    eprintln!("bundle: open");
    let mut open = Samples::new();
    for i in 0..=runs {
        let started = Instant::now();
        let opened = bundle::open(&bytes, &key, now)?;
        let ms = ms_since(started);
        black_box(opened);
        if i > 0 {
            open.push(ms);
        }
    }
    let opened = bundle::open(&bytes, &key, now)?;
    let payload_bytes = opened.payload.to_json().len();
    let export_bytes = record.to_json().len();

    eprintln!("bundle: etapp open and age -d of a bundle locked with a code");
    let code = ShareCode::generate()?;
    let shown = code.expose_secret().to_string();
    let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
    let d = draft::draft(
        &record,
        &request,
        &fp.hex,
        "ffeeddccbbaa99887766554433221100".into(),
        now,
    )?;
    let file = dir.path().join("heavy.etapp");
    std::fs::write(
        &file,
        bundle::seal(&d.payload, &signer, &Recipient::Code(code))?,
    )?;
    let state = dir.subdir("state")?;
    let cli_runs = runs.div_ceil(2).max(5);
    let (mut ours, mut theirs) = (Samples::new(), Samples::new());
    for _ in 0..cli_runs {
        ours.push(etapp_open_ms(&etapp, &file, &shown, &state)?);
        theirs.push(age_open_ms(&file, &digits)?);
    }
    let ratio = ours.median() / theirs.median();

    eprintln!("bundle: the offline reader page in Chromium");
    let page_file = dir.path().join("heavy.html");
    let page_text = bundle::page::page(&std::fs::read(&file)?);
    std::fs::write(&page_file, &page_text)?;
    let (page_open, page_checked, page_scrypt) = page_ms(&page_file, &digits, cli_runs)?;

    let mut table = Table::new([
        "operation",
        "ms, median (min–max)",
        "runs",
        "goal",
        "verdict",
    ]);
    for (what, s) in [
        (
            "make the full bundle: choose, consent record, sign, encrypt (X25519)",
            &make,
        ),
        (
            "open it: decrypt, check the signature, read the payload",
            &open,
        ),
    ] {
        let verdict = if s.median() < GOAL_MS {
            "pass"
        } else {
            "**miss**"
        };
        table.row([
            what.to_owned(),
            s.cell(1),
            s.len().to_string(),
            format!("< {GOAL_MS:.0} ms"),
            verdict.to_owned(),
        ]);
    }
    let mut cli = Table::new([
        "command (a bundle locked with a share code)",
        "ms, median (min–max)",
        "runs",
    ]);
    cli.row([
        "`etapp open --json --code …` (start to exit)".to_owned(),
        ours.cell(0),
        ours.len().to_string(),
    ]);
    cli.row([
        "Debian's `age -d` (code typed to exit)".to_owned(),
        theirs.cell(0),
        theirs.len().to_string(),
    ]);
    cli.row([
        "the reader page in headless Chromium (\"Open\" to the share shown)".to_owned(),
        page_open.cell(0),
        page_open.len().to_string(),
    ]);
    cli.row([
        "… of which its checks, before the share is drawn".to_owned(),
        page_checked.cell(0),
        page_checked.len().to_string(),
    ]);
    cli.row([
        "scrypt at 2^18 alone in the same browser (@noble/hashes)".to_owned(),
        page_scrypt.cell(0),
        page_scrypt.len().to_string(),
    ]);
    let mut goals = Table::goals();
    goals.goal("`etapp open` / `age -d`", ratio, OPEN_RATIO_GOAL);
    let mut size = Table::new(["the heavy record's full bundle", "bytes"]);
    size.row([
        "the bundle file (age, X25519)".to_owned(),
        bytes.len().to_string(),
    ]);
    size.row(["its payload (JSON)".to_owned(), payload_bytes.to_string()]);
    size.row([
        "the same share as a reader page (code)".to_owned(),
        page_text.len().to_string(),
    ]);
    size.row([
        "the reader page with no share in it (the template)".to_owned(),
        bundle::page::page(&[]).len().to_string(),
    ]);
    size.row([
        "the record as `export-record` writes it (indented JSON)".to_owned(),
        export_bytes.to_string(),
    ]);

    Ok(Section {
        title: "Share bundles".into(),
        method: format!(
            "In-process, release build, on the heavy record of \"The record\" (every section \
             shared, sensitive items too): {runs} measured runs after one warm-up. Then \
             {cli_runs} alternating runs of the release `etapp open` and of Debian's `age -d` \
             on the same file, locked with a share code (scrypt at 2^18 in both), and as many \
             runs of the same share as an offline reader page in headless Chromium, after one \
             warm-up."
        ),
        tables: vec![table, size, cli, goals],
        notes: vec![
            format!(
                "The bundle file is {:.0} % of the indented export: the payload is compact JSON \
                 and age adds 16 bytes per 64 KiB chunk.",
                100.0 * bytes.len() as f64 / export_bytes as f64
            ),
            format!(
                "The reader page takes {:.2}× `etapp open` and {:.2}× its bare scrypt: scrypt in \
                 JavaScript is the page's floor.",
                page_open.median() / ours.median(),
                page_open.median() / page_scrypt.median()
            ),
        ],
    })
}

/// A fixed signing key: the benchmark signs as a participant would.
fn ed25519_dalek_key() -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[9; 32])
}
