//! The profile: who the record belongs to.
//!
//! The struct is the `profile` object of the record schema (`profile show`
//! prints it), so its JSON names are a contract: `name` (the display name)
//! and `arrived` (`YYYY-MM-DD` or `null`) came first; every later field has
//! `#[serde(default)]`, so a profile written before it still reads.
//!
//! What agencies use to find a case (the personal identity number, the
//! Migration Agency's case number) is optional: the participant decides
//! whether to keep it here. Languages and children are short lists of
//! values without an identity of their own, stored as JSON in the profile
//! row. The case workers the person deals with are the record's
//! `contacts` ([`crate::record::Contact`]): they have ids, because steps
//! name them and a bundle can share them on their own.
//!
//! Validation takes "today" as a parameter (`CONTRACTS.md`, "Time"), so a
//! test can fix it: no arrival, residence permit or child in the future.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::check;
use super::error::{RecordError, Result};
use crate::catalog::LanguageLevel;

/// The most characters a display name may have.
pub const NAME_MAX_CHARS: usize = 200;
/// The most people a household may count (adults, or children).
pub const HOUSEHOLD_MAX: u32 = 30;

/// The person's profile.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The display name, as the person wants to be called.
    pub name: String,
    /// The date they arrived in Sweden, if given.
    #[ts(type = "string | null")]
    pub arrived: Option<Date>,
    /// The name as written on the residence permit card, which agencies
    /// search by (it may be spelled differently from `name`).
    #[serde(default)]
    pub residence_permit_name: String,
    /// Personnummer or samordningsnummer, `YYYYMMDD-NNNN` or `YYMMDD-NNNN`.
    #[serde(default)]
    pub personal_identity_number: Option<String>,
    /// The Migration Agency's case number (ärendenummer).
    #[serde(default)]
    pub migration_agency_case_number: Option<String>,
    /// Languages spoken, with how well.
    #[serde(default)]
    pub languages: Vec<SpokenLanguage>,
    /// The date the residence permit was granted.
    #[serde(default)]
    #[ts(type = "string | null")]
    pub residence_permit_date: Option<Date>,
    /// The municipality they live in.
    #[serde(default)]
    pub municipality: String,
    /// Who they live with.
    #[serde(default)]
    pub household: Household,
    /// Whether they are in the establishment programme, and since when.
    #[serde(default)]
    pub establishment_programme: EstablishmentProgramme,
}

/// A language the person speaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SpokenLanguage {
    /// The language, in the person's own words (`Tigrinya`, `عربي`).
    pub language: String,
    /// How well.
    pub level: LanguageLevel,
}

/// The people the person lives with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Household {
    /// Adults in the household, the person included.
    pub adults: u32,
    /// Children, by birth year.
    pub children: Vec<Child>,
}

impl Default for Household {
    fn default() -> Self {
        Household {
            adults: 1,
            children: Vec::new(),
        }
    }
}

/// A child in the household.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Child {
    /// The year the child was born.
    pub birth_year: i16,
}

/// The person's place in Arbetsförmedlingen's establishment programme.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct EstablishmentProgramme {
    /// Whether they are in it now.
    pub participating: bool,
    /// Since when, if known.
    #[ts(type = "string | null")]
    pub since: Option<Date>,
}

impl Profile {
    /// Checks every field against `today`; the error names the first one
    /// refused, by its JSON path under `prefix` (`profile.`).
    pub fn validate(&self, today: Date) -> Result<()> {
        self.validate_at(today, "profile.")
    }

    pub(crate) fn validate_at(&self, today: Date, prefix: &str) -> Result<()> {
        check::line(&self.name, NAME_MAX_CHARS, &format!("{prefix}name"))?;
        let arrived = format!("{prefix}arrived");
        check::plausible(self.arrived, &arrived)?;
        check::not_future(self.arrived, today, &arrived)?;
        check::line(
            &self.residence_permit_name,
            NAME_MAX_CHARS,
            &format!("{prefix}residence_permit_name"),
        )?;
        if let Some(n) = &self.personal_identity_number {
            if !personal_identity_number_ok(n) {
                return Err(RecordError::invalid(format!(
                    "{prefix}personal_identity_number"
                )));
            }
        }
        if let Some(n) = &self.migration_agency_case_number {
            let field = format!("{prefix}migration_agency_case_number");
            check::required_line(n, 40, &field)?;
        }
        for (i, l) in self.languages.iter().enumerate() {
            check::required_line(
                &l.language,
                100,
                &format!("{prefix}languages[{i}].language"),
            )?;
        }
        let permit = format!("{prefix}residence_permit_date");
        check::plausible(self.residence_permit_date, &permit)?;
        check::not_future(self.residence_permit_date, today, &permit)?;
        check::line(&self.municipality, 100, &format!("{prefix}municipality"))?;
        if !(1..=HOUSEHOLD_MAX).contains(&self.household.adults) {
            return Err(RecordError::invalid(format!("{prefix}household.adults")));
        }
        if self.household.children.len() > HOUSEHOLD_MAX as usize {
            return Err(RecordError::invalid(format!("{prefix}household.children")));
        }
        for (i, c) in self.household.children.iter().enumerate() {
            let field = format!("{prefix}household.children[{i}].birth_year");
            if c.birth_year < 1900 {
                return Err(RecordError::invalid(field));
            }
            if c.birth_year > today.year() {
                return Err(RecordError::DateInFuture { field });
            }
        }
        let since = format!("{prefix}establishment_programme.since");
        check::plausible(self.establishment_programme.since, &since)?;
        check::not_future(self.establishment_programme.since, today, &since)?;
        Ok(())
    }
}

/// Whether `n` is a Swedish personal identity or coordination number:
/// 10 or 12 digits (with an optional `-` or `+` before the last four)
/// whose last ten pass the Luhn check. A coordination number has 60 added
/// to the day, so the date is not checked beyond the digits.
pub fn personal_identity_number_ok(n: &str) -> bool {
    let digits: Vec<u32> = n
        .chars()
        .filter(|c| *c != '-' && *c != '+')
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()
        .unwrap_or_default();
    let separators = n.chars().filter(|c| *c == '-' || *c == '+').count();
    if separators > 1 || !(digits.len() == 10 || digits.len() == 12) {
        return false;
    }
    if separators == 1 && !matches!(n.len().checked_sub(5).map(|i| &n[i..=i]), Some("-" | "+")) {
        return false;
    }
    let last_ten = &digits[digits.len() - 10..];
    let sum: u32 = last_ten
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let v = if i % 2 == 0 { d * 2 } else { *d };
            v / 10 + v % 10
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shape_is_the_contract() {
        // A profile written before the later fields still reads, and
        // `name` and `arrived` keep their names and shapes.
        let p: Profile =
            serde_json::from_str(r#"{"name":"Amina","arrived":"2023-09-14"}"#).unwrap();
        assert_eq!(p.name, "Amina");
        assert_eq!(p.arrived, Some(jiff::civil::date(2023, 9, 14)));
        assert_eq!(p.household.adults, 1);
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(v["name"], "Amina");
        assert_eq!(v["arrived"], "2023-09-14");
        assert_eq!(
            serde_json::to_value(Profile::default()).unwrap()["arrived"],
            serde_json::Value::Null
        );
    }

    #[test]
    fn validation_names_the_field() {
        let today = jiff::civil::date(2025, 6, 1);
        let long = Profile {
            name: "x".repeat(NAME_MAX_CHARS + 1),
            ..Profile::default()
        };
        assert!(matches!(
            long.validate(today),
            Err(RecordError::InvalidValue { field }) if field == "profile.name"
        ));
        let control = Profile {
            name: "a\u{0}b".into(),
            ..Profile::default()
        };
        assert!(control.validate(today).is_err());
        let old = Profile {
            name: "A".into(),
            arrived: Some(jiff::civil::date(1850, 1, 1)),
            ..Profile::default()
        };
        assert!(matches!(
            old.validate(today),
            Err(RecordError::InvalidValue { field }) if field == "profile.arrived"
        ));
        let arabic = Profile {
            name: "أمينة".into(),
            arrived: Some(jiff::civil::date(2023, 1, 1)),
            ..Profile::default()
        };
        assert!(arabic.validate(today).is_ok());
    }

    #[test]
    fn dates_that_cannot_be_yet_are_refused() {
        let today = jiff::civil::date(2025, 6, 1);
        let mut p = Profile {
            name: "A".into(),
            arrived: Some(jiff::civil::date(2025, 6, 2)),
            ..Profile::default()
        };
        assert!(matches!(
            p.validate(today),
            Err(RecordError::DateInFuture { field }) if field == "profile.arrived"
        ));
        p.arrived = Some(today);
        assert!(p.validate(today).is_ok());
        p.household.children.push(Child { birth_year: 2026 });
        assert!(matches!(
            p.validate(today),
            Err(RecordError::DateInFuture { field }) if field == "profile.household.children[0].birth_year"
        ));
        p.household.children[0].birth_year = 2019;
        p.residence_permit_date = Some(jiff::civil::date(2030, 1, 1));
        assert!(p.validate(today).is_err());
    }

    #[test]
    fn personal_identity_numbers_are_checked() {
        // Skatteverket's published test numbers.
        for ok in [
            "19121212-1212",
            "121212-1212",
            "191212121212",
            "20121212+1212",
        ] {
            assert!(personal_identity_number_ok(ok), "{ok}");
        }
        // A coordination number: day + 60.
        assert!(personal_identity_number_ok("701063-2391"));
        for bad in ["19121212-1213", "1212121212-", "12-1212-1212", "abc", ""] {
            assert!(!personal_identity_number_ok(bad), "{bad}");
        }
    }
}
