//! The rules of a report across participants, with bundles made through
//! the core at fixed instants: a group is shown from exactly 5 distinct
//! participants and suppressed below, a participant counts once (their
//! latest bundle wins, in whatever order bundles come), and only bundles
//! shared for evaluation count.

use etapp_core::bundle::draft::{self, ShareRequest};
use etapp_core::bundle::report::{self, Report, SkipReason, MIN_GROUP};
use etapp_core::bundle::select::Selection;
use etapp_core::bundle::{Opened, ShareTo};
use etapp_core::catalog::{Agency, SharePurpose, ShareSection, StepStatus, StepType};
use etapp_core::i18n::Locale;
use etapp_core::record::{demo, Record};
use etapp_core::signature::{Fingerprint, Signer};

/// A bundle of `record`'s steps by participant `who`, made at `created`,
/// as a reader has it after opening and checking it.
fn opened(record: &Record, who: u8, purpose: SharePurpose, created: &str) -> Opened {
    let key = ed25519_dalek::SigningKey::from_bytes(&[who; 32]);
    let signer = Fingerprint::of(&key.public_key());
    let request = ShareRequest {
        to: ShareTo {
            name: "Unit".into(),
            agency: None,
            unit: String::new(),
        },
        purpose,
        purpose_text: String::new(),
        selection: Selection {
            sections: vec![ShareSection::Steps],
            items: Vec::new(),
            include_sensitive: false,
        },
        expires_in_days: 30,
        locale: Locale::negotiate("sv").unwrap(),
    };
    let id = format!("{who:02x}{:030x}", created.len());
    let payload = draft::draft(record, &request, &signer.hex, id, created.parse().unwrap())
        .unwrap()
        .payload;
    Opened { payload, signer }
}

fn sfi(summary: &report::Summary) -> &report::StepGroup {
    summary
        .steps
        .iter()
        .find(|g| g.step_type == StepType::SfiCourse)
        .unwrap()
}

#[test]
fn a_group_shows_from_five_participants_and_each_counts_once() {
    let record = demo::record().unwrap();
    let mut later = record.clone();
    later.steps[0].status = StepStatus::Cancelled;
    let evaluate = SharePurpose::EvaluateStep;
    let mut r = Report::new();
    for who in 1..MIN_GROUP as u8 {
        r.add("a", &opened(&record, who, evaluate, "2026-01-01T00:00:00Z"));
    }
    // The same person again: still four.
    r.add("b", &opened(&record, 1, evaluate, "2025-12-01T00:00:00Z"));
    let four = r.finish();
    assert_eq!(four.participants, 4);
    assert_eq!(four.replaced, 1);
    assert!(sfi(&four).suppressed && sfi(&four).figures.is_none());
    assert!(four.life_areas.iter().all(|a| a.figures.is_none()));
    let csv = String::from_utf8(report::csv(&four)).unwrap();
    assert!(
        csv.contains("step,sfi_course,adult_education,,<5,,"),
        "{csv}"
    );

    // Five: shown. Person 1's later bundle wins, given before the earlier.
    let mut r = Report::new();
    r.add("new", &opened(&later, 1, evaluate, "2026-02-01T00:00:00Z"));
    for who in 1..=MIN_GROUP as u8 {
        r.add(
            "old",
            &opened(&record, who, evaluate, "2026-01-01T00:00:00Z"),
        );
    }
    r.add(
        "follow-up",
        &opened(&record, 9, SharePurpose::FollowUp, "2026-01-01T00:00:00Z"),
    );
    let five = r.finish();
    assert_eq!(five.participants, 5);
    assert_eq!(five.replaced, 1);
    assert_eq!(
        five.skipped,
        [report::Skipped {
            file: "follow-up".into(),
            reason: SkipReason::NotSharedForEvaluation
        }]
    );
    let figures = sfi(&five).figures.as_ref().unwrap();
    assert_eq!(figures.participants, 5);
    assert_eq!(figures.steps[&StepStatus::Cancelled], 1);
    assert_eq!(figures.steps[&StepStatus::Done], 4);
    assert_eq!(
        sfi(&five).agency,
        Agency::AdultEducation,
        "grouped per agency too"
    );
}

#[test]
fn skipped_bundles_keep_their_reason_and_status() {
    use etapp_core::bundle::BundleError;
    assert_eq!(
        SkipReason::of(&BundleError::Truncated),
        SkipReason::Truncated
    );
    assert_eq!(
        SkipReason::of(&BundleError::WrongCodeOrDamaged).exit_status(),
        5
    );
    assert_eq!(SkipReason::NotSharedForEvaluation.exit_status(), 17);
    let mut r = Report::new();
    r.skip("x.etapp", SkipReason::Expired);
    assert!(r.is_empty());
    assert_eq!(r.finish().skipped[0].reason, SkipReason::Expired);
}
