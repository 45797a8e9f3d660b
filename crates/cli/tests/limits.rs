//! Files too large to be what they claim are refused from their size,
//! before anything is read: a planted 2 GiB file costs neither memory nor
//! time.
//!
//! The memory a run took is its peak resident size, as the operating
//! system counts it for a finished child (`getrusage`). Rust's standard
//! library has no safe call for it, so a one-line Python harness runs
//! `etapp` as its only child and prints that figure: a process of its
//! own, so no other test's child (a key derivation takes 256 MiB) is
//! counted.

#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Stdio};

/// The most memory a refused run may take.
const PEAK_LIMIT_KIB: u64 = 64 * 1024;

struct Run {
    status: i32,
    stderr: String,
    peak_kib: u64,
}

/// `etapp --vault DIR ARGS…` in English with `ETAPP_PASSPHRASE` set, no
/// standard input, and its peak memory.
fn measured(dir: &Path, args: &[&str]) -> Run {
    const HARNESS: &str = "import resource, subprocess, sys\n\
        code = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL).returncode\n\
        print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n\
        sys.exit(code)";
    let out = Command::new("python3")
        .arg("-c")
        .arg(HARNESS)
        .arg(env!("CARGO_BIN_EXE_etapp"))
        .arg("--vault")
        .arg(dir)
        .args(args)
        .env("ETAPP_LANG", "en")
        .env("ETAPP_PASSPHRASE", "limits test passphrase")
        .env_remove("ETAPP_VAULT")
        .stdin(Stdio::null())
        .output()
        .expect("python3 runs (it measures the child's memory)");
    let stdout = String::from_utf8(out.stdout).unwrap();
    // Without Fluent's bidi isolation marks around arguments.
    let stderr = String::from_utf8(out.stderr)
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    Run {
        status: out.status.code().expect("exited"),
        stderr,
        peak_kib: stdout.trim().parse().expect("the harness prints the peak"),
    }
}

/// A sparse file of 2 GiB: large on paper, nothing on disk.
fn sparse(path: &Path) {
    std::fs::File::create(path)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
}

#[test]
fn a_huge_record_file_and_a_huge_key_file_are_refused_from_their_size() {
    let tmp = tempfile::tempdir().unwrap();
    let big = tmp.path().join("record.json");
    sparse(&big);
    let vault = tmp.path().join("vault");

    let run = measured(&vault, &["import-record", big.to_str().unwrap()]);
    assert_eq!(run.status, 11, "{}", run.stderr);
    assert!(
        run.stderr.contains("32 MB"),
        "names the limit: {}",
        run.stderr
    );
    assert!(
        run.peak_kib < PEAK_LIMIT_KIB,
        "import-record took {} KiB",
        run.peak_kib
    );
    assert!(!vault.exists(), "nothing was made");

    // A vault whose key file has grown to 2 GiB: damaged (13), from its
    // size, before any key derivation.
    std::fs::create_dir(&vault).unwrap();
    std::fs::write(vault.join("vault.db"), b"").unwrap();
    sparse(&vault.join("vault.key"));
    let run = measured(&vault, &["profile", "show"]);
    assert_eq!(run.status, 13, "{}", run.stderr);
    assert!(run.stderr.contains("vault.key"), "{}", run.stderr);
    assert!(
        run.peak_kib < PEAK_LIMIT_KIB,
        "reading the key file took {} KiB",
        run.peak_kib
    );
}
