//! Progress since last time: what changed between two or more bundles of
//! the same person.
//!
//! Staff ask to follow a person's progression (004). A case worker who
//! has an earlier bundle and a new one from the same record sees, oldest
//! first, what changed between each bundle and the next: the levels of
//! the latest check-in per life area, steps added and steps whose status
//! changed (each change with its instant), obstacles added and solved,
//! goals added and reached, and the stage.
//!
//! Only what both bundles show is compared, and nothing is guessed:
//!
//! - A part (check-ins, steps with the stage, obstacles, goals) is
//!   compared only when the participant shared it **whole** both times;
//!   otherwise it is named in [`Change::not_shared_both_times`]. A part
//!   shared as single items, or not at all, says nothing about what was
//!   added or removed.
//! - When sensitive information went along only one of the times, the
//!   sensitive items (by the same table the share used) are left out of
//!   both sides, and [`Change::sensitive_left_out`] says so: a health step
//!   that appears because it was ticked this time was not "added".
//! - Bundles are one person's only when one key signed them all: bundles
//!   with different fingerprints are refused
//!   ([`BundleError::DifferentSigners`]), since they may be different
//!   people.
//!
//! Pure: it reads opened bundles (the record's own types) and needs no
//! vault, no database and no file. Items are followed by the record's
//! ids, which a bundle keeps.

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::Timestamp;
use serde::Serialize;
use ts_rs::TS;

use super::error::BundleError;
use super::payload::Payload;
use super::sensitive;
use super::Opened;
use crate::catalog::{
    Code, GoalKind, GoalStatus, Level, LifeArea, ObstacleKind, ObstacleStatus, ShareSection, Stage,
    StepStatus, StepType,
};
use crate::record::checkins::CheckIn;
use crate::record::goals::Goal;
use crate::record::obstacles::Obstacle;
use crate::record::steps::{StatusChange, Step};

/// The parts a comparison looks at, in the order it shows them.
pub const PARTS: [ShareSection; 4] = [
    ShareSection::Checkins,
    ShareSection::Steps,
    ShareSection::Obstacles,
    ShareSection::Goals,
];

/// What changed across bundles of one person, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Comparison {
    /// The fingerprint (hex) of the key that signed every bundle.
    pub signer_fingerprint: String,
    /// The bundles, oldest first.
    pub bundles: Vec<BundleStamp>,
    /// What changed from each bundle to the next: one fewer than
    /// `bundles`.
    pub changes: Vec<Change>,
}

/// Which bundle, and when it was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct BundleStamp {
    /// Its id.
    pub bundle_id: String,
    /// When it was made.
    #[ts(type = "string")]
    pub created: Timestamp,
    /// When it stops opening.
    #[ts(type = "string")]
    pub expires: Timestamp,
}

/// What changed from one bundle to the next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Change {
    /// The earlier bundle's id.
    pub from: String,
    /// The later bundle's id.
    pub to: String,
    /// The parts not shared whole both times: not compared.
    pub not_shared_both_times: Vec<ShareSection>,
    /// Whether sensitive items went along only one of the times, and were
    /// left out of the comparison.
    pub sensitive_left_out: bool,
    /// The check-ins, when shared both times.
    pub checkins: Option<CheckinChanges>,
    /// The steps, when shared both times.
    pub steps: Option<StepChanges>,
    /// The stage (it goes with the steps), when shared both times.
    pub stage: Option<StageChange>,
    /// The obstacles, when shared both times.
    pub obstacles: Option<ObstacleChanges>,
    /// The goals, when shared both times.
    pub goals: Option<GoalChanges>,
}

/// The check-ins: the latest one of each bundle, compared per life area.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct CheckinChanges {
    /// The day of the earlier bundle's latest check-in, if it has one.
    #[ts(type = "string | null")]
    pub before: Option<Date>,
    /// The day of the later bundle's latest check-in, if it has one.
    #[ts(type = "string | null")]
    pub after: Option<Date>,
    /// The days of check-ins new in the later bundle.
    #[ts(type = "Array<string>")]
    pub added: Vec<Date>,
    /// Each life area either check-in scores, in catalog order.
    pub areas: Vec<AreaChange>,
}

/// One life area in the two latest check-ins.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct AreaChange {
    /// The area.
    pub life_area: LifeArea,
    /// Its level before, if the earlier check-in has it.
    pub before: Option<Level>,
    /// Its level after, if the later check-in has it.
    pub after: Option<Level>,
    /// After minus before, when both are scored 1–5.
    #[ts(type = "number | null")]
    pub change: Option<i8>,
}

/// A step as the comparison names it: codes and the participant's title.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct StepSeen {
    /// Its id in the record.
    #[ts(type = "number")]
    pub id: i64,
    /// Its title, in the participant's words.
    pub title: String,
    /// Its kind.
    pub step_type: StepType,
    /// Its agency.
    pub agency: crate::catalog::Agency,
    /// Its status in the later bundle (the earlier, for a removed step).
    pub status: StepStatus,
}

/// A step whose status changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct StepStatusChange {
    /// The step, as in the later bundle.
    pub step: StepSeen,
    /// Its status in the earlier bundle.
    pub before: StepStatus,
    /// The changes since, each with its instant, oldest first.
    pub changes: Vec<StatusChange>,
}

/// The steps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, TS)]
pub struct StepChanges {
    /// Steps new in the later bundle.
    pub added: Vec<StepSeen>,
    /// Steps in both whose status changed.
    pub status_changed: Vec<StepStatusChange>,
    /// Steps in the earlier bundle and no longer in the later one.
    pub removed: Vec<StepSeen>,
}

/// The stage before and after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct StageChange {
    /// The stage in the earlier bundle, if one was chosen.
    pub before: Option<Stage>,
    /// The stage in the later bundle, if one was chosen.
    pub after: Option<Stage>,
}

/// An obstacle as the comparison names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ObstacleSeen {
    /// Its id in the record.
    #[ts(type = "number")]
    pub id: i64,
    /// Its kind.
    pub kind: ObstacleKind,
    /// Its status in the later bundle (the earlier, for a removed one).
    pub status: ObstacleStatus,
    /// When it was noticed.
    #[ts(type = "string")]
    pub noticed_on: Date,
    /// When it was solved, if it was.
    #[ts(type = "string | null")]
    pub solved_on: Option<Date>,
}

/// An obstacle whose status changed to one other than solved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ObstacleStatusChange {
    /// The obstacle, as in the later bundle.
    pub obstacle: ObstacleSeen,
    /// Its status in the earlier bundle.
    pub before: ObstacleStatus,
}

/// The obstacles.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, TS)]
pub struct ObstacleChanges {
    /// Obstacles new in the later bundle (solved ones too).
    pub added: Vec<ObstacleSeen>,
    /// Obstacles in both, not solved before and solved now.
    pub solved: Vec<ObstacleSeen>,
    /// Obstacles in both whose status changed otherwise.
    pub status_changed: Vec<ObstacleStatusChange>,
    /// Obstacles in the earlier bundle and no longer in the later one.
    pub removed: Vec<ObstacleSeen>,
}

/// A goal as the comparison names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct GoalSeen {
    /// Its id in the record.
    #[ts(type = "number")]
    pub id: i64,
    /// Its title, in the participant's words.
    pub title: String,
    /// What it aims at.
    pub kind: GoalKind,
    /// Its status in the later bundle (the earlier, for a removed one).
    pub status: GoalStatus,
}

/// A goal whose status changed to one other than reached.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct GoalStatusChange {
    /// The goal, as in the later bundle.
    pub goal: GoalSeen,
    /// Its status in the earlier bundle.
    pub before: GoalStatus,
}

/// The goals.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, TS)]
pub struct GoalChanges {
    /// Goals new in the later bundle (reached ones too).
    pub added: Vec<GoalSeen>,
    /// Goals in both, not reached before and reached now.
    pub reached: Vec<GoalSeen>,
    /// Goals in both whose status changed otherwise.
    pub status_changed: Vec<GoalStatusChange>,
    /// Goals in the earlier bundle and no longer in the later one.
    pub removed: Vec<GoalSeen>,
}

/// Compares bundles of one person, in any order given: they are put
/// oldest first by `created` (then by id, so the result does not depend
/// on the order of the files). Refuses bundles signed by different keys.
/// Fewer than two bundles compare to no change.
pub fn compare(opened: &[Opened]) -> Result<Comparison, BundleError> {
    let signer = opened.first().map(|o| &o.signer);
    if opened.iter().any(|o| Some(&o.signer) != signer) {
        return Err(BundleError::DifferentSigners);
    }
    let mut payloads: Vec<&Payload> = opened.iter().map(|o| &o.payload).collect();
    payloads.sort_by(|a, b| (a.created, &a.bundle_id).cmp(&(b.created, &b.bundle_id)));
    Ok(Comparison {
        signer_fingerprint: signer.map(|s| s.hex.clone()).unwrap_or_default(),
        bundles: payloads
            .iter()
            .map(|p| BundleStamp {
                bundle_id: p.bundle_id.clone(),
                created: p.created,
                expires: p.expires,
            })
            .collect(),
        changes: payloads.windows(2).map(|w| change(w[0], w[1])).collect(),
    })
}

/// What changed from `old` to `new`.
pub fn change(old: &Payload, new: &Payload) -> Change {
    let whole =
        |s: ShareSection| old.scope.sections.contains(&s) && new.scope.sections.contains(&s);
    let not_shared_both_times: Vec<ShareSection> =
        PARTS.iter().copied().filter(|s| !whole(*s)).collect();
    let sensitive_left_out = old.scope.include_sensitive != new.scope.include_sensitive;
    let filter = Filter {
        sensitive: sensitive_left_out,
    };
    let (o, n) = (&old.content, &new.content);
    let both = |s: ShareSection| whole(s).then_some(());
    Change {
        from: old.bundle_id.clone(),
        to: new.bundle_id.clone(),
        not_shared_both_times,
        sensitive_left_out,
        checkins: both(ShareSection::Checkins).map(|()| {
            checkins(
                o.checkins.as_deref().unwrap_or_default(),
                n.checkins.as_deref().unwrap_or_default(),
                filter,
            )
        }),
        steps: both(ShareSection::Steps).map(|()| {
            steps(
                o.steps.as_deref().unwrap_or_default(),
                n.steps.as_deref().unwrap_or_default(),
                filter,
            )
        }),
        stage: both(ShareSection::Steps).map(|()| StageChange {
            before: o.stage,
            after: n.stage,
        }),
        obstacles: both(ShareSection::Obstacles).map(|()| {
            obstacles(
                o.obstacles.as_deref().unwrap_or_default(),
                n.obstacles.as_deref().unwrap_or_default(),
                filter,
            )
        }),
        goals: both(ShareSection::Goals).map(|()| {
            goals(
                o.goals.as_deref().unwrap_or_default(),
                n.goals.as_deref().unwrap_or_default(),
            )
        }),
    }
}

/// Which items take part: all, or (when sensitive information went along
/// only once) those that are not sensitive.
#[derive(Clone, Copy)]
struct Filter {
    sensitive: bool,
}

impl Filter {
    fn step(self, s: &Step) -> bool {
        !self.sensitive || sensitive::of_step(s).is_empty()
    }

    fn obstacle(self, o: &Obstacle) -> bool {
        !self.sensitive || sensitive::of_obstacle(o).is_empty()
    }

    fn area(self, a: LifeArea) -> bool {
        !self.sensitive || a.sensitive().is_none()
    }
}

/// The latest check-in: by day, then by id.
fn latest(checkins: &[CheckIn]) -> Option<&CheckIn> {
    checkins.iter().max_by_key(|c| (c.date, c.id))
}

fn checkins(old: &[CheckIn], new: &[CheckIn], filter: Filter) -> CheckinChanges {
    let (before, after) = (latest(old), latest(new));
    let levels = |c: Option<&CheckIn>| -> BTreeMap<LifeArea, Level> {
        c.into_iter()
            .flat_map(|c| &c.areas)
            .filter(|a| filter.area(a.life_area))
            .map(|a| (a.life_area, a.level))
            .collect()
    };
    let (was, is) = (levels(before), levels(after));
    let areas = LifeArea::ALL
        .iter()
        .filter(|a| was.contains_key(a) || is.contains_key(a))
        .map(|&life_area| {
            let (before, after) = (was.get(&life_area).copied(), is.get(&life_area).copied());
            let score = |l: Option<Level>| l.and_then(Level::score).map(|s| s as i8);
            let change = score(after).zip(score(before)).map(|(a, b)| a - b);
            AreaChange {
                life_area,
                before,
                after,
                change,
            }
        })
        .collect();
    let mut added: Vec<&CheckIn> = new
        .iter()
        .filter(|c| !old.iter().any(|o| o.id == c.id))
        .collect();
    added.sort_by_key(|c| (c.date, c.id));
    CheckinChanges {
        before: before.map(|c| c.date),
        after: after.map(|c| c.date),
        added: added.into_iter().map(|c| c.date).collect(),
        areas,
    }
}

fn step_seen(s: &Step) -> StepSeen {
    StepSeen {
        id: s.id,
        title: s.title.clone(),
        step_type: s.step_type,
        agency: s.agency,
        status: s.status,
    }
}

fn steps(old: &[Step], new: &[Step], filter: Filter) -> StepChanges {
    let was: BTreeMap<i64, &Step> = old
        .iter()
        .filter(|s| filter.step(s))
        .map(|s| (s.id, s))
        .collect();
    let is: BTreeMap<i64, &Step> = new
        .iter()
        .filter(|s| filter.step(s))
        .map(|s| (s.id, s))
        .collect();
    let mut out = StepChanges::default();
    for (id, s) in &is {
        let Some(before) = was.get(id) else {
            out.added.push(step_seen(s));
            continue;
        };
        // The changes the later bundle has that the earlier did not:
        // those after the earlier bundle's last change.
        let since = before.status_history.last().map(|c| c.at);
        let changes: Vec<StatusChange> = s
            .status_history
            .iter()
            .filter(|c| since.is_none_or(|t| c.at > t))
            .cloned()
            .collect();
        if !changes.is_empty() || before.status != s.status {
            out.status_changed.push(StepStatusChange {
                step: step_seen(s),
                before: before.status,
                changes,
            });
        }
    }
    out.removed = was
        .iter()
        .filter(|(id, _)| !is.contains_key(id))
        .map(|(_, s)| step_seen(s))
        .collect();
    out
}

fn obstacle_seen(o: &Obstacle) -> ObstacleSeen {
    ObstacleSeen {
        id: o.id,
        kind: o.kind,
        status: o.status,
        noticed_on: o.noticed_on,
        solved_on: o.solved_on,
    }
}

fn obstacles(old: &[Obstacle], new: &[Obstacle], filter: Filter) -> ObstacleChanges {
    let was: BTreeMap<i64, &Obstacle> = old
        .iter()
        .filter(|o| filter.obstacle(o))
        .map(|o| (o.id, o))
        .collect();
    let is: BTreeMap<i64, &Obstacle> = new
        .iter()
        .filter(|o| filter.obstacle(o))
        .map(|o| (o.id, o))
        .collect();
    let mut out = ObstacleChanges::default();
    for (id, o) in &is {
        match was.get(id) {
            None => out.added.push(obstacle_seen(o)),
            Some(before) if before.status == o.status => {}
            Some(_) if o.status == ObstacleStatus::Solved => out.solved.push(obstacle_seen(o)),
            Some(before) => out.status_changed.push(ObstacleStatusChange {
                obstacle: obstacle_seen(o),
                before: before.status,
            }),
        }
    }
    out.removed = was
        .iter()
        .filter(|(id, _)| !is.contains_key(id))
        .map(|(_, o)| obstacle_seen(o))
        .collect();
    out
}

fn goal_seen(g: &Goal) -> GoalSeen {
    GoalSeen {
        id: g.id,
        title: g.title.clone(),
        kind: g.kind,
        status: g.status,
    }
}

fn goals(old: &[Goal], new: &[Goal]) -> GoalChanges {
    let was: BTreeMap<i64, &Goal> = old.iter().map(|g| (g.id, g)).collect();
    let is: BTreeMap<i64, &Goal> = new.iter().map(|g| (g.id, g)).collect();
    let mut out = GoalChanges::default();
    for (id, g) in &is {
        match was.get(id) {
            None => out.added.push(goal_seen(g)),
            Some(before) if before.status == g.status => {}
            Some(_) if g.status == GoalStatus::Reached => out.reached.push(goal_seen(g)),
            Some(before) => out.status_changed.push(GoalStatusChange {
                goal: goal_seen(g),
                before: before.status,
            }),
        }
    }
    out.removed = was
        .iter()
        .filter(|(id, _)| !is.contains_key(id))
        .map(|(_, g)| goal_seen(g))
        .collect();
    out
}

impl CheckinChanges {
    /// Whether nothing changed: no new check-in and the same levels.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.areas.iter().all(|a| a.before == a.after)
    }
}

impl StepChanges {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.status_changed.is_empty() && self.removed.is_empty()
    }
}

impl ObstacleChanges {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.solved.is_empty()
            && self.status_changed.is_empty()
            && self.removed.is_empty()
    }
}

impl GoalChanges {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.reached.is_empty()
            && self.status_changed.is_empty()
            && self.removed.is_empty()
    }
}
