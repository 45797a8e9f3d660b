//! The profile: who the record belongs to.
//!
//! For now a display name and the date of arrival in Sweden. The struct is
//! the `profile` object of the record schema (`profile show` prints it), so
//! its JSON names are a contract: `name` (string) and `arrived`
//! (`YYYY-MM-DD` or `null`). Later fields are added with a migration and a
//! `#[serde(default)]` field here, and old records keep reading.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::{Field, Result, VaultError};

/// The most characters a display name may have.
pub const NAME_MAX_CHARS: usize = 200;

/// The person's profile.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Profile {
    /// The display name, as the person wants to be called.
    pub name: String,
    /// The date they arrived in Sweden, if given.
    #[ts(type = "string | null")]
    pub arrived: Option<Date>,
}

impl Profile {
    /// Checks every field; the error names the first one refused.
    pub fn validate(&self) -> Result<()> {
        let name_ok =
            self.name.chars().count() <= NAME_MAX_CHARS && !self.name.chars().any(char::is_control);
        if !name_ok {
            return Err(VaultError::InvalidInput { field: Field::Name });
        }
        if self.arrived.is_some_and(|d| d.year() < 1900) {
            return Err(VaultError::InvalidInput {
                field: Field::Arrived,
            });
        }
        Ok(())
    }
}

/// Reads a date typed as `YYYY-MM-DD` (and only that form, so `03-04`
/// is never guessed to be March or April).
pub fn parse_date(input: &str, field: Field) -> Result<Date> {
    let input = crate::i18n::strip_isolation(input);
    let input = input.trim();
    let shape_ok = input.len() == 10
        && input.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shape_ok {
        return Err(VaultError::InvalidInput { field });
    }
    input
        .parse()
        .map_err(|_| VaultError::InvalidInput { field })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shape_is_the_contract() {
        let p = Profile {
            name: "Amina".into(),
            arrived: Some(jiff::civil::date(2023, 9, 14)),
        };
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"name":"Amina","arrived":"2023-09-14"}"#
        );
        let empty = Profile::default();
        assert_eq!(
            serde_json::to_string(&empty).unwrap(),
            r#"{"name":"","arrived":null}"#
        );
    }

    #[test]
    fn dates_only_in_iso_form() {
        assert_eq!(
            parse_date("2024-02-29", Field::Arrived).unwrap(),
            jiff::civil::date(2024, 2, 29)
        );
        for bad in [
            "2023-02-29",
            "20240101",
            "2024-1-01",
            "01/02/2024",
            "",
            "2024-13-01",
        ] {
            assert!(parse_date(bad, Field::Arrived).is_err(), "{bad}");
        }
    }

    #[test]
    fn validation_names_the_field() {
        let long = Profile {
            name: "x".repeat(NAME_MAX_CHARS + 1),
            arrived: None,
        };
        assert!(matches!(
            long.validate(),
            Err(VaultError::InvalidInput { field: Field::Name })
        ));
        let control = Profile {
            name: "a\u{0}b".into(),
            arrived: None,
        };
        assert!(control.validate().is_err());
        let old = Profile {
            name: "A".into(),
            arrived: Some(jiff::civil::date(1850, 1, 1)),
        };
        assert!(matches!(
            old.validate(),
            Err(VaultError::InvalidInput {
                field: Field::Arrived
            })
        ));
        let arabic = Profile {
            name: "أمينة".into(),
            arrived: Some(jiff::civil::date(2023, 1, 1)),
        };
        assert!(arabic.validate().is_ok());
    }
}
