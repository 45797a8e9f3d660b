//! Occupations from Arbetsförmedlingen's JobTech Taxonomy, shipped with the
//! app (`crates/core/data/jobtech/`, CC0; `SOURCE.md` there says where it
//! came from).
//!
//! The record stores an occupation as its concept id and SSYK 2012 code
//! ([`Occupation`]): the id is stable across taxonomy releases and the
//! SSYK code is what agencies' systems group by. The Swedish label is
//! looked up here, so it is never stored twice. Labels are Swedish only
//! (the source has no others); the UI shows them as they are, with the SSYK
//! code.
//!
//! The SSYK 2012 groups' Swedish names ([`group`]) come from the same
//! taxonomy: the unit groups (four digits), which the record's codes name,
//! and the ten major groups (one digit), the field of work. The UI shows
//! the major groups in the person's own language (`ssyk-major-*` in
//! `close.ftl`); the unit groups only in Swedish, as the source has them.
//!
//! [`search`] serves the picker: every word typed must start a word of
//! the label, or occur inside it; case and diacritics are ignored, so
//! `lakare` finds `Läkare` and `sjukskot` finds `Sjuksköterska`.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::{RecordError, Result};

/// An occupation in the record: JobTech concept id and SSYK 2012 code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Occupation {
    /// The JobTech concept id (`AF1L_wVt_xmK`).
    pub jobtech_id: String,
    /// The 4-digit SSYK 2012 code of its group.
    pub ssyk: String,
}

impl Occupation {
    /// Checks the shapes (not that the id is in the shipped list: a record
    /// made with a newer list still imports).
    pub fn validate(&self, field: &str) -> Result<()> {
        let id_ok = (1..=40).contains(&self.jobtech_id.len())
            && self
                .jobtech_id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if !id_ok {
            return Err(RecordError::invalid(format!("{field}.jobtech_id")));
        }
        if self.ssyk.len() != 4 || !self.ssyk.bytes().all(|b| b.is_ascii_digit()) {
            return Err(RecordError::invalid(format!("{field}.ssyk")));
        }
        Ok(())
    }
}

/// An occupation of the shipped list, as the picker shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OccupationEntry {
    /// The JobTech concept id.
    pub jobtech_id: String,
    /// The 4-digit SSYK 2012 code.
    pub ssyk: String,
    /// The Swedish label.
    pub label_sv: String,
}

impl OccupationEntry {
    /// The reference the record stores.
    pub fn occupation(&self) -> Occupation {
        Occupation {
            jobtech_id: self.jobtech_id.clone(),
            ssyk: self.ssyk.clone(),
        }
    }
}

#[derive(Deserialize)]
struct Raw {
    id: String,
    label_sv: String,
    ssyk_2012: String,
}

struct Indexed {
    entry: OccupationEntry,
    folded: String,
}

static OCCUPATIONS: LazyLock<Vec<Indexed>> = LazyLock::new(|| {
    let raw: Vec<Raw> = serde_json::from_str(include_str!("../../data/jobtech/occupations.json"))
        .expect("data/jobtech/occupations.json is valid");
    raw.into_iter()
        .map(|r| Indexed {
            folded: fold(&r.label_sv),
            entry: OccupationEntry {
                jobtech_id: r.id,
                ssyk: r.ssyk_2012,
                label_sv: r.label_sv,
            },
        })
        .collect()
});

/// Each occupation's place in the shipped list, by concept id.
static PLACES: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    OCCUPATIONS
        .iter()
        .enumerate()
        .map(|(i, o)| (o.entry.jobtech_id.as_str(), i))
        .collect()
});

/// An SSYK 2012 group: a unit group (four digits) or a major group (one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SsykGroup {
    /// Its code (`7231`, or `7` for a major group).
    pub code: String,
    /// Its Swedish name.
    pub label_sv: String,
}

/// The groups, in the order of their codes.
static GROUPS: LazyLock<Vec<SsykGroup>> = LazyLock::new(|| {
    let mut groups: Vec<SsykGroup> =
        serde_json::from_str(include_str!("../../data/jobtech/ssyk_groups.json"))
            .expect("data/jobtech/ssyk_groups.json is valid");
    groups.sort_by(|a, b| a.code.cmp(&b.code));
    groups
});

/// The SSYK 2012 group with this code: a unit group (four digits) or a
/// major group (one digit).
pub fn group(code: &str) -> Option<&'static SsykGroup> {
    GROUPS
        .binary_search_by(|g| g.code.as_str().cmp(code))
        .ok()
        .map(|i| &GROUPS[i])
}

/// Every shipped occupation of the SSYK unit group `code`, in the label's
/// alphabetical order.
pub fn in_group(code: &str) -> impl Iterator<Item = &'static OccupationEntry> + '_ {
    all().filter(move |o| o.ssyk == code)
}

/// The place of the occupation `jobtech_id` in the shipped list, which
/// the packed substitutability relations number occupations by.
pub(crate) fn place(jobtech_id: &str) -> Option<usize> {
    PLACES.get(jobtech_id).copied()
}

/// The occupation at `place` in the shipped list.
pub(crate) fn at(place: usize) -> Option<&'static OccupationEntry> {
    OCCUPATIONS.get(place).map(|o| &o.entry)
}

/// Lower case without diacritics, for matching what people type.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' | 'û' => 'u',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

/// Every shipped occupation, in the label's alphabetical order.
pub fn all() -> impl Iterator<Item = &'static OccupationEntry> {
    OCCUPATIONS.iter().map(|o| &o.entry)
}

/// The shipped occupation with this concept id.
pub fn by_id(jobtech_id: &str) -> Option<&'static OccupationEntry> {
    place(jobtech_id).and_then(at)
}

/// Up to `limit` occupations matching `query`: first those whose label
/// starts with it, then those with a word starting with it, then those
/// containing it anywhere; each group alphabetical. Every word of the
/// query must occur. A query of digits matches the SSYK code's start.
pub fn search(query: &str, limit: usize) -> Vec<&'static OccupationEntry> {
    let q = fold(query.trim());
    let words: Vec<&str> = q.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut ranked: Vec<(u8, &Indexed)> = OCCUPATIONS
        .iter()
        .filter_map(|o| {
            if q.bytes().all(|b| b.is_ascii_digit()) && o.entry.ssyk.starts_with(&q) {
                return Some((0, o));
            }
            if !words.iter().all(|w| o.folded.contains(w)) {
                return None;
            }
            let rank = if o.folded.starts_with(&q) {
                0
            } else if o
                .folded
                .split(|c: char| !c.is_alphanumeric())
                .any(|part| part.starts_with(words[0]))
            {
                1
            } else {
                2
            };
            Some((rank, o))
        })
        .collect();
    ranked.sort_by_key(|(rank, _)| *rank);
    ranked
        .into_iter()
        .take(limit)
        .map(|(_, o)| &o.entry)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_is_whole() {
        assert_eq!(all().count(), 2412);
        assert!(all().all(|o| o.occupation().validate("x").is_ok()));
    }

    #[test]
    fn every_occupation_has_its_groups() {
        assert_eq!(GROUPS.iter().filter(|g| g.code.len() == 4).count(), 400);
        assert_eq!(GROUPS.iter().filter(|g| g.code.len() == 1).count(), 10);
        for o in all() {
            assert!(group(&o.ssyk).is_some(), "{o:?}");
            assert!(group(&o.ssyk[..1]).is_some(), "{o:?}");
            assert_eq!(at(place(&o.jobtech_id).unwrap()), Some(o));
        }
        assert_eq!(
            group("7231").unwrap().label_sv,
            "Motorfordonsmekaniker och fordonsreparatörer"
        );
        assert!(in_group("7231").any(|o| o.label_sv == "Personbilsmekaniker"));
        assert!(in_group("7231").all(|o| o.ssyk == "7231"));
        assert_eq!(by_id("no such id"), None);
    }

    #[test]
    fn search_ignores_case_and_diacritics() {
        let hits = search("LAKARE", 50);
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|h| fold(&h.label_sv).contains("lakare")));
        assert!(
            hits[0].label_sv.to_lowercase().starts_with("läkare"),
            "{hits:?}"
        );
        let nurse = search("sjukskot", 100);
        assert!(nurse
            .iter()
            .any(|h| h.label_sv.starts_with("Sjuksköterska")));
        assert!(search("   ", 10).is_empty());
        assert_eq!(
            search("snickare", 3).len().min(3),
            search("snickare", 3).len()
        );
    }

    #[test]
    fn substring_and_ssyk_match() {
        // "sköterska" inside "Undersköterska".
        assert!(search("skoterska", 500)
            .iter()
            .any(|h| h.label_sv.starts_with("Undersköterska")));
        let by_code = search("2221", 100);
        assert!(!by_code.is_empty());
        assert!(by_code.iter().all(|h| h.ssyk.starts_with("2221")));
        let first = by_code[0];
        assert_eq!(by_id(&first.jobtech_id), Some(first));
    }
}
