//! Close occupations: what the person "almost has" (003: "vad folk nästan
//! har för kompetenser").
//!
//! A mechanic from Eritrea or a civil engineer from Ukraine often does not
//! know which Swedish occupations employers consider close to theirs.
//! Arbetsförmedlingen publishes the answer as open data (CC0): which
//! occupations are substitutable for which, at a high (75: very similar
//! tasks) or a low (25: some training needed) level. The relations are
//! shipped with the app (`crates/core/data/jobtech/substitutability.bin`,
//! packed by `pack.py` there; `SOURCE.md` says where they came from), so
//! nothing is fetched and nothing about the person leaves the computer.
//!
//! A relation `from → to` reads: people in `from` can fill demand for `to`;
//! moving from `from` into `to` needs little or some retraining. It is not
//! symmetric. Both questions here follow the arrows out of the person's
//! own occupations (those named in the background):
//!
//! - [`close_occupations`]: where can they go from what they have done?
//!   Each occupation reached is listed once, "very close" when any of the
//!   person's occupations reaches it at 75, else "somewhat close", with the
//!   occupations that lead to it. Their own occupations are left out.
//! - [`leads_to`]: for a goal occupation, which of their own occupations
//!   lead to it.
//!
//! About half the occupations have no relation leading from them (970 of
//! the 2 412 have none at all, in either direction). For those the
//! answer says so and lists the other occupations of the same SSYK unit
//! group (four digits): a weaker link, drawn by the classification and
//! not by Arbetsförmedlingen's judgement, so it is kept in a list of its
//! own and never mixed with the relations. An occupation the record names
//! that the shipped list no longer has (a record made with a newer or
//! older list) is skipped and counted, never an error.
//!
//! The relations are a general judgement about work tasks, not a promise;
//! the screens and the CLI say so.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::background::Background;
use super::goals::Goal;
use super::occupation::{self, OccupationEntry, SsykGroup};
use crate::catalog::GoalKind;

/// How close an occupation is, in Arbetsförmedlingen's two levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Closeness {
    /// 75: great similarity in the work tasks.
    VeryClose,
    /// 25: some tasks are similar; some training is needed.
    SomewhatClose,
}

impl Closeness {
    /// The level as the source gives it: 75 or 25.
    pub fn percent(self) -> u8 {
        match self {
            Closeness::VeryClose => 75,
            Closeness::SomewhatClose => 25,
        }
    }
}

/// One of the person's own occupations that leads to another occupation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Lead {
    /// The JobTech concept id of the person's occupation.
    pub jobtech_id: String,
    /// How close it is to the occupation it leads to.
    pub closeness: Closeness,
}

/// An occupation close to the person's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CloseOccupation {
    /// The occupation, with its Swedish label.
    pub occupation: OccupationEntry,
    /// Its SSYK unit group, with the group's Swedish name.
    pub group: SsykGroup,
    /// The person's own occupations that lead to it, the closest first;
    /// how many there are is how many of theirs lead to it.
    pub leads_from: Vec<Lead>,
    /// The goal that already names this occupation, if one does.
    #[ts(type = "number | null")]
    pub goal_id: Option<i64>,
}

/// One of the person's occupations from which Arbetsförmedlingen gives no
/// relation, with the other occupations of its SSYK unit group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SameGroup {
    /// The person's occupation.
    pub occupation: OccupationEntry,
    /// Its SSYK unit group.
    pub group: SsykGroup,
    /// The group's other occupations (not the person's own), in the
    /// label's alphabetical order. Their `leads_from` is empty: what links
    /// them to the person's occupation is the group, not a relation of
    /// Arbetsförmedlingen's.
    pub occupations: Vec<CloseOccupation>,
}

/// For one goal occupation, the person's own occupations that lead to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GoalLeads {
    /// The goal's id.
    #[ts(type = "number")]
    pub goal_id: i64,
    /// The goal's occupation.
    pub occupation: OccupationEntry,
    /// Whether it is one of the person's own occupations already.
    pub own: bool,
    /// The person's occupations that lead to it, the closest first; empty
    /// when none does.
    pub leads: Vec<Lead>,
}

/// The answer to "what is close to what I have done".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CloseOccupations {
    /// The person's own occupations from the background, once each, in the
    /// order the background names them (work, then education).
    pub own: Vec<OccupationEntry>,
    /// Occupations at 75 from at least one of theirs: the most of theirs
    /// leading to it first, then by label.
    pub very_close: Vec<CloseOccupation>,
    /// Occupations at 25 from theirs and at 75 from none, in the same order.
    pub somewhat_close: Vec<CloseOccupation>,
    /// Their occupations with no relation leading from them, each with its unit
    /// group's other occupations: a weaker link, never mixed with the two
    /// lists above.
    pub without_relations: Vec<SameGroup>,
    /// For each goal of the occupation kind, which of theirs lead to it.
    pub goals: Vec<GoalLeads>,
    /// Occupations the background or the goals name that the shipped list
    /// no longer has: skipped, and counted once each.
    pub not_in_list: u32,
}

/// The relations, indexed by the occupations' places in the shipped list.
struct Graph {
    /// For each occupation, the occupations it leads to.
    out: Vec<Vec<(u16, Closeness)>>,
    /// For each occupation, the occupations that lead to it.
    into: Vec<Vec<(u16, Closeness)>>,
}

/// Layout version 1 of `substitutability.bin` (see `pack.py`).
const MAGIC: &[u8] = b"ESUB\x01";

static GRAPH: LazyLock<Graph> = LazyLock::new(|| {
    decode(
        include_bytes!("../../data/jobtech/substitutability.bin"),
        occupation::all().map(|o| o.jobtech_id.as_str()),
    )
    .expect("data/jobtech/substitutability.bin fits occupations.json")
});

/// The 32-bit FNV-1a hash, which `pack.py` takes of the occupation ids so
/// a list changed without packing again is noticed.
fn fnv1a(bytes: impl Iterator<Item = u8>) -> u32 {
    bytes.fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Reads the packed relations against the list of occupation ids they
/// number; says what does not fit.
fn decode<'a>(bytes: &[u8], ids: impl Iterator<Item = &'a str>) -> Result<Graph, &'static str> {
    let rest = bytes.strip_prefix(MAGIC).ok_or("not layout 1")?;
    let u16_at = |b: &[u8], i: usize| u16::from_le_bytes([b[i], b[i + 1]]);
    if rest.len() < 8 {
        return Err("header cut short");
    }
    let count = usize::from(u16_at(rest, 0));
    let hash = u32::from_le_bytes([rest[2], rest[3], rest[4], rest[5]]);
    let edges = usize::from(u16_at(rest, 6));
    let body = &rest[8..];
    let ids: Vec<&str> = ids.collect();
    if ids.len() != count {
        return Err("another number of occupations");
    }
    let listed = fnv1a(ids.iter().flat_map(|id| id.bytes().chain([b'\n'])));
    if listed != hash {
        return Err("another list of occupations");
    }
    if body.len() != edges * 4 {
        return Err("another number of relations");
    }
    let mut graph = Graph {
        out: vec![Vec::new(); count],
        into: vec![Vec::new(); count],
    };
    for edge in body.chunks_exact(4) {
        let from = u16_at(edge, 0);
        let to = u16_at(edge, 2);
        let closeness = if to & 0x8000 != 0 {
            Closeness::VeryClose
        } else {
            Closeness::SomewhatClose
        };
        let to = to & 0x7fff;
        if usize::from(from) >= count || usize::from(to) >= count {
            return Err("an occupation out of range");
        }
        graph.out[usize::from(from)].push((to, closeness));
        graph.into[usize::from(to)].push((from, closeness));
    }
    Ok(graph)
}

/// The person's occupations as places in the shipped list, once each, in
/// background order; and the ids the list does not have.
fn own_places<'a>(ids: impl Iterator<Item = &'a str>) -> (Vec<usize>, Vec<&'a str>) {
    let mut places = Vec::new();
    let mut missing = Vec::new();
    for id in ids {
        match occupation::place(id) {
            Some(p) if !places.contains(&p) => places.push(p),
            Some(_) => {}
            None if !missing.contains(&id) => missing.push(id),
            None => {}
        }
    }
    (places, missing)
}

fn entry(place: usize) -> &'static OccupationEntry {
    occupation::at(place).expect("a place in the shipped list")
}

fn group_of(o: &OccupationEntry) -> SsykGroup {
    occupation::group(&o.ssyk)
        .cloned()
        // Every shipped occupation's group is shipped (a test checks it).
        .unwrap_or_else(|| SsykGroup {
            code: o.ssyk.clone(),
            label_sv: String::new(),
        })
}

/// The first goal of the occupation kind naming each occupation.
fn goal_ids(goals: &[Goal]) -> BTreeMap<&str, i64> {
    let mut ids = BTreeMap::new();
    for g in goals.iter().filter(|g| g.kind == GoalKind::Occupation) {
        if let Some(o) = &g.occupation {
            ids.entry(o.jobtech_id.as_str()).or_insert(g.id);
        }
    }
    ids
}

fn close_occupation(
    place: usize,
    leads_from: Vec<Lead>,
    goals: &BTreeMap<&str, i64>,
) -> CloseOccupation {
    let o = entry(place);
    CloseOccupation {
        occupation: o.clone(),
        group: group_of(o),
        leads_from,
        goal_id: goals.get(o.jobtech_id.as_str()).copied(),
    }
}

/// The leads, the closest first, then in the order of `own`.
fn sorted_leads(mut leads: Vec<(usize, Closeness)>, own: &[usize]) -> Vec<Lead> {
    let rank = |p: usize| own.iter().position(|o| *o == p);
    leads.sort_by_key(|(p, c)| (*c, rank(*p)));
    leads
        .into_iter()
        .map(|(p, closeness)| Lead {
            jobtech_id: entry(p).jobtech_id.clone(),
            closeness,
        })
        .collect()
}

/// What is close to the occupations of `background`, marking those that
/// `goals` already name, and for each occupation goal which of the
/// person's occupations lead to it.
pub fn close_occupations(background: &Background, goals: &[Goal]) -> CloseOccupations {
    let graph = &*GRAPH;
    let goal_occupations: Vec<&Goal> = goals
        .iter()
        .filter(|g| g.kind == GoalKind::Occupation && g.occupation.is_some())
        .collect();
    let (own, mut missing) = own_places(background.occupations().map(|o| o.jobtech_id.as_str()));
    let marks = goal_ids(goals);

    // Every occupation reached, with the person's occupations leading to it.
    let mut reached: BTreeMap<usize, Vec<(usize, Closeness)>> = BTreeMap::new();
    let mut without = Vec::new();
    for &from in &own {
        if graph.out[from].is_empty() {
            without.push(from);
        }
        for &(to, closeness) in &graph.out[from] {
            let to = usize::from(to);
            if !own.contains(&to) {
                reached.entry(to).or_default().push((from, closeness));
            }
        }
    }
    let mut very_close = Vec::new();
    let mut somewhat_close = Vec::new();
    for (to, leads) in reached {
        let closest = leads.iter().map(|(_, c)| *c).min();
        let item = close_occupation(to, sorted_leads(leads, &own), &marks);
        match closest {
            Some(Closeness::VeryClose) => very_close.push((to, item)),
            _ => somewhat_close.push((to, item)),
        }
    }
    // The most of theirs first; the list's order (by label) after that.
    for list in [&mut very_close, &mut somewhat_close] {
        list.sort_by_key(|(place, item)| (std::cmp::Reverse(item.leads_from.len()), *place));
    }

    let without_relations = without
        .into_iter()
        .map(|place| {
            let o = entry(place);
            let occupations = occupation::in_group(&o.ssyk)
                .filter_map(|other| occupation::place(&other.jobtech_id))
                .filter(|p| !own.contains(p))
                .map(|p| close_occupation(p, Vec::new(), &marks))
                .collect();
            SameGroup {
                occupation: o.clone(),
                group: group_of(o),
                occupations,
            }
        })
        .collect();

    let mut goal_leads = Vec::new();
    for g in goal_occupations {
        let id = g.occupation.as_ref().map_or("", |o| o.jobtech_id.as_str());
        match occupation::place(id) {
            Some(place) => goal_leads.push(GoalLeads {
                goal_id: g.id,
                occupation: entry(place).clone(),
                own: own.contains(&place),
                leads: leads_to_place(place, &own),
            }),
            None if !missing.contains(&id) => missing.push(id),
            None => {}
        }
    }

    CloseOccupations {
        own: own.iter().map(|p| entry(*p).clone()).collect(),
        very_close: very_close.into_iter().map(|(_, i)| i).collect(),
        somewhat_close: somewhat_close.into_iter().map(|(_, i)| i).collect(),
        without_relations,
        goals: goal_leads,
        not_in_list: u32::try_from(missing.len()).unwrap_or(u32::MAX),
    }
}

fn leads_to_place(place: usize, own: &[usize]) -> Vec<Lead> {
    let leads = GRAPH.into[place]
        .iter()
        .map(|(from, c)| (usize::from(*from), *c))
        .filter(|(from, _)| own.contains(from))
        .collect();
    sorted_leads(leads, own)
}

/// Which of the occupations of `background` lead to the occupation
/// `jobtech_id` (a goal's), the closest first; empty when none does or the
/// shipped list does not have it.
pub fn leads_to(jobtech_id: &str, background: &Background) -> Vec<Lead> {
    let (own, _) = own_places(background.occupations().map(|o| o.jobtech_id.as_str()));
    occupation::place(jobtech_id).map_or_else(Vec::new, |p| leads_to_place(p, &own))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::GoalStatus;
    use crate::record::background::WorkExperience;
    use crate::record::Occupation;

    fn id_of(label: &str) -> String {
        occupation::all()
            .find(|o| o.label_sv == label)
            .unwrap_or_else(|| panic!("{label} is shipped"))
            .jobtech_id
            .clone()
    }

    fn occ(label: &str) -> Occupation {
        occupation::by_id(&id_of(label)).unwrap().occupation()
    }

    fn worked_as(occupations: &[Occupation]) -> Background {
        Background {
            work_experience: occupations
                .iter()
                .enumerate()
                .map(|(i, o)| WorkExperience {
                    id: i as u32 + 1,
                    occupation: Some(o.clone()),
                    title: String::new(),
                    country: String::new(),
                    years: None,
                    tasks: String::new(),
                })
                .collect(),
            ..Background::default()
        }
    }

    fn goal(id: i64, o: Occupation) -> Goal {
        Goal {
            id,
            final_goal_id: None,
            kind: GoalKind::Occupation,
            title: "goal".into(),
            occupation: Some(o),
            target_date: None,
            status: GoalStatus::Active,
        }
    }

    /// A place with edges of both levels, to build cases from the data.
    fn edges(place: usize) -> &'static [(u16, Closeness)] {
        &GRAPH.out[place]
    }

    fn ids(list: &[CloseOccupation]) -> Vec<&str> {
        list.iter()
            .map(|c| c.occupation.jobtech_id.as_str())
            .collect()
    }

    #[test]
    fn the_shipped_relations_are_whole() {
        let g = &*GRAPH;
        let all: Vec<(usize, u16, Closeness)> = g
            .out
            .iter()
            .enumerate()
            .flat_map(|(f, e)| e.iter().map(move |(t, c)| (f, *t, *c)))
            .collect();
        // The figures SOURCE.md gives for the extract.
        assert_eq!(all.len(), 8324);
        let high = all.iter().filter(|e| e.2 == Closeness::VeryClose).count();
        assert_eq!((high, all.len() - high), (5101, 3223));
        assert!(all.iter().all(|(f, t, _)| *f != usize::from(*t)));
        assert_eq!(g.out.iter().filter(|e| !e.is_empty()).count(), 1246);
        assert_eq!(g.into.iter().filter(|e| !e.is_empty()).count(), 1263);
        let linked = (0..g.out.len())
            .filter(|p| !g.out[*p].is_empty() || !g.into[*p].is_empty())
            .count();
        assert_eq!(occupation::all().count() - linked, 970);
        // SOURCE.md's example: Vårdbiträde leads to this one at 25, not back.
        let from = occupation::place(&id_of("Vårdbiträde")).unwrap();
        let to = occupation::place(&id_of(
            "Undersköterska, hemtjänst, äldreboende och habilitering",
        ))
        .unwrap();
        assert!(g.out[from].contains(&(to as u16, Closeness::SomewhatClose)));
        assert!(!g.out[to].iter().any(|(t, _)| usize::from(*t) == from));
    }

    #[test]
    fn packed_relations_for_another_list_are_refused() {
        let bytes = include_bytes!("../../data/jobtech/substitutability.bin");
        let ids: Vec<&str> = occupation::all().map(|o| o.jobtech_id.as_str()).collect();
        assert!(decode(bytes, ids.iter().copied()).is_ok());
        let mut swapped = ids.clone();
        swapped.swap(0, 1);
        assert_eq!(
            decode(bytes, swapped.into_iter()).err(),
            Some("another list of occupations")
        );
        assert!(decode(bytes, ids[1..].iter().copied()).is_err());
        assert!(decode(&bytes[..bytes.len() - 1], ids.iter().copied()).is_err());
        assert!(decode(b"ESUB\x02", ids.iter().copied()).is_err());
    }

    #[test]
    fn a_mechanic_is_close_to_other_mechanics() {
        let mechanic = occ("Personbilsmekaniker");
        let answer = close_occupations(&worked_as(std::slice::from_ref(&mechanic)), &[]);
        assert_eq!(answer.own.len(), 1);
        assert!(!answer.very_close.is_empty(), "{answer:?}");
        let place = occupation::place(&mechanic.jobtech_id).unwrap();
        // Exactly the relations out of it, each level in its list.
        for (to, c) in edges(place) {
            let to = &entry(usize::from(*to)).jobtech_id;
            let list = match c {
                Closeness::VeryClose => &answer.very_close,
                Closeness::SomewhatClose => &answer.somewhat_close,
            };
            assert!(ids(list).contains(&to.as_str()), "{to}");
        }
        assert_eq!(
            answer.very_close.len() + answer.somewhat_close.len(),
            edges(place).len()
        );
        for c in answer.very_close.iter().chain(&answer.somewhat_close) {
            assert_eq!(c.group.code, c.occupation.ssyk);
            assert!(!c.group.label_sv.is_empty());
            assert_eq!(c.leads_from.len(), 1);
            assert_eq!(c.leads_from[0].jobtech_id, mechanic.jobtech_id);
        }
        assert!(answer.without_relations.is_empty());
        assert_eq!(answer.not_in_list, 0);
    }

    /// Two occupations leading to a third, one at 75 and one at 25: it is
    /// listed once, as very close, led to by both, and before anything
    /// reached from one of them only.
    #[test]
    fn reached_twice_shows_once_as_very_close() {
        let g = &*GRAPH;
        let (a, b, target) = (0..g.into.len())
            .find_map(|t| {
                let high = g.into[t].iter().find(|e| e.1 == Closeness::VeryClose)?;
                let low = g.into[t].iter().find(|e| e.1 == Closeness::SomewhatClose)?;
                Some((usize::from(high.0), usize::from(low.0), t))
            })
            .expect("an occupation reached at both levels");
        let bg = worked_as(&[entry(b).occupation(), entry(a).occupation()]);
        let answer = close_occupations(&bg, &[]);
        let target_id = entry(target).jobtech_id.as_str();
        let found: Vec<&CloseOccupation> = answer
            .very_close
            .iter()
            .chain(&answer.somewhat_close)
            .filter(|c| c.occupation.jobtech_id == target_id)
            .collect();
        assert_eq!(found.len(), 1);
        assert!(ids(&answer.very_close).contains(&target_id));
        let leads = &found[0].leads_from;
        assert_eq!(leads.len(), 2);
        assert_eq!(leads[0].jobtech_id, entry(a).jobtech_id);
        assert_eq!(leads[0].closeness, Closeness::VeryClose);
        assert_eq!(leads[1].closeness, Closeness::SomewhatClose);
        assert_eq!(answer.very_close[0].leads_from.len(), 2);
        for list in [&answer.very_close, &answer.somewhat_close] {
            let counts: Vec<usize> = list.iter().map(|c| c.leads_from.len()).collect();
            assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
        }
        assert!(answer.somewhat_close.iter().all(|c| c
            .leads_from
            .iter()
            .all(|l| l.closeness == Closeness::SomewhatClose)));
    }

    #[test]
    fn an_education_counts_as_the_persons_occupation() {
        use crate::record::background::Education;
        let mechanic = occ("Personbilsmekaniker");
        let mut bg = Background::default();
        bg.education.push(Education {
            id: 1,
            level: None,
            field: "Fordonsteknik".into(),
            occupation: Some(mechanic.clone()),
            country: "ER".into(),
            years: Some(3),
            completed: true,
            documents_at_hand: false,
            recognition: crate::catalog::Recognition::NotApplied,
        });
        let from_school = close_occupations(&bg, &[]);
        let from_work = close_occupations(&worked_as(std::slice::from_ref(&mechanic)), &[]);
        assert_eq!(from_school, from_work);
        assert_eq!(from_school.own[0].jobtech_id, mechanic.jobtech_id);
    }

    #[test]
    fn own_occupations_and_repeats_are_left_out() {
        let g = &*GRAPH;
        // Two occupations that lead to each other.
        let (a, b) = (0..g.out.len())
            .find_map(|a| {
                g.out[a]
                    .iter()
                    .map(|(b, _)| usize::from(*b))
                    .find(|b| g.out[*b].iter().any(|(x, _)| usize::from(*x) == a))
                    .map(|b| (a, b))
            })
            .expect("a pair leading both ways");
        let (oa, ob) = (entry(a).occupation(), entry(b).occupation());
        let answer = close_occupations(&worked_as(&[oa.clone(), ob.clone(), oa.clone()]), &[]);
        assert_eq!(answer.own.len(), 2);
        let listed: Vec<&str> = ids(&answer.very_close)
            .into_iter()
            .chain(ids(&answer.somewhat_close))
            .collect();
        assert!(!listed.contains(&oa.jobtech_id.as_str()));
        assert!(!listed.contains(&ob.jobtech_id.as_str()));
        let mut unique = listed.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), listed.len());
    }

    #[test]
    fn without_relations_the_same_group_is_a_list_of_its_own() {
        let lonely = occupation::all()
            .map(|o| occupation::place(&o.jobtech_id).unwrap())
            .find(|p| GRAPH.out[*p].is_empty() && occupation::in_group(&entry(*p).ssyk).count() > 2)
            .expect("an occupation with no relation in a group of several");
        let o = entry(lonely);
        let answer = close_occupations(&worked_as(&[o.occupation()]), &[]);
        assert!(answer.very_close.is_empty() && answer.somewhat_close.is_empty());
        assert_eq!(answer.without_relations.len(), 1);
        let same = &answer.without_relations[0];
        assert_eq!(same.occupation, *o);
        assert_eq!(same.group.code, o.ssyk);
        assert_eq!(
            same.occupations.len(),
            occupation::in_group(&o.ssyk).count() - 1
        );
        assert!(same
            .occupations
            .iter()
            .all(|c| c.occupation.ssyk == o.ssyk && c.occupation != *o && c.leads_from.is_empty()));
    }

    #[test]
    fn occupations_no_longer_listed_are_skipped_and_counted() {
        let gone = Occupation {
            jobtech_id: "gone_gone_01".into(),
            ssyk: "7231".into(),
        };
        let bg = worked_as(&[gone.clone(), occ("Personbilsmekaniker"), gone.clone()]);
        let goals = [goal(
            1,
            Occupation {
                jobtech_id: "gone_gone_02".into(),
                ssyk: "5321".into(),
            },
        )];
        let answer = close_occupations(&bg, &goals);
        assert_eq!(answer.not_in_list, 2);
        assert_eq!(answer.own.len(), 1);
        assert!(answer.goals.is_empty());
        assert!(!answer.very_close.is_empty());
        assert_eq!(
            close_occupations(&Background::default(), &[]),
            CloseOccupations::default()
        );
    }

    #[test]
    fn goals_are_marked_and_led_to() {
        let nurse_aide = occ("Vårdbiträde");
        let target = occ("Undersköterska, hemtjänst, äldreboende och habilitering");
        let bg = worked_as(std::slice::from_ref(&nurse_aide));
        let goals = [goal(7, target.clone())];
        let answer = close_occupations(&bg, &goals);
        let marked: Vec<&CloseOccupation> = answer
            .very_close
            .iter()
            .chain(&answer.somewhat_close)
            .filter(|c| c.goal_id.is_some())
            .collect();
        assert_eq!(marked.len(), 1);
        assert_eq!(marked[0].occupation.jobtech_id, target.jobtech_id);
        assert_eq!(marked[0].goal_id, Some(7));
        // The other way: from the goal back to the person's occupation.
        assert_eq!(answer.goals.len(), 1);
        assert_eq!(answer.goals[0].goal_id, 7);
        assert!(!answer.goals[0].own);
        let again = close_occupations(&bg, &[goal(8, nurse_aide.clone())]);
        assert!(again.goals[0].own && again.goals[0].leads.is_empty());
        let want = vec![Lead {
            jobtech_id: nurse_aide.jobtech_id.clone(),
            closeness: Closeness::SomewhatClose,
        }];
        assert_eq!(answer.goals[0].leads, want);
        assert_eq!(leads_to(&target.jobtech_id, &bg), want);
        // No arrow back from the goal to the aide.
        assert!(leads_to(&nurse_aide.jobtech_id, &worked_as(&[target])).is_empty());
        assert!(leads_to("gone_gone_01", &bg).is_empty());
    }
}
