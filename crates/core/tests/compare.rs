//! Progress since last time: two bundles of the demo person made a month
//! apart (fixed clocks), with known changes made to the record between
//! them, compare to exactly those changes — nothing guessed for parts
//! not shared both times, nothing "added" because it was ticked as
//! sensitive only once, and bundles of different signers refused.

use etapp_core::bundle::compare::{
    self, AreaChange, CheckinChanges, GoalChanges, GoalSeen, ObstacleChanges, ObstacleSeen,
    StageChange, StepChanges, StepSeen, StepStatusChange,
};
use etapp_core::bundle::draft::{self, ShareRequest};
use etapp_core::bundle::select::Selection;
use etapp_core::bundle::{self, BundleError, Key, Opened, Recipient, ShareTo};
use etapp_core::catalog::{
    Agency, GoalKind, GoalStatus, Level, LifeArea, ObstacleKind, ObstacleStatus, SharePurpose,
    ShareSection, Stage, StepStatus, StepType,
};
use etapp_core::i18n::Locale;
use etapp_core::jiff::civil::{date, Date};
use etapp_core::jiff::Timestamp;
use etapp_core::record::goals::Goal;
use etapp_core::record::obstacles::Obstacle;
use etapp_core::record::steps::{StatusChange, Step};
use etapp_core::record::{demo, CheckIn, Record};
use etapp_core::seen::Sighting;
use etapp_core::signature::{Fingerprint, Signer};

const NOW: &str = "2025-04-02T08:00:00Z";
const FIRST: &str = "2025-03-01T10:00:00Z";
const SECOND: &str = "2025-04-01T10:00:00Z";

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn signer(seed: u8) -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[seed; 32])
}

const SHARED: [ShareSection; 4] = [
    ShareSection::Goals,
    ShareSection::Steps,
    ShareSection::Checkins,
    ShareSection::Obstacles,
];

/// A bundle of `record` made at `now`, sealed to an X25519 key and opened
/// again at [`NOW`], as a case worker's reader does.
fn bundle(
    record: &Record,
    sections: &[ShareSection],
    sensitive: bool,
    key: &ed25519_dalek::SigningKey,
    now: &str,
    id: &str,
) -> Opened {
    let request = ShareRequest {
        to: ShareTo {
            name: "Anna Svensson".into(),
            agency: Some(Agency::PublicEmploymentService),
            unit: String::new(),
        },
        purpose: SharePurpose::FollowUp,
        purpose_text: String::new(),
        selection: Selection {
            sections: sections.to_vec(),
            items: Vec::new(),
            include_sensitive: sensitive,
        },
        expires_in_days: 365,
        locale: Locale::negotiate("en").unwrap(),
    };
    let fp = Fingerprint::of(&key.public_key());
    let payload = draft::draft(record, &request, &fp.hex, id.into(), at(now))
        .unwrap()
        .payload;
    let identity = age::x25519::Identity::generate();
    let to = Recipient::Key(Box::new(identity.to_public()));
    let bytes = bundle::seal(&payload, key, &to).unwrap();
    bundle::open(&bytes, &Key::Identity(Box::new(identity)), at(NOW)).unwrap()
}

fn step_mut(r: &mut Record, id: i64) -> &mut Step {
    r.steps.iter_mut().find(|s| s.id == id).unwrap()
}

fn set_status(step: &mut Step, status: StepStatus, when: &str) {
    step.status = status;
    step.status_history.push(StatusChange {
        status,
        at: at(when),
    });
}

/// The demo person a month later, and the changes made.
fn a_month_later(before: &Record) -> Record {
    let mut r = before.clone();
    set_status(
        step_mut(&mut r, 4),
        StepStatus::Ongoing,
        "2025-03-10T09:00:00Z",
    );
    set_status(
        step_mut(&mut r, 3),
        StepStatus::Done,
        "2025-03-20T12:00:00Z",
    );
    let mut job = r.steps[6].clone();
    job.id = 10;
    job.title = "Job fair in Borås".into();
    job.step_type = StepType::JobSearch;
    job.agency = Agency::PublicEmploymentService;
    job.life_areas = vec![LifeArea::WorkStudies];
    job.status = StepStatus::Planned;
    job.status_history = vec![StatusChange {
        status: StepStatus::Planned,
        at: at("2025-03-15T08:00:00Z"),
    }];
    job.appointments.clear();
    job.evaluation = None;
    job.goal_ids.clear();
    job.contact_id = None;
    r.steps.push(job);
    r.stage = Some(Stage::Matching);

    let mut checkin: CheckIn = r.checkins.last().unwrap().clone();
    checkin.id = 4;
    checkin.date = date(2025, 3, 25);
    for a in &mut checkin.areas {
        a.level = match a.life_area {
            LifeArea::Network => Level::MostlyManaging,
            LifeArea::WelfareSystem => Level::Managing,
            LifeArea::Housing => Level::GettingHelp,
            LifeArea::WorkStudies => Level::MostlyManaging,
            LifeArea::Health => Level::Managing,
            _ => a.level,
        };
    }
    r.checkins.push(checkin);

    let solved: &mut Obstacle = r.obstacles.iter_mut().find(|o| o.id == 2).unwrap();
    solved.status = ObstacleStatus::Solved;
    solved.solved_on = Some(date(2025, 3, 20));
    let mut transport = r.obstacles[2].clone();
    transport.id = 4;
    transport.kind = ObstacleKind::Transport;
    transport.status = ObstacleStatus::Open;
    transport.noticed_on = date(2025, 3, 5);
    transport.handled_by = None;
    transport.handling_since = None;
    transport.solved_on = None;
    r.obstacles.push(transport);

    let reached: &mut Goal = r.goals.iter_mut().find(|g| g.id == 3).unwrap();
    reached.status = GoalStatus::Reached;
    let mut driving = r.goals[1].clone();
    driving.id = 6;
    driving.title = "Drive a car in Sweden".into();
    driving.kind = GoalKind::FreeText;
    driving.status = GoalStatus::Active;
    driving.final_goal_id = None;
    driving.target_date = None;
    driving.occupation = None;
    r.goals.push(driving);
    r
}

fn area(life_area: LifeArea, before: Level, after: Level) -> AreaChange {
    let score = |l: Level| l.score().unwrap() as i8;
    AreaChange {
        life_area,
        before: Some(before),
        after: Some(after),
        change: Some(score(after) - score(before)),
    }
}

fn d(y: i16, m: i8, day: i8) -> Date {
    date(y, m, day)
}

#[test]
fn two_bundles_a_month_apart_show_exactly_the_changes_made() {
    let before = demo::record().unwrap();
    let after = a_month_later(&before);
    let key = signer(7);
    let old = bundle(&before, &SHARED, false, &key, FIRST, &"a".repeat(32));
    let new = bundle(&after, &SHARED, false, &key, SECOND, &"b".repeat(32));
    // Given newest first: still compared oldest first.
    let c = compare::compare(&[new.clone(), old.clone()]).unwrap();
    assert_eq!(c.signer_fingerprint, old.signer.hex);
    let ids: Vec<&str> = c.bundles.iter().map(|b| b.bundle_id.as_str()).collect();
    assert_eq!(ids, ["a".repeat(32), "b".repeat(32)]);
    assert_eq!(c.changes.len(), 1);
    let change = &c.changes[0];
    assert!(change.not_shared_both_times.is_empty());
    assert!(!change.sensitive_left_out);

    // The latest check-ins, per life area; the sensitive areas (health,
    // household economy, preschool) were shared neither time.
    assert_eq!(
        change.checkins,
        Some(CheckinChanges {
            before: Some(d(2024, 12, 9)),
            after: Some(d(2025, 3, 25)),
            added: vec![d(2025, 3, 25)],
            areas: vec![
                area(LifeArea::Network, Level::GettingHelp, Level::MostlyManaging),
                area(
                    LifeArea::WelfareSystem,
                    Level::MostlyManaging,
                    Level::Managing
                ),
                area(LifeArea::Housing, Level::Struggling, Level::GettingHelp),
                area(
                    LifeArea::WorkStudies,
                    Level::GettingHelp,
                    Level::MostlyManaging
                ),
                area(
                    LifeArea::SwedishLanguage,
                    Level::MostlyManaging,
                    Level::MostlyManaging
                ),
            ],
        })
    );

    let seen = |id: i64| {
        let s = after.steps.iter().find(|s| s.id == id).unwrap();
        StepSeen {
            id,
            title: s.title.clone(),
            step_type: s.step_type,
            agency: s.agency,
            status: s.status,
        }
    };
    let one = |status, when: &str| {
        vec![StatusChange {
            status,
            at: at(when),
        }]
    };
    assert_eq!(
        change.steps,
        Some(StepChanges {
            added: vec![seen(10)],
            status_changed: vec![
                StepStatusChange {
                    step: seen(3),
                    before: StepStatus::Ongoing,
                    changes: one(StepStatus::Done, "2025-03-20T12:00:00Z"),
                },
                StepStatusChange {
                    step: seen(4),
                    before: StepStatus::Planned,
                    changes: one(StepStatus::Ongoing, "2025-03-10T09:00:00Z"),
                },
            ],
            removed: vec![],
        })
    );
    assert_eq!(
        change.stage,
        Some(StageChange {
            before: Some(Stage::Activity),
            after: Some(Stage::Matching),
        })
    );

    let obstacle = |id: i64| {
        let o = after.obstacles.iter().find(|o| o.id == id).unwrap();
        ObstacleSeen {
            id,
            kind: o.kind,
            status: o.status,
            noticed_on: o.noticed_on,
            solved_on: o.solved_on,
        }
    };
    assert_eq!(
        change.obstacles,
        Some(ObstacleChanges {
            added: vec![obstacle(4)],
            solved: vec![obstacle(2)],
            status_changed: vec![],
            removed: vec![],
        })
    );

    let goal = |id: i64| {
        let g = after.goals.iter().find(|g| g.id == id).unwrap();
        GoalSeen {
            id,
            title: g.title.clone(),
            kind: g.kind,
            status: g.status,
        }
    };
    assert_eq!(
        change.goals,
        Some(GoalChanges {
            added: vec![goal(6)],
            reached: vec![goal(3)],
            status_changed: vec![],
            removed: vec![],
        })
    );

    // The same bundle twice: nothing changed.
    let same = compare::compare(&[old.clone(), old]).unwrap();
    let ch = &same.changes[0];
    assert!(ch.checkins.as_ref().unwrap().is_empty());
    assert!(ch.steps.as_ref().unwrap().is_empty());
    assert!(ch.obstacles.as_ref().unwrap().is_empty());
    assert!(ch.goals.as_ref().unwrap().is_empty());

    // In words, in Swedish: the changes, with titles as written.
    let text =
        etapp_core::reader::compare::text(&c, &new.signer, &Sighting::First, Locale::swedish());
    for expected in [
        "Vad som har ändrats",
        "Job fair in Borås",
        "Drive a car in Sweden",
        "Nådda mål",
        "Lösta hinder",
        "(+1)",
        "(±0)",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    assert!(!text.contains("Delades inte båda gångerna"), "{text}");
}

#[test]
fn parts_not_shared_both_times_are_named_and_not_compared() {
    let before = demo::record().unwrap();
    let after = a_month_later(&before);
    let key = signer(7);
    let old = bundle(
        &before,
        &[ShareSection::Goals],
        false,
        &key,
        FIRST,
        &"a".repeat(32),
    );
    let new = bundle(&after, &SHARED, false, &key, SECOND, &"b".repeat(32));
    let c = compare::compare(&[old, new]).unwrap();
    let change = &c.changes[0];
    assert_eq!(
        change.not_shared_both_times,
        [
            ShareSection::Checkins,
            ShareSection::Steps,
            ShareSection::Obstacles
        ]
    );
    assert!(change.checkins.is_none() && change.steps.is_none());
    assert!(change.stage.is_none() && change.obstacles.is_none());
    assert_eq!(change.goals.as_ref().unwrap().added.len(), 1);
    let text = etapp_core::reader::compare::text(
        &c,
        &c_signer(&key),
        &Sighting::First,
        Locale::reference(),
    );
    let text = text.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        text.contains(
            "Not shared both times, so not compared: My life: check-ins, My steps, Obstacles"
        ),
        "{text}"
    );
    // As JSON: the parts are named by their codes, and absent parts are
    // null, never empty lists.
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(
        json["changes"][0]["not_shared_both_times"],
        serde_json::json!(["checkins", "steps", "obstacles"])
    );
    assert!(json["changes"][0]["steps"].is_null());
    assert_eq!(json["bundles"][0]["created"], FIRST);
}

fn c_signer(key: &ed25519_dalek::SigningKey) -> Fingerprint {
    Fingerprint::of(&key.public_key())
}

#[test]
fn sensitive_items_ticked_only_once_are_left_out_not_added() {
    let record = demo::record().unwrap();
    let key = signer(7);
    let old = bundle(&record, &SHARED, false, &key, FIRST, &"a".repeat(32));
    let new = bundle(&record, &SHARED, true, &key, SECOND, &"b".repeat(32));
    // The later bundle holds the health step and the health check-ins…
    let steps = new.payload.content.steps.as_ref().unwrap();
    assert!(steps
        .iter()
        .any(|s| s.step_type == StepType::HealthAppointment));
    // …but nothing changed in the record, and nothing is said to.
    let c = compare::compare(&[old, new]).unwrap();
    let change = &c.changes[0];
    assert!(change.sensitive_left_out);
    assert!(change.steps.as_ref().unwrap().is_empty(), "{change:?}");
    assert!(change.obstacles.as_ref().unwrap().is_empty(), "{change:?}");
    let checkins = change.checkins.as_ref().unwrap();
    assert!(checkins.is_empty(), "{checkins:?}");
    assert!(checkins
        .areas
        .iter()
        .all(|a| a.life_area != LifeArea::Health));
}

#[test]
fn three_bundles_give_two_changes_oldest_first_and_other_signers_are_refused() {
    let before = demo::record().unwrap();
    let after = a_month_later(&before);
    let key = signer(7);
    let first = bundle(&before, &SHARED, false, &key, FIRST, &"a".repeat(32));
    let second = bundle(&after, &SHARED, false, &key, SECOND, &"b".repeat(32));
    let third = bundle(&after, &SHARED, false, &key, NOW, &"c".repeat(32));
    let c = compare::compare(&[third.clone(), first.clone(), second.clone()]).unwrap();
    assert_eq!(c.changes.len(), 2);
    assert_eq!(c.changes[0].from, "a".repeat(32));
    assert_eq!(c.changes[1].from, "b".repeat(32));
    assert!(c.changes[1].steps.as_ref().unwrap().is_empty());
    assert!(!c.changes[0].steps.as_ref().unwrap().is_empty());

    let none = compare::compare(&[]).unwrap();
    assert!(none.bundles.is_empty() && none.changes.is_empty());
    assert!(compare::compare(std::slice::from_ref(&first))
        .unwrap()
        .changes
        .is_empty());

    let stranger = bundle(&after, &SHARED, false, &signer(8), SECOND, &"d".repeat(32));
    let e = compare::compare(&[first, stranger]).unwrap_err();
    assert!(matches!(e, BundleError::DifferentSigners), "{e:?}");
    assert_eq!(e.exit_status(), 16);
    assert_eq!(e.user_error().code, "bundle-error-different-signers");
}
