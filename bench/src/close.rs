//! Close occupations on the full graph: the answer for the heavy record's
//! background of 20 occupations and its occupation goals, against the goal
//! of 5 ms.
//!
//! Pure computation on data compiled into the binary: no vault, no disk.
//! The first call of a process also decodes the shipped occupation list
//! (JSON), the SSYK group names (JSON) and the packed relations
//! (`substitutability.bin`), once; it is reported on its own, as what the
//! first opening of the screen costs. Every later call is measured as the
//! screen's cost when opened again, and for each goal the other way
//! (`leads_to`).

use std::hint::black_box;
use std::time::Instant;

use etapp_core::catalog::GoalKind;
use etapp_core::record::close;

use crate::record::{generate, OWN_OCCUPATIONS};
use crate::report::{Section, Table};
use crate::stats::Samples;
use crate::{Options, Result};

/// The goal, in milliseconds (median).
const GOAL_MS: f64 = 5.0;
/// At least this many measured runs.
const MIN_RUNS: usize = 101;

fn ms_since(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1e3
}

pub fn run(opts: &Options) -> Result<Section> {
    let runs = opts.runs()?.max(MIN_RUNS);
    eprintln!("close: generating the heavy record");
    let heavy = generate()?;
    let background = &heavy.background;
    let own = background.occupations().count();
    if own != OWN_OCCUPATIONS {
        return Err(format!("the heavy record names {own} occupations").into());
    }

    eprintln!("close: the first call");
    let started = Instant::now();
    let first = close::close_occupations(background, &heavy.goals);
    let first_ms = ms_since(started);

    eprintln!("close: {runs} calls");
    let mut answer = Samples::new();
    for _ in 0..runs {
        let started = Instant::now();
        let a = close::close_occupations(background, &heavy.goals);
        answer.push(ms_since(started));
        black_box(a);
    }
    let goal_ids: Vec<&str> = heavy
        .goals
        .iter()
        .filter(|g| g.kind == GoalKind::Occupation)
        .filter_map(|g| g.occupation.as_ref())
        .map(|o| o.jobtech_id.as_str())
        .collect();
    let mut leads = Samples::new();
    for i in 0..runs {
        let id = goal_ids[i % goal_ids.len()];
        let started = Instant::now();
        black_box(close::leads_to(id, background));
        leads.push(ms_since(started));
    }

    let mut times = Table::new(["call", "median (min–max) ms", "goal", "met"]);
    let met = |ms: f64| if ms <= GOAL_MS { "yes" } else { "**no**" };
    times.row([
        "`close_occupations` (20 occupations, the goals marked and led to)".to_owned(),
        answer.cell(3),
        format!("< {GOAL_MS} ms"),
        met(answer.median()).to_owned(),
    ]);
    times.row([
        "`leads_to` (one goal)".to_owned(),
        leads.cell(3),
        format!("< {GOAL_MS} ms"),
        met(leads.median()).to_owned(),
    ]);
    times.row([
        "the first call (decodes the shipped data once)".to_owned(),
        format!("{first_ms:.2} (one run)"),
        "–".to_owned(),
        "–".to_owned(),
    ]);

    let mut size = Table::new(["the answer", "count"]);
    let same: usize = first
        .without_relations
        .iter()
        .map(|s| s.occupations.len())
        .sum();
    for (what, n) in [
        ("the person's occupations", first.own.len()),
        ("very close", first.very_close.len()),
        ("somewhat close", first.somewhat_close.len()),
        (
            "of theirs with no relation from them (same-group lists)",
            first.without_relations.len(),
        ),
        ("occupations in those same-group lists", same),
        ("occupation goals, with the way back", first.goals.len()),
    ] {
        size.row([what.to_owned(), n.to_string()]);
    }

    Ok(Section {
        title: "Close occupations".into(),
        method: format!(
            "In-process, release build, one thread, on the background and goals of the \
             heavy record of \"The record\" (20 different occupations: 16 jobs and 4 \
             educations), against all 8 324 relations of the shipped data. The first call \
             is timed alone; then {runs} calls of each, each timed on its own."
        ),
        tables: vec![times, size],
        notes: Vec::new(),
    })
}
