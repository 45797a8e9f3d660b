//! `close-occupations`: the occupations close to those of the person's
//! background, and which of theirs lead to their occupation goals. The
//! core answers ([`etapp_core::record::close`]); this prints its answer
//! as lines in the person's language, or unchanged as JSON for scripts.

use std::fmt::Write as _;
use std::path::Path;

use clap::ArgMatches;
use etapp_core::i18n::number;
use etapp_core::record::close::{CloseOccupation, CloseOccupations, Closeness, Lead};
use etapp_core::record::occupation::{self, OccupationEntry, SsykGroup};
use etapp_core::{args as fargs, record, tr, Locale};

use crate::commands::unlock;
use crate::error::CliError;

/// `close-occupations [--json]`.
pub fn close_occupations(dir: &Path, m: &ArgMatches, l: Locale) -> Result<(), CliError> {
    let vault = unlock(dir, l)?;
    let store = vault.store();
    let answer = record::close_occupations(&store.background()?, &store.goals()?);
    if m.get_flag("json") {
        println!(
            "{}",
            serde_json::to_string_pretty(&answer).expect("the answer serializes")
        );
    } else {
        print!("{}", text(&answer, l));
    }
    Ok(())
}

/// An occupation with its unit group and its field (the major group) in
/// the person's language.
fn occupation_line(o: &OccupationEntry, group: &SsykGroup, l: Locale) -> String {
    let args = fargs![
        "occupation" => o.label_sv.clone(),
        "code" => group.code.clone(),
        "group" => group.label_sv.clone(),
        "field" => tr(l, &format!("ssyk-major-{}", &o.ssyk[..1]), None),
    ];
    tr(l, "close-occupation", Some(&args))
}

fn closeness(c: Closeness, l: Locale) -> String {
    match c {
        Closeness::VeryClose => tr(l, "close-very-close", None),
        Closeness::SomewhatClose => tr(l, "close-somewhat-close", None),
    }
}

/// One close occupation: its line, then how many of theirs lead to it and
/// whether it is already a goal.
fn item(out: &mut String, c: &CloseOccupation, l: Locale) {
    let _ = writeln!(out, "  {}", occupation_line(&c.occupation, &c.group, l));
    if !c.leads_from.is_empty() {
        let count = fargs!["count" => number(c.leads_from.len() as f64)];
        let _ = writeln!(out, "    {}", tr(l, "close-leads-from", Some(&count)));
    }
    if c.goal_id.is_some() {
        let _ = writeln!(out, "    {}", tr(l, "close-your-goal", None));
    }
}

fn list(out: &mut String, heading: &str, items: &[CloseOccupation], l: Locale) {
    let _ = writeln!(out, "\n{}", tr(l, heading, None));
    if items.is_empty() {
        let _ = writeln!(out, "  {}", tr(l, "close-nothing", None));
    }
    for c in items {
        item(out, c, l);
    }
}

/// The person's occupations that lead to a goal, with how close each is.
fn leads(leads: &[Lead], l: Locale) -> String {
    let names: Vec<String> = leads
        .iter()
        .map(|lead| {
            let label = occupation::by_id(&lead.jobtech_id)
                .map_or(lead.jobtech_id.as_str(), |o| o.label_sv.as_str());
            format!("{label} ({})", closeness(lead.closeness, l))
        })
        .collect();
    let args = fargs!["occupations" => names.join(&tr(l, "list-separator", None))];
    tr(l, "close-goal-leads", Some(&args))
}

/// The whole answer as lines for people.
fn text(a: &CloseOccupations, l: Locale) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", tr(l, "close-title", None));
    if a.own.is_empty() {
        let _ = writeln!(out, "{}", tr(l, "close-none", None));
    } else {
        let _ = writeln!(out, "{}", tr(l, "close-labels-swedish", None));
        let _ = writeln!(out, "\n{}", tr(l, "close-own", None));
        for o in &a.own {
            let group = occupation::group(&o.ssyk).cloned().unwrap_or(SsykGroup {
                code: o.ssyk.clone(),
                label_sv: String::new(),
            });
            let _ = writeln!(out, "  {}", occupation_line(o, &group, l));
        }
        list(&mut out, "close-very-close", &a.very_close, l);
        list(&mut out, "close-somewhat-close", &a.somewhat_close, l);
        for same in &a.without_relations {
            let _ = writeln!(out, "\n{}", tr(l, "close-same-group", None));
            let args = fargs!["occupation" => same.occupation.label_sv.clone()];
            let _ = writeln!(out, "{}", tr(l, "close-no-relations", Some(&args)));
            if same.occupations.is_empty() {
                let _ = writeln!(out, "  {}", tr(l, "close-nothing", None));
            }
            for c in &same.occupations {
                item(&mut out, c, l);
            }
        }
    }
    if !a.goals.is_empty() {
        let _ = writeln!(out, "\n{}", tr(l, "close-goals", None));
        for g in &a.goals {
            let group = occupation::group(&g.occupation.ssyk)
                .cloned()
                .unwrap_or(SsykGroup {
                    code: g.occupation.ssyk.clone(),
                    label_sv: String::new(),
                });
            let _ = writeln!(out, "  {}", occupation_line(&g.occupation, &group, l));
            let line = if g.own {
                tr(l, "close-goal-own", None)
            } else if g.leads.is_empty() {
                tr(l, "close-goal-no-leads", None)
            } else {
                leads(&g.leads, l)
            };
            let _ = writeln!(out, "    {line}");
        }
    }
    if a.not_in_list > 0 {
        let count = fargs!["count" => number(f64::from(a.not_in_list))];
        let _ = writeln!(out, "\n{}", tr(l, "close-not-in-list", Some(&count)));
    }
    let _ = writeln!(out, "\n{}", tr(l, "close-note", None));
    out
}
