//! `etapp-bench`: Etapp's benchmarks, one module each.
//!
//! `make bench` (scripts/bench.sh) builds everything in release mode, starts
//! an Xvfb display and runs this binary once per benchmark; each run prints
//! one Markdown section on stdout (progress goes to stderr), and the script
//! puts the sections together into `artifacts/bench/results.md`.
//!
//! Why a binary and not `cargo bench` or timed tests: the figures must come
//! from one release build measured in one go, so that ratios compare like
//! with like, and nothing in `make test` may depend on how fast this
//! machine happens to be. Each benchmark reports medians with their spread,
//! and every goal as a ratio to a floor measured in the same run, never as
//! an absolute time.
//!
//! Adding a benchmark is one new module with a `run(&Options) ->
//! Result<Section>` function and a line in [`BENCHES`].

mod backup;
mod bundle;
mod close;
mod evaluation;
mod proctree;
mod record;
mod report;
mod screen;
mod stats;
mod tmp;
mod unlock;
mod window;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use report::Section;

/// Any failure: the benchmark stops and says why.
pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// One benchmark: its name on the command line, what it measures, the
/// options it takes besides `--runs`, and the function that runs it.
struct Bench {
    name: &'static str,
    about: &'static str,
    options: &'static [&'static str],
    run: fn(&Options) -> Result<Section>,
}

/// Every benchmark, in the order `--list` shows them.
const BENCHES: &[Bench] = &[
    Bench {
        name: "unlock",
        about: "Vault::unlock against the bare scrypt key derivation it wraps",
        options: &[],
        run: unlock::run,
    },
    Bench {
        name: "record",
        about: "every read and write of the record, the overview and export-record, on a heavy record",
        options: &[],
        run: record::run,
    },
    Bench {
        name: "close",
        about: "close occupations for the heavy record's 20 occupations and its goals, on the full graph",
        options: &[],
        run: close::run,
    },
    Bench {
        name: "backup",
        about: "make and restore a backup of the heavy record; its size against the vault's",
        options: &[],
        run: backup::run,
    },
    Bench {
        name: "bundle",
        about: "make and open the heavy record's full bundle; `etapp open` against Debian's `age -d`",
        options: &["etapp"],
        run: bundle::run,
    },
    Bench {
        name: "evaluation",
        about: "`etapp report` over 250, 500 and 1 000 bundles locked to an agency key: time and peak memory; Debian's `age -d -i` of one",
        options: &["etapp"],
        run: evaluation::run,
    },
    Bench {
        name: "window",
        about: "start to first paint, memory and binary size of Etapp against an empty Tauri window (needs DISPLAY)",
        options: &["baseline", "etapp", "shots"],
        run: window::run,
    },
];

/// Runs when `--runs` is not given: at least five, odd so the median is
/// one real measurement.
const DEFAULT_RUNS: usize = 7;

/// The options after the benchmark's name, as `--name value` pairs.
pub struct Options {
    values: BTreeMap<String, String>,
}

impl Options {
    fn parse(args: &[String], allowed: &[&str]) -> Result<Options> {
        let mut values = BTreeMap::new();
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let name = arg
                .strip_prefix("--")
                .ok_or_else(|| format!("expected an option, got {arg:?}"))?;
            if name != "runs" && !allowed.contains(&name) {
                return Err(format!("unknown option --{name}").into());
            }
            let value = it.next().ok_or_else(|| format!("--{name} needs a value"))?;
            values.insert(name.to_owned(), value.clone());
        }
        Ok(Options { values })
    }

    /// How many measured runs of each case (warm-up runs not counted).
    pub fn runs(&self) -> Result<usize> {
        match self.values.get("runs") {
            None => Ok(DEFAULT_RUNS),
            Some(v) => match v.parse() {
                Ok(n) if n >= 1 => Ok(n),
                _ => Err(format!("--runs wants a whole number of at least 1, got {v:?}").into()),
            },
        }
    }

    /// A path option the benchmark cannot do without.
    pub fn path(&self, name: &str) -> Result<PathBuf> {
        self.values
            .get(name)
            .map(PathBuf::from)
            .ok_or_else(|| format!("--{name} PATH is required").into())
    }

    /// A path option that may be left out.
    pub fn optional_path(&self, name: &str) -> Option<PathBuf> {
        self.values.get(name).map(PathBuf::from)
    }
}

fn usage() -> String {
    let mut s = String::from("usage: etapp-bench BENCH [--runs N] [--OPTION VALUE]...\n\n");
    for b in BENCHES {
        let opts: String = b.options.iter().map(|o| format!(" --{o} …")).collect();
        s.push_str(&format!("  {}{opts}\n      {}\n", b.name, b.about));
    }
    s
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(name) = args.first() else {
        eprint!("{}", usage());
        return ExitCode::from(2);
    };
    if name == "--list" || name == "--help" || name == "-h" {
        print!("{}", usage());
        return ExitCode::SUCCESS;
    }
    let Some(bench) = BENCHES.iter().find(|b| b.name == name) else {
        eprint!("unknown benchmark {name:?}\n\n{}", usage());
        return ExitCode::from(2);
    };
    let outcome = Options::parse(&args[1..], bench.options).and_then(|o| (bench.run)(&o));
    match outcome {
        Ok(section) => {
            print!("{}", section.to_markdown());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("etapp-bench {}: {e}", bench.name);
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn options_are_checked_against_the_benchmark() {
        let o = Options::parse(&strings(&["--runs", "5", "--etapp", "/x"]), &["etapp"]).unwrap();
        assert_eq!(o.runs().unwrap(), 5);
        assert_eq!(o.path("etapp").unwrap(), PathBuf::from("/x"));
        assert!(o.path("baseline").is_err());
        assert!(Options::parse(&strings(&["--other", "1"]), &["etapp"]).is_err());
        assert!(Options::parse(&strings(&["--runs"]), &[]).is_err());
        let zero = Options::parse(&strings(&["--runs", "0"]), &[]).unwrap();
        assert!(zero.runs().is_err());
    }

    #[test]
    fn benchmark_names_are_unique() {
        for (i, b) in BENCHES.iter().enumerate() {
            assert!(BENCHES[i + 1..].iter().all(|o| o.name != b.name));
        }
    }
}
