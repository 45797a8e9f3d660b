//! Evaluation across participants from the command line: a generated set
//! of 40 participants' bundles, made in the test through the core with
//! fixed offsets from today and a seeded generator, locked to an agency
//! key — some shared for evaluation and some not, some expired, some
//! from the same person twice, a few damaged. The report's every figure
//! is checked against a direct computation from the source records;
//! groups under 5 are suppressed; and no name or free text of any source
//! record appears anywhere in the CSV, the JSON or the summary.

#![cfg(unix)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use etapp_core::bundle::draft::{self, ShareRequest};
use etapp_core::bundle::select::Selection;
use etapp_core::bundle::{self, Recipient, ShareTo};
use etapp_core::catalog::{
    Agency, Code, Level, LifeArea, SharePurpose, ShareSection, StepStatus, StepType,
};
use etapp_core::i18n::Locale;
use etapp_core::jiff::{SignedDuration, Timestamp};
use etapp_core::record::checkins::{AreaLevel, CheckIn};
use etapp_core::record::steps::{Evaluation, StatusChange, Step};
use etapp_core::record::{demo, Record};
use etapp_core::signature::Fingerprint;

/// A small seeded generator (an LCG), so every run makes the same set.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

fn days(n: i64) -> SignedDuration {
    SignedDuration::from_hours(24 * n)
}

/// Participant `i`'s record: the demo person's steps with statuses,
/// histories and evaluations from the generator, check-ins with levels
/// from it, and free text that must never reach a report.
fn record(i: u64, base: Timestamp, later: bool) -> Record {
    let mut rng = Rng(i * 7919 + u64::from(later));
    let mut r = demo::record().unwrap();
    r.profile.name = format!("SECRETNAME{i}");
    let mut steps: Vec<Step> = r
        .steps
        .iter()
        .filter(|s| !(s.id as u64 + i).is_multiple_of(4))
        .cloned()
        .collect();
    // A rare step, for only four participants: a group under 5.
    if i.is_multiple_of(13) {
        let mut rare = r.steps[0].clone();
        rare.id = 50;
        rare.step_type = StepType::Other;
        rare.agency = Agency::CivilSociety;
        steps.push(rare);
    }
    for s in &mut steps {
        s.title = format!("SECRETTITLE{i}x{}", s.id);
        let planned = base.checked_sub(days(200 - rng.next(50) as i64)).unwrap();
        let mut history = vec![StatusChange {
            status: StepStatus::Planned,
            at: planned,
        }];
        let status = [
            StepStatus::Planned,
            StepStatus::Ongoing,
            StepStatus::Done,
            StepStatus::Cancelled,
        ][rng.next(4) as usize];
        if status != StepStatus::Planned {
            history.push(StatusChange {
                status: StepStatus::Ongoing,
                at: planned.checked_add(days(3)).unwrap(),
            });
        }
        if matches!(status, StepStatus::Done | StepStatus::Cancelled) {
            history.push(StatusChange {
                status,
                at: planned.checked_add(days(5 + rng.next(90) as i64)).unwrap(),
            });
        }
        s.status = status;
        s.status_history = history;
        s.evaluation = (status.is_closed() && rng.next(3) > 0).then(|| Evaluation {
            usefulness: 1 + rng.next(5) as u8,
            helped: format!("SECRETHELPED{i}"),
            hard: format!("SECRETHARD{i}"),
        });
    }
    r.steps = steps;
    let count = 2 + rng.next(2) + u64::from(later);
    let mut checkins = Vec::new();
    for k in 0..count {
        let mut areas = Vec::new();
        for a in LifeArea::ALL {
            if rng.next(5) > 0 {
                areas.push(AreaLevel {
                    life_area: *a,
                    level: Level::ALL[rng.next(6) as usize],
                    note: format!("SECRETAREANOTE{i}"),
                });
            }
        }
        if areas.is_empty() {
            continue;
        }
        let day = base
            .checked_sub(days(120 - 30 * k as i64))
            .unwrap()
            .to_zoned(etapp_core::jiff::tz::TimeZone::UTC)
            .date();
        checkins.push(CheckIn {
            id: k as i64 + 1,
            date: day,
            areas,
            note: format!("SECRETNOTE{i}"),
        });
    }
    r.checkins = checkins;
    r
}

struct Bundle {
    file: PathBuf,
    record: Record,
    signer: String,
}

/// Seals participant `i`'s `record` made `ago` days before `now`.
#[allow(clippy::too_many_arguments)]
fn seal(
    dir: &Path,
    name: &str,
    record: Record,
    i: u64,
    purpose: SharePurpose,
    created: Timestamp,
    expires_in_days: u32,
    to: &Recipient,
) -> Bundle {
    let key = ed25519_dalek::SigningKey::from_bytes(&[i as u8 + 1; 32]);
    let fp = Fingerprint::of(&key.verifying_key());
    let request = ShareRequest {
        to: ShareTo {
            name: "Evaluation unit".into(),
            agency: Some(Agency::MunicipalLabourMarket),
            unit: String::new(),
        },
        purpose,
        purpose_text: String::new(),
        selection: Selection {
            sections: vec![
                ShareSection::Profile,
                ShareSection::Steps,
                ShareSection::Checkins,
                ShareSection::Notes,
            ],
            items: Vec::new(),
            include_sensitive: true,
        },
        expires_in_days,
        locale: Locale::negotiate("ar").unwrap(),
    };
    let id = format!("{:032x}", (i << 8) + name.len() as u64);
    let payload = draft::draft(&record, &request, &fp.hex, id, created)
        .unwrap()
        .payload;
    let file = dir.join(name);
    let sealed = bundle::seal(&payload, &key, to).unwrap();
    if name.ends_with(".html") {
        // A reader page: the same share inside.
        std::fs::write(&file, bundle::page::page(&sealed)).unwrap();
    } else {
        std::fs::write(&file, sealed).unwrap();
    }
    Bundle {
        file,
        record,
        signer: fp.hex,
    }
}

/// What the report should say, computed from the source records.
#[derive(Default)]
struct Expected {
    who: BTreeSet<String>,
    steps: BTreeMap<StepStatus, usize>,
    days: Vec<i64>,
    usefulness: [usize; 5],
}

fn median(mut v: Vec<i64>) -> Option<f64> {
    v.sort_unstable();
    let n = v.len();
    (n > 0).then(|| {
        if n % 2 == 1 {
            v[n / 2] as f64
        } else {
            (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0
        }
    })
}

fn run(args: &[&str], home: &Path) -> (i32, String, String) {
    let out = Command::new("setsid")
        .arg("-w")
        .arg(env!("CARGO_BIN_EXE_etapp"))
        .args(args)
        .env_remove("ETAPP_CODE")
        .env_remove("ETAPP_VAULT")
        .env("ETAPP_LANG", "en")
        .env("HOME", home.join("home"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr)
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], ""),
    )
}

#[test]
fn a_report_over_40_participants_counts_each_once_suppresses_small_groups_and_leaks_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let dir = root.join("shares");
    std::fs::create_dir(&dir).unwrap();
    let key_file = root.join("agency.txt");
    let (status, public, err) = run(
        &["agency-key", "new", "--out", key_file.to_str().unwrap()],
        root,
    );
    assert_eq!(status, 0, "{err}");
    let to = Recipient::parse_key(public.trim(), "recipient").unwrap();
    // Whole days before now, so every offset below is fixed.
    let now = Timestamp::from_second(Timestamp::now().as_second() / 86_400 * 86_400).unwrap();
    let ago = |n: i64| now.checked_sub(days(n)).unwrap();

    let mut counted: Vec<Bundle> = Vec::new();
    for i in 0..40u64 {
        // Two participants gave reader pages; they count as files do.
        let name = if i == 1 || i == 2 {
            format!("p{i:02}.html")
        } else {
            format!("p{i:02}.etapp")
        };
        let evaluate = SharePurpose::EvaluateStep;
        match i {
            // Shared to follow up, not to evaluate: skipped.
            30..=33 => {
                seal(
                    &dir,
                    &name,
                    record(i, now, false),
                    i,
                    SharePurpose::FollowUp,
                    ago(10),
                    365,
                    &to,
                );
            }
            // Expired: skipped.
            34..=36 => {
                seal(
                    &dir,
                    &name,
                    record(i, now, false),
                    i,
                    evaluate,
                    ago(40),
                    30,
                    &to,
                );
            }
            // Twice: the later bundle wins, whatever the order of files.
            37 | 38 => {
                let early = format!("z-early-{i}.etapp");
                seal(
                    &dir,
                    &early,
                    record(i, now, false),
                    i,
                    evaluate,
                    ago(20),
                    365,
                    &to,
                );
                counted.push(seal(
                    &dir,
                    &name,
                    record(i, now, true),
                    i,
                    evaluate,
                    ago(5),
                    365,
                    &to,
                ));
            }
            _ => counted.push(seal(
                &dir,
                &name,
                record(i, now, false),
                i,
                evaluate,
                ago(10),
                365,
                &to,
            )),
        }
    }
    // Damaged: a changed byte, a text file, and a share for another agency.
    let mut bytes = std::fs::read(dir.join("p00.etapp")).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x40;
    std::fs::write(dir.join("damaged.etapp"), bytes).unwrap();
    std::fs::write(dir.join("notes.etapp"), "not a share").unwrap();
    let other = age_public_of_another_agency(root);
    seal(
        &dir,
        "other-agency.etapp",
        record(1, now, false),
        1,
        SharePurpose::EvaluateStep,
        ago(10),
        365,
        &other,
    );

    // Expected, from the source records of the bundles that count.
    assert_eq!(counted.len(), 33);
    let mut groups: BTreeMap<(StepType, Agency), Expected> = BTreeMap::new();
    let mut areas: BTreeMap<LifeArea, Vec<i64>> = BTreeMap::new();
    for b in &counted {
        for s in &b.record.steps {
            let g = groups.entry((s.step_type, s.agency)).or_default();
            g.who.insert(b.signer.clone());
            *g.steps.entry(s.status).or_default() += 1;
            if s.status == StepStatus::Done {
                let planned = s.status_history[0].at;
                let done = s.status_history.last().unwrap().at;
                g.days
                    .push((done.as_second() - planned.as_second()) / 86_400);
            }
            if let Some(e) = &s.evaluation {
                g.usefulness[usize::from(e.usefulness) - 1] += 1;
            }
        }
        for area in LifeArea::ALL {
            let scores: Vec<i64> = b
                .record
                .checkins
                .iter()
                .filter_map(|c| c.areas.iter().find(|a| a.life_area == *area))
                .filter_map(|a| a.level.score())
                .map(i64::from)
                .collect();
            if scores.len() >= 2 {
                areas
                    .entry(*area)
                    .or_default()
                    .push(scores[scores.len() - 1] - scores[0]);
            }
        }
    }

    // JSON.
    let folder = dir.to_str().unwrap();
    let key = key_file.to_str().unwrap();
    let (status, json, err) = run(&["report", "--identity", key, folder, "--json"], root);
    assert_eq!(status, 0, "{err}");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["min_group"], 5);
    assert_eq!(report["participants"], 33);
    assert_eq!(report["replaced"], 2);
    let reasons: BTreeMap<String, String> = report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let file = s["file"].as_str().unwrap();
            let name = Path::new(file)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (name, s["reason"].as_str().unwrap().to_owned())
        })
        .collect();
    let mut want: BTreeMap<String, String> = BTreeMap::new();
    for i in 30..=33 {
        want.insert(format!("p{i}.etapp"), "not_shared_for_evaluation".into());
    }
    for i in 34..=36 {
        want.insert(format!("p{i}.etapp"), "expired".into());
    }
    want.insert("damaged.etapp".into(), "wrong_key_or_damaged".into());
    want.insert("notes.etapp".into(), "not_a_bundle".into());
    want.insert("other-agency.etapp".into(), "wrong_key_or_damaged".into());
    assert_eq!(reasons, want);
    // The summary on standard error says how many and why.
    assert!(err.contains("Shares skipped: 10"), "{err}");
    assert!(
        err.contains("p30.etapp: not shared for evaluation"),
        "{err}"
    );
    assert!(err.contains("p34.etapp: expired"), "{err}");

    // Every step group, figure by figure.
    let shown = report["steps"].as_array().unwrap();
    assert_eq!(shown.len(), groups.len());
    let mut suppressed = 0;
    for g in shown {
        let step_type = StepType::parse(g["step_type"].as_str().unwrap()).unwrap();
        let agency = Agency::parse(g["agency"].as_str().unwrap()).unwrap();
        let e = &groups[&(step_type, agency)];
        if e.who.len() < 5 {
            suppressed += 1;
            assert_eq!(g["suppressed"], true);
            assert!(g["figures"].is_null(), "{g}");
            continue;
        }
        let f = &g["figures"];
        assert_eq!(f["participants"], e.who.len(), "{step_type:?}");
        for s in StepStatus::ALL {
            assert_eq!(
                f["steps"][s.code()],
                e.steps.get(s).copied().unwrap_or(0),
                "{g}"
            );
        }
        assert_eq!(
            f["median_days_planned_to_done"].as_f64(),
            median(e.days.clone()),
            "{g}"
        );
        assert_eq!(f["usefulness"], serde_json::json!(e.usefulness), "{g}");
    }
    assert_eq!(suppressed, 1, "the rare step of four participants");
    assert!(groups.values().filter(|e| !e.days.is_empty()).count() >= 5);
    // Every life area.
    assert!(areas.values().filter(|c| c.len() >= 5).count() >= 6);
    for a in report["life_areas"].as_array().unwrap() {
        let area = LifeArea::parse(a["life_area"].as_str().unwrap()).unwrap();
        let changes = areas.get(&area).cloned().unwrap_or_default();
        if changes.len() < 5 {
            assert!(a["figures"].is_null());
            continue;
        }
        let f = &a["figures"];
        assert_eq!(f["participants"], changes.len());
        assert_eq!(f["median_change"].as_f64(), median(changes.clone()));
        let mut spread = [0usize; 9];
        for c in &changes {
            spread[(c + 4) as usize] += 1;
        }
        assert_eq!(f["changes"], serde_json::json!(spread));
    }

    // CSV: the same figures; refused over an existing file unless --force.
    let csv = root.join("report.csv");
    let csv_s = csv.to_str().unwrap();
    let (status, _, err) = run(&["report", "--identity", key, folder, "--csv", csv_s], root);
    assert_eq!(status, 0, "{err}");
    assert!(err.contains("The report is saved in"), "{err}");
    let text = std::fs::read_to_string(&csv).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split(',').collect()).collect();
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let rare = rows
        .iter()
        .find(|r| r[col("step_type")] == "other" && r[col("agency")] == "civil_society")
        .unwrap();
    assert_eq!(rare[col("participants")], "<5");
    assert!(rare[col("participants") + 1..].iter().all(|c| c.is_empty()));
    let sfi = rows
        .iter()
        .find(|r| r[col("step_type")] == "sfi_course")
        .unwrap();
    let e = &groups[&(StepType::SfiCourse, Agency::AdultEducation)];
    assert_eq!(sfi[col("participants")], e.who.len().to_string());
    assert_eq!(
        sfi[col("steps_done")],
        e.steps[&StepStatus::Done].to_string()
    );
    assert_eq!(sfi[col("usefulness_5")], e.usefulness[4].to_string());
    assert_eq!(rows.len(), 1 + groups.len() + LifeArea::ALL.len());
    let (status, _, err) = run(&["report", "--identity", key, folder, "--csv", csv_s], root);
    assert_eq!(status, 15, "{err}");
    let (status, _, err) = run(
        &[
            "report",
            "--identity",
            key,
            folder,
            "--csv",
            csv_s,
            "--force",
        ],
        root,
    );
    assert_eq!(status, 0, "{err}");

    // The summary, in Swedish by default.
    let (status, summary, err) = run(&["report", "--identity", key, folder], root);
    assert_eq!(status, 0, "{err}");
    assert!(summary.contains("Färre än 5 deltagare"), "{summary}");

    // No name and no free text of any source record, anywhere: what the
    // generator wrote, and the demo person's notes and appointments.
    let demo = demo::record().unwrap();
    let mut free: Vec<String> = demo.notes.iter().map(|n| n.text.clone()).collect();
    for s in &demo.steps {
        for a in &s.appointments {
            free.extend([a.place.clone(), a.with_whom.clone()]);
        }
    }
    free.retain(|t| t.len() > 3);
    assert!(!free.is_empty());
    for bytes in [&json, &text, &summary, &err] {
        assert!(!bytes.contains("SECRET"), "{bytes}");
        for t in &free {
            assert!(!bytes.contains(t.as_str()), "{t} in {bytes}");
        }
    }
}

/// A public key of an agency other than the test's own.
fn age_public_of_another_agency(root: &Path) -> Recipient {
    let file = root.join("other-agency.txt");
    let (status, public, err) = run(
        &["agency-key", "new", "--out", file.to_str().unwrap()],
        root,
    );
    assert_eq!(status, 0, "{err}");
    Recipient::parse_key(public.trim(), "recipient").unwrap()
}

#[test]
fn a_report_that_counts_nothing_exits_with_the_first_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let key_file = root.join("agency.txt");
    let (_, public, _) = run(
        &["agency-key", "new", "--out", key_file.to_str().unwrap()],
        root,
    );
    let to = Recipient::parse_key(public.trim(), "recipient").unwrap();
    let key = key_file.to_str().unwrap();
    let now = Timestamp::now();
    let b = seal(
        root,
        "follow-up.etapp",
        record(1, now, false),
        1,
        SharePurpose::FollowUp,
        now,
        30,
        &to,
    );
    let (status, out, err) = run(
        &["report", "--identity", key, b.file.to_str().unwrap()],
        root,
    );
    assert_eq!(status, 17, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("No share could be counted"), "{err}");
    // A folder with no shares.
    let empty = root.join("empty");
    std::fs::create_dir(&empty).unwrap();
    let (status, _, err) = run(
        &["report", "--identity", key, empty.to_str().unwrap()],
        root,
    );
    assert_eq!(status, 1, "{err}");
    assert!(err.contains("no shares"), "{err}");
    // A key file that is not a key.
    let (status, _, err) = run(
        &[
            "report",
            "--identity",
            b.file.to_str().unwrap(),
            root.to_str().unwrap(),
        ],
        root,
    );
    assert_eq!(status, 14, "{err}");
}
