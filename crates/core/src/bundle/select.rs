//! From a whole record to exactly what the participant chose: whole
//! sections, single items, and sensitive items only when ticked
//! separately.
//!
//! What is not chosen is not copied, so it cannot leak. A shared item's
//! references to something that is not shared — a step's contact or
//! goals, an obstacle's contact, a sub-goal's final goal — are dropped,
//! not followed: sharing one step never shares the case worker it names.
//! A check-in's sensitive areas (health, household money, preschool) are
//! left out without the rest of the check-in.

use std::collections::BTreeSet;

use super::payload::Content;
use super::scope::{ItemKind, Scope, SharedItem};
use super::sensitive::{self, Categories};
use crate::catalog::ShareSection;
use crate::record::background::Background;
use crate::record::error::RecordError;
use crate::record::portable::Record;

/// What the participant picked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Whole sections.
    pub sections: Vec<ShareSection>,
    /// Single items, of any section.
    pub items: Vec<SharedItem>,
    /// Whether health, family and financial items go along.
    pub include_sensitive: bool,
}

/// The chosen content, and what was left out as sensitive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selected {
    /// The parts that go into the bundle.
    pub content: Content,
    /// What was chosen, with the sensitive categories the content holds.
    pub scope: Scope,
    /// The sensitive categories of what was left out because it was not
    /// ticked separately.
    pub left_out: Categories,
    /// How many items (or check-in areas, or the children) were left out.
    pub left_out_count: usize,
}

/// The parts of `record` that `selection` names. An item that is not in
/// the record is refused, named by its place in `items`.
pub fn select(record: &Record, selection: &Selection) -> Result<Selected, RecordError> {
    if selection.sections.is_empty() && selection.items.is_empty() {
        return Err(RecordError::invalid("share.sections"));
    }
    let mut sections: Vec<ShareSection> = selection.sections.clone();
    sections.sort();
    sections.dedup();
    let mut items: Vec<SharedItem> = selection.items.clone();
    items.sort();
    items.dedup();
    for (i, item) in selection.items.iter().enumerate() {
        if !exists(record, *item) {
            return Err(RecordError::invalid(format!("share.items[{i}]")));
        }
    }

    let mut s = Selector {
        sections: &sections,
        items: &items,
        include_sensitive: selection.include_sensitive,
        shared: Categories::new(),
        left_out: Categories::new(),
        left_out_count: 0,
    };
    let mut content = s.content(record);
    let (shared, left_out, left_out_count) = (s.shared, s.left_out, s.left_out_count);
    // Single items left out as sensitive are not in the bundle, so the
    // scope (and the consent record made from it) does not name them, and
    // a part chosen only through such items is absent.
    let items: Vec<SharedItem> = items.into_iter().filter(|i| holds(&content, *i)).collect();
    drop_empty_parts(&mut content, &sections);
    let scope = Scope {
        sections,
        items,
        include_sensitive: selection.include_sensitive,
        sensitive_categories: shared.into_iter().collect(),
    };
    Ok(Selected {
        content,
        scope,
        left_out,
        left_out_count,
    })
}

/// Whether `content` holds `item`.
fn holds(content: &Content, item: SharedItem) -> bool {
    let id = item.id;
    let bg_id = u32::try_from(id).ok();
    let bg = content.background.as_ref();
    let in_bg = |ids: Option<Vec<u32>>| ids.is_some_and(|v| v.iter().any(|i| Some(*i) == bg_id));
    match item.kind {
        ItemKind::Contact => content.contacts.iter().flatten().any(|c| c.id == id),
        ItemKind::Education => in_bg(bg.map(|b| b.education.iter().map(|e| e.id).collect())),
        ItemKind::Work => in_bg(bg.map(|b| b.work_experience.iter().map(|e| e.id).collect())),
        ItemKind::Skill => in_bg(bg.map(|b| b.skills.iter().map(|e| e.id).collect())),
        ItemKind::Certificate => in_bg(bg.map(|b| b.certificates.iter().map(|e| e.id).collect())),
        ItemKind::AsylumPeriod => in_bg(bg.map(|b| b.asylum_period.iter().map(|e| e.id).collect())),
        ItemKind::Goal => content.goals.iter().flatten().any(|g| g.id == id),
        ItemKind::Step => content.steps.iter().flatten().any(|s| s.id == id),
        ItemKind::Checkin => content.checkins.iter().flatten().any(|c| c.id == id),
        ItemKind::Obstacle => content.obstacles.iter().flatten().any(|o| o.id == id),
        ItemKind::Note => content.notes.iter().flatten().any(|n| n.id == id),
    }
}

/// A part chosen only through single items, all of which were left out,
/// is absent rather than empty.
fn drop_empty_parts(content: &mut Content, sections: &[ShareSection]) {
    fn drop<T>(part: &mut Option<Vec<T>>, whole: bool) {
        if !whole && part.as_ref().is_some_and(Vec::is_empty) {
            *part = None;
        }
    }
    let whole = |s: ShareSection| sections.contains(&s);
    drop(&mut content.contacts, whole(ShareSection::Contacts));
    drop(&mut content.goals, whole(ShareSection::Goals));
    drop(&mut content.steps, whole(ShareSection::Steps));
    drop(&mut content.checkins, whole(ShareSection::Checkins));
    drop(&mut content.obstacles, whole(ShareSection::Obstacles));
    drop(&mut content.notes, whole(ShareSection::Notes));
}

/// Whether the record holds `item`.
fn exists(record: &Record, item: SharedItem) -> bool {
    let bg = &record.background;
    let id = item.id;
    let bg_id = u32::try_from(id).ok();
    match item.kind {
        ItemKind::Contact => record.contacts.iter().any(|c| c.id == id),
        ItemKind::Education => bg.education.iter().any(|e| Some(e.id) == bg_id),
        ItemKind::Work => bg.work_experience.iter().any(|e| Some(e.id) == bg_id),
        ItemKind::Skill => bg.skills.iter().any(|e| Some(e.id) == bg_id),
        ItemKind::Certificate => bg.certificates.iter().any(|e| Some(e.id) == bg_id),
        ItemKind::AsylumPeriod => bg.asylum_period.iter().any(|e| Some(e.id) == bg_id),
        ItemKind::Goal => record.goals.iter().any(|g| g.id == id),
        ItemKind::Step => record.steps.iter().any(|s| s.id == id),
        ItemKind::Checkin => record.checkins.iter().any(|c| c.id == id),
        ItemKind::Obstacle => record.obstacles.iter().any(|o| o.id == id),
        ItemKind::Note => record.notes.iter().any(|n| n.id == id),
    }
}

struct Selector<'a> {
    sections: &'a [ShareSection],
    items: &'a [SharedItem],
    include_sensitive: bool,
    shared: Categories,
    left_out: Categories,
    left_out_count: usize,
}

impl Selector<'_> {
    /// Whether the section is shared whole.
    fn whole(&self, section: ShareSection) -> bool {
        self.sections.contains(&section)
    }

    /// Whether anything of a section is shared (whole, or an item of one
    /// of `kinds`).
    fn any(&self, section: ShareSection) -> bool {
        self.whole(section) || self.items.iter().any(|i| i.kind.section() == section)
    }

    /// Whether the item `kind:id` is chosen (its section whole, or itself).
    fn chosen(&self, kind: ItemKind, id: i64) -> bool {
        self.whole(kind.section()) || self.items.contains(&SharedItem { kind, id })
    }

    /// Whether an item with these sensitive categories may go; counts it
    /// either way.
    fn allowed(&mut self, categories: Categories) -> bool {
        if categories.is_empty() {
            return true;
        }
        if self.include_sensitive {
            self.shared.extend(categories);
            true
        } else {
            self.left_out.extend(categories);
            self.left_out_count += 1;
            false
        }
    }

    fn content(&mut self, record: &Record) -> Content {
        let mut content = Content::default();

        if self.whole(ShareSection::Profile) {
            let mut profile = record.profile.clone();
            if !self.allowed(sensitive::of_profile(&profile)) {
                profile.household.children.clear();
            }
            content.profile = Some(profile);
        }

        if self.any(ShareSection::Contacts) {
            let contacts = record
                .contacts
                .iter()
                .filter(|c| self.chosen(ItemKind::Contact, c.id))
                .cloned()
                .collect::<Vec<_>>();
            content.contacts = Some(
                contacts
                    .into_iter()
                    .filter(|c| self.allowed(sensitive::of_contact(c)))
                    .collect(),
            );
        }
        let contact_ids: BTreeSet<i64> = content.contacts.iter().flatten().map(|c| c.id).collect();

        if self.any(ShareSection::Background) {
            content.background = Some(self.background(&record.background));
        }

        if self.any(ShareSection::Goals) {
            let mut goals: Vec<_> = record
                .goals
                .iter()
                .filter(|g| self.chosen(ItemKind::Goal, g.id))
                .cloned()
                .collect();
            let ids: BTreeSet<i64> = goals.iter().map(|g| g.id).collect();
            for g in &mut goals {
                g.final_goal_id = g.final_goal_id.filter(|f| ids.contains(f));
            }
            content.goals = Some(goals);
        }
        let goal_ids: BTreeSet<i64> = content.goals.iter().flatten().map(|g| g.id).collect();

        if self.any(ShareSection::Steps) {
            let chosen: Vec<_> = record
                .steps
                .iter()
                .filter(|s| self.chosen(ItemKind::Step, s.id))
                .cloned()
                .collect();
            let mut steps = Vec::with_capacity(chosen.len());
            for mut s in chosen {
                if !self.allowed(sensitive::of_step(&s)) {
                    continue;
                }
                s.contact_id = s.contact_id.filter(|c| contact_ids.contains(c));
                s.goal_ids.retain(|g| goal_ids.contains(g));
                steps.push(s);
            }
            content.steps = Some(steps);
            if self.whole(ShareSection::Steps) {
                content.stage = record.stage;
            }
        }

        if self.any(ShareSection::Checkins) {
            let chosen: Vec<_> = record
                .checkins
                .iter()
                .filter(|c| self.chosen(ItemKind::Checkin, c.id))
                .cloned()
                .collect();
            let mut checkins = Vec::with_capacity(chosen.len());
            for mut c in chosen {
                let areas = std::mem::take(&mut c.areas);
                for a in areas {
                    let categories = sensitive::of_checkin_area(&a).into_iter().collect();
                    if self.allowed(categories) {
                        c.areas.push(a);
                    }
                }
                checkins.push(c);
            }
            content.checkins = Some(checkins);
        }

        if self.any(ShareSection::Obstacles) {
            let chosen: Vec<_> = record
                .obstacles
                .iter()
                .filter(|o| self.chosen(ItemKind::Obstacle, o.id))
                .cloned()
                .collect();
            let mut obstacles = Vec::with_capacity(chosen.len());
            for mut o in chosen {
                if !self.allowed(sensitive::of_obstacle(&o)) {
                    continue;
                }
                o.contact_id = o.contact_id.filter(|c| contact_ids.contains(c));
                obstacles.push(o);
            }
            content.obstacles = Some(obstacles);
        }

        if self.any(ShareSection::Notes) {
            content.notes = Some(
                record
                    .notes
                    .iter()
                    .filter(|n| self.chosen(ItemKind::Note, n.id))
                    .cloned()
                    .collect(),
            );
        }
        content
    }

    /// The whole background, or only its chosen entries (the driving
    /// licence goes only with the whole section).
    fn background(&self, bg: &Background) -> Background {
        if self.whole(ShareSection::Background) {
            return bg.clone();
        }
        let pick = |kind: ItemKind, id: u32| self.chosen(kind, i64::from(id));
        Background {
            education: bg
                .education
                .iter()
                .filter(|e| pick(ItemKind::Education, e.id))
                .cloned()
                .collect(),
            work_experience: bg
                .work_experience
                .iter()
                .filter(|e| pick(ItemKind::Work, e.id))
                .cloned()
                .collect(),
            skills: bg
                .skills
                .iter()
                .filter(|e| pick(ItemKind::Skill, e.id))
                .cloned()
                .collect(),
            certificates: bg
                .certificates
                .iter()
                .filter(|e| pick(ItemKind::Certificate, e.id))
                .cloned()
                .collect(),
            driving_licence: None,
            asylum_period: bg
                .asylum_period
                .iter()
                .filter(|e| pick(ItemKind::AsylumPeriod, e.id))
                .cloned()
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{LifeArea, SensitiveCategory};
    use crate::record::demo;

    fn demo() -> Record {
        demo::record().unwrap()
    }

    fn pick(sections: &[ShareSection], items: &[&str], include_sensitive: bool) -> Selected {
        let selection = Selection {
            sections: sections.to_vec(),
            items: items
                .iter()
                .map(|i| SharedItem::parse(i, "items").unwrap())
                .collect(),
            include_sensitive,
        };
        select(&demo(), &selection).unwrap()
    }

    #[test]
    fn nothing_chosen_is_refused_and_unknown_items_named() {
        assert!(select(&demo(), &Selection::default()).is_err());
        let selection = Selection {
            items: vec![SharedItem {
                kind: ItemKind::Step,
                id: 9999,
            }],
            ..Selection::default()
        };
        assert_eq!(
            select(&demo(), &selection).unwrap_err(),
            RecordError::invalid("share.items[0]")
        );
    }

    #[test]
    fn one_step_takes_no_contact_and_no_goal_along() {
        let record = demo();
        let step = record
            .steps
            .iter()
            .find(|s| s.contact_id.is_some() && !s.goal_ids.is_empty())
            .expect("the demo has a step with a contact and goals");
        let sel = pick(&[], &[&format!("steps:{}", step.id)], true);
        let steps = sel.content.steps.unwrap();
        assert_eq!(steps.len(), 1);
        assert_eq!(steps[0].contact_id, None);
        assert!(steps[0].goal_ids.is_empty());
        assert_eq!(sel.content.contacts, None);
        assert_eq!(sel.content.goals, None);
        assert_eq!(sel.content.stage, None, "the stage goes with all steps");
    }

    #[test]
    fn sensitive_check_in_areas_go_only_when_ticked() {
        let without = pick(&[ShareSection::Checkins], &[], false);
        let checkins = without.content.checkins.unwrap();
        assert_eq!(
            checkins.len(),
            demo().checkins.len(),
            "no check-in is dropped"
        );
        for c in &checkins {
            assert!(c.areas.iter().all(|a| a.life_area != LifeArea::Health));
            assert!(c
                .areas
                .iter()
                .all(|a| a.life_area != LifeArea::HouseholdEconomy));
        }
        assert!(without.left_out.contains(&SensitiveCategory::Health));
        assert!(without.scope.sensitive_categories.is_empty());

        let with = pick(&[ShareSection::Checkins], &[], true);
        let all = with.content.checkins.unwrap();
        assert_eq!(all, demo().checkins);
        assert!(with
            .scope
            .sensitive_categories
            .contains(&SensitiveCategory::Health));
        assert!(with.left_out.is_empty());
    }

    #[test]
    fn a_single_item_left_out_as_sensitive_is_named_nowhere() {
        let record = demo();
        let health = record
            .steps
            .iter()
            .find(|s| !sensitive::of_step(s).is_empty())
            .expect("the demo has a sensitive step");
        let sel = pick(
            &[ShareSection::Goals],
            &[&format!("steps:{}", health.id)],
            false,
        );
        assert!(sel.content.steps.is_none(), "no empty part");
        assert!(sel.scope.items.is_empty());
        assert_eq!(sel.left_out_count, 1);
        let with = pick(
            &[ShareSection::Goals],
            &[&format!("steps:{}", health.id)],
            true,
        );
        assert_eq!(with.content.steps.unwrap().len(), 1);
        assert_eq!(with.scope.items.len(), 1);
    }

    #[test]
    fn single_background_entries_and_whole_sections() {
        let record = demo();
        let work = &record.background.work_experience[0];
        let sel = pick(
            &[ShareSection::Goals],
            &[&format!("background.work:{}", work.id)],
            false,
        );
        let bg = sel.content.background.unwrap();
        assert_eq!(bg.work_experience, vec![work.clone()]);
        assert!(bg.education.is_empty() && bg.driving_licence.is_none());
        assert_eq!(sel.content.goals.unwrap(), record.goals);
        assert!(sel.content.steps.is_none() && sel.content.notes.is_none());
    }
}
