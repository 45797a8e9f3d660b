//! The `etapp` binary as scripts see it: exit statuses, machine lines and
//! localized messages, per `CONTRACTS.md`.
//!
//! Every run is detached from the terminal (`setsid`) with standard input
//! closed, as in CI, so a command that wrongly asks a question fails
//! instead of hanging. Each scrypt run costs about a second; each test
//! makes one vault and walks through several cases with it.

#![cfg(unix)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PASS: &str = "cli test passphrase";

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

/// `etapp --vault DIR ARGS…` with `env`, detached from any terminal.
fn etapp_with_stdin(dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Run {
    let mut cmd = Command::new("setsid");
    cmd.arg("-w")
        .arg(env!("CARGO_BIN_EXE_etapp"))
        .arg("--vault")
        .arg(dir)
        .args(args);
    for var in [
        "ETAPP_PASSPHRASE",
        "ETAPP_NEW_PASSPHRASE",
        "ETAPP_VAULT",
        "ETAPP_LANG",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("ETAPP_LANG", "en").envs(env.iter().copied());
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
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn etapp(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    etapp_with_stdin(dir, args, env, None)
}

/// The raw code of the one `recovery code: ` line, checked for shape.
fn recovery_code(run: &Run) -> String {
    let lines: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("recovery code: "))
        .collect();
    assert_eq!(lines.len(), 1, "stdout: {}", run.stdout);
    let code = lines[0].strip_prefix("recovery code: ").unwrap().to_owned();
    let groups: Vec<&str> = code.split(' ').collect();
    assert_eq!(groups.len(), 8, "{code}");
    assert!(
        groups
            .iter()
            .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit())),
        "{code}"
    );
    assert!(
        etapp_core::codes::parse(&code, 32).is_ok(),
        "check digit of {code}"
    );
    code
}

fn init(dir: &Path) -> String {
    let run = etapp(dir, &["init"], &[("ETAPP_PASSPHRASE", PASS)]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    recovery_code(&run)
}

#[test]
fn init_profile_and_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let with_pass = [("ETAPP_PASSPHRASE", PASS)];

    let missing = etapp(&dir, &["profile", "show"], &with_pass);
    assert_eq!(missing.status, 13, "{}", missing.stderr);

    init(&dir);
    let again = etapp(&dir, &["init"], &with_pass);
    assert_eq!(again.status, 15, "{}", again.stderr);
    assert!(again.stdout.is_empty());

    let bad_date = etapp(
        &dir,
        &["profile", "set", "--arrived", "2023-02-30"],
        &with_pass,
    );
    assert_eq!(bad_date.status, 14);
    assert!(
        bad_date.stderr.contains("profile.arrived"),
        "{}",
        bad_date.stderr
    );

    let set = etapp(
        &dir,
        &[
            "profile",
            "set",
            "--name",
            "Amina Yusuf",
            "--arrived",
            "2023-09-14",
        ],
        &with_pass,
    );
    assert_eq!(set.status, 0, "{}", set.stderr);
    let show = etapp(&dir, &["profile", "show"], &with_pass);
    assert_eq!(show.status, 0, "{}", show.stderr);
    let json: serde_json::Value = serde_json::from_str(&show.stdout).unwrap();
    assert_eq!(json["name"], "Amina Yusuf");
    assert_eq!(json["arrived"], "2023-09-14");
    let future = etapp(
        &dir,
        &["profile", "set", "--arrived", "2999-01-01"],
        &with_pass,
    );
    assert_eq!(future.status, 14, "{}", future.stderr);
    assert!(
        future.stderr.contains("profile.arrived"),
        "{}",
        future.stderr
    );

    let wrong = etapp(
        &dir,
        &["profile", "show"],
        &[("ETAPP_PASSPHRASE", "not the passphrase")],
    );
    assert_eq!(wrong.status, 3);
    assert!(wrong.stdout.is_empty());
    assert!(
        wrong.stderr.contains("password is not right"),
        "{}",
        wrong.stderr
    );
    let arabic = etapp(
        &dir,
        &["--lang", "ar", "profile", "show"],
        &[("ETAPP_PASSPHRASE", "not the passphrase")],
    );
    assert_eq!(arabic.status, 3);
    assert!(
        arabic.stderr.contains("كلمة السر غير صحيحة"),
        "{}",
        arabic.stderr
    );

    let changed = etapp(
        &dir,
        &["passwd"],
        &[
            ("ETAPP_PASSPHRASE", PASS),
            ("ETAPP_NEW_PASSPHRASE", "the changed passphrase"),
        ],
    );
    assert_eq!(changed.status, 0, "{}", changed.stderr);
    assert!(
        changed.stdout.is_empty(),
        "no new recovery code without --recovery-code"
    );
    assert_eq!(etapp(&dir, &["profile", "show"], &with_pass).status, 3);
    let show = etapp(
        &dir,
        &["profile", "show"],
        &[("ETAPP_PASSPHRASE", "the changed passphrase")],
    );
    assert_eq!(show.status, 0, "{}", show.stderr);
}

#[test]
fn recovery_code_sets_a_new_passphrase_and_code() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let old = init(dir);
    let new_pass = [("ETAPP_NEW_PASSPHRASE", "recovered passphrase")];

    let mut typo = old.clone().into_bytes();
    typo[0] = if typo[0] == b'1' { b'2' } else { b'1' };
    let typo = String::from_utf8(typo).unwrap();
    let mistyped = etapp(dir, &["passwd", "--recovery-code", &typo], &new_pass);
    assert_eq!(mistyped.status, 4, "{}", mistyped.stderr);

    // Arabic-Indic digits and dashes are accepted.
    let arabic_digits: String = old
        .chars()
        .map(|c| {
            if c == ' ' {
                '-'
            } else {
                char::from_u32(u32::from(c) - u32::from('0') + 0x0660).unwrap()
            }
        })
        .collect();
    let recovered = etapp(
        dir,
        &["passwd", "--recovery-code", &arabic_digits],
        &new_pass,
    );
    assert_eq!(recovered.status, 0, "{}", recovered.stderr);
    let new = recovery_code(&recovered);
    assert_ne!(new, old);

    let old_again = etapp(dir, &["passwd", "--recovery-code", &old], &new_pass);
    assert_eq!(old_again.status, 3, "{}", old_again.stderr);
    let show = etapp(
        dir,
        &["profile", "show"],
        &[("ETAPP_PASSPHRASE", "recovered passphrase")],
    );
    assert_eq!(show.status, 0, "{}", show.stderr);

    // `-` reads the code from standard input.
    let from_stdin = etapp_with_stdin(
        dir,
        &["passwd", "--recovery-code", "-"],
        &[("ETAPP_NEW_PASSPHRASE", "third passphrase here")],
        Some(&format!("{new}\n")),
    );
    assert_eq!(from_stdin.status, 0, "{}", from_stdin.stderr);
    recovery_code(&from_stdin);
}

#[test]
fn no_terminal_and_no_variable_fails_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let no_pass = etapp(dir, &["init"], &[]);
    assert_eq!(no_pass.status, 2);
    assert!(
        no_pass.stderr.contains("ETAPP_PASSPHRASE"),
        "{}",
        no_pass.stderr
    );
    init(dir);
    for args in [
        &["profile", "show"][..],
        &["passwd"],
        &["profile", "set", "--name", "X"],
    ] {
        let started = Instant::now();
        let run = etapp(dir, args, &[]);
        assert_eq!(run.status, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains("ETAPP_PASSPHRASE"), "{}", run.stderr);
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{args:?} waited"
        );
    }
    // The new passphrase too, before the current one is even tried.
    let started = Instant::now();
    let run = etapp(dir, &["passwd"], &[("ETAPP_PASSPHRASE", PASS)]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "no key derivation ran"
    );
    assert!(
        run.stderr.contains("ETAPP_NEW_PASSPHRASE"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_second_process_finds_the_vault_in_use() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let held =
        etapp_core::vault::Vault::unlock(dir, &etapp_core::vault::Passphrase::new(PASS.into()))
            .unwrap();
    let started = Instant::now();
    let run = etapp(dir, &["profile", "show"], &[("ETAPP_PASSPHRASE", PASS)]);
    assert_eq!(run.status, 12, "{}", run.stderr);
    assert!(run.stderr.contains("already open"), "{}", run.stderr);
    assert!(started.elapsed() < Duration::from_secs(5));
    drop(held);
    assert_eq!(
        etapp(dir, &["profile", "show"], &[("ETAPP_PASSPHRASE", PASS)]).status,
        0
    );
}

#[test]
fn usage_errors_are_localized_and_status_2() {
    let tmp = tempfile::tempdir().unwrap();
    let run = etapp(tmp.path(), &["--lang", "sv", "--bogus"], &[]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("känner inte till"), "{}", run.stderr);
    let run = etapp(tmp.path(), &["profile", "set"], &[]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("missing"), "{}", run.stderr);
    let run = etapp(tmp.path(), &["--lang", "xx", "init"], &[]);
    assert_eq!(run.status, 2);
    let help = etapp(tmp.path(), &["--lang", "ar", "--help"], &[]);
    assert_eq!(help.status, 0);
    assert!(
        help.stdout.contains("الأوامر") && !help.stdout.contains("Usage"),
        "{}",
        help.stdout
    );
}

/// The raw value of the one `id: ` line.
fn id_line(run: &Run) -> String {
    let lines: Vec<&str> = run
        .stdout
        .lines()
        .filter_map(|l| l.strip_prefix("id: "))
        .collect();
    assert_eq!(lines.len(), 1, "stdout: {}", run.stdout);
    assert!(lines[0].bytes().all(|b| b.is_ascii_digit()), "{}", lines[0]);
    lines[0].to_owned()
}

#[test]
fn steps_export_import_and_demo() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let with_pass = [("ETAPP_PASSPHRASE", PASS)];
    init(&a);

    let add = |extra: &[&str]| {
        let mut args = vec![
            "step",
            "add",
            "--title",
            "SFI D",
            "--type",
            "sfi_course",
            "--agency",
            "adult_education",
            "--stage",
            "activity",
        ];
        args.extend_from_slice(extra);
        etapp(&a, &args, &with_pass)
    };
    // Refused input: exit 14, the field named, nothing saved, and no
    // passphrase needed to find out.
    let bad = etapp(
        &a,
        &[
            "step", "add", "--title", "x", "--type", "course", "--agency", "myself", "--stage",
            "intake",
        ],
        &[],
    );
    assert_eq!(bad.status, 14, "{}", bad.stderr);
    assert!(bad.stderr.contains("step.step_type"), "{}", bad.stderr);
    let backwards = add(&["--start", "2025-09-01", "--end", "2025-08-01"]);
    assert_eq!(backwards.status, 14, "{}", backwards.stderr);
    assert!(
        backwards.stderr.contains("end date") && backwards.stderr.contains("step.end_date"),
        "{}",
        backwards.stderr
    );
    let arabic = etapp(
        &a,
        &[
            "--lang", "ar", "step", "add", "--title", " ", "--type", "other", "--agency", "myself",
            "--stage", "intake",
        ],
        &with_pass,
    );
    assert_eq!(arabic.status, 14);
    assert!(arabic.stderr.contains("فارغ"), "{}", arabic.stderr);

    let added = add(&[
        "--start",
        "2025-09-01",
        "--status",
        "ongoing",
        "--life-area",
        "swedish_language",
        "--life-area",
        "work_studies",
    ]);
    assert_eq!(added.status, 0, "{}", added.stderr);
    let id = id_line(&added);
    let bad_area = add(&["--life-area", "happiness"]);
    assert_eq!(bad_area.status, 14, "{}", bad_area.stderr);
    assert!(
        bad_area.stderr.contains("step.life_areas[0]"),
        "{}",
        bad_area.stderr
    );

    // Check-ins: AREA=LEVEL, a level as 1–5 or a code; an `id: ` line.
    let checkin = etapp(
        &a,
        &[
            "checkin",
            "add",
            "--date",
            "2025-10-01",
            "--note",
            "Before the meeting",
            "housing=2",
            "swedish_language=4",
            "preschool=not_relevant",
        ],
        &with_pass,
    );
    assert_eq!(checkin.status, 0, "{}", checkin.stderr);
    let checkin_id = id_line(&checkin);
    // Digits from a Persian or an Arabic keyboard read as ASCII ones.
    let second = etapp(
        &a,
        &["checkin", "add", "--date", "۲۰۲۵-۱۰-۰۲", "housing=٣"],
        &with_pass,
    );
    assert_eq!(second.status, 0, "{}", second.stderr);
    assert_ne!(id_line(&second), checkin_id);
    for (bad, field) in [
        ("housing=6", "checkin.areas[0].level"),
        ("happiness=3", "checkin.areas[0].life_area"),
        ("housing", "checkin.areas[0]"),
    ] {
        // Refused before the passphrase is asked for.
        let run = etapp(&a, &["checkin", "add", bad], &[]);
        assert_eq!(run.status, 14, "{bad}: {}", run.stderr);
        assert!(run.stderr.contains(field), "{bad}: {}", run.stderr);
    }
    let twice = etapp(&a, &["checkin", "add", "housing=3", "housing=4"], &[]);
    assert_eq!(twice.status, 14, "{}", twice.stderr);
    let future = etapp(
        &a,
        &["checkin", "add", "--date", "2999-01-01", "health=5"],
        &[],
    );
    assert_eq!(future.status, 14, "{}", future.stderr);
    let none = etapp(&a, &["checkin", "add"], &[]);
    assert_eq!(none.status, 2, "{}", none.stderr);
    let persian_id: String = id
        .chars()
        .map(|c| char::from_u32(u32::from(c) - u32::from('0') + 0x06F0).unwrap())
        .collect();
    let done = etapp(&a, &["step", "status", &persian_id, "done"], &with_pass);
    assert_eq!(done.status, 0, "{}", done.stderr);
    let unknown = etapp(&a, &["step", "status", "999", "done"], &with_pass);
    assert_eq!(unknown.status, 14, "{}", unknown.stderr);
    let bad_status = etapp(&a, &["step", "status", &id, "finished"], &with_pass);
    assert_eq!(bad_status.status, 14, "{}", bad_status.stderr);

    let export = etapp(&a, &["export-record"], &with_pass);
    assert_eq!(export.status, 0, "{}", export.stderr);
    let record: serde_json::Value = serde_json::from_str(&export.stdout).unwrap();
    let step = &record["steps"][0];
    assert_eq!(step["status"], "done");
    assert_eq!(
        step["life_areas"],
        serde_json::json!(["work_studies", "swedish_language"])
    );
    let checkins = record["checkins"].as_array().unwrap();
    assert_eq!(checkins.len(), 2);
    assert_eq!(checkins[0]["date"], "2025-10-01");
    assert_eq!(checkins[0]["areas"][0]["life_area"], "housing");
    assert_eq!(checkins[0]["areas"][0]["level"], "struggling");
    assert_eq!(checkins[0]["areas"][1]["level"], "not_relevant");
    assert_eq!(checkins[1]["date"], "2025-10-02");
    assert_eq!(checkins[1]["areas"][0]["level"], "getting_help");
    assert_eq!(step["status_history"].as_array().unwrap().len(), 2);
    let again = etapp(&a, &["export-record"], &with_pass);
    assert_eq!(again.stdout, export.stdout, "same record, same bytes");

    // Import: into an empty vault only; then export gives the same bytes.
    let file = tmp.path().join("record.json");
    std::fs::write(&file, &export.stdout).unwrap();
    let file = file.to_str().unwrap();
    let into_full = etapp(&a, &["import-record", file], &with_pass);
    assert_eq!(into_full.status, 15, "{}", into_full.stderr);
    let b = tmp.path().join("b");
    init(&b);
    let broken = tmp.path().join("broken.json");
    std::fs::write(&broken, export.stdout.replace("\"sfi_course\"", "\"sfi\"")).unwrap();
    let refused = etapp(&b, &["import-record", broken.to_str().unwrap()], &with_pass);
    assert_eq!(refused.status, 14, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("steps[0].step_type"),
        "{}",
        refused.stderr
    );
    // A key given twice is named, not silently read as the last one.
    let twice = tmp.path().join("twice.json");
    std::fs::write(
        &twice,
        export
            .stdout
            .replacen("\"title\": ", "\"title\": \"first\",\n      \"title\": ", 1),
    )
    .unwrap();
    let refused = etapp(&b, &["import-record", twice.to_str().unwrap()], &with_pass);
    assert_eq!(refused.status, 14, "{}", refused.stderr);
    assert!(refused.stderr.contains("twice"), "{}", refused.stderr);
    assert!(refused.stderr.contains(".title"), "{}", refused.stderr);
    // A byte-order mark, as some editors write one, is fine.
    let marked = tmp.path().join("marked.json");
    std::fs::write(&marked, format!("\u{feff}{}", export.stdout)).unwrap();
    let imported = etapp(&b, &["import-record", marked.to_str().unwrap()], &with_pass);
    assert_eq!(imported.status, 0, "{}", imported.stderr);
    let exported = etapp(&b, &["export-record"], &with_pass);
    assert_eq!(exported.stdout, export.stdout);
    let missing = etapp(&b, &["import-record", "/no/such/file.json"], &with_pass);
    assert_eq!(missing.status, 1, "{}", missing.stderr);
    assert!(
        missing.stderr.contains("/no/such/file.json"),
        "{}",
        missing.stderr
    );

    // The demo fills an empty vault only.
    let c = tmp.path().join("c");
    init(&c);
    let demo = etapp(&c, &["demo"], &with_pass);
    assert_eq!(demo.status, 0, "{}", demo.stderr);
    let demo_again = etapp(&c, &["demo"], &with_pass);
    assert_eq!(demo_again.status, 15, "{}", demo_again.stderr);
    let show = etapp(&c, &["profile", "show"], &with_pass);
    let profile: serde_json::Value = serde_json::from_str(&show.stdout).unwrap();
    assert_eq!(profile["name"], "Rania Haddad");
    let demo_record = etapp(&c, &["export-record"], &with_pass);
    let demo_record: serde_json::Value = serde_json::from_str(&demo_record.stdout).unwrap();
    assert!(demo_record["steps"].as_array().unwrap().len() >= 6);
    assert_eq!(demo_record["checkins"].as_array().unwrap().len(), 3);
    assert!(!demo_record["obstacles"].as_array().unwrap().is_empty());
    assert!(!demo_record["notes"].as_array().unwrap().is_empty());
}

#[test]
fn check_finds_damage_and_a_damaged_vault_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("v");
    init(&dir);
    let with_pass = [("ETAPP_PASSPHRASE", PASS)];
    assert_eq!(etapp(&dir, &["demo"], &with_pass).status, 0);
    let whole = etapp(&dir, &["check"], &with_pass);
    assert_eq!(whole.status, 0, "{}", whole.stderr);
    assert!(whole.stderr.contains("whole"), "{}", whole.stderr);

    // One byte changed in the middle of the last page: SQLCipher's check
    // of that page fails, and the message says the file is damaged.
    let db = dir.join("vault.db");
    let mut bytes = std::fs::read(&db).unwrap();
    let at = bytes.len() - 2048;
    bytes[at] ^= 0x40;
    std::fs::write(&db, &bytes).unwrap();
    let damaged = etapp(&dir, &["check"], &with_pass);
    assert_eq!(damaged.status, 13, "{}", damaged.stderr);
    assert!(damaged.stderr.contains("damaged"), "{}", damaged.stderr);
    assert!(damaged.stderr.contains("backup"), "{}", damaged.stderr);
    // A backup of it is refused the same way when a page it needs is
    // damaged (one in the middle of the record's tables), and none is left
    // behind. (A damaged page nothing uses any more is not copied: such a
    // backup is whole, and a way out.)
    let mut bytes = std::fs::read(&db).unwrap();
    let at = bytes.len() - 2048;
    bytes[at] ^= 0x40;
    let at = bytes.len() / 2 + 1024;
    bytes[at] ^= 0x40;
    std::fs::write(&db, &bytes).unwrap();
    let opens = etapp(&dir, &["profile", "show"], &with_pass);
    assert_eq!(opens.status, 0, "the vault still opens: {}", opens.stderr);
    let out = tmp.path().join("damaged.etappbackup");
    let backup = etapp(
        &dir,
        &["backup", "--out", out.to_str().unwrap()],
        &with_pass,
    );
    assert_eq!(backup.status, 13, "{}", backup.stderr);
    assert!(backup.stderr.contains("damaged"), "{}", backup.stderr);
    assert!(!out.exists());

    // A key file that is a folder is a damaged key file, not a crash.
    std::fs::remove_file(dir.join("vault.key")).unwrap();
    std::fs::create_dir(dir.join("vault.key")).unwrap();
    let folder = etapp(&dir, &["profile", "show"], &with_pass);
    assert_eq!(folder.status, 13, "{}", folder.stderr);
    assert!(folder.stderr.contains("vault.key"), "{}", folder.stderr);
}

/// `close-occupations`: the core's answer unchanged as JSON, the same in
/// words in the person's language, and the statuses of every record
/// command.
#[test]
fn close_occupations_for_scripts_and_people() {
    use etapp_core::record::{occupation, Occupation};
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let with_pass = [("ETAPP_PASSPHRASE", PASS)];
    init(&a);

    let by_label = |label: &str| -> Occupation {
        occupation::all()
            .find(|o| o.label_sv == label)
            .unwrap_or_else(|| panic!("{label} is shipped"))
            .occupation()
    };
    let mut record = etapp_core::record::demo::record().unwrap();
    let work = &mut record.background.work_experience;
    work[0].occupation = Some(by_label("Personbilsmekaniker"));
    work[1].occupation = Some(Occupation {
        jobtech_id: "no_longer_1".into(),
        ssyk: "7231".into(),
    });
    let goal = record
        .goals
        .iter_mut()
        .find(|g| g.occupation.is_some())
        .expect("the demo has an occupation goal");
    goal.occupation = Some(by_label("Servicechef, bilverkstad"));
    let goal_id = goal.id;
    let file = tmp.path().join("record.json");
    std::fs::write(&file, record.to_json()).unwrap();
    let imported = etapp(&a, &["import-record", file.to_str().unwrap()], &with_pass);
    assert_eq!(imported.status, 0, "{}", imported.stderr);

    let json = etapp(&a, &["close-occupations", "--json"], &with_pass);
    assert_eq!(json.status, 0, "{}", json.stderr);
    let printed: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let want = etapp_core::record::close_occupations(&record.background, &record.goals);
    assert_eq!(printed, serde_json::to_value(&want).unwrap());
    assert_eq!(printed["not_in_list"], 1);
    // Personbilsmekaniker leads to Servicechef, bilverkstad at 75 (the
    // data), which is already a goal; Lastbilsmekaniker only at 25.
    let very = printed["very_close"].as_array().unwrap();
    let chief = very
        .iter()
        .find(|c| c["occupation"]["label_sv"] == "Servicechef, bilverkstad")
        .expect("very close");
    assert_eq!(chief["goal_id"], goal_id);
    assert_eq!(chief["group"]["code"], "3339");
    assert!(printed["somewhat_close"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["occupation"]["label_sv"] == "Lastbilsmekaniker"));
    assert!(json.stderr.is_empty(), "{}", json.stderr);

    let swedish = etapp(&a, &["--lang", "sv", "close-occupations"], &with_pass);
    assert_eq!(swedish.status, 0, "{}", swedish.stderr);
    let text = etapp_core::i18n::strip_isolation(&swedish.stdout);
    for words in [
        "Nära det jag har gjort",
        "Mycket nära",
        "Ganska nära — viss utbildning behövs",
        "Servicechef, bilverkstad — SSYK 3339 Övriga förmedlare",
        "redan ett av dina mål",
        "Ett yrke i ditt register finns inte längre i listan",
        "Yrken inom byggverksamhet och tillverkning",
        "inget löfte om ett jobb",
    ] {
        assert!(text.contains(words), "{words} in:\n{text}");
    }
    let very_at = text.find("Mycket nära").unwrap();
    let somewhat_at = text.find("Ganska nära").unwrap();
    assert!(very_at < text.find("Servicechef").unwrap());
    assert!(somewhat_at < text.find("Lastbilsmekaniker").unwrap());
    assert!(very_at < somewhat_at);
    let tigrinya = etapp(&a, &["--lang", "ti", "close-occupations"], &with_pass);
    assert_eq!(tigrinya.status, 0, "{}", tigrinya.stderr);
    assert!(
        tigrinya.stdout.contains("ህንጻን ምፍራይን"),
        "{}",
        tigrinya.stdout
    );

    let wrong = etapp(
        &a,
        &["close-occupations"],
        &[("ETAPP_PASSPHRASE", "not the passphrase")],
    );
    assert_eq!(wrong.status, 3, "{}", wrong.stderr);
    assert!(wrong.stdout.is_empty());
    let no_secret = etapp(&a, &["close-occupations", "--json"], &[]);
    assert_eq!(no_secret.status, 2, "{}", no_secret.stderr);
    let unknown = etapp(&a, &["close-occupations", "--all"], &with_pass);
    assert_eq!(unknown.status, 2, "{}", unknown.stderr);
    let nowhere = etapp(&tmp.path().join("none"), &["close-occupations"], &with_pass);
    assert_eq!(nowhere.status, 13, "{}", nowhere.stderr);
}
