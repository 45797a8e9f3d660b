//! A report across participants in words for the terminal (`etapp
//! report`): per step type and agency, then per life area, each
//! suppressed group said as "fewer than 5", and the bundles that did not
//! count with why.
//!
//! The figures come from [`crate::bundle::report`]; this only words them,
//! with the `report-*` messages. Nothing in it comes from text a
//! participant wrote.

use std::fmt::Write as _;

use super::{args, label};
use crate::bundle::report::{AreaGroup, StepGroup, Summary, MIN_GROUP};
use crate::catalog::{Code, StepStatus};
use crate::i18n::{tr, Locale};

/// A number in the locale's digits, with its decimal separator for a
/// half (a median of an even count).
fn num(l: Locale, n: f64) -> String {
    let text = if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        format!("{n:.1}").replace('.', &tr(l, "report-decimal-separator", None))
    };
    l.info().digits.localize(&text)
}

fn count(l: Locale, n: usize) -> String {
    l.info().digits.localize(&n.to_string())
}

/// The report as plain text in `l`.
pub fn text(s: &Summary, l: Locale) -> String {
    let t = |id: &str| tr(l, id, None);
    let mut out = String::new();
    let _ = writeln!(out, "{}", t("report-title"));
    let _ = writeln!(
        out,
        "{}",
        tr(
            l,
            "report-counted",
            Some(&args(&[("count", count(l, s.participants))]))
        )
    );
    if s.replaced > 0 {
        let _ = writeln!(
            out,
            "{}",
            tr(
                l,
                "report-replaced",
                Some(&args(&[("count", count(l, s.replaced))]))
            )
        );
    }
    let _ = writeln!(
        out,
        "{}",
        tr(
            l,
            "report-min-group",
            Some(&args(&[("count", count(l, MIN_GROUP))]))
        )
    );
    let _ = writeln!(out, "\n== {} ==", t("report-steps-heading"));
    if s.steps.is_empty() {
        let _ = writeln!(out, "{}", t("reader-empty"));
    }
    for g in &s.steps {
        step_group(&mut out, l, g);
    }
    let _ = writeln!(out, "\n== {} ==", t("report-areas-heading"));
    for a in &s.life_areas {
        area_group(&mut out, l, a);
    }
    out
}

fn step_group(out: &mut String, l: Locale, g: &StepGroup) {
    let _ = writeln!(
        out,
        "\n* {} — {}",
        label(l, g.step_type),
        label(l, g.agency)
    );
    let Some(f) = &g.figures else {
        let _ = writeln!(out, "  {}", tr(l, "report-fewer-than", None));
        return;
    };
    let _ = writeln!(
        out,
        "  {}",
        tr(
            l,
            "report-participants",
            Some(&args(&[("count", count(l, f.participants))]))
        )
    );
    let by_status: Vec<String> = StepStatus::ALL
        .iter()
        .map(|st| {
            format!(
                "{} {}",
                label(l, *st),
                count(l, f.steps.get(st).copied().unwrap_or_default())
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "  {}: {}",
        tr(l, "report-steps-by-status", None),
        by_status.join(&tr(l, "list-separator", None))
    );
    let days = match f.median_days_planned_to_done {
        Some(d) => num(l, d),
        None => tr(l, "report-none", None),
    };
    let _ = writeln!(out, "  {}: {days}", tr(l, "report-median-days", None));
    let ratings: Vec<String> = f
        .usefulness
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{}: {}", count(l, i + 1), count(l, *n)))
        .collect();
    let _ = writeln!(
        out,
        "  {}: {}",
        tr(l, "report-usefulness", None),
        ratings.join(&tr(l, "list-separator", None))
    );
}

fn area_group(out: &mut String, l: Locale, a: &AreaGroup) {
    let Some(f) = &a.figures else {
        let _ = writeln!(
            out,
            "* {}: {}",
            label(l, a.life_area),
            tr(l, "report-fewer-than", None)
        );
        return;
    };
    let signed = |c: f64| {
        let s = if c > 0.0 {
            format!("+{}", num(l, c))
        } else if c < 0.0 {
            format!("−{}", num(l, -c))
        } else {
            "±0".to_owned()
        };
        l.info().digits.localize(&s)
    };
    let spread: Vec<String> = f
        .changes
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(i, n)| format!("{} {}", signed(i as f64 - 4.0), count(l, *n)))
        .collect();
    let _ = writeln!(
        out,
        "* {}: {}",
        label(l, a.life_area),
        tr(
            l,
            "report-area",
            Some(&args(&[
                ("count", count(l, f.participants)),
                ("median", signed(f.median_change)),
                ("spread", spread.join(&tr(l, "list-separator", None))),
            ]))
        )
    );
}
