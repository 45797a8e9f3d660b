//! What a case worker reads: an opened bundle turned into words, in any
//! shipped language — a summary for the terminal (`etapp open`) and a
//! printable page (`etapp open --html`), with Swedish and the
//! participant's language side by side.
//!
//! Both come from one [`View`]: the bundle's facts and every shared item
//! as titled rows of label and value, with every catalog code as its label
//! and every date formatted for the reader's language. Text the
//! participant wrote is kept as written and marked with its language.
//! Labels are the `reader-*` messages (`locales/*/reader.ftl`).
//!
//! [`compare`] words what changed across bundles of one person, with the
//! `compare-*` messages; [`report`] a report across participants, with
//! the `report-*` messages.

pub mod compare;
pub mod report;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use jiff::civil::Date;
use sha2::{Digest, Sha256};

use crate::bundle::consent::{purpose_words, receiver};
use crate::bundle::{Opened, Payload};
use crate::catalog::{Code, ShareSection};
use crate::i18n::{format_date, format_instant, tr, Args, Locale};
use crate::record::background::Background;
use crate::record::occupation::{self, Occupation};
use crate::seen::Sighting;

/// A value, and the language it is written in when that is not the
/// reader's (text the participant wrote).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Value {
    /// The text.
    pub text: String,
    /// Its language, for text the participant wrote.
    pub lang: Option<String>,
}

/// One line of label and value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The label, in the reader's language.
    pub label: String,
    /// The value.
    pub value: Value,
}

/// One shared item: a title and its rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// What it is.
    pub title: Value,
    /// Its details.
    pub rows: Vec<Row>,
}

/// One part of the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Its name, as the participant knows it.
    pub title: String,
    /// Said when only single items of it were shared.
    pub note: Option<String>,
    /// Its items.
    pub items: Vec<Item>,
}

/// A bundle in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    /// The language of the labels.
    pub locale: Locale,
    /// The page's title.
    pub title: String,
    /// For whom, why, when, the signer and whether seen before.
    pub facts: Vec<Row>,
    /// What the signature promises, and what it does not.
    pub promise: String,
    /// The shared parts.
    pub sections: Vec<Section>,
}

/// The view of `opened` in `locale`.
pub fn view(opened: &Opened, sighting: &Sighting, locale: Locale) -> View {
    let p = &opened.payload;
    let l = locale;
    let t = |id: &str| tr(l, id, None);
    let mut facts = vec![
        row(l, "reader-to", plain(receiver(&p.to, l))),
        row(
            l,
            "reader-purpose",
            own(p, purpose_words(p.purpose, &p.purpose_text, l)),
        ),
        row(l, "reader-created", plain(format_instant(l, p.created))),
        row(l, "reader-expires", plain(format_instant(l, p.expires))),
        row(l, "reader-signer", plain(opened.signer.digits.clone())),
        row(
            l,
            "reader-seen",
            plain(match sighting {
                Sighting::First => t("reader-first-seen"),
                Sighting::Before { first_seen } => {
                    let mut args = Args::new();
                    args.set("date", format_instant(l, *first_seen));
                    tr(l, "reader-seen-before", Some(&args))
                }
            }),
        ),
        row(l, "reader-language", plain(language_name(&p.locale))),
    ];
    if !p.scope.sensitive_categories.is_empty() {
        let names: Vec<String> = p
            .scope
            .sensitive_categories
            .iter()
            .map(|c| t(&c.label_id()))
            .collect();
        facts.push(row(
            l,
            "reader-sensitive",
            plain(names.join(&t("list-separator"))),
        ));
    }
    View {
        locale,
        title: t("reader-title"),
        facts,
        promise: t("reader-promise"),
        sections: sections(p, l),
    }
}

/// Fluent arguments from pairs, for the words of comparisons and reports.
fn args(pairs: &[(&'static str, String)]) -> Args<'static> {
    let mut a = Args::new();
    for (k, v) in pairs {
        a.set(*k, v.clone());
    }
    a
}

fn plain(text: String) -> Value {
    Value { text, lang: None }
}

/// Text the participant wrote, in the bundle's language.
fn own(p: &Payload, text: impl Into<String>) -> Value {
    Value {
        text: text.into(),
        lang: Some(p.locale.clone()),
    }
}

fn row(l: Locale, label: &str, value: Value) -> Row {
    Row {
        label: tr(l, label, None),
        value,
    }
}

fn label<C: Code>(l: Locale, c: C) -> String {
    tr(l, &c.label_id(), None)
}

fn date(l: Locale, d: Option<Date>) -> Option<Value> {
    d.map(|d| plain(format_date(l, d)))
}

fn yes_no(l: Locale, b: bool) -> Value {
    plain(tr(l, if b { "reader-yes" } else { "reader-no" }, None))
}

fn number(l: Locale, n: impl ToString) -> Value {
    plain(l.info().digits.localize(&n.to_string()))
}

/// A language's own name with its code (`العربية (ar)`) when Etapp ships
/// it, else the code.
fn language_name(code: &str) -> String {
    match Locale::negotiate(code) {
        Some(shipped) => format!("{} ({code})", tr(shipped, "language-name", None)),
        None => code.to_owned(),
    }
}

/// The Swedish label of an occupation from the JobTech list, with its
/// SSYK code (the labels exist only in Swedish).
fn occupation_label(o: &Occupation) -> Value {
    let label = occupation::by_id(&o.jobtech_id)
        .map(|e| e.label_sv.clone())
        .unwrap_or_default();
    Value {
        text: format!("{label} (SSYK {})", o.ssyk).trim().to_owned(),
        lang: Some("sv".into()),
    }
}

/// Rows, leaving out the empty ones.
struct Rows<'a> {
    l: Locale,
    p: &'a Payload,
    rows: Vec<Row>,
}

impl<'a> Rows<'a> {
    fn new(l: Locale, p: &'a Payload) -> Self {
        Rows {
            l,
            p,
            rows: Vec::new(),
        }
    }

    fn put(&mut self, label: &str, value: Option<Value>) -> &mut Self {
        if let Some(v) = value.filter(|v| !v.text.trim().is_empty()) {
            self.rows.push(row(self.l, label, v));
        }
        self
    }

    /// Text the participant wrote.
    fn text(&mut self, label: &str, text: &str) -> &mut Self {
        let v = own(self.p, text);
        self.put(label, Some(v))
    }

    fn code<C: Code>(&mut self, label_id: &str, c: Option<C>) -> &mut Self {
        let v = c.map(|c| plain(label(self.l, c)));
        self.put(label_id, v)
    }

    fn done(&mut self) -> Vec<Row> {
        std::mem::take(&mut self.rows)
    }
}

fn sections(p: &Payload, l: Locale) -> Vec<Section> {
    let c = &p.content;
    let only_items = |s: ShareSection| {
        (!p.scope.sections.contains(&s)).then(|| tr(l, "reader-only-items", None))
    };
    let section = |s: ShareSection, items: Vec<Item>| Section {
        title: label(l, s),
        note: only_items(s),
        items,
    };
    let mut out = Vec::new();
    let contact_names: BTreeMap<i64, &str> = c
        .contacts
        .iter()
        .flatten()
        .map(|c| (c.id, c.name.as_str()))
        .collect();
    let goal_titles: BTreeMap<i64, &str> = c
        .goals
        .iter()
        .flatten()
        .map(|g| (g.id, g.title.as_str()))
        .collect();

    if let Some(profile) = &c.profile {
        let mut r = Rows::new(l, p);
        r.text("reader-name", &profile.name)
            .put("reader-arrived", date(l, profile.arrived))
            .text("reader-permit-name", &profile.residence_permit_name)
            .put(
                "reader-pin",
                profile.personal_identity_number.clone().map(plain),
            )
            .put(
                "reader-case-number",
                profile.migration_agency_case_number.clone().map(plain),
            )
            .put("reader-permit-date", date(l, profile.residence_permit_date))
            .text("reader-municipality", &profile.municipality)
            .put("reader-adults", Some(number(l, profile.household.adults)));
        for lang in &profile.languages {
            let v = Value {
                text: format!("{} — {}", lang.language, label(l, lang.level)),
                lang: Some(p.locale.clone()),
            };
            r.put("reader-language-spoken", Some(v));
        }
        for child in &profile.household.children {
            r.put("reader-child-born", Some(number(l, child.birth_year)));
        }
        let programme = &profile.establishment_programme;
        r.put("reader-programme", Some(yes_no(l, programme.participating)))
            .put("reader-programme-since", date(l, programme.since));
        out.push(section(
            ShareSection::Profile,
            vec![Item {
                title: own(p, profile.name.clone()),
                rows: r.done(),
            }],
        ));
    }

    if let Some(contacts) = &c.contacts {
        let items = contacts
            .iter()
            .map(|k| {
                let mut r = Rows::new(l, p);
                r.code("reader-agency", Some(k.agency))
                    .text("reader-unit", &k.unit)
                    .put("reader-phone", Some(plain(k.phone.clone())))
                    .put("reader-email", Some(plain(k.email.clone())))
                    .text("reader-note", &k.note);
                Item {
                    title: own(p, k.name.clone()),
                    rows: r.done(),
                }
            })
            .collect();
        out.push(section(ShareSection::Contacts, items));
    }

    if let Some(bg) = &c.background {
        out.push(section(ShareSection::Background, background(p, l, bg)));
    }

    if let Some(goals) = &c.goals {
        let items = goals
            .iter()
            .map(|g| {
                let mut r = Rows::new(l, p);
                r.code("reader-goal-kind", Some(g.kind))
                    .put(
                        "reader-occupation",
                        g.occupation.as_ref().map(occupation_label),
                    )
                    .put("reader-target-date", date(l, g.target_date))
                    .code("reader-status", Some(g.status))
                    .put(
                        "reader-sub-goal-of",
                        g.final_goal_id
                            .and_then(|f| goal_titles.get(&f))
                            .map(|t| own(p, *t)),
                    );
                Item {
                    title: own(p, g.title.clone()),
                    rows: r.done(),
                }
            })
            .collect();
        out.push(section(ShareSection::Goals, items));
    }

    if let Some(steps) = &c.steps {
        let mut items = Vec::new();
        if let Some(stage) = c.stage {
            let mut r = Rows::new(l, p);
            r.code("reader-stage", Some(stage));
            items.push(Item {
                title: plain(tr(l, "reader-stage-now", None)),
                rows: r.done(),
            });
        }
        for s in steps {
            let mut r = Rows::new(l, p);
            r.code("reader-step-type", Some(s.step_type))
                .code("reader-agency", Some(s.agency))
                .code("reader-stage", Some(s.stage))
                .code("reader-status", Some(s.status))
                .put("reader-start", date(l, s.start_date))
                .put("reader-end", date(l, s.end_date))
                .put(
                    "reader-contact",
                    s.contact_id
                        .and_then(|id| contact_names.get(&id))
                        .map(|n| own(p, *n)),
                );
            for g in &s.goal_ids {
                r.put("reader-for-goal", goal_titles.get(g).map(|t| own(p, *t)));
            }
            let areas: Vec<String> = s.life_areas.iter().map(|a| label(l, *a)).collect();
            r.put(
                "reader-life-areas",
                Some(plain(areas.join(&tr(l, "list-separator", None)))),
            );
            for change in &s.status_history {
                let v = format!(
                    "{} — {}",
                    format_instant(l, change.at),
                    label(l, change.status)
                );
                r.put("reader-history", Some(plain(v)));
            }
            for a in &s.appointments {
                let at = format!(
                    "{} {}",
                    format_date(l, a.at.date()),
                    l.info()
                        .digits
                        .localize(&format!("{:02}:{:02}", a.at.hour(), a.at.minute()))
                );
                let mut text = at;
                for part in [&a.place, &a.with_whom] {
                    if !part.is_empty() {
                        text.push_str(" — ");
                        text.push_str(part);
                    }
                }
                r.put("reader-appointment", Some(own(p, text)));
            }
            if let Some(e) = &s.evaluation {
                let mut args = Args::new();
                args.set("score", l.info().digits.localize(&e.usefulness.to_string()));
                r.put(
                    "reader-usefulness",
                    Some(plain(tr(l, "reader-usefulness-of-five", Some(&args)))),
                )
                .text("reader-helped", &e.helped)
                .text("reader-hard", &e.hard);
            }
            items.push(Item {
                title: own(p, s.title.clone()),
                rows: r.done(),
            });
        }
        out.push(section(ShareSection::Steps, items));
    }

    if let Some(checkins) = &c.checkins {
        let items = checkins
            .iter()
            .map(|k| {
                let mut r = Rows::new(l, p);
                for a in &k.areas {
                    let mut text = label(l, a.level);
                    if let Some(score) = a.level.score() {
                        text = format!("{} ({text})", l.info().digits.localize(&score.to_string()));
                    }
                    r.put(&a.life_area.label_id(), Some(plain(text)));
                    r.text("reader-note", &a.note);
                }
                r.text("reader-note", &k.note);
                Item {
                    title: plain(format_date(l, k.date)),
                    rows: r.done(),
                }
            })
            .collect();
        out.push(section(ShareSection::Checkins, items));
    }

    if let Some(obstacles) = &c.obstacles {
        let items = obstacles
            .iter()
            .map(|o| {
                let mut r = Rows::new(l, p);
                r.text("reader-description", &o.description)
                    .code("reader-status", Some(o.status))
                    .code("reader-handled-by", o.handled_by)
                    .put(
                        "reader-contact",
                        o.contact_id
                            .and_then(|id| contact_names.get(&id))
                            .map(|n| own(p, *n)),
                    )
                    .put("reader-noticed", date(l, Some(o.noticed_on)))
                    .put("reader-handling-since", date(l, o.handling_since))
                    .put("reader-solved-on", date(l, o.solved_on));
                Item {
                    title: plain(label(l, o.kind)),
                    rows: r.done(),
                }
            })
            .collect();
        out.push(section(ShareSection::Obstacles, items));
    }

    if let Some(notes) = &c.notes {
        let items = notes
            .iter()
            .map(|n| {
                let text = Value {
                    text: n.text.clone(),
                    lang: Some(n.language.clone()),
                };
                Item {
                    title: plain(format_date(l, n.date)),
                    rows: vec![
                        row(l, "reader-written-in", plain(language_name(&n.language))),
                        row(l, "reader-note", text),
                    ],
                }
            })
            .collect();
        out.push(section(ShareSection::Notes, items));
    }
    out
}

fn background(p: &Payload, l: Locale, bg: &Background) -> Vec<Item> {
    let t = |id: &str| plain(tr(l, id, None));
    let mut items = Vec::new();
    for e in &bg.education {
        let mut r = Rows::new(l, p);
        r.code("reader-education-level", e.level)
            .put(
                "reader-occupation",
                e.occupation.as_ref().map(occupation_label),
            )
            .put("reader-country", Some(plain(e.country.clone())))
            .put("reader-years", e.years.map(|y| number(l, y)))
            .put("reader-completed", Some(yes_no(l, e.completed)))
            .put("reader-documents", Some(yes_no(l, e.documents_at_hand)))
            .code("reader-recognition", Some(e.recognition));
        let title = if e.field.is_empty() {
            t("reader-education")
        } else {
            own(p, e.field.clone())
        };
        items.push(Item {
            title,
            rows: r.done(),
        });
    }
    for w in &bg.work_experience {
        let mut r = Rows::new(l, p);
        r.put(
            "reader-occupation",
            w.occupation.as_ref().map(occupation_label),
        )
        .put("reader-country", Some(plain(w.country.clone())))
        .put("reader-years", w.years.map(|y| number(l, y)))
        .text("reader-tasks", &w.tasks);
        let title = match (&w.title, &w.occupation) {
            (t, _) if !t.is_empty() => own(p, t.clone()),
            (_, Some(o)) => occupation_label(o),
            _ => t("reader-work"),
        };
        items.push(Item {
            title,
            rows: r.done(),
        });
    }
    for s in &bg.skills {
        items.push(Item {
            title: own(p, s.name.clone()),
            rows: vec![row(l, "reader-kind", t("reader-skill"))],
        });
    }
    for c in &bg.certificates {
        let mut r = Rows::new(l, p);
        r.text("reader-issuer", &c.issuer)
            .put("reader-year", c.year.map(|y| number(l, y)));
        items.push(Item {
            title: own(p, c.name.clone()),
            rows: r.done(),
        });
    }
    if let Some(d) = &bg.driving_licence {
        let mut r = Rows::new(l, p);
        r.put("reader-classes", Some(plain(d.classes.clone())))
            .put("reader-country", Some(plain(d.country.clone())));
        items.push(Item {
            title: t("reader-driving-licence"),
            rows: r.done(),
        });
    }
    for a in &bg.asylum_period {
        let mut r = Rows::new(l, p);
        r.put("reader-kind", Some(t("reader-asylum-period")))
            .text("reader-description", &a.description)
            .put("reader-start", date(l, a.start_date))
            .put("reader-end", date(l, a.end_date));
        items.push(Item {
            title: own(p, a.title.clone()),
            rows: r.done(),
        });
    }
    items
}

/// The view as plain text for a terminal.
pub fn text(view: &View) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", view.title);
    for r in &view.facts {
        let _ = writeln!(out, "{}: {}", r.label, r.value.text);
    }
    let _ = writeln!(out, "{}", view.promise);
    for s in &view.sections {
        let _ = writeln!(out, "\n== {} ==", s.title);
        if let Some(note) = &s.note {
            let _ = writeln!(out, "({note})");
        }
        if s.items.is_empty() {
            let _ = writeln!(out, "{}", tr(view.locale, "reader-empty", None));
        }
        for item in &s.items {
            let _ = writeln!(out, "\n* {}", item.title.text);
            for r in &item.rows {
                let value = r.value.text.replace('\n', "\n    ");
                let _ = writeln!(out, "  {}: {value}", r.label);
            }
        }
    }
    out
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn value_html(v: &Value) -> String {
    let text = escape(&v.text).replace('\n', "<br>");
    match &v.lang {
        Some(lang) => format!("<span lang=\"{}\" dir=\"auto\">{text}</span>", escape(lang)),
        None => text,
    }
}

/// The page's style: for screen and print, one or two columns.
const STYLE: &str = "body{font-family:'Noto Sans','Noto Sans Arabic','Noto Sans Ethiopic',\
'Segoe UI',Ebrima,Arial,sans-serif;margin:1.5rem;color:#111;background:#fff;line-height:1.45}\
.columns{display:flex;gap:2rem;align-items:flex-start}.column{flex:1;min-width:0}\
h1{font-size:1.5rem;margin:0 0 .75rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem;\
border-bottom:2px solid #333}h3{font-size:1rem;margin:1rem 0 .25rem}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:0}\
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}.promise,.note{font-style:italic}\
@media print{body{margin:0}.column{break-inside:auto}h2,h3{break-after:avoid}}\
@media (max-width:50rem){.columns{display:block}}";

/// A printable HTML page of one or two views side by side (Swedish and
/// the participant's language): no script, no remote content, its own
/// Content Security Policy.
pub fn page(views: &[View]) -> String {
    let hash = base64_sha256(STYLE);
    let mut body = String::new();
    for v in views {
        let lang = v.locale.code();
        let dir = match v.locale.dir() {
            crate::i18n::Direction::Ltr => "ltr",
            crate::i18n::Direction::Rtl => "rtl",
        };
        let _ = write!(
            body,
            "<section class=\"column\" lang=\"{lang}\" dir=\"{dir}\"><h1>{}</h1><dl>",
            escape(&v.title)
        );
        for r in &v.facts {
            let _ = write!(
                body,
                "<dt>{}</dt><dd>{}</dd>",
                escape(&r.label),
                value_html(&r.value)
            );
        }
        let _ = write!(body, "</dl><p class=\"promise\">{}</p>", escape(&v.promise));
        for s in &v.sections {
            let _ = write!(body, "<h2>{}</h2>", escape(&s.title));
            if let Some(note) = &s.note {
                let _ = write!(body, "<p class=\"note\">{}</p>", escape(note));
            }
            if s.items.is_empty() {
                let _ = write!(
                    body,
                    "<p>{}</p>",
                    escape(&tr(v.locale, "reader-empty", None))
                );
            }
            for item in &s.items {
                let _ = write!(body, "<h3>{}</h3><dl>", value_html(&item.title));
                for r in &item.rows {
                    let _ = write!(
                        body,
                        "<dt>{}</dt><dd>{}</dd>",
                        escape(&r.label),
                        value_html(&r.value)
                    );
                }
                body.push_str("</dl>");
            }
        }
        body.push_str("</section>");
    }
    let first = views.first().map_or("sv", |v| v.locale.code());
    let title = views.first().map(|v| v.title.as_str()).unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{first}\"><head><meta charset=\"utf-8\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-{hash}'\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{}</title><style>{STYLE}</style></head><body><main class=\"columns\">{body}</main></body></html>\n",
        escape(title)
    )
}

fn base64_sha256(s: &str) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let hash = Sha256::digest(s.as_bytes());
    let mut out = String::new();
    for chunk in hash.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(TABLE[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_style_hash_is_base64_of_sha256() {
        // Known answer: SHA-256 of the empty string.
        let hash = Sha256::digest(b"");
        assert_eq!(hex::encode(hash).len(), 64);
        assert_eq!(
            base64_sha256(""),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
    }

    #[test]
    fn text_in_the_page_is_escaped() {
        assert_eq!(
            escape("<b>\"x\" & 'y'</b>"),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"
        );
    }
}
