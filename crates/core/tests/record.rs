//! The record's parts through the vault: goals, steps with their history,
//! deletes with what they take along, the background, and the whole
//! record as JSON (round trip, schema, refusals that change nothing).
//! Each test makes one vault (one scrypt run) and walks through its cases.

use std::path::Path;

use etapp_core::catalog::{
    Agency, Code, GoalKind, GoalStatus, Level, LifeArea, ObstacleKind, ObstacleStatus, Stage,
    StepStatus, StepType,
};
use etapp_core::jiff::civil::{date, Date};
use etapp_core::jiff::Timestamp;
use etapp_core::record::background::{AsylumPeriodEntry, Education, Skill};
use etapp_core::record::{
    Appointment, AreaLevel, Background, CheckIn, Contact, Evaluation, Goal, Note, Obstacle,
    Occupation, Step,
};
use etapp_core::record::{Profile, RecordError};
use etapp_core::store::StoreError;
use etapp_core::vault::{Passphrase, Vault};

fn today() -> Date {
    date(2026, 1, 15)
}

fn now(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn vault(dir: &Path) -> Vault {
    Vault::create(dir, &Passphrase::new("record test passphrase".into()))
        .unwrap()
        .0
}

fn final_goal(title: &str) -> Goal {
    Goal {
        id: 0,
        final_goal_id: None,
        kind: GoalKind::FreeText,
        title: title.into(),
        occupation: None,
        target_date: None,
        status: GoalStatus::Active,
    }
}

fn step(title: &str) -> Step {
    Step {
        id: 0,
        title: title.into(),
        step_type: StepType::SfiCourse,
        agency: Agency::AdultEducation,
        contact_id: None,
        stage: Stage::Activity,
        status: StepStatus::Planned,
        status_history: vec![],
        start_date: Some(date(2025, 9, 1)),
        end_date: Some(date(2025, 12, 19)),
        goal_ids: vec![],
        life_areas: vec![LifeArea::SwedishLanguage],
        appointments: vec![],
        evaluation: None,
    }
}

fn schema() -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/schema/record.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn assert_valid(json: &str) {
    let instance: serde_json::Value = serde_json::from_str(json).unwrap();
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn goals_and_steps_with_history_links_and_deletes() {
    let tmp = tempfile::tempdir().unwrap();
    let v_vault = vault(tmp.path());
    let v = v_vault.store();

    // Goals: a sub-goal needs a final goal that is not itself a sub-goal.
    let pharmacist = Goal {
        kind: GoalKind::Occupation,
        occupation: Some(Occupation {
            jobtech_id: "YHfo_Sbx_vzK".into(),
            ssyk: "2281".into(),
        }),
        ..final_goal("Apotekare")
    };
    let fg = v.add_goal(&pharmacist).unwrap();
    let orphan = Goal {
        final_goal_id: Some(999),
        ..final_goal("Swedish D")
    };
    assert!(matches!(
        v.add_goal(&orphan),
        Err(StoreError::Record(
            RecordError::SubGoalWithoutFinalGoal { .. }
        ))
    ));
    let sg = v
        .add_goal(&Goal {
            final_goal_id: Some(fg),
            ..final_goal("Swedish D")
        })
        .unwrap();
    let nested = Goal {
        final_goal_id: Some(sg),
        ..final_goal("Too deep")
    };
    let err = v.add_goal(&nested).unwrap_err();
    assert_eq!(err.exit_status(), 14);
    assert_eq!(
        err.user_error().code,
        "record-error-sub-goal-without-final-goal"
    );
    assert!(matches!(
        v.add_goal(&final_goal("  ")),
        Err(StoreError::Record(RecordError::EmptyTitle { field })) if field == "goal.title"
    ));
    let no_occupation = Goal {
        kind: GoalKind::Occupation,
        ..final_goal("x")
    };
    assert!(v.add_goal(&no_occupation).is_err());
    assert_eq!(v.goals().unwrap().len(), 2);

    // Steps: validation, then the status history.
    let contact = v
        .add_contact(&Contact {
            id: 0,
            name: "Maria Berg".into(),
            agency: Agency::AdultEducation,
            unit: "SFI".into(),
            phone: "033-35 70 00".into(),
            email: "maria@example.se".into(),
            note: String::new(),
        })
        .unwrap();
    let backwards = Step {
        start_date: Some(date(2025, 9, 1)),
        end_date: Some(date(2025, 8, 1)),
        ..step("SFI D")
    };
    assert!(matches!(
        v.add_step(&backwards, now("2025-08-20T10:00:00Z")),
        Err(StoreError::Record(RecordError::EndBeforeStart { field })) if field == "step.end_date"
    ));
    assert!(matches!(
        v.add_step(&step(""), now("2025-08-20T10:00:00Z")),
        Err(StoreError::Record(RecordError::EmptyTitle { .. }))
    ));
    let bad_goal = Step {
        goal_ids: vec![77],
        ..step("SFI D")
    };
    assert!(v.add_step(&bad_goal, now("2025-08-20T10:00:00Z")).is_err());
    assert!(v.steps().unwrap().is_empty(), "nothing partial saved");

    let sfi = Step {
        contact_id: Some(contact),
        goal_ids: vec![sg, fg],
        appointments: vec![Appointment {
            at: "2025-09-01T08:30:00".parse().unwrap(),
            place: "Vuxenutbildningen".into(),
            with_whom: "Maria Berg".into(),
        }],
        ..step("SFI D")
    };
    let id = v.add_step(&sfi, now("2025-08-20T10:00:00.123Z")).unwrap();
    assert!(matches!(
        v.set_step_evaluation(
            id,
            Some(&Evaluation {
                usefulness: 4,
                helped: String::new(),
                hard: String::new()
            })
        ),
        Err(StoreError::Record(RecordError::EvaluationTooEarly { .. }))
    ));
    v.set_step_status(id, StepStatus::Ongoing, now("2025-09-01T07:00:00Z"))
        .unwrap();
    v.set_step_status(id, StepStatus::Ongoing, now("2025-09-02T07:00:00Z"))
        .unwrap();
    // A clock set back does not put the history out of order.
    v.set_step_status(id, StepStatus::Done, now("2025-08-01T00:00:00Z"))
        .unwrap();
    let s = v.step(id).unwrap();
    assert_eq!(s.status, StepStatus::Done);
    let history: Vec<(StepStatus, String)> = s
        .status_history
        .iter()
        .map(|c| (c.status, c.at.to_string()))
        .collect();
    assert_eq!(
        history,
        [
            (StepStatus::Planned, "2025-08-20T10:00:00Z".to_owned()),
            (StepStatus::Ongoing, "2025-09-01T07:00:00Z".to_owned()),
            (StepStatus::Done, "2025-09-01T07:00:00Z".to_owned()),
        ]
    );
    assert_eq!(s.goal_ids, [fg, sg]);
    assert_eq!(s.appointments.len(), 1);
    let eval = Evaluation {
        usefulness: 4,
        helped: "Small group".into(),
        hard: "Evenings".into(),
    };
    assert!(v
        .set_step_evaluation(
            id,
            Some(&Evaluation {
                usefulness: 6,
                ..eval.clone()
            })
        )
        .is_err());
    v.set_step_evaluation(id, Some(&eval)).unwrap();
    // Reopened, the evaluation stays: it tells what already happened.
    v.set_step_status(id, StepStatus::Ongoing, now("2025-10-01T07:00:00Z"))
        .unwrap();
    assert_eq!(v.step(id).unwrap().evaluation, Some(eval));

    // Update keeps the history.
    let mut edited = v.step(id).unwrap();
    edited.title = "SFI course D".into();
    edited.goal_ids = vec![fg];
    v.update_step(&edited).unwrap();
    let after = v.step(id).unwrap();
    assert_eq!(after.title, "SFI course D");
    assert_eq!(after.status_history.len(), 4);

    // Deleting a final goal takes its sub-goals; steps stay, unlinked.
    v.update_step(&Step {
        goal_ids: vec![sg],
        ..after
    })
    .unwrap();
    let preview = v.goal_deletion(fg).unwrap();
    let titles: Vec<&str> = preview.goals.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(titles, ["Apotekare", "Swedish D"]);
    assert_eq!(preview.steps_unlinked.len(), 1);
    v.delete_goal(fg).unwrap();
    assert!(v.goals().unwrap().is_empty());
    assert!(v.step(id).unwrap().goal_ids.is_empty());

    // Deleting a contact leaves its steps without a contact person.
    let preview = v.contact_deletion(contact).unwrap();
    assert_eq!(preview.steps_losing_contact.len(), 1);
    v.delete_contact(contact).unwrap();
    assert_eq!(v.step(id).unwrap().contact_id, None);

    // Deleting a step takes its appointments, history and evaluation.
    let preview = v.step_deletion(id).unwrap();
    assert_eq!(preview.steps[0].title, "SFI course D");
    assert_eq!(
        (
            preview.appointments,
            preview.status_changes,
            preview.evaluations
        ),
        (1, 4, 1)
    );
    v.delete_step(id).unwrap();
    assert!(matches!(
        v.step(id),
        Err(StoreError::Record(RecordError::NotFound {
            what: "step",
            ..
        }))
    ));
    assert!(matches!(
        v.delete_step(id),
        Err(StoreError::Record(RecordError::NotFound { .. }))
    ));
    let leftovers: usize = v.export_record().unwrap().steps.len();
    assert_eq!(leftovers, 0);

    // Two steps written in turns: each one's history and appointments come
    // back in their own order (appointments by time, two at the same time
    // as they were given), the same in the whole plan as for one step.
    let at = |s: &str| -> Appointment {
        Appointment {
            at: s.parse().unwrap(),
            place: s.into(),
            with_whom: String::new(),
        }
    };
    let a = v
        .add_step(
            &Step {
                appointments: vec![at("2025-10-02T09:00:00"), at("2025-10-01T09:00:00")],
                ..step("A")
            },
            now("2025-09-01T07:00:00Z"),
        )
        .unwrap();
    let b = v
        .add_step(
            &Step {
                appointments: vec![
                    Appointment {
                        with_whom: "first".into(),
                        ..at("2025-11-01T09:00:00")
                    },
                    at("2025-10-15T09:00:00"),
                    Appointment {
                        with_whom: "second".into(),
                        ..at("2025-11-01T09:00:00")
                    },
                ],
                ..step("B")
            },
            now("2025-09-01T07:00:00Z"),
        )
        .unwrap();
    v.set_step_status(a, StepStatus::Ongoing, now("2025-09-02T07:00:00Z"))
        .unwrap();
    v.set_step_status(b, StepStatus::Ongoing, now("2025-09-03T07:00:00Z"))
        .unwrap();
    v.set_step_status(a, StepStatus::Done, now("2025-09-04T07:00:00Z"))
        .unwrap();
    let plan = v.steps().unwrap();
    assert_eq!(plan, [v.step(a).unwrap(), v.step(b).unwrap()]);
    let history: Vec<StepStatus> = plan[0].status_history.iter().map(|c| c.status).collect();
    assert_eq!(
        history,
        [StepStatus::Planned, StepStatus::Ongoing, StepStatus::Done]
    );
    let times: Vec<(String, &str)> = plan[1]
        .appointments
        .iter()
        .map(|x| (x.at.to_string(), x.with_whom.as_str()))
        .collect();
    assert_eq!(
        times,
        [
            ("2025-10-15T09:00:00".to_owned(), ""),
            ("2025-11-01T09:00:00".to_owned(), "first"),
            ("2025-11-01T09:00:00".to_owned(), "second"),
        ]
    );
    assert_eq!(
        plan[0].appointments[0].at.to_string(),
        "2025-10-01T09:00:00"
    );
}

#[test]
fn profile_and_background_are_checked_against_today() {
    let tmp = tempfile::tempdir().unwrap();
    let v_vault = vault(tmp.path());
    let v = v_vault.store();
    let mut p = Profile {
        name: "Rania".into(),
        municipality: "Borås".into(),
        personal_identity_number: Some("19121212-1212".into()),
        ..Profile::default()
    };
    p.household
        .children
        .push(etapp_core::record::Child { birth_year: 2027 });
    let err = v.set_profile(&p, today()).unwrap_err();
    assert_eq!(err.user_error().code, "record-error-date-in-future");
    assert_eq!(v.profile().unwrap(), Profile::default(), "nothing saved");
    p.household.children[0].birth_year = 2019;
    v.set_profile(&p, today()).unwrap();
    assert_eq!(v.profile().unwrap(), p);

    let mut b = Background {
        education: vec![Education {
            id: 0,
            level: Some(etapp_core::catalog::IscedLevel::Level6),
            field: "Pharmacy".into(),
            occupation: None,
            country: "SY".into(),
            years: Some(5),
            completed: true,
            documents_at_hand: true,
            recognition: etapp_core::catalog::Recognition::Applied,
        }],
        skills: vec![
            Skill {
                id: 4,
                name: "Medicines".into(),
            },
            Skill {
                id: 0,
                name: "Plain words".into(),
            },
        ],
        asylum_period: vec![AsylumPeriodEntry {
            id: 0,
            title: "Language café".into(),
            description: String::new(),
            start_date: Some(date(2023, 5, 1)),
            end_date: Some(date(2023, 1, 1)),
        }],
        ..Background::default()
    };
    assert!(matches!(
        v.set_background(&b, today()),
        Err(StoreError::Record(RecordError::EndBeforeStart { field })) if field == "background.asylum_period[0].end_date"
    ));
    b.asylum_period[0].end_date = None;
    let stored = v.set_background(&b, today()).unwrap();
    assert_eq!(stored.education[0].id, 1);
    assert_eq!(
        stored.skills.iter().map(|s| s.id).collect::<Vec<_>>(),
        [4, 5]
    );
    assert_eq!(v.background().unwrap(), stored);
    b.education[0].country = "Syria".into();
    assert!(v.set_background(&b, today()).is_err());
    assert_eq!(v.background().unwrap(), stored);
}

#[test]
fn demo_export_import_round_trip_and_schema() {
    let tmp = tempfile::tempdir().unwrap();
    let a_vault = vault(&tmp.path().join("a"));
    let a = a_vault.store();
    a.fill_demo(today()).unwrap();
    assert!(matches!(
        a.fill_demo(today()),
        Err(StoreError::RecordNotEmpty)
    ));
    let record = a.export_record().unwrap();
    // What the demo promises.
    assert_eq!(record.checkins.len(), 3);
    let first = record.checkins.first().unwrap().date;
    let last = record.checkins.last().unwrap().date;
    assert!((last - first).get_days() >= 180, "six months of check-ins");
    assert!(record.obstacles.len() >= 2);
    assert_eq!(
        record
            .obstacles
            .iter()
            .filter(|o| o.status == ObstacleStatus::Solved)
            .count(),
        1
    );
    let languages: std::collections::BTreeSet<_> =
        record.notes.iter().map(|n| n.language.as_str()).collect();
    assert!(languages.len() >= 2, "notes in two languages");
    assert!(record.steps.iter().all(|s| !s.life_areas.is_empty()));
    assert!(record.stage.is_some());
    let statuses: std::collections::BTreeSet<_> = record.steps.iter().map(|s| s.status).collect();
    assert_eq!(statuses.len(), <StepStatus as Code>::ALL.len());
    assert!(record.steps.iter().any(|s| s.evaluation.is_some()));
    assert!(!record.background.asylum_period.is_empty());
    let agencies: std::collections::BTreeSet<_> = record.steps.iter().map(|s| s.agency).collect();
    assert!(agencies.len() >= 4);

    let json = a.export_record_json().unwrap();
    assert_eq!(
        json,
        a.export_record_json().unwrap(),
        "same record, same bytes"
    );
    assert_eq!(
        json,
        etapp_core::record::demo::DEMO_JSON.replace("\r\n", "\n"),
        "the demo file is in export form"
    );
    assert_valid(&json);

    // Import into an empty vault gives back the same bytes.
    let b_vault = vault(&tmp.path().join("b"));
    let b = b_vault.store();
    b.import_record_json(&json, today()).unwrap();
    assert_eq!(b.export_record_json().unwrap(), json);
    // A second import is refused: the vault has rows.
    let again = b.import_record_json(&json, today()).unwrap_err();
    assert_eq!(again.exit_status(), 15);

    // Refusals name the field and change nothing.
    let c_vault = vault(&tmp.path().join("c"));
    let c = c_vault.store();
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["steps"][3]["end_date"] = "2020-01-01".into();
    let err = c
        .import_record_json(&value.to_string(), today())
        .unwrap_err();
    assert_eq!(err.exit_status(), 14);
    assert_eq!(err.user_error().args["field"], "steps[3].end_date");
    assert!(c.record_is_empty().unwrap());

    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["goals"][0]["status"] = "finished".into();
    let err = c
        .import_record_json(&value.to_string(), today())
        .unwrap_err();
    assert_eq!(err.user_error().args["field"], "goals[0].status");

    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["goals"][1]["final_goal_id"] = 2.into();
    let err = c
        .import_record_json(&value.to_string(), today())
        .unwrap_err();
    assert_eq!(err.user_error().args["field"], "goals[1].final_goal_id");
    assert!(c.record_is_empty().unwrap(), "nothing partial saved");

    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["version"] = (etapp_core::record::portable::VERSION + 1).into();
    assert!(matches!(
        c.import_record_json(&value.to_string(), today()),
        Err(StoreError::Record(RecordError::NewerVersion))
    ));
    assert!(matches!(
        c.import_record_json("not json", today()),
        Err(StoreError::Record(RecordError::NotARecord { .. }))
    ));
    // Checked against the importing computer's today: a residence permit
    // granted after it is a date that cannot be.
    assert!(matches!(
        c.import_record_json(&json, date(2023, 1, 1)),
        Err(StoreError::Record(RecordError::DateInFuture { field })) if field == "profile.residence_permit_date"
    ));
    assert!(c.record_is_empty().unwrap());
}

#[test]
fn the_schema_lists_the_catalog_codes() {
    fn codes<C: Code>() -> Vec<serde_json::Value> {
        C::ALL.iter().map(|c| c.code().into()).collect()
    }
    let defs = &schema()["$defs"];
    let check = |name: &str, want: Vec<serde_json::Value>| {
        assert_eq!(defs[name]["enum"].as_array().unwrap(), &want, "{name}");
    };
    use etapp_core::catalog::{IscedLevel, LanguageLevel, Recognition};
    check("agency", codes::<Agency>());
    check("step_type", codes::<StepType>());
    check("stage", codes::<Stage>());
    check("step_status", codes::<StepStatus>());
    check("goal_status", codes::<GoalStatus>());
    check("goal_kind", codes::<GoalKind>());
    check("isced_level", codes::<IscedLevel>());
    check("language_level", codes::<LanguageLevel>());
    check("recognition", codes::<Recognition>());
    check("life_area", codes::<LifeArea>());
    check("level", codes::<Level>());
    check("obstacle_kind", codes::<ObstacleKind>());
    check("obstacle_status", codes::<ObstacleStatus>());
}

#[test]
fn the_schema_refuses_what_import_refuses() {
    let json = etapp_core::record::demo::DEMO_JSON;
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(json).unwrap();
    assert!(validator.is_valid(&value));
    value["steps"][0]["status"] = "finished".into();
    assert!(!validator.is_valid(&value));
    let mut value: serde_json::Value = serde_json::from_str(json).unwrap();
    value["steps"][0]["surprise"] = true.into();
    assert!(!validator.is_valid(&value));
    let mut value: serde_json::Value = serde_json::from_str(json).unwrap();
    value["profile"]["arrived"] = "3 May 2023".into();
    assert!(!validator.is_valid(&value));
}

#[test]
fn a_version_1_record_still_imports() {
    let tmp = tempfile::tempdir().unwrap();
    let mut value: serde_json::Value =
        serde_json::from_str(etapp_core::record::demo::DEMO_JSON).unwrap();
    value["version"] = 1.into();
    let with_v2_parts = value.to_string();
    for key in ["stage", "checkins", "obstacles", "notes"] {
        value.as_object_mut().unwrap().remove(key);
    }
    let steps_with_areas = value.to_string();
    for step in value["steps"].as_array_mut().unwrap() {
        step.as_object_mut().unwrap().remove("life_areas");
    }
    for entry in value["background"]["education"].as_array_mut().unwrap() {
        entry.as_object_mut().unwrap().remove("occupation");
    }
    let v1 = value.to_string();

    let v_vault = vault(tmp.path());
    let v = v_vault.store();
    // A version-1 file naming what only version 2 has is not one.
    let err = v.import_record_json(&with_v2_parts, today()).unwrap_err();
    assert_eq!(err.user_error().args["field"], "stage");
    let err = v
        .import_record_json(&steps_with_areas, today())
        .unwrap_err();
    assert_eq!(err.user_error().args["field"], "steps[0].life_areas");
    assert!(v.record_is_empty().unwrap());

    v.import_record_json(&v1, today()).unwrap();
    let record = v.export_record().unwrap();
    assert_eq!(record.version, etapp_core::record::portable::VERSION);
    assert_eq!(record.steps.len(), 9);
    assert!(record.checkins.is_empty() && record.obstacles.is_empty() && record.notes.is_empty());
    assert!(record.steps.iter().all(|s| s.life_areas.is_empty()));
    assert_valid(&v.export_record_json().unwrap());
}

/// Version 4 let an education name the occupation it trained for: a
/// version-3 file has none and imports; one that names it is not one.
#[test]
fn a_version_3_record_still_imports() {
    let tmp = tempfile::tempdir().unwrap();
    let mut value: serde_json::Value =
        serde_json::from_str(etapp_core::record::demo::DEMO_JSON).unwrap();
    value["version"] = 3.into();
    assert!(!value["background"]["education"][1]["occupation"].is_null());
    // A key version 3 did not have is refused even when it says nothing.
    value["background"]["education"][0]["occupation"] = serde_json::Value::Null;
    let with_occupation = value.to_string();
    for entry in value["background"]["education"].as_array_mut().unwrap() {
        entry.as_object_mut().unwrap().remove("occupation");
    }
    let v3 = value.to_string();

    let v_vault = vault(tmp.path());
    let v = v_vault.store();
    let err = v.import_record_json(&with_occupation, today()).unwrap_err();
    assert_eq!(
        err.user_error().args["field"],
        "background.education[0].occupation"
    );
    assert!(v.record_is_empty().unwrap());

    v.import_record_json(&v3, today()).unwrap();
    let record = v.export_record().unwrap();
    assert_eq!(record.version, 4);
    assert_eq!(record.background.education.len(), 2);
    assert!(record
        .background
        .education
        .iter()
        .all(|e| e.occupation.is_none()));
    assert_valid(&v.export_record_json().unwrap());
}

/// The demo's pharmacy degree names the occupation it trained for, and
/// the background lists it once among the person's occupations.
#[test]
fn an_education_names_its_occupation() {
    let demo = etapp_core::record::demo::record().unwrap();
    let pharmacy = &demo.background.education[1];
    assert_eq!(pharmacy.occupation.as_ref().unwrap().ssyk, "2281");
    let ids: Vec<&str> = demo
        .background
        .occupations()
        .map(|o| o.jobtech_id.as_str())
        .collect();
    assert_eq!(ids, ["YHfo_Sbx_vzK", "YHfo_Sbx_vzK"]);
    let mut bad = demo.clone();
    bad.background.education[0].occupation = Some(etapp_core::record::Occupation {
        jobtech_id: "no spaces".into(),
        ssyk: "2281".into(),
    });
    let err = bad.validate(today()).unwrap_err();
    assert_eq!(
        err.user_error().args["field"],
        "background.education[0].occupation.jobtech_id"
    );
}

fn checkin(on: Date, levels: &[(LifeArea, Level)]) -> CheckIn {
    CheckIn {
        id: 0,
        date: on,
        areas: levels
            .iter()
            .map(|&(life_area, level)| AreaLevel {
                life_area,
                level,
                note: String::new(),
            })
            .collect(),
        note: String::new(),
    }
}

#[test]
fn checkins_obstacles_notes_and_the_overview() {
    let tmp = tempfile::tempdir().unwrap();
    let v_vault = vault(tmp.path());
    let v = v_vault.store();
    let today = today();

    // Check-ins: kept in date order, areas in catalog order.
    let later = v
        .add_checkin(
            &checkin(
                date(2026, 1, 10),
                &[
                    (LifeArea::SwedishLanguage, Level::MostlyManaging),
                    (LifeArea::Housing, Level::GettingHelp),
                    (LifeArea::Preschool, Level::NotRelevant),
                ],
            ),
            today,
        )
        .unwrap();
    let earlier = v
        .add_checkin(
            &checkin(date(2025, 7, 1), &[(LifeArea::Housing, Level::InCrisis)]),
            today,
        )
        .unwrap();
    let all = v.checkins().unwrap();
    assert_eq!(
        all.iter().map(|c| c.id).collect::<Vec<_>>(),
        [earlier, later]
    );
    assert_eq!(
        all[1].areas.iter().map(|a| a.life_area).collect::<Vec<_>>(),
        [
            LifeArea::Housing,
            LifeArea::Preschool,
            LifeArea::SwedishLanguage
        ]
    );
    let err = v
        .add_checkin(
            &checkin(date(2026, 1, 16), &[(LifeArea::Health, Level::Managing)]),
            today,
        )
        .unwrap_err();
    assert_eq!(err.user_error().code, "record-error-date-in-future");
    let mut changed = v.checkin(earlier).unwrap();
    changed.areas[0].level = Level::Struggling;
    changed.note = "Moved to a first-hand contract soon".into();
    v.update_checkin(&changed, today).unwrap();
    assert_eq!(v.checkin(earlier).unwrap(), changed);
    assert!(matches!(
        v.delete_checkin(999),
        Err(StoreError::Record(RecordError::NotFound {
            what: "checkin",
            ..
        }))
    ));

    // Obstacles: the dates follow the status.
    let contact = v
        .add_contact(&Contact {
            id: 0,
            name: "Sara Nilsson".into(),
            agency: Agency::SocialServices,
            unit: String::new(),
            phone: String::new(),
            email: String::new(),
            note: String::new(),
        })
        .unwrap();
    let childcare = Obstacle {
        id: 0,
        kind: ObstacleKind::NoChildcare,
        description: "No place at the preschool near us".into(),
        status: ObstacleStatus::Open,
        handled_by: None,
        contact_id: Some(contact),
        noticed_on: date(2025, 12, 1),
        handling_since: None,
        solved_on: None,
    };
    let o = v.add_obstacle(&childcare, today).unwrap();
    let handled = v
        .set_obstacle_status(o, ObstacleStatus::BeingHandled, date(2026, 1, 5))
        .unwrap();
    assert_eq!(handled.handling_since, Some(date(2026, 1, 5)));
    let solved = v
        .set_obstacle_status(o, ObstacleStatus::Solved, today)
        .unwrap();
    assert_eq!(v.obstacle(o).unwrap(), solved);
    assert_eq!(solved.solved_on, Some(today));
    let transport = v
        .add_obstacle(
            &Obstacle {
                kind: ObstacleKind::Transport,
                contact_id: None,
                ..childcare.clone()
            },
            today,
        )
        .unwrap();
    let bad = Obstacle {
        id: transport,
        solved_on: Some(today),
        ..v.obstacle(transport).unwrap()
    };
    let err = v.update_obstacle(&bad, today).unwrap_err();
    assert_eq!(err.user_error().args["field"], "obstacle.status");
    // Deleting the contact says the obstacle loses it, and it does.
    assert_eq!(
        v.contact_deletion(contact)
            .unwrap()
            .obstacles_losing_contact,
        1
    );
    v.delete_contact(contact).unwrap();
    assert_eq!(v.obstacle(o).unwrap().contact_id, None);

    // Notes keep their language.
    let n = v
        .add_note(
            &Note {
                id: 0,
                date: date(2026, 1, 12),
                language: "ti".into(),
                text: "ብዛዕባ ስራሕ ሓቲተ".into(),
            },
            today,
        )
        .unwrap();
    assert_eq!(v.notes().unwrap()[0].language, "ti");
    let err = v
        .update_note(
            &Note {
                id: n,
                date: date(2026, 1, 12),
                language: "Tigrinya".into(),
                text: "x".into(),
            },
            today,
        )
        .unwrap_err();
    assert_eq!(err.user_error().args["field"], "note.language");

    // Steps and the overview.
    let mut s = step("SFI D");
    s.status = StepStatus::Ongoing;
    s.appointments = vec![
        Appointment {
            at: "2026-01-20T09:00:00".parse().unwrap(),
            place: "Vuxenutbildningen".into(),
            with_whom: String::new(),
        },
        Appointment {
            at: "2025-12-01T09:00:00".parse().unwrap(),
            place: String::new(),
            with_whom: String::new(),
        },
    ];
    s.end_date = None;
    let sfi = v.add_step(&s, now("2025-09-01T08:00:00Z")).unwrap();
    // A cancelled step's appointment will not take place.
    let mut cancelled = s.clone();
    cancelled.title = "Cancelled course".into();
    cancelled.status = StepStatus::Cancelled;
    cancelled.appointments[0].at = "2026-01-16T09:00:00".parse().unwrap();
    v.add_step(&cancelled, now("2025-09-01T08:00:00Z")).unwrap();
    assert_eq!(v.step(sfi).unwrap().life_areas, [LifeArea::SwedishLanguage]);
    let mut twice = step("x");
    twice.life_areas = vec![LifeArea::Health, LifeArea::Health];
    let err = v.add_step(&twice, now("2025-09-01T08:00:00Z")).unwrap_err();
    assert_eq!(err.user_error().args["field"], "step.life_areas");

    v.set_profile(
        &Profile {
            name: "Amina".into(),
            arrived: Some(date(2025, 1, 15)),
            ..Profile::default()
        },
        today,
    )
    .unwrap();
    let overview = v.overview("2026-01-15T12:00:00".parse().unwrap()).unwrap();
    assert_eq!(overview.name, "Amina");
    assert_eq!(overview.stage, None);
    assert_eq!(overview.suggested_stage, Stage::Activity);
    assert_eq!(
        overview.next_appointments.len(),
        1,
        "only what is still to come"
    );
    assert_eq!(overview.next_appointments[0].step_id, sfi);
    assert_eq!(overview.steps_by_agency.len(), 1);
    assert_eq!(overview.steps_by_agency[0].agency, Agency::AdultEducation);
    assert_eq!(overview.latest_checkin.as_ref().unwrap().id, later);
    assert_eq!(overview.previous_checkin.as_ref().unwrap().id, earlier);
    assert_eq!(
        overview
            .open_obstacles
            .iter()
            .map(|o| o.id)
            .collect::<Vec<_>>(),
        [transport]
    );
    assert_eq!(overview.days_since_arrival, Some(365));
    // The longest-standing obstacle first.
    let older = v
        .add_obstacle(
            &Obstacle {
                kind: ObstacleKind::MissingDocuments,
                contact_id: None,
                noticed_on: date(2025, 3, 1),
                ..childcare.clone()
            },
            today,
        )
        .unwrap();
    let again = v.overview("2026-01-15T12:00:00".parse().unwrap()).unwrap();
    let open: Vec<i64> = again.open_obstacles.iter().map(|o| o.id).collect();
    assert_eq!(open, [older, transport]);
    assert_eq!(overview.days_since_residence_permit, None);
    v.set_stage(Some(Stage::Vision)).unwrap();
    assert_eq!(v.stage().unwrap(), Some(Stage::Vision));
    v.set_stage(None).unwrap();
    assert_eq!(v.stage().unwrap(), None);

    // All of it goes through the JSON round trip.
    v.set_stage(Some(Stage::Activity)).unwrap();
    let json = v.export_record_json().unwrap();
    assert_valid(&json);
    let w_vault = vault(&tmp.path().join("w"));
    let w = w_vault.store();
    w.import_record_json(&json, today).unwrap();
    assert_eq!(w.export_record_json().unwrap(), json);
}
