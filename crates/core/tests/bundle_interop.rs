//! A bundle is an ordinary age file: Debian's `age` (the Go
//! implementation, which nobody here wrote) decrypts the golden bundles,
//! both the one locked to a key (`age -d -i`) and the one locked to a
//! share code (`age -d`, typing the 16 digits at its prompt through a
//! pseudo-terminal), and what comes out fits the published schemas.
//!
//! `make test`'s set-up installs `age`; without it this test fails.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

mod common;
use common::assert_fits;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bundles")
}

fn check(plain: &[u8]) {
    let envelope: serde_json::Value = serde_json::from_slice(plain).expect("JSON");
    assert_fits("bundle.schema.json", &envelope);
    let payload: serde_json::Value =
        serde_json::from_str(envelope["payload"].as_str().unwrap()).unwrap();
    assert_fits("bundle-payload.schema.json", &payload);
}

#[test]
fn debian_age_decrypts_a_bundle_locked_to_a_key() {
    let out = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(dir().join("identity.txt"))
        .arg(dir().join("key.etapp"))
        .stdin(Stdio::null())
        .output()
        .expect("age is installed (make test's set-up installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    check(&out.stdout);
}

/// Runs `age -d -o OUT FILE` in a pseudo-terminal and types `digits` at
/// its passphrase prompt. The harness gives up after 60 seconds and ends
/// `age` whatever happens.
const PTY_HARNESS: &str = r#"
import os, pty, select, signal, sys, time
out, file, digits = sys.argv[1], sys.argv[2], sys.argv[3]
pid, fd = pty.fork()
if pid == 0:
    os.execvp("age", ["age", "-d", "-o", out, file])
deadline = time.time() + 60
seen = b""
def read():
    global seen
    r, _, _ = select.select([fd], [], [], 0.5)
    if r:
        try:
            seen += os.read(fd, 1024)
        except OSError:
            return False
    return True
try:
    while b"passphrase" not in seen.lower():
        if time.time() > deadline or not read():
            sys.exit(3)
    os.write(fd, digits.encode() + b"\r")
    while time.time() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            sys.exit(os.waitstatus_to_exitcode(status))
        read()
    sys.exit(4)
finally:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
"#;

#[test]
fn debian_age_decrypts_a_bundle_locked_to_a_code_typed_at_its_prompt() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("plain.json");
    let code = std::fs::read_to_string(dir().join("code.txt")).unwrap();
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(digits.len(), 16);
    let run = Command::new("python3")
        .arg("-c")
        .arg(PTY_HARNESS)
        .arg(&out)
        .arg(dir().join("code.etapp"))
        .arg(&digits)
        .stdin(Stdio::null())
        .output()
        .expect("python3 runs");
    assert!(
        run.status.success(),
        "age -d: {:?} {}",
        run.status,
        String::from_utf8_lossy(&run.stdout)
    );
    check(&std::fs::read(&out).unwrap());
}
