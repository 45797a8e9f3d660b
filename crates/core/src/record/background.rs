//! The background (kartläggning): education, work, skills, certificates,
//! driving licence, and what the person learned or did during the asylum
//! period, before the residence permit.
//!
//! The asylum period is its own part (`asylum_period`) because agencies
//! lose it: "their life does not start with the residence permit" (000).
//!
//! The participant edits the background as one document (a mapping is
//! filled in together, at one desk), so it is stored as one JSON document
//! and replaced whole. Each entry still has an id, unique within its list,
//! so a bundle can share single entries; the core gives new entries
//! (id 0) the next free id.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::check;
use super::error::{RecordError, Result};
use super::occupation::Occupation;
use crate::catalog::{IscedLevel, Recognition};

/// The whole background.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Background {
    /// Schooling and studies.
    pub education: Vec<Education>,
    /// Jobs and other work.
    pub work_experience: Vec<WorkExperience>,
    /// Skills, in the person's own words.
    pub skills: Vec<Skill>,
    /// Certificates and licences other than the driving licence.
    pub certificates: Vec<Certificate>,
    /// The driving licence, if any.
    pub driving_licence: Option<DrivingLicence>,
    /// What they learned or did before the residence permit.
    pub asylum_period: Vec<AsylumPeriodEntry>,
}

/// An education.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Education {
    /// Id within `education`.
    pub id: u32,
    /// The ISCED 2011 level, if known.
    pub level: Option<IscedLevel>,
    /// The subject or programme (`Nursing`, `Mechanics`).
    pub field: String,
    /// The occupation it trained for, from the JobTech list, if one fits
    /// (record format 4; absent, read as none, before). Left out when
    /// none, so a share that names no such occupation stays readable by
    /// readers of bundle version 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional = nullable)]
    pub occupation: Option<Occupation>,
    /// Country, ISO 3166-1 alpha-2 (`SY`), or empty.
    pub country: String,
    /// How many years it took.
    pub years: Option<u8>,
    /// Whether it was completed.
    pub completed: bool,
    /// Whether they have the diplomas or transcripts with them.
    pub documents_at_hand: bool,
    /// Whether it has been recognised in Sweden.
    pub recognition: Recognition,
}

/// Work done, here or elsewhere.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WorkExperience {
    /// Id within `work_experience`.
    pub id: u32,
    /// The occupation from the JobTech list, if one fits.
    pub occupation: Option<Occupation>,
    /// The work in their own words (required when no occupation fits).
    pub title: String,
    /// Country, ISO 3166-1 alpha-2, or empty.
    pub country: String,
    /// How many years.
    pub years: Option<u8>,
    /// What they did.
    pub tasks: String,
}

/// A skill.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    /// Id within `skills`.
    pub id: u32,
    /// The skill in their own words.
    pub name: String,
}

/// A certificate (forklift licence, hygiene course, ...).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Certificate {
    /// Id within `certificates`.
    pub id: u32,
    /// What it certifies.
    pub name: String,
    /// Who issued it.
    pub issuer: String,
    /// The year it was issued.
    pub year: Option<i16>,
}

/// A driving licence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct DrivingLicence {
    /// The classes, as on the card (`B`, `B, C1`).
    pub classes: String,
    /// The issuing country, ISO 3166-1 alpha-2, or empty.
    pub country: String,
}

/// Something learned or done during the asylum period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AsylumPeriodEntry {
    /// Id within `asylum_period`.
    pub id: u32,
    /// What it was (`Volunteer interpreter at the accommodation`).
    pub title: String,
    /// More about it.
    pub description: String,
    /// The first day, if known.
    #[ts(type = "string | null")]
    pub start_date: Option<Date>,
    /// The last day, if known.
    #[ts(type = "string | null")]
    pub end_date: Option<Date>,
}

/// Gives entries with id 0 the next free id, and refuses a repeated id.
fn number<T>(items: &mut [T], id: impl Fn(&mut T) -> &mut u32, path: &str) -> Result<()> {
    let mut next = items.iter_mut().map(|i| *id(i)).max().unwrap_or(0);
    let mut seen = std::collections::BTreeSet::new();
    for (n, item) in items.iter_mut().enumerate() {
        let i = id(item);
        if *i == 0 {
            next += 1;
            *i = next;
        }
        if !seen.insert(*i) {
            return Err(RecordError::invalid(format!("{path}[{n}].id")));
        }
    }
    Ok(())
}

impl Background {
    /// The occupations it names from the JobTech list: those of the work
    /// experience, then those educations trained for, each in its order.
    pub fn occupations(&self) -> impl Iterator<Item = &Occupation> {
        let work = self.work_experience.iter().map(|w| &w.occupation);
        let education = self.education.iter().map(|e| &e.occupation);
        work.chain(education).flatten()
    }

    /// Checks every entry against `today`; `path` is the background's JSON
    /// path. Ids must be unique within each list (0 means "new").
    pub fn validate(&self, today: Date, path: &str) -> Result<()> {
        for (i, e) in self.education.iter().enumerate() {
            let p = format!("{path}.education[{i}]");
            check::line(&e.field, check::LINE_MAX_CHARS, &format!("{p}.field"))?;
            if let Some(o) = &e.occupation {
                o.validate(&format!("{p}.occupation"))?;
            }
            check::country(&e.country, &format!("{p}.country"))?;
            check::years(e.years, &format!("{p}.years"))?;
        }
        for (i, w) in self.work_experience.iter().enumerate() {
            let p = format!("{path}.work_experience[{i}]");
            match &w.occupation {
                Some(o) => {
                    o.validate(&format!("{p}.occupation"))?;
                    check::line(&w.title, check::LINE_MAX_CHARS, &format!("{p}.title"))?;
                }
                None => {
                    check::required_line(&w.title, check::LINE_MAX_CHARS, &format!("{p}.title"))?
                }
            }
            check::country(&w.country, &format!("{p}.country"))?;
            check::years(w.years, &format!("{p}.years"))?;
            check::text(&w.tasks, &format!("{p}.tasks"))?;
        }
        for (i, s) in self.skills.iter().enumerate() {
            check::required_line(
                &s.name,
                check::LINE_MAX_CHARS,
                &format!("{path}.skills[{i}].name"),
            )?;
        }
        for (i, c) in self.certificates.iter().enumerate() {
            let p = format!("{path}.certificates[{i}]");
            check::required_line(&c.name, check::LINE_MAX_CHARS, &format!("{p}.name"))?;
            check::line(&c.issuer, check::LINE_MAX_CHARS, &format!("{p}.issuer"))?;
            if let Some(y) = c.year {
                if y < 1900 {
                    return Err(RecordError::invalid(format!("{p}.year")));
                }
                if y > today.year() {
                    return Err(RecordError::DateInFuture {
                        field: format!("{p}.year"),
                    });
                }
            }
        }
        if let Some(d) = &self.driving_licence {
            let p = format!("{path}.driving_licence");
            check::required_line(&d.classes, 40, &format!("{p}.classes"))?;
            check::country(&d.country, &format!("{p}.country"))?;
        }
        for (i, a) in self.asylum_period.iter().enumerate() {
            let p = format!("{path}.asylum_period[{i}]");
            check::required_line(&a.title, check::LINE_MAX_CHARS, &format!("{p}.title"))?;
            check::text(&a.description, &format!("{p}.description"))?;
            check::plausible(a.start_date, &format!("{p}.start_date"))?;
            check::not_future(a.start_date, today, &format!("{p}.start_date"))?;
            check::plausible(a.end_date, &format!("{p}.end_date"))?;
            check::ordered(a.start_date, a.end_date, &format!("{p}.end_date"))?;
        }
        let mut copy = self.clone();
        copy.give_ids(path)
    }

    /// Numbers new entries (id 0) in place.
    pub fn give_ids(&mut self, path: &str) -> Result<()> {
        number(
            &mut self.education,
            |e| &mut e.id,
            &format!("{path}.education"),
        )?;
        number(
            &mut self.work_experience,
            |e| &mut e.id,
            &format!("{path}.work_experience"),
        )?;
        number(&mut self.skills, |e| &mut e.id, &format!("{path}.skills"))?;
        number(
            &mut self.certificates,
            |e| &mut e.id,
            &format!("{path}.certificates"),
        )?;
        number(
            &mut self.asylum_period,
            |e| &mut e.id,
            &format!("{path}.asylum_period"),
        )
    }
}
