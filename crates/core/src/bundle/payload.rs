//! What a bundle holds: who it is for and why, when it was made and until
//! when it opens, the consent record, what the participant chose, and the
//! chosen parts of the record — nothing else.
//!
//! The parts are the record document's own types ([`crate::record`]):
//! catalog codes plus the participant's free text, so a reader renders
//! them in any language. A part that was not chosen is absent, not
//! hidden: its key is not in the JSON at all. Free text is in the
//! participant's language ([`Payload::locale`]) unless an item says
//! otherwise (a note carries its own `language`).
//!
//! Ids are the record's own, so references inside a bundle (a step's
//! goals and contact) hold, and a case worker comparing two bundles of the
//! same person can follow one step from one to the next. A reference to
//! something that was not shared is dropped when the bundle is made
//! (see [`super::select`]).

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::consent::ConsentRecord;
use super::scope::{Scope, ShareTo};
use crate::catalog::{SharePurpose, Stage};
use crate::record::background::Background;
use crate::record::checkins::CheckIn;
use crate::record::contacts::Contact;
use crate::record::error::RecordError;
use crate::record::goals::Goal;
use crate::record::notes::Note;
use crate::record::obstacles::Obstacle;
use crate::record::profile::Profile;
use crate::record::steps::Step;

/// The payload of a bundle: the string the participant's key signs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    /// A random id (32 hex digits), also the consent record's receipt id
    /// and the share log's reference.
    pub bundle_id: String,
    /// When it was made (RFC 3339, UTC).
    #[ts(type = "string")]
    pub created: Timestamp,
    /// When it stops opening (RFC 3339, UTC).
    #[ts(type = "string")]
    pub expires: Timestamp,
    /// The participant's language (a BCP 47 tag): the language of the free
    /// text, unless an item names its own.
    pub locale: String,
    /// Whom it is for.
    pub to: ShareTo,
    /// Why.
    pub purpose: SharePurpose,
    /// The participant's own words for the purpose (required for `other`).
    pub purpose_text: String,
    /// The consent, as a Kantara Consent Receipt with Etapp's additions.
    pub consent: ConsentRecord,
    /// What the participant chose.
    pub scope: Scope,
    /// The chosen parts of the record.
    pub content: Content,
}

/// The chosen parts of the record. A part not chosen is `None`, and absent
/// from the JSON.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// Who the participant is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub profile: Option<Profile>,
    /// Case workers and other contacts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub contacts: Option<Vec<Contact>>,
    /// The background, with only the chosen entries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub background: Option<Background>,
    /// Goals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub goals: Option<Vec<Goal>>,
    /// Steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub steps: Option<Vec<Step>>,
    /// The stage the participant says they are in (shared with the steps).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub stage: Option<Stage>,
    /// Check-ins, without the areas left out as sensitive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub checkins: Option<Vec<CheckIn>>,
    /// Obstacles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub obstacles: Option<Vec<Obstacle>>,
    /// Notes, each with its own language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub notes: Option<Vec<Note>>,
}

impl Payload {
    /// The oldest bundle format version that holds this payload: 2 when an
    /// education names the occupation it trained for (record format 4),
    /// else 1, which every reader of Etapp opens.
    pub fn version(&self) -> u32 {
        let names_education_occupation = self
            .content
            .background
            .as_ref()
            .is_some_and(|b| b.education.iter().any(|e| e.occupation.is_some()));
        if names_education_occupation {
            2
        } else {
            1
        }
    }

    /// The payload as the exact text that is signed.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a payload serializes")
    }

    /// Checks what a reader relies on beyond the shape: an id of 32 hex
    /// digits, a language tag, and an expiry after the creation.
    pub fn check(&self) -> Result<(), RecordError> {
        let hex_id = self.bundle_id.len() == 32
            && self
                .bundle_id
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if !hex_id {
            return Err(RecordError::invalid("bundle_id"));
        }
        if !crate::record::notes::language_tag(&self.locale) {
            return Err(RecordError::invalid("locale"));
        }
        if self.expires <= self.created {
            return Err(RecordError::invalid("expires"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_not_chosen_is_absent_from_the_json() {
        let content = Content {
            goals: Some(Vec::new()),
            ..Content::default()
        };
        let json = serde_json::to_value(&content).unwrap();
        assert_eq!(json, serde_json::json!({ "goals": [] }));
    }
}
