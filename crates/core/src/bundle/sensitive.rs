//! Which shared items are sensitive (GDPR art. 9: health, family,
//! finances), one rule per kind of item, in one place.
//!
//! [`crate::catalog::SENSITIVE`] says which catalog codes are sensitive;
//! these rules say which codes of an item count:
//!
//! | item | sensitive when |
//! |---|---|
//! | step | its type, its agency or any of its life areas is |
//! | contact | their agency is |
//! | obstacle | its kind, or the agency handling it, is |
//! | check-in area | its life area is (the rest of the check-in is not) |
//! | profile | it names children (family) |
//! | goal, note, background entry | never by code: they hold no sensitive code |
//!
//! A sensitive item goes into a bundle only when the participant ticked
//! it separately; the consent record then names the categories.

use std::collections::BTreeSet;

use crate::catalog::{Code, SensitiveCategory};
use crate::record::checkins::AreaLevel;
use crate::record::contacts::Contact;
use crate::record::obstacles::Obstacle;
use crate::record::profile::Profile;
use crate::record::steps::Step;

/// A set of categories.
pub type Categories = BTreeSet<SensitiveCategory>;

/// A step is sensitive by its type, its agency or its life areas: a
/// health appointment, a step with social services, a step for the
/// household's money.
pub fn of_step(step: &Step) -> Categories {
    step.step_type
        .sensitive()
        .into_iter()
        .chain(step.agency.sensitive())
        .chain(step.life_areas.iter().filter_map(|a| a.sensitive()))
        .collect()
}

/// A contact is sensitive by their agency: a nurse at the health centre
/// tells that the participant sees one.
pub fn of_contact(contact: &Contact) -> Categories {
    contact.agency.sensitive().into_iter().collect()
}

/// An obstacle is sensitive by its kind (health, no childcare, caring
/// for family) or by the agency handling it.
pub fn of_obstacle(obstacle: &Obstacle) -> Categories {
    obstacle
        .kind
        .sensitive()
        .into_iter()
        .chain(obstacle.handled_by.and_then(|a| a.sensitive()))
        .collect()
}

/// One area of a check-in is sensitive by its life area (health,
/// household money, preschool); the other areas of the same check-in are
/// not.
pub fn of_checkin_area(area: &AreaLevel) -> Option<SensitiveCategory> {
    area.life_area.sensitive()
}

/// The profile's children tell the family situation.
pub fn of_profile(profile: &Profile) -> Categories {
    if profile.household.children.is_empty() {
        Categories::new()
    } else {
        Categories::from([SensitiveCategory::Family])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Agency, Level, LifeArea, ObstacleKind, ObstacleStatus, Stage};
    use crate::catalog::{StepStatus, StepType};
    use crate::record::profile::Child;
    use SensitiveCategory::*;

    fn step(step_type: StepType, agency: Agency, life_areas: Vec<LifeArea>) -> Step {
        Step {
            id: 1,
            title: "x".into(),
            step_type,
            agency,
            contact_id: None,
            stage: Stage::Activity,
            status: StepStatus::Planned,
            status_history: vec![],
            start_date: None,
            end_date: None,
            goal_ids: vec![],
            life_areas,
            appointments: vec![],
            evaluation: None,
        }
    }

    #[test]
    fn a_step_by_its_type_agency_or_life_areas() {
        let plain = step(StepType::SfiCourse, Agency::AdultEducation, vec![]);
        assert!(of_step(&plain).is_empty());
        let by_type = step(StepType::HealthAppointment, Agency::AdultEducation, vec![]);
        assert_eq!(of_step(&by_type), Categories::from([Health]));
        let by_agency = step(StepType::Other, Agency::SocialServices, vec![]);
        assert_eq!(of_step(&by_agency), Categories::from([Financial]));
        let by_area = step(
            StepType::JobSearch,
            Agency::PublicEmploymentService,
            vec![LifeArea::WorkStudies, LifeArea::Preschool],
        );
        assert_eq!(of_step(&by_area), Categories::from([Family]));
    }

    #[test]
    fn a_contact_by_their_agency() {
        let mut c = Contact {
            id: 1,
            name: "Eva".into(),
            agency: Agency::HealthCare,
            unit: String::new(),
            phone: String::new(),
            email: String::new(),
            note: String::new(),
        };
        assert_eq!(of_contact(&c), Categories::from([Health]));
        c.agency = Agency::SchoolOffice;
        assert_eq!(of_contact(&c), Categories::from([Family]));
        c.agency = Agency::TaxAgency;
        assert!(of_contact(&c).is_empty());
    }

    #[test]
    fn an_obstacle_by_its_kind_or_handler() {
        let mut o = Obstacle {
            id: 1,
            kind: ObstacleKind::MissingRecognition,
            description: String::new(),
            status: ObstacleStatus::Open,
            handled_by: None,
            contact_id: None,
            noticed_on: jiff::civil::date(2026, 1, 1),
            handling_since: None,
            solved_on: None,
        };
        assert!(of_obstacle(&o).is_empty());
        o.handled_by = Some(Agency::SocialServices);
        assert_eq!(of_obstacle(&o), Categories::from([Financial]));
        o.kind = ObstacleKind::NoChildcare;
        assert_eq!(of_obstacle(&o), Categories::from([Family, Financial]));
    }

    #[test]
    fn a_checkin_area_by_its_life_area() {
        let area = |life_area| AreaLevel {
            life_area,
            level: Level::Struggling,
            note: String::new(),
        };
        assert_eq!(of_checkin_area(&area(LifeArea::Health)), Some(Health));
        assert_eq!(
            of_checkin_area(&area(LifeArea::HouseholdEconomy)),
            Some(Financial)
        );
        assert_eq!(of_checkin_area(&area(LifeArea::Housing)), None);
    }

    #[test]
    fn the_profile_by_its_children() {
        let mut p = Profile::default();
        assert!(of_profile(&p).is_empty());
        p.household.children.push(Child { birth_year: 2020 });
        assert_eq!(of_profile(&p), Categories::from([Family]));
    }
}
