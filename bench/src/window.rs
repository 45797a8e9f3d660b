//! Etapp's window against an empty Tauri window: start, memory, size.
//!
//! What a person notices first is how long the window takes to show and
//! how much of the computer it takes. Most of that is WebKitGTK and Tauri,
//! which Etapp cannot change; so every figure is a ratio to the same costs
//! of an empty Tauri v2 window (bench/baseline-window) measured in the same
//! run, on the same display, with the same method. Goals: start and memory
//! at most 1.3× the empty window, binary at most 1.5×.
//!
//! Three apps: the empty window; Etapp with a fresh, empty vault folder (it
//! shows the welcome screen); Etapp with a vault present (it shows the
//! unlock screen). Each is started two ways, since the two differ a lot:
//!
//! - **first start**: the XDG config, data and cache folders are new and
//!   empty, as on the first start after installing. Among other things the
//!   graphics driver's shader cache is empty: under Xvfb, Mesa's llvmpipe
//!   compiles every shader WebKit's renderer needs with LLVM, which costs
//!   more for a page that draws more kinds of things.
//! - **later start**: the same XDG folders as the app's previous starts
//!   (the warm-up start fills them), as on every start after the first.
//!
//! Every start is a new process. The files themselves are in the page
//! cache (the warm-up starts see to that), so "cold" means a new process,
//! not a cold disk. The cases take turns, rotating their order each round,
//! so a slow moment of the machine does not fall on one case only.
//!
//! Expects `$DISPLAY` to be an otherwise empty X server without a window
//! manager (scripts/bench.sh starts an Xvfb for it), and `xwd` (x11-apps).

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use etapp_core::vault::{Passphrase, Vault};

use crate::proctree::{self, TreeUsage};
use crate::report::{Section, Table};
use crate::screen::{self, Frame, Watch};
use crate::stats::Samples;
use crate::tmp::TempDir;
use crate::{Options, Result};

/// When memory and CPU time are read, after the process is started.
const MEMORY_AT: Duration = Duration::from_secs(4);
/// How long the screen must stay unchanged after its last change.
const QUIET: Duration = Duration::from_secs(1);
/// A start that has not settled by then failed.
const GIVE_UP: Duration = Duration::from_secs(30);

/// GTK settings for every measured start, so that a page that has finished
/// painting stops changing the screen: no blinking text cursor (a focused
/// text field would blink forever), and classic scrollbars instead of
/// overlay ones (a page taller than the window shows an overlay scrollbar
/// that fades out over the next seconds).
const GTK_SETTINGS: &str = "[Settings]\ngtk-cursor-blink = false\ngtk-overlay-scrolling = false\n";

#[derive(Clone, Copy, PartialEq)]
enum App {
    Baseline,
    Welcome,
    Unlock,
}

impl App {
    const ALL: [App; 3] = [App::Baseline, App::Welcome, App::Unlock];

    fn title(self) -> &'static str {
        match self {
            App::Baseline => "empty Tauri window",
            App::Welcome => "Etapp, empty vault folder (welcome)",
            App::Unlock => "Etapp, vault present (unlock)",
        }
    }

    fn key(self) -> &'static str {
        match self {
            App::Baseline => "baseline",
            App::Welcome => "etapp-welcome",
            App::Unlock => "etapp-unlock",
        }
    }
}

/// One app, started one way.
#[derive(Clone, Copy)]
struct Case {
    app: App,
    /// A later start (XDG folders kept from earlier starts), not a first.
    later: bool,
}

impl Case {
    /// Every case; first starts first, in [`App::ALL`] order.
    fn all() -> Vec<Case> {
        [false, true]
            .into_iter()
            .flat_map(|later| App::ALL.map(|app| Case { app, later }))
            .collect()
    }

    fn title(self) -> String {
        format!("{}, {}", self.app.title(), self.kind())
    }

    fn kind(self) -> &'static str {
        if self.later {
            "later start"
        } else {
            "first start"
        }
    }

    /// File name of its screenshot and label of its folders.
    fn key(self) -> String {
        let kind = if self.later { "later" } else { "first" };
        format!("{}-{kind}", self.app.key())
    }
}

/// One measured start.
struct Run {
    /// Mean time between two screen captures.
    capture_interval: Duration,
    first_pixels: Duration,
    painted: Duration,
    usage: TreeUsage,
    last_frame: Frame,
}

#[derive(Default)]
struct Results {
    first_pixels: Samples,
    painted: Samples,
    app_cpu: Samples,
    webkit_cpu: Samples,
    app_rss: Samples,
    app_pss: Samples,
    total_rss: Samples,
    total_pss: Samples,
    total_private: Samples,
    processes: String,
    last_frame: Frame,
}

impl Results {
    fn add(&mut self, run: Run) {
        let mib = |kib: u64| kib as f64 / 1024.0;
        self.first_pixels.push(ms(run.first_pixels));
        self.painted.push(ms(run.painted));
        let m = &run.usage;
        self.app_cpu.push(m.root().cpu_ms);
        self.webkit_cpu.push(m.descendants_cpu_ms());
        self.app_rss.push(mib(m.root().rss_kib));
        if let Some(p) = m.root().pss_kib {
            self.app_pss.push(mib(p));
        }
        self.total_rss.push(mib(m.total_rss_kib()));
        if let Some(p) = m.total_pss_kib() {
            self.total_pss.push(mib(p));
        }
        if let Some(p) = m.total_private_kib() {
            self.total_private.push(mib(p));
        }
        let names: Vec<&str> = m.processes.iter().map(|p| p.name.as_str()).collect();
        self.processes = names.join(" + ");
        self.last_frame = run.last_frame;
    }
}

/// The XDG folders an app is started with.
struct Home {
    _dir: TempDir,
    config: PathBuf,
    data: PathBuf,
    cache: PathBuf,
    runtime: PathBuf,
}

impl Home {
    fn new(label: &str) -> Result<Home> {
        let dir = TempDir::new(label)?;
        let config = dir.subdir("config")?;
        std::fs::create_dir_all(config.join("gtk-3.0"))?;
        std::fs::write(config.join("gtk-3.0/settings.ini"), GTK_SETTINGS)?;
        Ok(Home {
            config,
            data: dir.subdir("data")?,
            cache: dir.subdir("cache")?,
            runtime: dir.subdir("runtime")?,
            _dir: dir,
        })
    }
}

struct Setup {
    baseline: PathBuf,
    etapp: PathBuf,
    /// A vault made once, for the unlock screen.
    vault: PathBuf,
    empty: Frame,
    /// The folders kept across later starts, by case key.
    kept: Vec<(String, Home)>,
}

pub fn run(opts: &Options) -> Result<Section> {
    let runs = opts.runs()?;
    let baseline = opts.path("baseline")?;
    let etapp = opts.path("etapp")?;
    let shots = opts.optional_path("shots");
    if std::env::var_os("DISPLAY").is_none() {
        return Err("DISPLAY is not set; run it under Xvfb (scripts/bench.sh does)".into());
    }

    let dir = TempDir::new("window")?;
    let vault = dir.path().join("vault");
    eprintln!("window: creating a vault for the unlock screen");
    drop(Vault::create(
        &vault,
        &Passphrase::new("benchmark passphrase, long enough".into()),
    )?);
    let cases = Case::all();
    let mut kept = Vec::new();
    for c in cases.iter().filter(|c| c.later) {
        kept.push((c.key(), Home::new(&c.key())?));
    }
    let setup = Setup {
        baseline,
        etapp,
        vault,
        empty: screen::capture()?,
        kept,
    };

    for &case in &cases {
        eprintln!("window: warm-up, {}", case.title());
        start(&setup, case)?;
    }
    let mut capture_ms = Samples::new();
    let mut results: Vec<Results> = cases.iter().map(|_| Results::default()).collect();
    for round in 0..runs {
        for k in 0..cases.len() {
            let i = (k + round) % cases.len();
            let case = cases[i];
            eprintln!("window: run {} of {runs}, {}", round + 1, case.title());
            let r = start(&setup, case)?;
            capture_ms.push(ms(r.capture_interval));
            eprintln!(
                "window:   painted at {:.0} ms, app + WebKit RSS {:.0} MiB",
                ms(r.painted),
                r.usage.total_rss_kib() as f64 / 1024.0
            );
            results[i].add(r);
        }
    }

    if let Some(shots) = &shots {
        std::fs::create_dir_all(shots)?;
        for (case, r) in cases.iter().zip(&results) {
            std::fs::write(
                shots.join(format!("{}.xwd", case.key())),
                r.last_frame.xwd(),
            )?;
        }
    }

    let sizes = [
        stripped_size(&setup.baseline)?,
        stripped_size(&setup.etapp)?,
    ];
    // All measured apps have stopped: any WebKit process now is another's.
    let others = proctree::count_named("WebKit");
    let (first, later) = results.split_at(App::ALL.len());
    Ok(section(runs, first, later, sizes, &capture_ms, others))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The app processes of one start; stopped when dropped, whatever happened
/// (an early return on an error included).
///
/// The app's processes are found as its descendants, so only while it runs:
/// what an app that ended by itself left behind is not found here.
/// scripts/bench.sh runs this program as a process group of its own and
/// ends the group when it is done, which ends that too.
struct Running {
    child: Child,
    stopped: bool,
}

impl Running {
    fn stop(&mut self) {
        if std::mem::replace(&mut self.stopped, true) {
            return;
        }
        let pid = self.child.id();
        let mut family = proctree::descendants(pid).unwrap_or_default();
        signal(pid, "TERM");
        let deadline = Instant::now() + Duration::from_secs(3);
        // WebKit's processes end by themselves once the app's socket closes.
        loop {
            let app_done = matches!(self.child.try_wait(), Ok(Some(_)));
            if !app_done {
                // One started just before the signal is ended too.
                for p in proctree::descendants(pid).unwrap_or_default() {
                    if !family.contains(&p) {
                        family.push(p);
                    }
                }
            }
            if app_done && !family.iter().any(|&p| proctree::alive(p)) {
                return;
            }
            if Instant::now() > deadline {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        for p in family {
            if proctree::alive(p) {
                signal(p, "KILL");
            }
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Sends `sig` (a name such as `TERM`) with kill(1), which keeps this crate
/// free of platform-specific code: it only has to build elsewhere, the
/// window benchmark runs on Linux only.
fn signal(pid: u32, sig: &str) {
    let _ = Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(pid.to_string())
        .stderr(Stdio::null())
        .status();
}

/// Starts `case` once, watches it until it has painted and its memory is
/// read, and stops it.
fn start(setup: &Setup, case: Case) -> Result<Run> {
    wait_for_empty_screen(&setup.empty)?;
    let run_dir = TempDir::new(&case.key())?;
    let fresh;
    let home = if case.later {
        let (_, home) = setup
            .kept
            .iter()
            .find(|(k, _)| *k == case.key())
            .expect("a kept home for every later case");
        home
    } else {
        fresh = Home::new(&case.key())?;
        &fresh
    };
    let log_path = run_dir.path().join("stderr.log");

    let mut cmd = match case.app {
        App::Baseline => Command::new(&setup.baseline),
        App::Welcome => {
            let mut c = Command::new(&setup.etapp);
            c.arg("--vault").arg(run_dir.subdir("vault")?);
            c
        }
        App::Unlock => {
            let mut c = Command::new(&setup.etapp);
            c.arg("--vault").arg(&setup.vault);
            c
        }
    };
    cmd.env("XDG_CONFIG_HOME", &home.config)
        .env("XDG_DATA_HOME", &home.data)
        .env("XDG_CACHE_HOME", &home.cache)
        .env("XDG_RUNTIME_DIR", &home.runtime)
        .env("GDK_BACKEND", "x11")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(File::create(&log_path)?);

    let t0 = Instant::now();
    let mut app = Running {
        child: cmd.spawn()?,
        stopped: false,
    };
    let pid = app.child.id();
    let mut watch = Watch::new(setup.empty.clone());
    let mut usage = None;
    let mut captures = 0u32;
    loop {
        let frame = screen::capture()?;
        captures += 1;
        let now = t0.elapsed();
        watch.observe(now, frame);
        if usage.is_none() && now >= MEMORY_AT {
            usage = Some(proctree::tree(pid)?);
        }
        if usage.is_some() && watch.settled(now, QUIET) {
            break;
        }
        if let Ok(Some(status)) = app.child.try_wait() {
            return Err(failed(case, &format!("exited with {status}"), &log_path));
        }
        if now > GIVE_UP {
            let what = if watch.first_pixels().is_none() {
                "showed nothing"
            } else {
                "kept changing the screen"
            };
            return Err(failed(case, &format!("{what} for {GIVE_UP:?}"), &log_path));
        }
    }
    let watched = t0.elapsed();
    app.stop();
    Ok(Run {
        capture_interval: watched / captures,
        first_pixels: watch.first_pixels().expect("settled implies a change"),
        painted: watch.painted().expect("settled implies a change"),
        usage: usage.expect("read before settling"),
        last_frame: watch.last_frame().clone(),
    })
}

fn failed(case: Case, what: &str, log: &Path) -> Box<dyn std::error::Error> {
    let log = std::fs::read_to_string(log).unwrap_or_default();
    let tail: Vec<&str> = log.lines().rev().take(20).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    format!("{} {what}; its stderr:\n{}", case.title(), tail.join("\n")).into()
}

/// Waits until the previous start's window is gone.
fn wait_for_empty_screen(empty: &Frame) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while &screen::capture()? != empty {
        if Instant::now() > deadline {
            return Err("the screen did not return to empty between starts".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

/// Size in bytes of `bin` after `strip --strip-all` (a copy is stripped),
/// so a build setting that stops stripping cannot skew the comparison.
fn stripped_size(bin: &Path) -> Result<u64> {
    let dir = TempDir::new("strip")?;
    let out = dir.path().join("bin");
    let status = Command::new("strip")
        .arg("--strip-all")
        .arg("-o")
        .arg(&out)
        .arg(bin)
        .status()?;
    if !status.success() {
        return Err(format!("strip failed on {}", bin.display()).into());
    }
    Ok(std::fs::metadata(out)?.len())
}

/// The table of one kind of start: a row per measure, a column per app.
fn measures(kind: &str, r: &[Results]) -> Table {
    let mut header = vec![format!("{kind}: median (min–max)")];
    header.extend(App::ALL.iter().map(|a| a.title().to_owned()));
    let mut t = Table::new(header);
    let mut row = |what: &str, pick: fn(&Results) -> &Samples, decimals: usize| {
        let mut cells = vec![what.to_owned()];
        cells.extend(r.iter().map(|x| pick(x).cell(decimals)));
        t.row(cells);
    };
    row("first pixels, ms", |x| &x.first_pixels, 0);
    row("**start to first paint**, ms", |x| &x.painted, 0);
    row("CPU time by 4 s, app process, ms", |x| &x.app_cpu, 0);
    row(
        "CPU time by 4 s, WebKit processes, ms",
        |x| &x.webkit_cpu,
        0,
    );
    row("**app process RSS** at 4 s, MiB", |x| &x.app_rss, 1);
    row("app process PSS at 4 s, MiB", |x| &x.app_pss, 1);
    row(
        "**app + WebKit RSS** (sum) at 4 s, MiB",
        |x| &x.total_rss,
        1,
    );
    row(
        "**app + WebKit PSS** (sum) at 4 s, MiB",
        |x| &x.total_pss,
        1,
    );
    row(
        "app + WebKit private (sum) at 4 s, MiB",
        |x| &x.total_private,
        1,
    );
    let mut names = vec!["processes".to_owned()];
    names.extend(r.iter().map(|x| x.processes.clone()));
    t.row(names);
    t
}

fn section(
    runs: usize,
    first: &[Results],
    later: &[Results],
    sizes: [u64; 2],
    capture_ms: &Samples,
    other_webkit: usize,
) -> Section {
    let mib = |b: u64| b as f64 / (1024.0 * 1024.0);
    let mut bin = Table::new(["binary (stripped)", "MiB", "bytes"]);
    for (name, size) in [("empty Tauri window", sizes[0]), ("Etapp", sizes[1])] {
        bin.row([
            name.to_owned(),
            format!("{:.2}", mib(size)),
            size.to_string(),
        ]);
    }

    // Etapp's median over the empty window's, for one app and one measure.
    let ratio = |r: &[Results], app: App, f: fn(&Results) -> &Samples| {
        f(&r[app as usize]).median() / f(&r[App::Baseline as usize]).median()
    };
    let mut g = Table::new(["goal", "first start", "later start", "at most", "met"]);
    let mut goal = |what: &str, f: fn(&Results) -> &Samples, app: App| {
        let (a, b) = (ratio(first, app, f), ratio(later, app, f));
        g.row(goal_row(what, Some(a), Some(b), 1.3));
    };
    goal(
        "start to first paint, welcome",
        |x| &x.painted,
        App::Welcome,
    );
    goal(
        "start to first paint, vault present",
        |x| &x.painted,
        App::Unlock,
    );
    goal(
        "memory, app process RSS, welcome",
        |x| &x.app_rss,
        App::Welcome,
    );
    goal(
        "memory, app + WebKit RSS, welcome",
        |x| &x.total_rss,
        App::Welcome,
    );
    goal(
        "memory, app + WebKit PSS, welcome",
        |x| &x.total_pss,
        App::Welcome,
    );
    g.row(goal_row(
        "binary size, stripped",
        Some(sizes[1] as f64 / sizes[0] as f64),
        None,
        1.5,
    ));

    let delta = |r: &[Results], f: fn(&Results) -> &Samples| {
        f(&r[App::Welcome as usize]).median() - f(&r[App::Baseline as usize]).median()
    };
    let mut notes = vec![format!(
        "Ratios are Etapp's median over the empty window's median in the same kind \
         of start. Welcome screen against the empty window, first start: {:+.0} ms \
         CPU in WebKit's processes by 4 s, {:+.0} ms in the app process, {:+.1} MiB \
         private memory; later start: {:+.0} ms, {:+.0} ms, {:+.1} MiB.",
        delta(first, |x| &x.webkit_cpu),
        delta(first, |x| &x.app_cpu),
        delta(first, |x| &x.total_private),
        delta(later, |x| &x.webkit_cpu),
        delta(later, |x| &x.app_cpu),
        delta(later, |x| &x.total_private),
    )];
    if other_webkit > 0 {
        notes.push(format!(
            "{other_webkit} WebKit processes of other apps were running on this machine \
             after the measurements; they share library pages with the measured \
             processes, which lowers PSS (not RSS or private memory) on both sides."
        ));
    }
    Section {
        title: "Window: start, memory, binary".into(),
        method: format!(
            "Release builds with the UI inside the binary (custom-protocol). Xvfb \
             1024×768×24, no window manager, software rendering (Mesa llvmpipe). \
             {runs} measured starts of each case after one warm-up start each, cases \
             taking turns. *First start*: new, empty XDG config, data and cache \
             folders; *later start*: the folders of the case's earlier starts. Each \
             start is a new process; the whole screen is captured with `xwd -root` \
             from the moment of `spawn` (every {:.0} ms, median) until its pixels have \
             changed and then stayed unchanged for {} s and at least {} s have passed \
             (captures compared by their pixels only, not xwd's colour map). *First \
             pixels* = first capture that differs from the empty screen; *first \
             paint* = first capture of the final picture. At the first capture after \
             {} s, for the app and all its descendant processes, /proc gives VmRSS, PSS \
             and private memory (Private_Clean + Private_Dirty, from smaps_rollup) and \
             CPU time (user + system).",
            capture_ms.median(),
            QUIET.as_secs(),
            MEMORY_AT.as_secs(),
            MEMORY_AT.as_secs(),
        ),
        tables: vec![
            measures("first start", first),
            measures("later start", later),
            bin,
            g,
        ],
        notes,
    }
}

/// A goal row: the ratio in each kind of start (`None`: the same for both)
/// and whether it is met.
fn goal_row(what: &str, first: Option<f64>, later: Option<f64>, at_most: f64) -> Vec<String> {
    let cell = |r: Option<f64>| r.map_or("same".to_owned(), |r| format!("{r:.2}×"));
    let ok = |r: Option<f64>| r.is_none_or(|r| r <= at_most);
    let met = match (ok(first), ok(later.or(first))) {
        (true, true) => "yes",
        (false, false) => "**no**",
        (false, true) => "later starts only",
        (true, false) => "first start only",
    };
    vec![
        what.to_owned(),
        cell(first),
        cell(later),
        format!("{at_most:.2}×"),
        met.to_owned(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goal_rows_say_which_starts_meet_it() {
        assert_eq!(goal_row("g", Some(1.2), Some(1.1), 1.3)[4], "yes");
        assert_eq!(
            goal_row("g", Some(2.0), Some(1.1), 1.3)[4],
            "later starts only"
        );
        assert_eq!(goal_row("g", Some(2.0), Some(1.4), 1.3)[4], "**no**");
        let binary = goal_row("b", Some(1.9), None, 1.5);
        assert_eq!((binary[2].as_str(), binary[4].as_str()), ("same", "**no**"));
    }

    #[test]
    fn results_are_indexed_by_app() {
        for (i, app) in App::ALL.into_iter().enumerate() {
            assert_eq!(app as usize, i);
        }
    }

    #[test]
    fn cases_come_first_starts_first_in_app_order() {
        let keys: Vec<String> = Case::all().iter().map(|c| c.key()).collect();
        assert_eq!(
            keys,
            [
                "baseline-first",
                "etapp-welcome-first",
                "etapp-unlock-first",
                "baseline-later",
                "etapp-welcome-later",
                "etapp-unlock-later"
            ]
        );
    }
}
