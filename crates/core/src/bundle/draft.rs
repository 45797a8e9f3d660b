//! A share before it is signed: the participant's request checked, and
//! the payload built from a record — exactly what the case worker will
//! see. Needs only the record (no vault), so the preview, the CLI's
//! consent text and the tests all use it.

use jiff::{Timestamp, ToSpan};

use super::consent::Terms;
use super::payload::Payload;
use super::scope::ShareTo;
use super::select::{self, Selection};
use super::sensitive::Categories;
use crate::catalog::SharePurpose;
use crate::i18n::Locale;
use crate::record::check;
use crate::record::portable::Record;
use crate::record::RecordError;

/// The days a bundle may open: from one day to a year.
pub const EXPIRES_IN_DAYS: std::ops::RangeInclusive<u32> = 1..=365;

/// What the participant asked to share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareRequest {
    /// Whom it is for.
    pub to: ShareTo,
    /// Why.
    pub purpose: SharePurpose,
    /// Their own words for the purpose (required for "other").
    pub purpose_text: String,
    /// What.
    pub selection: Selection,
    /// For how many days it opens.
    pub expires_in_days: u32,
    /// The participant's language: of the consent text and the free text.
    pub locale: Locale,
}

impl ShareRequest {
    /// Checks what the participant typed and chose; the error names the
    /// field (`share.to.name`, `share.expires_in_days`).
    pub fn validate(&self) -> std::result::Result<(), RecordError> {
        check::required_line(&self.to.name, check::LINE_MAX_CHARS, "share.to.name")?;
        check::line(&self.to.unit, check::LINE_MAX_CHARS, "share.to.unit")?;
        if self.purpose == SharePurpose::Other {
            check::required_line(
                &self.purpose_text,
                check::LINE_MAX_CHARS,
                "share.purpose_text",
            )?;
        } else {
            check::line(
                &self.purpose_text,
                check::LINE_MAX_CHARS,
                "share.purpose_text",
            )?;
        }
        if self.selection.sections.is_empty() && self.selection.items.is_empty() {
            return Err(RecordError::invalid("share.sections"));
        }
        if !EXPIRES_IN_DAYS.contains(&self.expires_in_days) {
            return Err(RecordError::invalid("share.expires_in_days"));
        }
        Ok(())
    }
}

/// A share ready to be signed: its payload, and what was left out as
/// sensitive because it was not ticked separately.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// Exactly what the case worker will see.
    pub payload: Payload,
    /// The sensitive categories left out.
    pub left_out: Categories,
    /// How many items were left out as sensitive.
    pub left_out_count: usize,
}

impl Draft {
    /// The consent text as the participant is shown it, in their
    /// language.
    pub fn consent_text(&self) -> &str {
        self.payload
            .consent
            .consent_text
            .first()
            .map_or("", |t| t.text.as_str())
    }
}

/// Builds the payload of `request` from `record` at `now`, as bundle
/// `bundle_id` of the holder of the key with fingerprint
/// `fingerprint_hex`.
pub fn draft(
    record: &Record,
    request: &ShareRequest,
    fingerprint_hex: &str,
    bundle_id: String,
    now: Timestamp,
) -> Result<Draft, RecordError> {
    request.validate()?;
    let selected = select::select(record, &request.selection)?;
    let created = Timestamp::from_second(now.as_second()).unwrap_or(now);
    let expires = created
        .checked_add(i64::from(request.expires_in_days).hours() * 24)
        .map_err(|_| RecordError::invalid("share.expires_in_days"))?;
    let terms = Terms {
        to: &request.to,
        purpose: request.purpose,
        purpose_text: &request.purpose_text,
        scope: &selected.scope,
        created,
        expires,
    };
    let consent = terms.record(&bundle_id, fingerprint_hex, request.locale);
    Ok(Draft {
        payload: Payload {
            bundle_id,
            created,
            expires,
            locale: request.locale.code().to_owned(),
            to: request.to.clone(),
            purpose: request.purpose,
            purpose_text: request.purpose_text.trim().to_owned(),
            consent,
            scope: selected.scope,
            content: selected.content,
        },
        left_out: selected.left_out,
        left_out_count: selected.left_out_count,
    })
}
