//! The catalogs: every closed list of codes the record uses, frozen.
//!
//! Why codes and not text: a step's agency or type has to mean the same
//! thing in Arabic on the participant's screen, in Swedish in the case
//! worker's reader and in a script's JSON. So the record stores a stable
//! snake_case code (`public_employment_service`), and each language shows
//! its own label from `locales/<lang>/catalog.ftl`, under the id
//! `<catalog>-<code>` with dashes (`agency-public-employment-service`).
//!
//! Codes are frozen once written: a record exported today must import in
//! every later build. New codes may be added; none is renamed or removed.
//! A test checks that every code has a label in every shipped language.
//!
//! Which codes are sensitive (GDPR art. 9: health, family, finances) is the
//! committed table [`SENSITIVE`]; the bundle leaves those items out unless
//! the participant ticks them separately.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A closed list of codes with a label per language.
pub trait Code: Copy + Sized + 'static {
    /// The catalog's name in snake_case (`step_type`).
    const CATALOG: &'static str;
    /// Every code, in the order a picker shows them.
    const ALL: &'static [Self];
    /// The frozen code.
    fn code(self) -> &'static str;

    /// The Fluent id of the code's label (`step-type-sfi-course`).
    fn label_id(self) -> String {
        format!("{}-{}", Self::CATALOG, self.code()).replace('_', "-")
    }

    /// The code named by `s`, if it is one.
    fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.code() == s)
    }

    /// The sensitive category of this code, if it has one.
    fn sensitive(self) -> Option<SensitiveCategory> {
        sensitive_category(Self::CATALOG, self.code())
    }
}

macro_rules! catalog {
    ($(#[$m:meta])* $name:ident = $catalog:literal {
        $($(#[$vm:meta])* $variant:ident = $code:literal,)+
    }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $code)] #[ts(rename = $code)] $variant,)+
        }
        impl Code for $name {
            const CATALOG: &'static str = $catalog;
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn code(self) -> &'static str {
                match self { $(Self::$variant => $code),+ }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

catalog! {
    /// Who is responsible for a step, or whom a case worker works for.
    Agency = "agency" {
        /// Arbetsförmedlingen (AF).
        PublicEmploymentService = "public_employment_service",
        /// The municipality's labour-market unit (AMF).
        MunicipalLabourMarket = "municipal_labour_market",
        /// Socialtjänsten / IFO.
        SocialServices = "social_services",
        /// Vuxenutbildningen, SFI, folk high schools.
        AdultEducation = "adult_education",
        /// The region: vårdcentral, hospital, trauma care.
        HealthCare = "health_care",
        /// Försäkringskassan (FK).
        SocialInsurance = "social_insurance",
        /// Migrationsverket (MV).
        MigrationAgency = "migration_agency",
        /// Skatteverket: population registration, the ID card, taxes.
        TaxAgency = "tax_agency",
        /// Länsstyrelsen.
        CountyBoard = "county_board",
        /// The municipality's preschool and school office.
        SchoolOffice = "school_office",
        /// The municipality's housing office (bostadsförmedling), or a
        /// landlord.
        HousingOffice = "housing_office",
        /// Universitets- och högskolerådet (UHR): assesses foreign
        /// education.
        CouncilForHigherEducation = "council_for_higher_education",
        /// Associations, Red Cross, city missions, language cafés.
        CivilSociety = "civil_society",
        /// The participant themself.
        Myself = "myself",
    }
}

catalog! {
    /// What kind of step (insats) it is.
    StepType = "step_type" {
        /// Swedish for immigrants.
        SfiCourse = "sfi_course",
        /// Samhällsorientering.
        CivicOrientation = "civic_orientation",
        /// Praktik.
        Internship = "internship",
        /// Arbetsträning.
        WorkTraining = "work_training",
        /// Arbetsmarknadsutbildning.
        LabourMarketTraining = "labour_market_training",
        /// Validering of skills.
        Validation = "validation",
        /// Studiemotiverande folkhögskolekurs.
        StudyMotivationCourse = "study_motivation_course",
        /// Yrkesutbildning.
        VocationalEducation = "vocational_education",
        /// Jobbsökaraktivitet.
        JobSearch = "job_search",
        /// A visit to health care.
        HealthAppointment = "health_appointment",
        /// Föräldrastöd.
        ParentalSupport = "parental_support",
        /// Bostadsansökan.
        HousingApplication = "housing_application",
        /// Anything else.
        Other = "other",
    }
}

catalog! {
    /// The four stages of the coordinated plan (fyrstegsmodellen).
    Stage = "stage" {
        /// Inrekrytering.
        Intake = "intake",
        /// Visionsbygge.
        Vision = "vision",
        /// Aktivitet.
        Activity = "activity",
        /// Utmatchning to work or studies.
        Matching = "matching",
    }
}

catalog! {
    /// Where a step stands.
    StepStatus = "step_status" {
        /// Suggested, not yet agreed.
        Proposed = "proposed",
        /// Agreed, not yet started.
        Planned = "planned",
        /// Going on now.
        Ongoing = "ongoing",
        /// Finished.
        Done = "done",
        /// Stopped for a while.
        Paused = "paused",
        /// Stopped for good.
        Cancelled = "cancelled",
    }
}

impl StepStatus {
    /// Whether the step is over, so the participant can evaluate it.
    pub fn is_closed(self) -> bool {
        matches!(self, StepStatus::Done | StepStatus::Cancelled)
    }
}

catalog! {
    /// Where a goal stands.
    GoalStatus = "goal_status" {
        /// Being worked towards.
        Active = "active",
        /// Reached.
        Reached = "reached",
        /// Given up or replaced.
        Dropped = "dropped",
    }
}

catalog! {
    /// What a goal aims at.
    GoalKind = "goal_kind" {
        /// An occupation from the JobTech list.
        Occupation = "occupation",
        /// Studies.
        Studies = "studies",
        /// Anything else, in the participant's words.
        FreeText = "free_text",
    }
}

catalog! {
    /// ISCED 2011 levels of education (attainment), in plain words.
    IscedLevel = "isced_level" {
        /// Less than primary school.
        Level0 = "isced_0",
        /// Primary school.
        Level1 = "isced_1",
        /// Lower secondary school.
        Level2 = "isced_2",
        /// Upper secondary school.
        Level3 = "isced_3",
        /// Post-secondary, not university.
        Level4 = "isced_4",
        /// Short university or college programme.
        Level5 = "isced_5",
        /// Bachelor's degree or equivalent.
        Level6 = "isced_6",
        /// Master's degree or equivalent.
        Level7 = "isced_7",
        /// Doctoral degree.
        Level8 = "isced_8",
    }
}

catalog! {
    /// How well a language is spoken.
    LanguageLevel = "language_level" {
        /// Mother tongue.
        FirstLanguage = "first_language",
        /// Speaks it without trouble.
        Fluent = "fluent",
        /// Gets by in daily life.
        Good = "good",
        /// A few words and phrases.
        Basic = "basic",
    }
}

catalog! {
    /// Whether a foreign education has been assessed in Sweden.
    Recognition = "recognition" {
        /// Not applied for.
        NotApplied = "not_applied",
        /// Applied, waiting for an answer.
        Applied = "applied",
        /// Recognised in full.
        Recognised = "recognised",
        /// Recognised in part.
        PartlyRecognised = "partly_recognised",
        /// Not recognised.
        NotRecognised = "not_recognised",
    }
}

catalog! {
    /// The areas of life a check-in scores: the six of the seeds (FFIA)
    /// and, beside them, work or studies and the Swedish language.
    LifeArea = "life_area" {
        /// Hushållsekonomi.
        HouseholdEconomy = "household_economy",
        /// Nätverk: people to turn to.
        Network = "network",
        /// Välfärdssystemet: knowing and using it.
        WelfareSystem = "welfare_system",
        /// Bostad.
        Housing = "housing",
        /// Förskola and childcare.
        Preschool = "preschool",
        /// Hälsa.
        Health = "health",
        /// Arbete eller studier.
        WorkStudies = "work_studies",
        /// Svenska språket.
        SwedishLanguage = "swedish_language",
    }
}

catalog! {
    /// How an area of life is going, as the participant sees it: five
    /// levels (1 in crisis … 5 managing on my own), or not relevant now.
    Level = "level" {
        /// 1: in crisis, needs help now.
        InCrisis = "in_crisis",
        /// 2: hard, needs much help.
        Struggling = "struggling",
        /// 3: going better with help.
        GettingHelp = "getting_help",
        /// 4: mostly managing alone.
        MostlyManaging = "mostly_managing",
        /// 5: managing on my own.
        Managing = "managing",
        /// Not relevant now (no children, for example).
        NotRelevant = "not_relevant",
    }
}

impl Level {
    /// The score 1–5, or `None` for "not relevant now".
    pub fn score(self) -> Option<u8> {
        match self {
            Level::InCrisis => Some(1),
            Level::Struggling => Some(2),
            Level::GettingHelp => Some(3),
            Level::MostlyManaging => Some(4),
            Level::Managing => Some(5),
            Level::NotRelevant => None,
        }
    }

    /// The level of score 1–5.
    pub fn from_score(score: u8) -> Option<Level> {
        Level::ALL
            .iter()
            .copied()
            .find(|l| l.score() == Some(score))
    }
}

catalog! {
    /// What stands in the way (hinder), modelled on the seeds'
    /// Hinderlistan.
    ObstacleKind = "obstacle" {
        /// No place in preschool or childcare.
        NoChildcare = "no_childcare",
        /// Health or trauma.
        Health = "health",
        /// An activity asks for more Swedish than I have.
        LanguageRequirement = "language_requirement",
        /// Missing documents (identity, certificates, permits).
        MissingDocuments = "missing_documents",
        /// My education or profession is not recognised yet.
        MissingRecognition = "missing_recognition",
        /// Entry requirements that shut me out.
        EntryRequirements = "entry_requirements",
        /// Missing basic adult education.
        MissingBasicEducation = "missing_basic_education",
        /// Getting there: distance, tickets, timetables.
        Transport = "transport",
        /// No stable place to live.
        UnstableHousing = "unstable_housing",
        /// Caring for a family member.
        CaringForFamily = "caring_for_family",
        /// Long parental leave.
        ParentalLeave = "parental_leave",
        /// Not knowing my rights, duties and possibilities.
        NotKnowingRights = "not_knowing_rights",
        /// Discrimination.
        Discrimination = "discrimination",
        /// Anything else, in the participant's words.
        Other = "other",
    }
}

catalog! {
    /// Where an obstacle stands.
    ObstacleStatus = "obstacle_status" {
        /// Nobody is working on it yet.
        Open = "open",
        /// Someone is handling it.
        BeingHandled = "being_handled",
        /// It no longer stands in the way.
        Solved = "solved",
    }
}

catalog! {
    /// Why a participant shares part of their record (a bundle's purpose).
    /// The codes are the contract's (`CONTRACTS.md`, "Sharing"), with
    /// dashes.
    SharePurpose = "purpose" {
        /// To plan together (a joint or coordinated plan).
        JointPlanning = "joint-planning",
        /// To apply for a step (a course, an internship, a benefit).
        ApplyStep = "apply-step",
        /// To follow up how things are going.
        FollowUp = "follow-up",
        /// To help the agency evaluate its steps, counted with others.
        EvaluateStep = "evaluate-step",
        /// Another purpose, in the participant's words.
        Other = "other",
    }
}

catalog! {
    /// The parts of the record a bundle can hold, as the participant
    /// knows them from their screens.
    ShareSection = "section" {
        /// Who I am: the profile.
        Profile = "profile",
        /// The case workers and other contacts.
        Contacts = "contacts",
        /// Education, work, skills, the asylum period.
        Background = "background",
        /// Final goals and sub-goals.
        Goals = "goals",
        /// Steps, and the stage of the plan.
        Steps = "steps",
        /// Check-ins of the life areas.
        Checkins = "checkins",
        /// Obstacles.
        Obstacles = "obstacles",
        /// Notes.
        Notes = "notes",
    }
}

catalog! {
    /// Special categories of personal data (GDPR art. 9) that are shared
    /// only after a separate confirmation.
    SensitiveCategory = "sensitive_category" {
        /// Health and trauma.
        Health = "health",
        /// Family situation.
        Family = "family",
        /// Financial assistance.
        Financial = "financial",
    }
}

/// The committed table of sensitive codes: (catalog, code, category).
/// A code not listed is not sensitive.
pub const SENSITIVE: &[(&str, &str, SensitiveCategory)] = &[
    ("agency", "health_care", SensitiveCategory::Health),
    ("agency", "social_services", SensitiveCategory::Financial),
    // Dealing with the preschool and school office tells that there are
    // children in the family.
    ("agency", "school_office", SensitiveCategory::Family),
    ("step_type", "health_appointment", SensitiveCategory::Health),
    ("step_type", "parental_support", SensitiveCategory::Family),
    (
        "life_area",
        "household_economy",
        SensitiveCategory::Financial,
    ),
    ("life_area", "preschool", SensitiveCategory::Family),
    ("life_area", "health", SensitiveCategory::Health),
    ("obstacle", "no_childcare", SensitiveCategory::Family),
    ("obstacle", "health", SensitiveCategory::Health),
    ("obstacle", "caring_for_family", SensitiveCategory::Family),
    ("obstacle", "parental_leave", SensitiveCategory::Family),
];

/// The sensitive category of `code` in `catalog`, if any.
pub fn sensitive_category(catalog: &str, code: &str) -> Option<SensitiveCategory> {
    SENSITIVE
        .iter()
        .find(|(c, k, _)| *c == catalog && *k == code)
        .map(|(_, _, s)| *s)
}

/// One row of [`SENSITIVE`], for the UI.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SensitiveCode {
    /// The catalog (`agency`, `step_type`).
    pub catalog: String,
    /// The code in it.
    pub code: String,
    /// Its category.
    pub category: SensitiveCategory,
}

/// Every catalog at once, for the UI's pickers; labels come from Fluent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Catalogs {
    /// Agencies.
    pub agencies: Vec<Agency>,
    /// Step types.
    pub step_types: Vec<StepType>,
    /// The four stages.
    pub stages: Vec<Stage>,
    /// Step statuses.
    pub step_statuses: Vec<StepStatus>,
    /// Goal statuses.
    pub goal_statuses: Vec<GoalStatus>,
    /// Goal kinds.
    pub goal_kinds: Vec<GoalKind>,
    /// ISCED levels.
    pub isced_levels: Vec<IscedLevel>,
    /// Language levels.
    pub language_levels: Vec<LanguageLevel>,
    /// Recognition statuses.
    pub recognitions: Vec<Recognition>,
    /// Life areas.
    pub life_areas: Vec<LifeArea>,
    /// Check-in levels, 1–5 then "not relevant now".
    pub levels: Vec<Level>,
    /// Obstacle kinds.
    pub obstacles: Vec<ObstacleKind>,
    /// Obstacle statuses.
    pub obstacle_statuses: Vec<ObstacleStatus>,
    /// Sensitive categories.
    pub sensitive_categories: Vec<SensitiveCategory>,
    /// Why a participant shares.
    pub purposes: Vec<SharePurpose>,
    /// The parts of the record a bundle can hold.
    pub sections: Vec<ShareSection>,
    /// Which codes are sensitive.
    pub sensitive: Vec<SensitiveCode>,
}

/// Every catalog, in picker order.
pub fn all() -> Catalogs {
    Catalogs {
        agencies: Agency::ALL.to_vec(),
        step_types: StepType::ALL.to_vec(),
        stages: Stage::ALL.to_vec(),
        step_statuses: StepStatus::ALL.to_vec(),
        goal_statuses: GoalStatus::ALL.to_vec(),
        goal_kinds: GoalKind::ALL.to_vec(),
        isced_levels: IscedLevel::ALL.to_vec(),
        language_levels: LanguageLevel::ALL.to_vec(),
        recognitions: Recognition::ALL.to_vec(),
        life_areas: LifeArea::ALL.to_vec(),
        levels: Level::ALL.to_vec(),
        obstacles: ObstacleKind::ALL.to_vec(),
        obstacle_statuses: ObstacleStatus::ALL.to_vec(),
        sensitive_categories: SensitiveCategory::ALL.to_vec(),
        purposes: SharePurpose::ALL.to_vec(),
        sections: ShareSection::ALL.to_vec(),
        sensitive: SENSITIVE
            .iter()
            .map(|(c, k, s)| SensitiveCode {
                catalog: (*c).into(),
                code: (*k).into(),
                category: *s,
            })
            .collect(),
    }
}

/// Every label id of every catalog, for the locale test.
pub fn every_label_id() -> Vec<String> {
    fn ids<C: Code>() -> impl Iterator<Item = String> {
        C::ALL.iter().map(|c| c.label_id())
    }
    ids::<Agency>()
        .chain(ids::<StepType>())
        .chain(ids::<Stage>())
        .chain(ids::<StepStatus>())
        .chain(ids::<GoalStatus>())
        .chain(ids::<GoalKind>())
        .chain(ids::<IscedLevel>())
        .chain(ids::<LanguageLevel>())
        .chain(ids::<Recognition>())
        .chain(ids::<LifeArea>())
        .chain(ids::<Level>())
        .chain(ids::<ObstacleKind>())
        .chain(ids::<ObstacleStatus>())
        .chain(ids::<SensitiveCategory>())
        .chain(ids::<SharePurpose>())
        .chain(ids::<ShareSection>())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{localizer, Locale};

    #[test]
    fn every_code_has_a_label_in_every_locale() {
        for locale in Locale::all() {
            let have = localizer().message_ids(locale);
            let missing: Vec<_> = every_label_id()
                .into_iter()
                .filter(|id| !have.contains(id))
                .collect();
            assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        }
    }

    #[test]
    fn codes_are_frozen_snake_case_and_serialize_as_themselves() {
        fn check<C: Code + Serialize>() {
            for c in C::ALL {
                let code = c.code();
                assert!(
                    code.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                    "{code}"
                );
                assert_eq!(serde_json::to_value(c).unwrap(), code);
                assert_eq!(C::parse(code).map(|p| p.code()), Some(code));
            }
        }
        check::<Agency>();
        check::<StepType>();
        check::<Stage>();
        check::<StepStatus>();
        check::<GoalStatus>();
        check::<GoalKind>();
        check::<IscedLevel>();
        check::<LanguageLevel>();
        check::<Recognition>();
        check::<LifeArea>();
        check::<Level>();
        check::<ObstacleKind>();
        check::<ObstacleStatus>();
        check::<SensitiveCategory>();
        check::<ShareSection>();
        // The contract's codes.
        let purposes: Vec<_> = SharePurpose::ALL.iter().map(|p| p.code()).collect();
        assert_eq!(
            purposes,
            [
                "joint-planning",
                "apply-step",
                "follow-up",
                "evaluate-step",
                "other"
            ]
        );
        assert_eq!(
            SharePurpose::JointPlanning.label_id(),
            "purpose-joint-planning"
        );
        let sections: Vec<_> = ShareSection::ALL.iter().map(|s| s.code()).collect();
        assert_eq!(
            sections,
            [
                "profile",
                "contacts",
                "background",
                "goals",
                "steps",
                "checkins",
                "obstacles",
                "notes"
            ]
        );
        let areas: Vec<_> = LifeArea::ALL.iter().map(|s| s.code()).collect();
        assert_eq!(
            areas,
            [
                "household_economy",
                "network",
                "welfare_system",
                "housing",
                "preschool",
                "health",
                "work_studies",
                "swedish_language"
            ]
        );
        let scores: Vec<_> = Level::ALL.iter().map(|l| l.score()).collect();
        assert_eq!(scores, [Some(1), Some(2), Some(3), Some(4), Some(5), None]);
        assert_eq!(Level::from_score(4), Some(Level::MostlyManaging));
        assert_eq!(Level::from_score(0), None);
        let stages: Vec<_> = Stage::ALL.iter().map(|s| s.code()).collect();
        assert_eq!(stages, ["intake", "vision", "activity", "matching"]);
        let statuses: Vec<_> = StepStatus::ALL.iter().map(|s| s.code()).collect();
        assert_eq!(
            statuses,
            [
                "proposed",
                "planned",
                "ongoing",
                "done",
                "paused",
                "cancelled"
            ]
        );
    }

    #[test]
    fn the_sensitive_table_names_real_codes() {
        for (catalog, code, _) in SENSITIVE {
            let known = match *catalog {
                "agency" => Agency::parse(code).is_some(),
                "step_type" => StepType::parse(code).is_some(),
                "life_area" => LifeArea::parse(code).is_some(),
                "obstacle" => ObstacleKind::parse(code).is_some(),
                _ => false,
            };
            assert!(known, "{catalog}/{code}");
        }
        assert_eq!(
            StepType::HealthAppointment.sensitive(),
            Some(SensitiveCategory::Health)
        );
        assert_eq!(Agency::PublicEmploymentService.sensitive(), None);
    }
}
