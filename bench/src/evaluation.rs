//! A report across participants: `etapp report` over 250, 500 and 1 000
//! bundles locked to one agency's X25519 key, end to end (start to exit),
//! with its peak memory, against Debian's `age -d -i` of one such bundle
//! in the same run.
//!
//! Why these measures: an agency evaluates from hundreds of shares at a
//! time, so the report must stay fast per bundle and must stream — read,
//! reduce to codes and numbers, drop — so that its memory does not grow
//! with the number of bundles. Peak memory at three counts shows whether
//! it does; `age -d -i` of one bundle is the floor any age tool pays per
//! file (it carries a process start, as does every `etapp report` run).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use etapp_core::bundle::agency::AgencyKey;
use etapp_core::bundle::draft::{self, ShareRequest};
use etapp_core::bundle::select::Selection;
use etapp_core::bundle::{self, Recipient, ShareTo};
use etapp_core::catalog::{Agency, SharePurpose, ShareSection};
use etapp_core::i18n::Locale;
use etapp_core::jiff::Timestamp;
use etapp_core::record::demo;
use etapp_core::signature::{Fingerprint, Signer};

use crate::report::{Section, Table};
use crate::stats::Samples;
use crate::tmp::TempDir;
use crate::{Options, Result};

/// The counts of bundles a report is run over.
const COUNTS: [usize; 3] = [250, 500, 1000];
/// The whole report over 1 000 bundles, at most (median).
const TOTAL_GOAL_MS: f64 = 2000.0;
/// Peak memory at 1 000 bundles against 250, at most: flat.
const MEMORY_RATIO_GOAL: f64 = 1.25;

/// Runs a command and prints its wall time in milliseconds and its peak
/// resident size in KiB: a process of its own, so only that command's
/// memory is counted.
const HARNESS: &str = "import resource, subprocess, sys, time\n\
    t = time.perf_counter()\n\
    code = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, \
    stderr=subprocess.DEVNULL).returncode\n\
    ms = (time.perf_counter() - t) * 1000\n\
    print(ms, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n\
    sys.exit(code)";

/// Milliseconds and peak KiB of `program args…`.
fn measured(program: &Path, args: &[&str]) -> Result<(f64, f64)> {
    let out = Command::new("python3")
        .arg("-c")
        .arg(HARNESS)
        .arg(program)
        .args(args)
        .stdin(Stdio::null())
        .output()?;
    if !out.status.success() {
        return Err(format!("{} {args:?} failed ({:?})", program.display(), out.status).into());
    }
    let text = String::from_utf8(out.stdout)?;
    let mut parts = text.split_whitespace();
    let ms: f64 = parts.next().ok_or("no time")?.parse()?;
    let kib: f64 = parts.next().ok_or("no memory")?.parse()?;
    Ok((ms, kib))
}

pub fn run(opts: &Options) -> Result<Section> {
    let runs = opts.runs()?.max(3);
    let etapp = opts.path("etapp")?;
    let dir = TempDir::new("evaluation")?;
    let key = AgencyKey::generate();
    let key_file = dir.path().join("agency.txt");
    std::fs::write(&key_file, key.file_text(Timestamp::now()).as_bytes())?;
    let to = Recipient::parse_key(&key.public_key(), "recipient")?;

    eprintln!("evaluation: sealing {} bundles", COUNTS[2]);
    let record = demo::record()?;
    let now = Timestamp::now();
    let all = dir.subdir("all")?;
    let mut sizes = Samples::new();
    for i in 0..COUNTS[2] {
        let mut seed = [7u8; 32];
        seed[..8].copy_from_slice(&(i as u64).to_le_bytes());
        let signer = ed25519_dalek::SigningKey::from_bytes(&seed);
        let fp = Fingerprint::of(&signer.public_key());
        let request = ShareRequest {
            to: ShareTo {
                name: "Evaluation unit".into(),
                agency: Some(Agency::MunicipalLabourMarket),
                unit: String::new(),
            },
            purpose: SharePurpose::EvaluateStep,
            purpose_text: String::new(),
            selection: Selection {
                sections: vec![ShareSection::Steps, ShareSection::Checkins],
                items: Vec::new(),
                include_sensitive: true,
            },
            expires_in_days: 365,
            locale: Locale::swedish(),
        };
        let d = draft::draft(&record, &request, &fp.hex, format!("{i:032x}"), now)?;
        let bytes = bundle::seal(&d.payload, &signer, &to)?;
        sizes.push(bytes.len() as f64);
        std::fs::write(all.join(format!("{i:04}.etapp")), bytes)?;
    }
    // A folder per count, of hard links to the first bundles.
    let mut folders = Vec::new();
    for n in COUNTS {
        let folder = dir.subdir(&format!("n{n}"))?;
        for i in 0..n {
            let name = format!("{i:04}.etapp");
            std::fs::hard_link(all.join(&name), folder.join(&name))?;
        }
        folders.push(folder);
    }

    eprintln!("evaluation: etapp report and age -d -i");
    let key_arg = key_file.to_str().ok_or("path is not text")?;
    let one = all.join("0000.etapp");
    let one_arg = one.to_str().ok_or("path is not text")?;
    let age = Path::new("age");
    let mut time: Vec<Samples> = COUNTS.iter().map(|_| Samples::new()).collect();
    let mut peak: Vec<Samples> = COUNTS.iter().map(|_| Samples::new()).collect();
    let mut age_ms = Samples::new();
    let started = Instant::now();
    for _ in 0..runs {
        for (k, folder) in folders.iter().enumerate() {
            let folder = folder.to_str().ok_or("path is not text")?;
            let (ms, kib) = measured(&etapp, &["report", "--identity", key_arg, folder, "--json"])?;
            time[k].push(ms);
            peak[k].push(kib / 1024.0);
        }
        let (ms, _) = measured(age, &["-d", "-i", key_arg, "-o", "/dev/null", one_arg])?;
        age_ms.push(ms);
    }
    eprintln!(
        "evaluation: measured in {:.0} s",
        started.elapsed().as_secs_f64()
    );

    let mut table = Table::new([
        "bundles",
        "`etapp report --json`, ms, median (min–max)",
        "ms a bundle (median)",
        "peak memory, MiB (median)",
    ]);
    for (k, n) in COUNTS.iter().enumerate() {
        table.row([
            n.to_string(),
            time[k].cell(0),
            format!("{:.2}", time[k].median() / *n as f64),
            format!("{:.1}", peak[k].median()),
        ]);
    }
    let mut floor = Table::new(["one bundle", "ms, median (min–max)", "runs"]);
    floor.row([
        "Debian's `age -d -i` (start to exit)".to_owned(),
        age_ms.cell(1),
        age_ms.len().to_string(),
    ]);
    let total = time[2].median();
    let mut goals = Table::goals();
    goals.goal(
        "report over 1 000 bundles / 2 s",
        total / TOTAL_GOAL_MS,
        1.0,
    );
    goals.goal(
        "peak memory at 1 000 bundles / at 250",
        peak[2].median() / peak[0].median(),
        MEMORY_RATIO_GOAL,
    );
    Ok(Section {
        title: "Reports across participants".into(),
        method: format!(
            "{} bundles of the demo person's steps and check-ins (the same record in each, so \
             every group is shown), each signed by its own key and locked to one agency's X25519 key, \
             median {:.0} bytes; the release `etapp report --identity KEY FOLDER --json` over \
             folders of 250, 500 and 1 000 of them, {runs} runs each, timed start to exit with \
             the peak resident size of that process alone; and Debian's `age -d -i` of one of \
             them in the same loop.",
            COUNTS[2],
            sizes.median()
        ),
        tables: vec![table, floor, goals],
        notes: vec![format!(
            "Per bundle, the report costs {:.2} ms at 1 000 bundles; one `age -d -i` of one \
             bundle costs {:.1} ms, almost all of it a process start, which the report pays \
             once for all of them.",
            total / COUNTS[2] as f64,
            age_ms.median()
        )],
    })
}
