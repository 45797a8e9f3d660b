//! The record on a heavy vault: every read, every write, the overview and
//! `export-record`, each timed on its own, against the record's goals.
//!
//! Why a heavy record: a first-year record of a dozen steps is fast
//! whatever the code does; what a person who has used Etapp for ten years
//! waits for is decided by how reads and writes grow with the record. So
//! the figures are taken on a record as heavy as the goals name: ten
//! years of history, 2 000 steps spread over every agency, type, stage and
//! status, each with its status history, most with appointments, many
//! closed ones evaluated; 20 final goals with five sub-goals each; 60
//! contacts; a full background with its asylum period, naming 20
//! different occupations (16 jobs and 4 educations); and part 2 of the
//! record: 1 000 check-ins scoring all eight life areas, 500
//! notes in three languages, 200 obstacles in every status, life areas on
//! most steps, a chosen stage.
//!
//! The generator is deterministic (SplitMix64 from a fixed seed, a fixed
//! "today"): the same record on every machine and in every run, so
//! figures from two runs or two machines describe the same work. It is
//! put into a real vault through `Vault::import_record`, the path
//! `import-record` and the demo take (one transaction: seconds rather than
//! the minutes 2 000 separate commits would take to set up).
//!
//! Why absolute times here, when the other benchmarks report ratios to a
//! floor: the record's goals are absolute (each read < 10 ms, each write
//! < 20 ms, export < 100 ms: what a person notices), and there is no
//! meaningful floor for "read 2 000 steps". They are reported as figures
//! with "pass" or "miss", never as a test. The key derivation of creating
//! and unlocking the vault is outside every timing; the vault is closed
//! and unlocked again after the import, so the operations run on the
//! connection a session has. Reads and export run on the untouched record,
//! before any write; each write commits its own transaction (WAL,
//! `synchronous = FULL`), so its time includes the sync to disk.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use etapp_core::catalog::{
    Agency, Code, GoalKind, GoalStatus, IscedLevel, LanguageLevel, Level, LifeArea, ObstacleKind,
    ObstacleStatus, Recognition, Stage, StepStatus, StepType,
};
use etapp_core::jiff::civil::{date, Date};
use etapp_core::jiff::tz::TimeZone;
use etapp_core::jiff::{Timestamp, ToSpan};
use etapp_core::record::background::{
    AsylumPeriodEntry, Certificate, DrivingLicence, Education, Skill, WorkExperience,
};
use etapp_core::record::{
    occupation, portable, Appointment, AreaLevel, Background, CheckIn, Child, Contact,
    EstablishmentProgramme, Evaluation, Goal, Household, Note, Obstacle, Occupation, Profile,
    Record, SpokenLanguage, StatusChange, Step,
};
use etapp_core::vault::{Passphrase, Vault};

use crate::report::{Section, Table};
use crate::stats::Samples;
use crate::tmp::TempDir;
use crate::{Options, Result};

const PASSPHRASE: &str = "benchmark passphrase, long enough";

/// The generator's seed ("Etapp" in ASCII).
const SEED: u64 = 0x45_74_61_70_70;
/// The day the record is "now": every date in it is on or before it.
pub const TODAY: Date = date(2026, 6, 30);
/// The day the participant arrived: ten years before [`TODAY`].
const ARRIVED: Date = date(2016, 7, 1);

const STEPS: usize = 2_000;
const FINAL_GOALS: usize = 20;
const SUB_GOALS_PER_FINAL_GOAL: usize = 5;
const CONTACTS: usize = 60;
const CHECKINS: usize = 1_000;
const NOTES: usize = 500;
const OBSTACLES: usize = 200;
/// The occupations the background names: one for each of [`WORK`] jobs,
/// and one for each of the four educations that trained for one.
pub const OWN_OCCUPATIONS: usize = 20;
const WORK: usize = OWN_OCCUPATIONS - 4;

/// The record's goals, in milliseconds (medians).
const READ_GOAL_MS: f64 = 10.0;
const WRITE_GOAL_MS: f64 = 20.0;
const EXPORT_GOAL_MS: f64 = 100.0;

/// At least this many measured runs of each operation.
const MIN_RUNS: usize = 11;
/// Unmeasured runs of each operation first (statement cache, page cache).
const WARM_UP: usize = 1;

pub fn run(opts: &Options) -> Result<Section> {
    let runs = opts.runs()?.max(MIN_RUNS);
    let dir = TempDir::new("record")?;
    let vault_dir = dir.path().join("vault");

    eprintln!("record: generating the heavy record");
    let started = Instant::now();
    let heavy = generate()?;
    let generate_ms = ms_since(started);
    eprintln!("record: creating a vault and importing the record");
    let (vault, _code) = Vault::create(&vault_dir, &passphrase())?;
    let started = Instant::now();
    vault.store().import_record(&heavy, TODAY)?;
    let import_ms = ms_since(started);
    drop(vault);
    let vault = Vault::unlock(&vault_dir, &passphrase())?;
    let started = Instant::now();
    let first = vault.store().steps()?;
    let first_steps_ms = ms_since(started);
    drop(first);

    let size = size_table(&heavy, &vault, &vault_dir)?;
    let mut cases: Vec<Case> = Vec::new();
    let mut case = |what: &str, kind: Kind, samples: Samples| {
        cases.push(Case {
            what: what.to_owned(),
            kind,
            samples,
        })
    };

    // --- Reads and export, on the untouched record ---
    case(
        "`profile()`",
        Kind::Read,
        measure(runs, "profile", |_| timed(|| vault.store().profile()))?,
    );
    case(
        "`contacts()`",
        Kind::Read,
        measure(runs, "contacts", |_| timed(|| vault.store().contacts()))?,
    );
    case(
        "`background()`",
        Kind::Read,
        measure(runs, "background", |_| timed(|| vault.store().background()))?,
    );
    case(
        "`goals()`",
        Kind::Read,
        measure(runs, "goals", |_| timed(|| vault.store().goals()))?,
    );
    case(
        "`steps()` (all 2 000)",
        Kind::Read,
        measure(runs, "steps", |_| timed(|| vault.store().steps()))?,
    );
    case(
        "`step(id)`",
        Kind::Read,
        measure(runs, "step", |i| {
            // A different step each run, spread over the ten years.
            let id = spread_id(i);
            timed(|| vault.store().step(id))
        })?,
    );
    case(
        "`checkins()` (all 1 000)",
        Kind::Read,
        measure(runs, "checkins", |_| timed(|| vault.store().checkins()))?,
    );
    case(
        "`obstacles()` (all 200)",
        Kind::Read,
        measure(runs, "obstacles", |_| timed(|| vault.store().obstacles()))?,
    );
    case(
        "`notes()` (all 500)",
        Kind::Read,
        measure(runs, "notes", |_| timed(|| vault.store().notes()))?,
    );
    let noon = TODAY.at(12, 0, 0, 0);
    case(
        "`overview(now)` (the home screen)",
        Kind::Read,
        measure(runs, "overview", |_| timed(|| vault.store().overview(noon)))?,
    );
    let export = measure(runs, "export_record_json", |_| {
        timed(|| vault.store().export_record_json())
    })?;
    let export_bytes = vault.store().export_record_json()?.len();
    case("`export_record_json()`", Kind::Export, export);
    let read_part = measure(runs, "export_record", |_| {
        timed(|| vault.store().export_record())
    })?;
    let record = vault.store().export_record()?;
    let write_part = measure(runs, "serialize", |_| {
        let started = Instant::now();
        let json = serde_json::to_string_pretty(&record)?;
        let ms = ms_since(started);
        black_box(json);
        Ok(ms)
    })?;

    // --- Writes, each its own transaction ---
    let now = |i: usize| -> Result<Timestamp> {
        Ok(TimeZone::UTC.to_timestamp(TODAY.at(12, 0, 0, 0))? + (i as i64).seconds())
    };
    case(
        "`set_profile`",
        Kind::Write,
        measure(runs, "set_profile", |i| {
            let profile = Profile {
                municipality: if i.is_multiple_of(2) {
                    "Sandviken"
                } else {
                    "Gävle"
                }
                .into(),
                ..heavy.profile.clone()
            };
            timed(|| vault.store().set_profile(&profile, TODAY))
        })?,
    );
    case(
        "`add_goal` (a sub-goal)",
        Kind::Write,
        measure(runs, "add_goal", |i| {
            let goal = Goal {
                id: 0,
                final_goal_id: Some(1),
                kind: GoalKind::FreeText,
                title: format!("Extra sub-goal {i}"),
                occupation: None,
                target_date: Some(TODAY + 90.days()),
                status: GoalStatus::Active,
            };
            timed(|| vault.store().add_goal(&goal))
        })?,
    );
    case(
        "`update_goal`",
        Kind::Write,
        measure(runs, "update_goal", |i| {
            let goal = Goal {
                title: format!("Renamed goal {i}"),
                ..heavy.goals[FINAL_GOALS + i % 50].clone()
            };
            timed(|| vault.store().update_goal(&goal))
        })?,
    );
    let template = heavy
        .steps
        .iter()
        .find(|s| s.appointments.len() >= 4 && s.goal_ids.len() >= 2 && s.contact_id.is_some())
        .ok_or("the heavy record has no step with appointments, goals and a contact")?;
    case(
        "`add_step` (with goals and appointments)",
        Kind::Write,
        measure(runs, "add_step", |i| {
            let step = Step {
                title: format!("New step {i}"),
                ..template.clone()
            };
            let at = now(i)?;
            timed(|| vault.store().add_step(&step, at))
        })?,
    );
    case(
        "`update_step`",
        Kind::Write,
        measure(runs, "update_step", |i| {
            let step = Step {
                title: format!("Edited step {i}"),
                ..heavy.steps[spread_id(i + 7) as usize - 1].clone()
            };
            timed(|| vault.store().update_step(&step))
        })?,
    );
    let ongoing: Vec<i64> = ids_where(&heavy, |s| s.status == StepStatus::Ongoing);
    let closed: Vec<i64> = ids_where(&heavy, |s| s.status.is_closed());
    if ongoing.is_empty() || closed.is_empty() {
        return Err("the heavy record lacks ongoing or closed steps".into());
    }
    case(
        "`set_step_status`",
        Kind::Write,
        measure(runs, "set_step_status", |i| {
            // Each ongoing step in turn to done; after a full round, back.
            let id = ongoing[i % ongoing.len()];
            let status = if (i / ongoing.len()).is_multiple_of(2) {
                StepStatus::Done
            } else {
                StepStatus::Ongoing
            };
            let at = now(i)?;
            timed(|| vault.store().set_step_status(id, status, at))
        })?,
    );
    case(
        "`set_step_evaluation`",
        Kind::Write,
        measure(runs, "set_step_evaluation", |i| {
            let id = closed[(i * 37) % closed.len()];
            let evaluation = Evaluation {
                usefulness: (i % 5) as u8 + 1,
                helped: "The teacher explained the forms slowly, and the group met every week."
                    .into(),
                hard: "Getting there by bus took an hour each way.".into(),
            };
            timed(|| vault.store().set_step_evaluation(id, Some(&evaluation)))
        })?,
    );
    case(
        "`add_contact`",
        Kind::Write,
        measure(runs, "add_contact", |i| {
            let contact = Contact {
                id: 0,
                name: format!("New Contact {i}"),
                ..heavy.contacts[i % CONTACTS].clone()
            };
            timed(|| vault.store().add_contact(&contact))
        })?,
    );
    case(
        "`set_background` (the whole document)",
        Kind::Write,
        measure(runs, "set_background", |i| {
            let mut background = heavy.background.clone();
            background.skills[0].name = format!("Sewing, run {i}");
            timed(|| vault.store().set_background(&background, TODAY))
        })?,
    );
    case(
        "`add_checkin` (all eight areas)",
        Kind::Write,
        measure(runs, "add_checkin", |i| {
            let checkin = CheckIn {
                id: 0,
                date: TODAY,
                note: format!("Check-in {i} before the meeting"),
                ..heavy.checkins[i].clone()
            };
            timed(|| vault.store().add_checkin(&checkin, TODAY))
        })?,
    );
    case(
        "`update_checkin`",
        Kind::Write,
        measure(runs, "update_checkin", |i| {
            let mut checkin = heavy.checkins[i * 37 % CHECKINS].clone();
            checkin.areas[0].note = format!("Changed, run {i}");
            timed(|| vault.store().update_checkin(&checkin, TODAY))
        })?,
    );
    case(
        "`add_obstacle`",
        Kind::Write,
        measure(runs, "add_obstacle", |i| {
            let obstacle = Obstacle {
                id: 0,
                description: format!("Another obstacle, run {i}"),
                ..heavy.obstacles[i].clone()
            };
            timed(|| vault.store().add_obstacle(&obstacle, TODAY))
        })?,
    );
    let open: Vec<i64> = heavy
        .obstacles
        .iter()
        .filter(|o| o.status == ObstacleStatus::Open)
        .map(|o| o.id)
        .collect();
    case(
        "`set_obstacle_status` (to solved)",
        Kind::Write,
        measure(runs, "set_obstacle_status", |i| {
            let id = *open.get(i).ok_or("not enough open obstacles")?;
            timed(|| {
                vault
                    .store()
                    .set_obstacle_status(id, ObstacleStatus::Solved, TODAY)
            })
        })?,
    );
    case(
        "`add_note`",
        Kind::Write,
        measure(runs, "add_note", |i| {
            let note = Note {
                id: 0,
                date: TODAY,
                ..heavy.notes[i].clone()
            };
            timed(|| vault.store().add_note(&note, TODAY))
        })?,
    );
    case(
        "`set_stage`",
        Kind::Write,
        measure(runs, "set_stage", |i| {
            let stage = Stage::ALL[i % Stage::ALL.len()];
            timed(|| vault.store().set_stage(Some(stage)))
        })?,
    );
    case(
        "`delete_step` (with history, appointments, evaluation)",
        Kind::Write,
        measure(runs, "delete_step", |i| {
            // Closed steps, the kind with the most to delete, oldest first.
            let id = *closed.get(i * 3 + 1).ok_or("not enough steps to delete")?;
            timed(|| vault.store().delete_step(id))
        })?,
    );

    let mut table = Table::new([
        "operation",
        "ms, median (min–max)",
        "runs",
        "goal (median)",
        "verdict",
    ]);
    for c in &cases {
        let goal = c.kind.goal_ms();
        let verdict = if c.samples.median() < goal {
            "pass"
        } else {
            "**miss**"
        };
        table.row([
            format!("{}: {}", c.kind.name(), c.what),
            c.samples.cell(2),
            c.samples.len().to_string(),
            format!("< {goal:.0} ms"),
            verdict.to_owned(),
        ]);
    }
    let mut parts = Table::new(["export, in parts", "ms, median (min–max)", "runs"]);
    parts.row([
        "`export_record()`: read the whole record into memory".to_owned(),
        read_part.cell(2),
        read_part.len().to_string(),
    ]);
    parts.row([
        "`serde_json::to_string_pretty` of that record".to_owned(),
        write_part.cell(2),
        write_part.len().to_string(),
    ]);

    let misses: Vec<&str> = cases
        .iter()
        .filter(|c| c.samples.median() >= c.kind.goal_ms())
        .map(|c| c.what.as_str())
        .collect();
    let mut notes = vec![
        format!(
            "Setup, not measured against a goal: generating the record {generate_ms:.0} ms; \
             importing it (`import_record`, one transaction) {import_ms:.0} ms; the first \
             `steps()` after unlocking (SQLCipher's page cache empty, the file in the \
             system's cache) {first_steps_ms:.1} ms; the \
             exported document is {:.2} MB.",
            export_bytes as f64 / 1e6
        ),
        "Each write's time includes syncing the write-ahead log to disk, so it depends \
         on the disk as much as on Etapp."
            .to_owned(),
        "Writes run after reads and change the record slightly as they go (a few dozen \
         goals, steps and contacts added, as many steps deleted): nothing a 2 000-step \
         record notices."
            .to_owned(),
    ];
    if misses.is_empty() {
        notes.push("Every median is within its goal.".to_owned());
    } else {
        notes.push(format!("Missed: {}.", misses.join(", ")));
    }

    Ok(Section {
        title: "The record".into(),
        method: format!(
            "In-process, release build, one thread, on a deterministic heavy record \
             (seed {SEED:#x}) imported into a new vault in a temporary folder, then closed \
             and unlocked again; the key derivation is outside every timing. Each operation: \
             {WARM_UP} warm-up run, then {runs} measured runs, each timed on its own \
             (a different item each run where the operation takes one). Reads and the \
             export run on the untouched record, writes after them, each committing its \
             own transaction (WAL, `synchronous = FULL`) to the disk the temporary folder \
             is on."
        ),
        tables: vec![size, table, parts],
        notes,
    })
}

/// Whether an operation reads, writes or exports, and so its goal.
#[derive(Clone, Copy)]
enum Kind {
    Read,
    Write,
    Export,
}

impl Kind {
    fn goal_ms(self) -> f64 {
        match self {
            Kind::Read => READ_GOAL_MS,
            Kind::Write => WRITE_GOAL_MS,
            Kind::Export => EXPORT_GOAL_MS,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Read => "read",
            Kind::Write => "write",
            Kind::Export => "export",
        }
    }
}

struct Case {
    what: String,
    kind: Kind,
    samples: Samples,
}

fn passphrase() -> Passphrase {
    Passphrase::new(PASSPHRASE.to_owned())
}

fn ms_since(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1e3
}

/// Milliseconds `f` takes; what it returns is dropped after the clock
/// stops.
fn timed<T, E: Into<etapp_core::Error>>(
    f: impl FnOnce() -> std::result::Result<T, E>,
) -> Result<f64> {
    let started = Instant::now();
    let out = f();
    let ms = ms_since(started);
    black_box(out.map_err(Into::into)?);
    Ok(ms)
}

/// [`WARM_UP`] unmeasured runs, then `runs` measured ones; `run` gets the
/// run's number (warm-up included) and returns its milliseconds.
fn measure(runs: usize, label: &str, mut run: impl FnMut(usize) -> Result<f64>) -> Result<Samples> {
    eprintln!("record: {label}");
    for i in 0..WARM_UP {
        run(i)?;
    }
    (WARM_UP..WARM_UP + runs).map(run).collect()
}

/// A step id for run `i`, hopping through the record so that successive
/// runs read different years.
fn spread_id(i: usize) -> i64 {
    (1 + (i * 397) % STEPS) as i64
}

fn ids_where(record: &Record, keep: impl Fn(&Step) -> bool) -> Vec<i64> {
    record
        .steps
        .iter()
        .filter(|s| keep(s))
        .map(|s| s.id)
        .collect()
}

/// What the record holds, so the figures can be read against it.
fn size_table(record: &Record, vault: &Vault, vault_dir: &Path) -> Result<Table> {
    let steps = &record.steps;
    let count = |f: fn(&Step) -> usize| steps.iter().map(f).sum::<usize>().to_string();
    let bg = &record.background;
    let mut t = Table::new(["the heavy record", "count"]);
    t.row(["steps".to_owned(), steps.len().to_string()]);
    t.row([
        "status changes (history)".to_owned(),
        count(|s| s.status_history.len()),
    ]);
    t.row(["appointments".to_owned(), count(|s| s.appointments.len())]);
    t.row([
        "evaluations".to_owned(),
        count(|s| usize::from(s.evaluation.is_some())),
    ]);
    t.row([
        "links from steps to goals".to_owned(),
        count(|s| s.goal_ids.len()),
    ]);
    let statuses: Vec<String> = StepStatus::ALL
        .iter()
        .map(|st| {
            let n = steps.iter().filter(|s| s.status == *st).count();
            format!("{st} {n}")
        })
        .collect();
    t.row(["steps by status".to_owned(), statuses.join(", ")]);
    t.row([
        "goals (final + sub-goals)".to_owned(),
        format!(
            "{} ({FINAL_GOALS} + {})",
            record.goals.len(),
            record.goals.len() - FINAL_GOALS
        ),
    ]);
    t.row(["contacts".to_owned(), record.contacts.len().to_string()]);
    t.row([
        "check-ins (areas scored)".to_owned(),
        format!(
            "{} ({})",
            record.checkins.len(),
            record.checkins.iter().map(|c| c.areas.len()).sum::<usize>()
        ),
    ]);
    t.row(["notes".to_owned(), record.notes.len().to_string()]);
    t.row(["obstacles".to_owned(), record.obstacles.len().to_string()]);
    t.row([
        "links from steps to life areas".to_owned(),
        count(|s| s.life_areas.len()),
    ]);
    t.row([
        "background entries (education, work, skills, certificates, asylum period)".to_owned(),
        format!(
            "{}, {}, {}, {}, {}",
            bg.education.len(),
            bg.work_experience.len(),
            bg.skills.len(),
            bg.certificates.len(),
            bg.asylum_period.len()
        ),
    ]);
    t.row([
        "years of history".to_owned(),
        format!("{} to {}", ARRIVED.year(), TODAY.year()),
    ]);
    let db: u64 = ["vault.db", "vault.db-wal"]
        .iter()
        .filter_map(|f| std::fs::metadata(vault_dir.join(f)).ok())
        .map(|m| m.len())
        .sum();
    t.row([
        "database on disk (with its write-ahead log)".to_owned(),
        format!("{:.1} MB", db as f64 / 1e6),
    ]);
    // The record read back is the one generated: the import kept it all.
    if vault.store().export_record()? != *record {
        return Err("the record read back differs from the one imported".into());
    }
    Ok(t)
}

/// SplitMix64: a few lines, no dependency, and the same numbers on every
/// platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0 to `n - 1`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// `lo` to `hi`, both included.
    fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    fn percent(&mut self, p: u64) -> bool {
        self.next() % 100 < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const FIRST_NAMES: &[&str] = &[
    "Anna", "Johan", "Maria", "Erik", "Sara", "Karin", "Lars", "Fatima", "Ahmed", "Lena", "Per",
    "Eva", "Nils", "Ingrid", "Omar", "Sofia", "Mikael", "Hanna", "Jonas", "Elin",
];
const LAST_NAMES: &[&str] = &[
    "Lindqvist",
    "Berg",
    "Nilsson",
    "Andersson",
    "Karlsson",
    "Hassan",
    "Johansson",
    "Ek",
    "Svensson",
    "Holm",
    "Lund",
    "Persson",
    "Ali",
    "Sandberg",
    "Wikström",
];
const PLACES: &[&str] = &[
    "Arbetsförmedlingen, Drottninggatan 10, Gävle",
    "Vuxenutbildningen, hus B, sal 204",
    "Vårdcentralen Brynäs",
    "Socialkontoret, Kyrkogatan 2",
    "Folkhögskolan, Valbo",
    "Telefon",
    "Videomöte",
    "Biblioteket, språkcaféet",
];
/// Title stems, one per step type in [`StepType::ALL`] order.
const STEP_TITLES: &[&str] = &[
    "SFI course",
    "Civic orientation, module",
    "Internship at a care home",
    "Work training in the municipal kitchen",
    "Labour-market training: warehouse and logistics",
    "Validation of nursing skills",
    "Study-motivation course at the folk high school",
    "Vocational course: assistant nurse",
    "Job-search activity",
    "Health appointment",
    "Parental support group",
    "Housing application",
    "Meeting about the plan",
];

/// The heavy record: profile, contacts, background, goals and steps, as
/// a document `import_record` takes.
pub fn generate() -> Result<Record> {
    let mut rng = Rng(SEED);
    let occupations: Vec<Occupation> = occupation::all().map(|o| o.occupation()).collect();
    if occupations.is_empty() {
        return Err("the shipped occupation list is empty".into());
    }
    let permit = ARRIVED + 290.days();
    // The person's own occupations, all different: one for each job, and
    // the last ones for the educations that trained for one.
    let mut own: Vec<Occupation> = Vec::new();
    while own.len() < OWN_OCCUPATIONS {
        let o = rng.pick(&occupations).clone();
        if !own.contains(&o) {
            own.push(o);
        }
    }

    let profile = Profile {
        name: "Amal Yusuf".into(),
        arrived: Some(ARRIVED),
        residence_permit_name: "YUSUF, AMAL ABDI".into(),
        personal_identity_number: Some("19121212-1212".into()),
        migration_agency_case_number: Some("16-123456".into()),
        languages: [
            ("Somali", LanguageLevel::FirstLanguage),
            ("Arabic", LanguageLevel::Fluent),
            ("English", LanguageLevel::Good),
            ("Swedish", LanguageLevel::Fluent),
        ]
        .into_iter()
        .map(|(l, level)| SpokenLanguage {
            language: l.into(),
            level,
        })
        .collect(),
        residence_permit_date: Some(permit),
        municipality: "Gävle".into(),
        household: Household {
            adults: 2,
            children: [2011, 2014, 2018, 2021]
                .into_iter()
                .map(|birth_year| Child { birth_year })
                .collect(),
        },
        establishment_programme: EstablishmentProgramme {
            participating: false,
            since: Some(permit + 60.days()),
        },
    };

    let agencies: Vec<Agency> = Agency::ALL
        .iter()
        .copied()
        .filter(|a| *a != Agency::Myself)
        .collect();
    let contacts: Vec<Contact> = (0..CONTACTS)
        .map(|i| {
            let first = *rng.pick(FIRST_NAMES);
            let last = *rng.pick(LAST_NAMES);
            Contact {
                id: i as i64 + 1,
                name: format!("{first} {last}"),
                agency: agencies[i % agencies.len()],
                unit: format!("Unit {} in Gävle", i % 7 + 1),
                phone: format!("010-{:03} {:02} {:02}", rng.below(1000), rng.below(100), i),
                email: format!(
                    "{}.{}{i}@example.se",
                    first.to_lowercase(),
                    last.to_lowercase()
                ),
                note: "Case worker for a while; best reached in the morning. Speaks slowly \
                       and writes down what was agreed."
                    .into(),
            }
        })
        .collect();

    let background = Background {
        education: (1..=6)
            .map(|id| Education {
                id,
                level: Some(IscedLevel::ALL[(id as usize + 1) % IscedLevel::ALL.len()]),
                field: [
                    "Primary school",
                    "Secondary school",
                    "Nursing",
                    "Accounting",
                    "Swedish",
                    "IT support",
                ][id as usize - 1]
                    .into(),
                // Nursing, accounting, Swedish and IT support trained for
                // an occupation; primary and secondary school did not.
                occupation: (id > 2).then(|| own[WORK + id as usize - 3].clone()),
                country: if id <= 3 { "SO" } else { "SE" }.into(),
                years: Some(id as u8 + 1),
                completed: id != 4,
                documents_at_hand: id % 2 == 0,
                recognition: Recognition::ALL[id as usize % Recognition::ALL.len()],
            })
            .collect(),
        work_experience: (1..=WORK as u32)
            .map(|id| WorkExperience {
                id,
                occupation: Some(own[id as usize - 1].clone()),
                title: format!("Work {id}, in my own words"),
                country: if id <= 5 { "SO" } else { "SE" }.into(),
                years: Some((id % 6) as u8 + 1),
                tasks: "Served customers, kept the accounts of the shop, trained new staff \
                        and ordered goods from the wholesaler every week."
                    .into(),
            })
            .collect(),
        skills: (1..=30)
            .map(|id| Skill {
                id,
                name: format!("Skill {id}: sewing, cooking, first aid, spreadsheets"),
            })
            .collect(),
        certificates: (1..=10)
            .map(|id| Certificate {
                id,
                name: format!("Certificate {id}"),
                issuer: "Region Gävleborg".into(),
                year: Some(2017 + (id % 9) as i16),
            })
            .collect(),
        driving_licence: Some(DrivingLicence {
            classes: "B, C1".into(),
            country: "SE".into(),
        }),
        asylum_period: (1..=8)
            .map(|id| AsylumPeriodEntry {
                id,
                title: format!("Volunteer at the accommodation, task {id}"),
                description: "Interpreted for new arrivals and helped in the kitchen of \
                              the accommodation three days a week."
                    .into(),
                start_date: Some(ARRIVED + (i64::from(id) * 30).days()),
                end_date: Some(ARRIVED + (i64::from(id) * 30 + 25).days()),
            })
            .collect(),
    };

    let mut goals = Vec::new();
    for f in 0..FINAL_GOALS {
        let kind = [GoalKind::Occupation, GoalKind::Studies, GoalKind::FreeText][f % 3];
        goals.push(Goal {
            id: f as i64 + 1,
            final_goal_id: None,
            kind,
            title: format!("Final goal {}: work or studies I aim for", f + 1),
            occupation: (kind == GoalKind::Occupation).then(|| rng.pick(&occupations).clone()),
            target_date: Some(ARRIVED + (365 + 150 * f as i64).days()),
            status: *rng.pick(&[GoalStatus::Active, GoalStatus::Reached, GoalStatus::Dropped]),
        });
    }
    for f in 0..FINAL_GOALS {
        for s in 0..SUB_GOALS_PER_FINAL_GOAL {
            goals.push(Goal {
                id: (goals.len() + 1) as i64,
                final_goal_id: Some(f as i64 + 1),
                kind: GoalKind::FreeText,
                title: format!("Sub-goal {} of final goal {}", s + 1, f + 1),
                occupation: None,
                target_date: Some(ARRIVED + (120 + 150 * f as i64 + 30 * s as i64).days()),
                status: *rng.pick(&[GoalStatus::Active, GoalStatus::Reached]),
            });
        }
    }

    let span_days = (TODAY - ARRIVED).get_days() as i64;
    let mut steps = Vec::with_capacity(STEPS);
    for i in 0..STEPS {
        let offset = (i as i64 * span_days / STEPS as i64 + rng.between(0, 5)).min(span_days);
        let start = ARRIVED + offset.days();
        let type_index = rng.below(StepType::ALL.len());
        let agency = if rng.percent(5) {
            Agency::Myself
        } else {
            *rng.pick(&agencies)
        };
        let of_agency: Vec<&Contact> = contacts.iter().filter(|c| c.agency == agency).collect();
        let contact = (!of_agency.is_empty() && rng.percent(80)).then(|| rng.pick(&of_agency));
        let stage_index = (offset * 4 / (span_days + 1) + rng.between(-1, 1)).clamp(0, 3);
        let recent = span_days - offset < 365;
        let status = final_status(&mut rng, recent);
        let duration = rng.between(1, 180);
        let end = start + duration.days();
        let mut goal_ids: Vec<i64> = (0..rng.below(4))
            .map(|_| rng.between(1, goals.len() as i64))
            .collect();
        goal_ids.sort_unstable();
        goal_ids.dedup();
        let mut appointments: Vec<Appointment> = (0..rng.below(7))
            .map(|_| Appointment {
                at: (start + rng.between(0, duration).days()).at(
                    rng.between(8, 16) as i8,
                    [0, 15, 30, 45][rng.below(4)],
                    0,
                    0,
                ),
                place: (*rng.pick(PLACES)).into(),
                with_whom: contact.map_or("Handläggare".into(), |c| c.name.clone()),
            })
            .collect();
        appointments.sort_by_key(|a| a.at);
        let evaluation = (status.is_closed() && rng.percent(60)).then(|| Evaluation {
            usefulness: rng.between(1, 5) as u8,
            helped: "Someone explained what would happen next, in Arabic, and wrote it down."
                .into(),
            hard: "The times changed twice and I had to find childcare at short notice.".into(),
        });
        steps.push(Step {
            id: i as i64 + 1,
            title: format!(
                "{} ({})",
                STEP_TITLES[type_index % STEP_TITLES.len()],
                i + 1
            ),
            step_type: StepType::ALL[type_index],
            agency,
            contact_id: contact.map(|c| c.id),
            stage: Stage::ALL[stage_index as usize],
            status,
            status_history: history(status, start, end, &mut rng)?,
            start_date: Some(start),
            end_date: (status != StepStatus::Proposed).then_some(end),
            goal_ids,
            life_areas: {
                let mut areas: Vec<LifeArea> = (0..rng.below(4))
                    .map(|_| *rng.pick(LifeArea::ALL))
                    .collect();
                areas.sort_unstable();
                areas.dedup();
                areas
            },
            appointments,
            evaluation,
        });
    }

    // Check-ins: evenly over the ten years, every area each time, the
    // levels wandering up over the years; a note on every fifth area.
    let checkins = (0..CHECKINS)
        .map(|i| {
            let day = ARRIVED + (i as i64 * span_days / CHECKINS as i64).days();
            let trend = (i * 4 / CHECKINS) as i64;
            CheckIn {
                id: i as i64 + 1,
                date: day,
                areas: LifeArea::ALL
                    .iter()
                    .map(|&life_area| AreaLevel {
                        life_area,
                        level: if rng.percent(5) {
                            Level::NotRelevant
                        } else {
                            Level::from_score((1 + trend + rng.between(0, 1)).clamp(1, 5) as u8)
                                .unwrap_or(Level::GettingHelp)
                        },
                        note: if rng.percent(20) {
                            "Better than last month, but the rent is still a worry.".into()
                        } else {
                            String::new()
                        },
                    })
                    .collect(),
                note: if i % 10 == 0 {
                    "Made with the case worker before the follow-up meeting.".into()
                } else {
                    String::new()
                },
            }
        })
        .collect();
    let languages = ["so", "sv", "ar"];
    let notes = (0..NOTES)
        .map(|i| Note {
            id: i as i64 + 1,
            date: ARRIVED + (i as i64 * span_days / NOTES as i64).days(),
            language: languages[i % languages.len()].into(),
            text: "What was said at the meeting: the next step starts after the summer; \
                   bring the certificate and the school's letter.\nQuestion for next time: \
                   can the course be in the afternoon?"
                .into(),
        })
        .collect();
    let obstacles = (0..OBSTACLES)
        .map(|i| {
            let noticed = ARRIVED + (i as i64 * (span_days - 60) / OBSTACLES as i64).days();
            let status = ObstacleStatus::ALL[i % ObstacleStatus::ALL.len()];
            let agency = *rng.pick(&agencies);
            Obstacle {
                id: i as i64 + 1,
                kind: ObstacleKind::ALL[i % ObstacleKind::ALL.len()],
                description: "It stops me from starting the course on time.".into(),
                status,
                handled_by: (status != ObstacleStatus::Open).then_some(agency),
                contact_id: (status != ObstacleStatus::Open)
                    .then(|| contacts.iter().find(|c| c.agency == agency).map(|c| c.id))
                    .flatten(),
                noticed_on: noticed,
                handling_since: (status != ObstacleStatus::Open).then(|| noticed + 14.days()),
                solved_on: (status == ObstacleStatus::Solved).then(|| noticed + 45.days()),
            }
        })
        .collect();

    let record = Record {
        format: portable::FORMAT.into(),
        version: portable::VERSION,
        profile,
        contacts,
        background,
        goals,
        steps,
        stage: Some(Stage::Matching),
        checkins,
        obstacles,
        notes,
    };
    Ok(record)
}

/// Where a step ends up: the last year's steps are mostly still open,
/// older ones mostly closed; every status occurs.
fn final_status(rng: &mut Rng, recent: bool) -> StepStatus {
    use StepStatus::*;
    let weights: &[(StepStatus, u64)] = if recent {
        &[
            (Proposed, 15),
            (Planned, 20),
            (Ongoing, 30),
            (Paused, 10),
            (Done, 20),
            (Cancelled, 5),
        ]
    } else {
        &[(Done, 70), (Cancelled, 18), (Paused, 7), (Ongoing, 5)]
    };
    let mut roll = rng.next() % weights.iter().map(|w| w.1).sum::<u64>();
    for (status, weight) in weights {
        if roll < *weight {
            return *status;
        }
        roll -= weight;
    }
    Done
}

/// The status history leading to `status`, in time order, within the
/// step's days.
fn history(status: StepStatus, start: Date, end: Date, rng: &mut Rng) -> Result<Vec<StatusChange>> {
    use StepStatus::*;
    let at = |d: Date, hour: i8| -> Result<Timestamp> {
        Ok(TimeZone::UTC.to_timestamp(d.at(hour, 0, 0, 0))?)
    };
    let days = (end - start).get_days() as i64;
    let paused_on = start + (days / 3).days();
    let resumed_on = start + (days / 2).days();
    let mut path: Vec<(StepStatus, Date, i8)> = vec![(Proposed, start - 14.days(), 9)];
    if status == Proposed {
        return path_to_history(path, at);
    }
    path.push((Planned, start - 7.days(), 10));
    match status {
        Planned => {}
        Cancelled if rng.percent(50) => path.push((Cancelled, start - 1.days(), 11)),
        _ => {
            path.push((Ongoing, start, 8));
            let pauses = status == Paused || rng.percent(20);
            if pauses {
                path.push((Paused, paused_on, 12));
            }
            if status != Paused {
                if pauses {
                    path.push((Ongoing, resumed_on, 13));
                }
                if status != Ongoing {
                    path.push((status, end, 15));
                }
            }
        }
    }
    path_to_history(path, at)
}

fn path_to_history(
    path: Vec<(StepStatus, Date, i8)>,
    at: impl Fn(Date, i8) -> Result<Timestamp>,
) -> Result<Vec<StatusChange>> {
    path.into_iter()
        .map(|(status, d, hour)| {
            Ok(StatusChange {
                status,
                at: at(d, hour)?,
            })
        })
        .collect()
}
