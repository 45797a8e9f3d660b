//! The small checks every part of the record shares. Each takes the JSON
//! path of the value, so the error names the field the same way in the
//! app, in the CLI and for an imported file.

use jiff::civil::Date;

use super::error::{RecordError, Result};

/// The most characters of a one-line value (a title, a place).
pub const LINE_MAX_CHARS: usize = 200;
/// The most characters of a longer text (tasks, what helped, a note).
pub const TEXT_MAX_CHARS: usize = 4000;

/// A one-line value, possibly empty: not too long, no control characters.
pub fn line(value: &str, max: usize, field: &str) -> Result<()> {
    if value.chars().count() > max || value.chars().any(char::is_control) {
        return Err(RecordError::invalid(field));
    }
    Ok(())
}

/// A one-line value that must be filled in.
pub fn required_line(value: &str, max: usize, field: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(RecordError::EmptyTitle {
            field: field.to_owned(),
        });
    }
    line(value, max, field)
}

/// A longer text, possibly empty: line breaks and tabs are allowed.
pub fn text(value: &str, field: &str) -> Result<()> {
    let bad = |c: char| c.is_control() && c != '\n' && c != '\t';
    if value.chars().count() > TEXT_MAX_CHARS || value.chars().any(bad) {
        return Err(RecordError::invalid(field));
    }
    Ok(())
}

/// A date not before 1900 (a typo, not a life event).
pub fn plausible(date: Option<Date>, field: &str) -> Result<()> {
    if date.is_some_and(|d| d.year() < 1900) {
        return Err(RecordError::invalid(field));
    }
    Ok(())
}

/// A date that has happened by `today`.
pub fn not_future(date: Option<Date>, today: Date, field: &str) -> Result<()> {
    if date.is_some_and(|d| d > today) {
        return Err(RecordError::DateInFuture {
            field: field.to_owned(),
        });
    }
    Ok(())
}

/// An end not before its start; the error names the end.
pub fn ordered(start: Option<Date>, end: Option<Date>, field: &str) -> Result<()> {
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            return Err(RecordError::EndBeforeStart {
                field: field.to_owned(),
            });
        }
    }
    Ok(())
}

/// A two-letter country code (ISO 3166-1 alpha-2, `SY`), or empty.
pub fn country(value: &str, field: &str) -> Result<()> {
    if value.is_empty() || (value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase())) {
        Ok(())
    } else {
        Err(RecordError::invalid(field))
    }
}

/// A number of whole years: 0 to 80.
pub fn years(value: Option<u8>, field: &str) -> Result<()> {
    if value.is_some_and(|y| y > 80) {
        return Err(RecordError::invalid(field));
    }
    Ok(())
}

/// Reads a date typed as `YYYY-MM-DD` (and only that form, so `03-04` is
/// never guessed to be March or April), in ASCII, Arabic-Indic or
/// Persian digits; `field` names it when refused.
pub fn parse_date(input: &str, field: &str) -> Result<Date> {
    let input = crate::i18n::ascii_digits(&crate::i18n::strip_isolation(input));
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
        return Err(RecordError::invalid(field));
    }
    input.parse().map_err(|_| RecordError::invalid(field))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_only_in_iso_form() {
        assert_eq!(
            parse_date("2024-02-29", "x").unwrap(),
            parse_date("۲۰۲۴-۰۲-۲۹", "x").unwrap(),
        );
        assert_eq!(
            parse_date("2024-02-29", "x").unwrap(),
            parse_date("٢٠٢٤-٠٢-٢٩", "x").unwrap(),
        );
        assert_eq!(
            parse_date("2024-02-29", "x").unwrap(),
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
            assert!(
                matches!(parse_date(bad, "profile.arrived"),
                    Err(RecordError::InvalidValue { field }) if field == "profile.arrived"),
                "{bad}"
            );
        }
    }
}
