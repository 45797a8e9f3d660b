//! What is shared and with whom: the receiver, the chosen sections and
//! single items, and the sensitive categories that went along. The
//! payload, the consent record and the share log all speak of these.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::catalog::{Agency, SensitiveCategory, ShareSection};
use crate::record::error::RecordError;

/// Whom a bundle is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ShareTo {
    /// The case worker's name, or the unit, as the participant wrote it.
    pub name: String,
    /// Their agency, if the participant named one.
    pub agency: Option<Agency>,
    /// Their unit or office.
    pub unit: String,
}

/// What the participant chose to share.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// Whole sections.
    pub sections: Vec<ShareSection>,
    /// Single items, of any section.
    pub items: Vec<SharedItem>,
    /// Whether health, family and financial items were ticked to go along.
    pub include_sensitive: bool,
    /// The sensitive categories the bundle holds (empty unless
    /// `include_sensitive`).
    pub sensitive_categories: Vec<SensitiveCategory>,
}

/// The kinds of single item that can be shared. Row ids repeat across
/// kinds, so an item is always named with its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
pub enum ItemKind {
    /// A contact.
    #[serde(rename = "contacts")]
    #[ts(rename = "contacts")]
    Contact,
    /// An education entry of the background.
    #[serde(rename = "background.education")]
    #[ts(rename = "background.education")]
    Education,
    /// A work entry of the background.
    #[serde(rename = "background.work")]
    #[ts(rename = "background.work")]
    Work,
    /// A skill.
    #[serde(rename = "background.skills")]
    #[ts(rename = "background.skills")]
    Skill,
    /// A certificate.
    #[serde(rename = "background.certificates")]
    #[ts(rename = "background.certificates")]
    Certificate,
    /// An entry of the time before the residence permit.
    #[serde(rename = "background.asylum_period")]
    #[ts(rename = "background.asylum_period")]
    AsylumPeriod,
    /// A goal.
    #[serde(rename = "goals")]
    #[ts(rename = "goals")]
    Goal,
    /// A step.
    #[serde(rename = "steps")]
    #[ts(rename = "steps")]
    Step,
    /// A check-in.
    #[serde(rename = "checkins")]
    #[ts(rename = "checkins")]
    Checkin,
    /// An obstacle.
    #[serde(rename = "obstacles")]
    #[ts(rename = "obstacles")]
    Obstacle,
    /// A note.
    #[serde(rename = "notes")]
    #[ts(rename = "notes")]
    Note,
}

impl ItemKind {
    /// Every kind.
    pub const ALL: [ItemKind; 11] = [
        ItemKind::Contact,
        ItemKind::Education,
        ItemKind::Work,
        ItemKind::Skill,
        ItemKind::Certificate,
        ItemKind::AsylumPeriod,
        ItemKind::Goal,
        ItemKind::Step,
        ItemKind::Checkin,
        ItemKind::Obstacle,
        ItemKind::Note,
    ];

    /// The name in a typed reference (`steps`, `background.work`).
    pub fn code(self) -> &'static str {
        match self {
            ItemKind::Contact => "contacts",
            ItemKind::Education => "background.education",
            ItemKind::Work => "background.work",
            ItemKind::Skill => "background.skills",
            ItemKind::Certificate => "background.certificates",
            ItemKind::AsylumPeriod => "background.asylum_period",
            ItemKind::Goal => "goals",
            ItemKind::Step => "steps",
            ItemKind::Checkin => "checkins",
            ItemKind::Obstacle => "obstacles",
            ItemKind::Note => "notes",
        }
    }

    /// The section the kind belongs to.
    pub fn section(self) -> ShareSection {
        match self {
            ItemKind::Contact => ShareSection::Contacts,
            ItemKind::Education
            | ItemKind::Work
            | ItemKind::Skill
            | ItemKind::Certificate
            | ItemKind::AsylumPeriod => ShareSection::Background,
            ItemKind::Goal => ShareSection::Goals,
            ItemKind::Step => ShareSection::Steps,
            ItemKind::Checkin => ShareSection::Checkins,
            ItemKind::Obstacle => ShareSection::Obstacles,
            ItemKind::Note => ShareSection::Notes,
        }
    }
}

/// One item, by kind and id (`steps:3`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SharedItem {
    /// Its kind.
    pub kind: ItemKind,
    /// Its id in the record.
    #[ts(type = "number")]
    pub id: i64,
}

impl SharedItem {
    /// Reads a typed reference, `KIND:ID` (`steps:3`,
    /// `background.work:2`); `field` names it when refused.
    pub fn parse(s: &str, field: &str) -> Result<SharedItem, RecordError> {
        let (kind, id) = s
            .trim()
            .split_once(':')
            .ok_or_else(|| RecordError::invalid(field))?;
        let kind = ItemKind::ALL
            .into_iter()
            .find(|k| k.code() == kind.trim())
            .ok_or_else(|| RecordError::invalid(field))?;
        let id = id
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|id| *id > 0)
            .ok_or_else(|| RecordError::invalid(field))?;
        Ok(SharedItem { kind, id })
    }
}

impl std::fmt::Display for SharedItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.kind.code(), self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_references_read_and_print_alike() {
        for s in ["steps:3", "goals:1", "background.work:2", "contacts:12"] {
            assert_eq!(SharedItem::parse(s, "items").unwrap().to_string(), s);
        }
        for bad in ["steps", "steps:0", "steps:-1", "step:3", "steps:x", ""] {
            assert!(SharedItem::parse(bad, "items[0]").is_err(), "{bad}");
        }
        for kind in ItemKind::ALL {
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(json, kind.code());
        }
    }
}
