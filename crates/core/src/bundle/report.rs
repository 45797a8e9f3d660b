//! Evaluation across participants: what many bundles, handed to one
//! agency for evaluation, say about its interventions — without singling
//! anyone out.
//!
//! Staff ask to evaluate the interventions as a process (004). A report
//! aggregates, per step type and agency, how many participants had such a
//! step, how many steps are in each status, the median days from planned
//! to done, and the participants' own usefulness ratings (1–5); and per
//! life area, how each participant's check-in level changed from their
//! first to their last check-in.
//!
//! The rules that keep it an evaluation and not a file on people:
//!
//! - **Purpose-bound.** Only bundles whose consent names the purpose
//!   `evaluate-step` count; others are skipped as "not shared for
//!   evaluation". The reader skips expired and unreadable bundles too
//!   ([`Report::skip`]), each with its reason.
//! - **Once per person.** A participant is their signing key's
//!   fingerprint; of several bundles from one key, the latest (by
//!   `created`) wins, and the others are counted as replaced.
//! - **No one singled out.** A group of fewer than [`MIN_GROUP`] distinct
//!   participants is suppressed in every output: its figures are absent
//!   and it says "fewer than 5". The threshold is a constant, not a
//!   setting.
//! - **Only codes and numbers.** Nothing the participant wrote (titles,
//!   what helped, notes), no name and no date of birth is copied out of
//!   a bundle: per participant the report keeps only catalog codes, a
//!   status, a number of days, a rating and check-in levels, so that
//!   many bundles can be read one by one without holding their payloads.
//!
//! Pure: it takes opened bundles and needs no vault and no file; the CSV
//! is written to memory.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::Serialize;
use ts_rs::TS;

use super::error::BundleError;
use super::{Key, Opened};
use crate::catalog::{Agency, Code, LifeArea, SharePurpose, StepStatus, StepType};

/// The fewest distinct participants a group may have to be shown.
pub const MIN_GROUP: usize = 5;

/// Why a bundle did not count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum SkipReason {
    /// Its consent names another purpose than `evaluate-step`.
    NotSharedForEvaluation,
    /// Its time is over.
    Expired,
    /// The key does not open it, or it is damaged.
    WrongKeyOrDamaged,
    /// Not a bundle.
    NotABundle,
    /// It ends too early.
    Truncated,
    /// Its signature does not verify.
    SignatureInvalid,
    /// Made by a newer version.
    NewerVersion,
    /// Larger than a bundle may be.
    TooLarge,
    /// The file could not be read.
    Unreadable,
}

impl SkipReason {
    /// The reason a bundle that did not open is skipped for.
    pub fn of(e: &BundleError) -> SkipReason {
        match e {
            BundleError::Expired { .. } => SkipReason::Expired,
            BundleError::NotABundle => SkipReason::NotABundle,
            BundleError::Truncated => SkipReason::Truncated,
            BundleError::SignatureInvalid => SkipReason::SignatureInvalid,
            BundleError::NewerVersion => SkipReason::NewerVersion,
            BundleError::TooLarge { .. } => SkipReason::TooLarge,
            _ => SkipReason::WrongKeyOrDamaged,
        }
    }

    /// The CLI's exit status for this reason (`CONTRACTS.md`): a report
    /// that counted no bundle exits with its first reason's.
    pub fn exit_status(self) -> u8 {
        match self {
            SkipReason::NotSharedForEvaluation => 17,
            SkipReason::Expired => 9,
            SkipReason::WrongKeyOrDamaged => 5,
            SkipReason::NotABundle => 6,
            SkipReason::Truncated => 7,
            SkipReason::SignatureInvalid => 8,
            SkipReason::NewerVersion => 10,
            SkipReason::TooLarge => 11,
            SkipReason::Unreadable => 1,
        }
    }

    /// The Fluent id of its words (`report-skip-expired`).
    pub fn label_id(self) -> &'static str {
        match self {
            SkipReason::NotSharedForEvaluation => "report-skip-not-for-evaluation",
            SkipReason::Expired => "report-skip-expired",
            SkipReason::WrongKeyOrDamaged => "report-skip-wrong-key",
            SkipReason::NotABundle => "report-skip-not-a-bundle",
            SkipReason::Truncated => "report-skip-truncated",
            SkipReason::SignatureInvalid => "report-skip-signature",
            SkipReason::NewerVersion => "report-skip-newer-version",
            SkipReason::TooLarge => "report-skip-too-large",
            SkipReason::Unreadable => "report-skip-unreadable",
        }
    }
}

/// A bundle that did not count: which file, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Skipped {
    /// The file, as the reader named it.
    pub file: String,
    /// Why.
    pub reason: SkipReason,
}

/// What the report keeps of one step: codes and numbers only.
#[derive(Clone, Debug)]
struct StepFacts {
    step_type: StepType,
    agency: Agency,
    status: StepStatus,
    days_planned_to_done: Option<i64>,
    usefulness: Option<u8>,
}

/// What the report keeps of one participant's latest bundle.
#[derive(Clone, Debug)]
struct Facts {
    created: Timestamp,
    bundle_id: String,
    steps: Vec<StepFacts>,
    /// Per life area: the change from the first to the last check-in
    /// that scores it 1–5, when two do.
    area_changes: BTreeMap<LifeArea, i8>,
}

/// A report being made: bundles go in one at a time.
#[derive(Debug, Default)]
pub struct Report {
    participants: BTreeMap<String, Facts>,
    skipped: Vec<Skipped>,
    replaced: usize,
}

/// One step type at one agency.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct StepGroup {
    /// The step type (catalog code).
    pub step_type: StepType,
    /// The agency (catalog code).
    pub agency: Agency,
    /// Whether the group has fewer than [`MIN_GROUP`] participants, and
    /// so shows nothing else.
    pub suppressed: bool,
    /// The figures, unless suppressed.
    pub figures: Option<StepFigures>,
}

/// The figures of a step group.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct StepFigures {
    /// Distinct participants with such a step.
    pub participants: usize,
    /// Steps in each status now, in catalog order.
    #[ts(type = "Record<string, number>")]
    pub steps: BTreeMap<StepStatus, usize>,
    /// The median whole days from first planned to done, over the steps
    /// that went from one to the other.
    pub median_days_planned_to_done: Option<f64>,
    /// How many rated the step 1, 2, 3, 4 and 5.
    #[ts(type = "Array<number>")]
    pub usefulness: [usize; 5],
}

/// One life area.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct AreaGroup {
    /// The area (catalog code).
    pub life_area: LifeArea,
    /// Whether fewer than [`MIN_GROUP`] participants have two scored
    /// check-ins of it, so nothing else is shown.
    pub suppressed: bool,
    /// The figures, unless suppressed.
    pub figures: Option<AreaFigures>,
}

/// The change in level of a life area, first check-in to last.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct AreaFigures {
    /// Participants with two scored check-ins of the area.
    pub participants: usize,
    /// The median change.
    pub median_change: f64,
    /// How many changed by each amount, −4 to +4 (index 0 is −4).
    #[ts(type = "Array<number>")]
    pub changes: [usize; 9],
}

/// A finished report.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct Summary {
    /// The smallest group shown.
    pub min_group: usize,
    /// Bundles that counted (one per participant).
    pub participants: usize,
    /// Bundles that opened and counted, but were replaced by a later one
    /// of the same participant.
    pub replaced: usize,
    /// Bundles that did not count, with why.
    pub skipped: Vec<Skipped>,
    /// Per step type and agency.
    pub steps: Vec<StepGroup>,
    /// Per life area.
    pub life_areas: Vec<AreaGroup>,
}

impl Report {
    /// An empty report.
    pub fn new() -> Report {
        Report::default()
    }

    /// Counts an opened bundle (read from `file`), if it was shared for
    /// evaluation; otherwise it is skipped. Only codes and numbers are
    /// kept of it.
    pub fn add(&mut self, file: &str, opened: &Opened) {
        let p = &opened.payload;
        if p.purpose != SharePurpose::EvaluateStep {
            self.skip(file, SkipReason::NotSharedForEvaluation);
            return;
        }
        let facts = facts(opened);
        match self.participants.get(&opened.signer.hex) {
            Some(had) if (had.created, &had.bundle_id) >= (facts.created, &facts.bundle_id) => {
                self.replaced += 1;
            }
            had => {
                if had.is_some() {
                    self.replaced += 1;
                }
                self.participants.insert(opened.signer.hex.clone(), facts);
            }
        }
    }

    /// Opens the bytes of a share file (a bundle, or a reader page that
    /// holds one) read from `file` with the agency's key, and counts it or
    /// skips it with its reason. The opened payload is dropped before this
    /// returns: only its codes and numbers stay.
    pub fn count(&mut self, file: &str, bytes: &[u8], key: &Key, now: Timestamp) {
        match super::page::bundle_of(bytes).and_then(|share| super::open(&share, key, now)) {
            Ok(opened) => self.add(file, &opened),
            Err(e) => self.skip(file, SkipReason::of(&e)),
        }
    }

    /// Notes a bundle that did not count.
    pub fn skip(&mut self, file: &str, reason: SkipReason) {
        self.skipped.push(Skipped {
            file: file.to_owned(),
            reason,
        });
    }

    /// Whether any bundle counted.
    pub fn is_empty(&self) -> bool {
        self.participants.is_empty()
    }

    /// The figures, with every group under [`MIN_GROUP`] suppressed.
    pub fn finish(self) -> Summary {
        let mut groups: BTreeMap<(StepType, Agency), Vec<(&str, &StepFacts)>> = BTreeMap::new();
        for (who, f) in &self.participants {
            for s in &f.steps {
                groups
                    .entry((s.step_type, s.agency))
                    .or_default()
                    .push((who, s));
            }
        }
        let steps = groups
            .into_iter()
            .map(|((step_type, agency), steps)| {
                let mut who: Vec<&str> = steps.iter().map(|(w, _)| *w).collect();
                who.sort_unstable();
                who.dedup();
                let suppressed = who.len() < MIN_GROUP;
                let figures = (!suppressed).then(|| {
                    let mut by_status: BTreeMap<StepStatus, usize> =
                        StepStatus::ALL.iter().map(|s| (*s, 0)).collect();
                    let mut usefulness = [0; 5];
                    let mut days = Vec::new();
                    for (_, s) in &steps {
                        *by_status.entry(s.status).or_default() += 1;
                        if let Some(u) = s.usefulness {
                            usefulness[usize::from(u - 1)] += 1;
                        }
                        days.extend(s.days_planned_to_done);
                    }
                    StepFigures {
                        participants: who.len(),
                        steps: by_status,
                        median_days_planned_to_done: median(days),
                        usefulness,
                    }
                });
                StepGroup {
                    step_type,
                    agency,
                    suppressed,
                    figures,
                }
            })
            .collect();
        let life_areas = LifeArea::ALL
            .iter()
            .map(|&life_area| {
                let changes: Vec<i64> = self
                    .participants
                    .values()
                    .filter_map(|f| f.area_changes.get(&life_area))
                    .map(|c| i64::from(*c))
                    .collect();
                let suppressed = changes.len() < MIN_GROUP;
                let figures = (!suppressed).then(|| {
                    let mut counts = [0; 9];
                    for c in &changes {
                        counts[(c + 4) as usize] += 1;
                    }
                    AreaFigures {
                        participants: changes.len(),
                        median_change: median(changes).unwrap_or_default(),
                        changes: counts,
                    }
                });
                AreaGroup {
                    life_area,
                    suppressed,
                    figures,
                }
            })
            .collect();
        Summary {
            min_group: MIN_GROUP,
            participants: self.participants.len(),
            replaced: self.replaced,
            skipped: self.skipped,
            steps,
            life_areas,
        }
    }
}

/// Codes and numbers of a bundle, nothing the participant wrote.
fn facts(opened: &Opened) -> Facts {
    let c = &opened.payload.content;
    let steps = c
        .steps
        .iter()
        .flatten()
        .map(|s| {
            let planned = s
                .status_history
                .iter()
                .find(|h| h.status == StepStatus::Planned)
                .map(|h| h.at);
            let done = planned.and_then(|p| {
                s.status_history
                    .iter()
                    .find(|h| h.status == StepStatus::Done && h.at >= p)
                    .map(|h| (h.at.as_second() - p.as_second()) / 86_400)
            });
            StepFacts {
                step_type: s.step_type,
                agency: s.agency,
                status: s.status,
                days_planned_to_done: done,
                usefulness: s.evaluation.as_ref().map(|e| e.usefulness),
            }
        })
        .collect();
    let mut checkins: Vec<_> = c.checkins.iter().flatten().collect();
    checkins.sort_by_key(|k| (k.date, k.id));
    let mut first_last: BTreeMap<LifeArea, (u8, u8)> = BTreeMap::new();
    for k in checkins {
        for a in &k.areas {
            if let Some(score) = a.level.score() {
                first_last
                    .entry(a.life_area)
                    .and_modify(|fl| fl.1 = score)
                    .or_insert((score, score));
            }
        }
    }
    // An area scored in only one check-in has no change to show.
    let scored_twice = |area: LifeArea| {
        c.checkins
            .iter()
            .flatten()
            .filter(|k| {
                k.areas
                    .iter()
                    .any(|a| a.life_area == area && a.level.score().is_some())
            })
            .count()
            >= 2
    };
    let area_changes = first_last
        .into_iter()
        .filter(|(area, _)| scored_twice(*area))
        .map(|(area, (first, last))| (area, last as i8 - first as i8))
        .collect();
    Facts {
        created: opened.payload.created,
        bundle_id: opened.payload.bundle_id.clone(),
        steps,
        area_changes,
    }
}

/// The median of whole numbers (the mean of the middle two for an even
/// count).
fn median(mut values: Vec<i64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[mid] as f64
    } else {
        (values[mid - 1] + values[mid]) as f64 / 2.0
    })
}

/// The text of a suppressed group's count in every output.
pub const FEWER_THAN: &str = "<5";

/// The report as CSV: one row per step group, then one per life area
/// (`group` says which). A suppressed row has `<5` as its participants
/// and no other figure. Only codes and numbers.
pub fn csv(summary: &Summary) -> Vec<u8> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "group".to_owned(),
        "step_type".into(),
        "agency".into(),
        "life_area".into(),
        "participants".into(),
    ];
    header.extend(
        StepStatus::ALL
            .iter()
            .map(|s| format!("steps_{}", s.code())),
    );
    header.push("median_days_planned_to_done".into());
    header.extend((1..=5).map(|u| format!("usefulness_{u}")));
    header.push("median_change".into());
    header.extend((-4..=4).map(|c: i32| format!("change_{c:+}")));
    let width = header.len();
    w.write_record(&header).expect("writing to memory");
    let number = |f: f64| {
        if f.fract() == 0.0 {
            format!("{f:.0}")
        } else {
            format!("{f:.1}")
        }
    };
    for g in &summary.steps {
        let mut row = vec![
            "step".to_owned(),
            g.step_type.code().into(),
            g.agency.code().into(),
            String::new(),
        ];
        match &g.figures {
            None => row.push(FEWER_THAN.into()),
            Some(f) => {
                row.push(f.participants.to_string());
                row.extend(f.steps.values().map(|n| n.to_string()));
                row.push(
                    f.median_days_planned_to_done
                        .map(number)
                        .unwrap_or_default(),
                );
                row.extend(f.usefulness.iter().map(|n| n.to_string()));
            }
        }
        row.resize(width, String::new());
        w.write_record(&row).expect("writing to memory");
    }
    for a in &summary.life_areas {
        let mut row = vec![
            "life_area".to_owned(),
            String::new(),
            String::new(),
            a.life_area.code().into(),
        ];
        match &a.figures {
            None => row.push(FEWER_THAN.into()),
            Some(f) => {
                row.push(f.participants.to_string());
                row.resize(width - 10, String::new());
                row.push(number(f.median_change));
                row.extend(f.changes.iter().map(|n| n.to_string()));
            }
        }
        row.resize(width, String::new());
        w.write_record(&row).expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![7]), Some(7.0));
        assert_eq!(median(vec![9, 1, 4]), Some(4.0));
        assert_eq!(median(vec![1, 2, 3, 10]), Some(2.5));
    }
}
