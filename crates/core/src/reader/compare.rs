//! What changed across bundles of one person, in words for the terminal
//! (`etapp open OLD NEW …`): the bundles oldest first, then for each
//! bundle and the next the changes part by part, the parts not shared
//! both times named as such.
//!
//! Codes are shown as their labels and dates in the reader's language;
//! titles the participant wrote are shown as written. The difference
//! itself is computed in [`crate::bundle::compare`]; this only words it.

use std::fmt::Write as _;

use super::{args, label};
use crate::bundle::compare::{
    AreaChange, CheckinChanges, Comparison, GoalChanges, GoalSeen, ObstacleChanges, ObstacleSeen,
    StageChange, StepChanges, StepSeen,
};
use crate::catalog::{Level, ShareSection};
use crate::i18n::{format_date, format_instant, tr, Locale};
use crate::seen::Sighting;
use crate::signature::Fingerprint;

/// The comparison as plain text in `l`, for the signer `signer` as this
/// computer has seen it.
pub fn text(c: &Comparison, signer: &Fingerprint, sighting: &Sighting, l: Locale) -> String {
    let t = |id: &str| tr(l, id, None);
    let mut out = String::new();
    let _ = writeln!(out, "{}", t("compare-title"));
    let _ = writeln!(out, "{}: {}", t("reader-signer"), signer.digits);
    let seen = match sighting {
        Sighting::First => t("reader-first-seen"),
        Sighting::Before { first_seen } => tr(
            l,
            "reader-seen-before",
            Some(&args(&[("date", format_instant(l, *first_seen))])),
        ),
    };
    let _ = writeln!(out, "{}: {seen}", t("reader-seen"));
    let _ = writeln!(out, "{}:", t("compare-bundles"));
    for (i, b) in c.bundles.iter().enumerate() {
        let line = tr(
            l,
            "compare-bundle",
            Some(&args(&[
                ("n", l.info().digits.localize(&(i + 1).to_string())),
                ("created", format_instant(l, b.created)),
            ])),
        );
        let _ = writeln!(out, "  {line}");
    }
    for (i, change) in c.changes.iter().enumerate() {
        let period = tr(
            l,
            "compare-period",
            Some(&args(&[
                ("from", format_instant(l, c.bundles[i].created)),
                ("to", format_instant(l, c.bundles[i + 1].created)),
            ])),
        );
        let _ = writeln!(out, "\n== {period} ==");
        if !change.not_shared_both_times.is_empty() {
            let parts: Vec<String> = change
                .not_shared_both_times
                .iter()
                .map(|s| label(l, *s))
                .collect();
            let _ = writeln!(
                out,
                "{}",
                tr(
                    l,
                    "compare-not-shared",
                    Some(&args(&[("parts", parts.join(&t("list-separator")))]))
                )
            );
        }
        if change.sensitive_left_out {
            let _ = writeln!(out, "{}", t("compare-sensitive-left-out"));
        }
        if let Some(ch) = &change.checkins {
            heading(&mut out, l, ShareSection::Checkins);
            checkins(&mut out, l, ch);
        }
        if change.steps.is_some() || change.stage.is_some() {
            heading(&mut out, l, ShareSection::Steps);
            if let Some(stage) = &change.stage {
                self::stage(&mut out, l, stage);
            }
            if let Some(steps) = &change.steps {
                self::steps(&mut out, l, steps);
            }
        }
        if let Some(o) = &change.obstacles {
            heading(&mut out, l, ShareSection::Obstacles);
            obstacles(&mut out, l, o);
        }
        if let Some(g) = &change.goals {
            heading(&mut out, l, ShareSection::Goals);
            goals(&mut out, l, g);
        }
    }
    out
}

fn heading(out: &mut String, l: Locale, part: ShareSection) {
    let _ = writeln!(out, "\n-- {} --", label(l, part));
}

fn nothing(out: &mut String, l: Locale) {
    let _ = writeln!(out, "{}", tr(l, "compare-nothing", None));
}

/// A list under its title, one line per item; nothing when empty.
fn list(out: &mut String, l: Locale, title_id: &str, lines: Vec<String>) {
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(out, "{}:", tr(l, title_id, None));
    for line in lines {
        let _ = writeln!(out, "  * {line}");
    }
}

fn arrow(l: Locale, before: String, after: String) -> String {
    tr(
        l,
        "compare-change",
        Some(&args(&[("before", before), ("after", after)])),
    )
}

fn level(l: Locale, level: Option<Level>) -> String {
    match level {
        None => tr(l, "compare-no-level", None),
        Some(lv) => match lv.score() {
            Some(s) => format!(
                "{} ({})",
                l.info().digits.localize(&s.to_string()),
                label(l, lv)
            ),
            None => label(l, lv),
        },
    }
}

fn area(l: Locale, a: &AreaChange) -> String {
    let mut text = format!(
        "{}: {}",
        label(l, a.life_area),
        arrow(l, level(l, a.before), level(l, a.after))
    );
    if let Some(d) = a.change {
        let signed = match d {
            0 => "±0".to_owned(),
            d if d > 0 => format!("+{d}"),
            d => format!("−{}", d.unsigned_abs()),
        };
        let _ = write!(text, " ({})", l.info().digits.localize(&signed));
    }
    text
}

fn checkins(out: &mut String, l: Locale, c: &CheckinChanges) {
    let day = |d: Option<jiff::civil::Date>| match d {
        Some(d) => format_date(l, d),
        None => tr(l, "compare-none", None),
    };
    let _ = writeln!(
        out,
        "{}: {}",
        tr(l, "compare-latest-checkin", None),
        arrow(l, day(c.before), day(c.after))
    );
    if c.is_empty() {
        nothing(out, l);
        return;
    }
    let added: Vec<String> = c.added.iter().map(|d| format_date(l, *d)).collect();
    if !added.is_empty() {
        let _ = writeln!(
            out,
            "{}: {}",
            tr(l, "compare-checkins-added", None),
            added.join(&tr(l, "list-separator", None))
        );
    }
    for a in &c.areas {
        let _ = writeln!(out, "  {}", area(l, a));
    }
}

fn stage(out: &mut String, l: Locale, s: &StageChange) {
    let name = |st: Option<crate::catalog::Stage>| match st {
        Some(st) => label(l, st),
        None => tr(l, "compare-stage-none", None),
    };
    let value = if s.before == s.after {
        tr(
            l,
            "compare-stage-same",
            Some(&args(&[("stage", name(s.after))])),
        )
    } else {
        arrow(l, name(s.before), name(s.after))
    };
    let _ = writeln!(out, "{}: {value}", tr(l, "reader-stage", None));
}

fn step_line(l: Locale, s: &StepSeen) -> String {
    format!(
        "{} ({}, {}): {}",
        s.title,
        label(l, s.step_type),
        label(l, s.agency),
        label(l, s.status)
    )
}

fn steps(out: &mut String, l: Locale, s: &StepChanges) {
    if s.is_empty() {
        nothing(out, l);
        return;
    }
    list(
        out,
        l,
        "compare-steps-added",
        s.added.iter().map(|x| step_line(l, x)).collect(),
    );
    let changed = s
        .status_changed
        .iter()
        .map(|c| {
            let mut line = format!(
                "{} ({}): {}",
                c.step.title,
                label(l, c.step.step_type),
                arrow(l, label(l, c.before), label(l, c.step.status))
            );
            for h in &c.changes {
                let _ = write!(
                    line,
                    "\n      {}: {}",
                    format_instant(l, h.at),
                    label(l, h.status)
                );
            }
            line
        })
        .collect();
    list(out, l, "compare-steps-status", changed);
    list(
        out,
        l,
        "compare-steps-removed",
        s.removed.iter().map(|x| step_line(l, x)).collect(),
    );
}

fn obstacle_line(l: Locale, o: &ObstacleSeen) -> String {
    let mut line = format!(
        "{}: {}, {}",
        label(l, o.kind),
        label(l, o.status),
        tr(
            l,
            "compare-noticed-on",
            Some(&args(&[("date", format_date(l, o.noticed_on))]))
        )
    );
    if let Some(d) = o.solved_on {
        let _ = write!(
            line,
            ", {}",
            tr(
                l,
                "compare-solved-on",
                Some(&args(&[("date", format_date(l, d))]))
            )
        );
    }
    line
}

fn obstacles(out: &mut String, l: Locale, o: &ObstacleChanges) {
    if o.is_empty() {
        nothing(out, l);
        return;
    }
    let line = |x: &ObstacleSeen| obstacle_line(l, x);
    list(
        out,
        l,
        "compare-obstacles-added",
        o.added.iter().map(line).collect(),
    );
    list(
        out,
        l,
        "compare-obstacles-solved",
        o.solved.iter().map(line).collect(),
    );
    let changed = o
        .status_changed
        .iter()
        .map(|c| {
            format!(
                "{}: {}",
                label(l, c.obstacle.kind),
                arrow(l, label(l, c.before), label(l, c.obstacle.status))
            )
        })
        .collect();
    list(out, l, "compare-obstacles-status", changed);
    list(
        out,
        l,
        "compare-obstacles-removed",
        o.removed.iter().map(line).collect(),
    );
}

fn goal_line(l: Locale, g: &GoalSeen) -> String {
    format!("{} ({}): {}", g.title, label(l, g.kind), label(l, g.status))
}

fn goals(out: &mut String, l: Locale, g: &GoalChanges) {
    if g.is_empty() {
        nothing(out, l);
        return;
    }
    let line = |x: &GoalSeen| goal_line(l, x);
    list(
        out,
        l,
        "compare-goals-added",
        g.added.iter().map(line).collect(),
    );
    list(
        out,
        l,
        "compare-goals-reached",
        g.reached.iter().map(line).collect(),
    );
    let changed = g
        .status_changed
        .iter()
        .map(|c| {
            format!(
                "{}: {}",
                c.goal.title,
                arrow(l, label(l, c.before), label(l, c.goal.status))
            )
        })
        .collect();
    list(out, l, "compare-goals-status", changed);
    list(
        out,
        l,
        "compare-goals-removed",
        g.removed.iter().map(line).collect(),
    );
}
