//! Localisation: every user-facing string comes from `locales/<lang>/*.ftl`.
//!
//! The same files feed the UI (Vite imports them) and this module (the build
//! script embeds them), so the CLI, the desktop shell and the screens speak
//! with one voice. Every lookup takes the locale as a parameter: the
//! interpreter's view shows two languages at once, so there is no "current
//! language" hidden in a global.
//!
//! A message missing from a locale falls back to English so a user still
//! sees something, but each fallback is counted; the tests fail on any.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

/// Writing direction of a locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right (Latin, Cyrillic, Ethiopic).
    Ltr,
    /// Right to left (Arabic script).
    Rtl,
}

/// The digits a locale writes numbers with: CLDR's default numbering
/// system for the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename_all = "lowercase")]
pub enum Digits {
    /// 0123456789.
    Latn,
    /// Arabic-Indic: ٠١٢٣٤٥٦٧٨٩.
    Arab,
    /// Persian (extended Arabic-Indic): ۰۱۲۳۴۵۶۷۸۹.
    Arabext,
}

impl Digits {
    /// `text` with its ASCII digits written in these digits.
    pub fn localize(self, text: &str) -> String {
        let zero = match self {
            Digits::Latn => return text.to_owned(),
            Digits::Arab => 0x0660,
            Digits::Arabext => 0x06F0,
        };
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(zero + d).unwrap_or(c),
                None => c,
            })
            .collect()
    }
}

/// One locale the app ships, as listed in `locales/locales.json`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct LocaleInfo {
    /// BCP 47 language code, also the folder name under `locales/`.
    pub code: String,
    /// Writing direction.
    pub dir: Direction,
    /// Script family; picks the font the UI loads.
    pub script: String,
    /// The digits numbers are written with.
    pub digits: Digits,
    /// The tag whose plural rules, dates and numbers this locale uses,
    /// when CLDR's data does not know its own code: Dari (`prs`) counts
    /// and names its months as `fa-AF`. Absent: the code itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub intl: Option<String>,
    /// System language tags that mean this locale although their language
    /// subtag is another one's: a system set to `fa-AF` speaks Dari.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub matches: Option<Vec<String>>,
    /// Whether a native speaker has checked the translation.
    pub review: Review,
}

/// How far a translation has been checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename_all = "lowercase")]
pub enum ReviewStatus {
    /// The language Etapp is written in (Swedish, and English, the
    /// reference every translation is made from).
    Original,
    /// Translated, and read through by a native speaker.
    Reviewed,
    /// Translated, not yet read through by a native speaker: the app says
    /// so where the language is chosen.
    Drafted,
}

/// The review state of one locale's messages, kept in `locales.json`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct Review {
    /// Original, reviewed or drafted.
    pub status: ReviewStatus,
    /// Who reviewed it (a name or a role); absent for drafts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub by: Option<String>,
    /// When the status last changed (`2026-12-07`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub date: Option<String>,
}

#[derive(Deserialize)]
struct LocalesFile {
    default: String,
    locales: Vec<LocaleInfo>,
}

static CATALOG: LazyLock<LocalesFile> = LazyLock::new(|| {
    serde_json::from_str(crate::packed::LOCALES_JSON).expect("locales/locales.json is valid")
});

/// A locale the app ships. Cheap to copy; compare by code.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Locale(&'static LocaleInfo);

impl Locale {
    /// Every shipped locale, in the order of `locales.json`.
    pub fn all() -> impl Iterator<Item = Locale> {
        CATALOG.locales.iter().map(Locale)
    }

    /// The locale used when nothing else is known (Swedish).
    pub fn fallback_default() -> Locale {
        Self::exact(&CATALOG.default).expect("default locale is listed")
    }

    /// English: the reference locale every other one is checked against.
    pub fn reference() -> Locale {
        Self::exact("en").expect("en is listed")
    }

    /// Swedish: the case worker's language.
    pub fn swedish() -> Locale {
        Self::exact("sv").expect("sv is listed")
    }

    fn exact(code: &str) -> Option<Locale> {
        CATALOG.locales.iter().find(|l| l.code == code).map(Locale)
    }

    /// Finds the shipped locale for a tag such as `ar`, `sv-SE` or the POSIX
    /// form `sv_SE.UTF-8`; `None` when no shipped locale has that language.
    /// A locale's `matches` come before the language subtag, so `fa-AF`
    /// (Dari as systems name it) gives `prs`, not `fa`.
    pub fn negotiate(tag: &str) -> Option<Locale> {
        let tag = tag
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        if let Some(l) = Self::exact(&tag) {
            return Some(l);
        }
        let id: LanguageIdentifier = tag.parse().ok()?;
        let matched = CATALOG.locales.iter().find(|l| {
            l.matches.iter().flatten().any(|m| {
                m.parse::<LanguageIdentifier>().is_ok_and(|m| {
                    m.language == id.language && (m.region.is_none() || m.region == id.region)
                })
            })
        });
        matched
            .map(Locale)
            .or_else(|| Self::exact(id.language.as_str()))
    }

    /// The system's language if it is shipped, else the default.
    pub fn from_system() -> Locale {
        sys_locale::get_locales()
            .find_map(|tag| Self::negotiate(&tag))
            .unwrap_or_else(Self::fallback_default)
    }

    /// BCP 47 code.
    pub fn code(self) -> &'static str {
        &self.0.code
    }

    /// Writing direction.
    pub fn dir(self) -> Direction {
        self.0.dir
    }

    /// The full description.
    pub fn info(self) -> &'static LocaleInfo {
        self.0
    }

    /// The tag for CLDR's data (plural rules): `intl` if set, else the code.
    pub fn intl(self) -> &'static str {
        self.0.intl.as_deref().unwrap_or(&self.0.code)
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Locale({})", self.code())
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Locale {
    type Err = UnknownLocale;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::negotiate(s).ok_or_else(|| UnknownLocale(s.to_owned()))
    }
}

/// A language tag that names no shipped locale.
#[derive(Debug, thiserror::Error)]
#[error("unknown language: {0}")]
pub struct UnknownLocale(pub String);

/// Arguments for a message, built with [`args!`](crate::args).
pub type Args<'a> = FluentArgs<'a>;

/// Builds [`Args`]: `args!["name" => "Amina", "count" => 3]`.
#[macro_export]
macro_rules! args {
    ($($k:expr => $v:expr),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut a = $crate::i18n::Args::new();
        $(a.set($k, $v);)*
        a
    }};
}

/// A bundle for `locale` with no messages yet. Its plural rules are those
/// of the locale's CLDR tag: Dari's own code is unknown to them, and
/// Fluent would silently count every number by English's rules.
fn empty_bundle(locale: Locale) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = locale.intl().parse().expect("valid code");
    FluentBundle::new_concurrent(vec![langid])
}

/// Holds one Fluent bundle per shipped locale, each built (unpacked and
/// parsed) when first used: a command or a dialog needs one or two of the
/// eight languages.
pub struct Localizer {
    bundles: HashMap<&'static str, (Locale, OnceLock<FluentBundle<FluentResource>>)>,
    fallbacks: AtomicUsize,
    missing: Mutex<Vec<String>>,
}

/// The process-wide localizer over the embedded files.
pub fn localizer() -> &'static Localizer {
    static L: LazyLock<Localizer> = LazyLock::new(Localizer::embedded);
    &L
}

impl Localizer {
    fn embedded() -> Self {
        Localizer {
            bundles: Locale::all()
                .map(|locale| (locale.code(), (locale, OnceLock::new())))
                .collect(),
            fallbacks: AtomicUsize::new(0),
            missing: Mutex::new(Vec::new()),
        }
    }

    /// The bundle of the shipped locale `code`, built on first use.
    fn bundle(&self, code: &str) -> Option<&FluentBundle<FluentResource>> {
        let (locale, cell) = self.bundles.get(code)?;
        Some(cell.get_or_init(|| {
            let mut bundle = empty_bundle(*locale);
            for (name, source) in crate::packed::ftl_files(code) {
                let res = FluentResource::try_new(source)
                    .unwrap_or_else(|(_, e)| panic!("locales/{code}/{name}: {e:?}"));
                bundle
                    .add_resource(res)
                    .unwrap_or_else(|e| panic!("locales/{code}/{name}: {e:?}"));
            }
            bundle
        }))
    }

    /// The message `id` in `locale`, with `args` filled in. Arguments are
    /// wrapped in bidi isolation marks so a Latin name inside Arabic text
    /// keeps its order.
    pub fn message(&self, locale: Locale, id: &str, args: Option<&Args<'_>>) -> String {
        let (attr_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        for (n, code) in [locale.code(), "en"].into_iter().enumerate() {
            let Some(bundle) = self.bundle(code) else {
                continue;
            };
            let Some(msg) = bundle.get_message(attr_id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
                None => msg.value(),
            };
            let Some(pattern) = pattern else { continue };
            if n > 0 {
                self.note_fallback(locale, id);
            }
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            if !errors.is_empty() {
                self.note_fallback(locale, &format!("{id} ({errors:?})"));
            }
            return text;
        }
        self.note_fallback(locale, id);
        id.to_owned()
    }

    fn note_fallback(&self, locale: Locale, id: &str) {
        self.fallbacks.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut m) = self.missing.lock() {
            m.push(format!("{locale}: {id}"));
        }
    }

    /// How many lookups fell back to English or to the bare id.
    pub fn fallback_count(&self) -> usize {
        self.fallbacks.load(Ordering::Relaxed)
    }

    /// Which lookups fell back, as `locale: id`.
    pub fn fallbacks(&self) -> Vec<String> {
        self.missing.lock().map(|m| m.clone()).unwrap_or_default()
    }

    /// Every message id (with `.attribute` ids) in a locale.
    pub fn message_ids(&self, locale: Locale) -> Vec<String> {
        let mut ids = Vec::new();
        for (_, source) in crate::packed::ftl_files(locale.code()) {
            let res = fluent_syntax::parser::parse(source.as_str()).expect("parsed at start");
            for entry in res.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    if m.value.is_some() {
                        ids.push(m.id.name.to_owned());
                    }
                    for a in m.attributes {
                        ids.push(format!("{}.{}", m.id.name, a.id.name));
                    }
                }
            }
        }
        ids.sort();
        ids
    }
}

/// Shorthand for [`Localizer::message`] on the process-wide localizer.
pub fn tr(locale: Locale, id: &str, args: Option<&Args<'_>>) -> String {
    localizer().message(locale, id, args)
}

/// Strips the bidi isolation marks Fluent puts around arguments, for lines
/// that machines read (`recovery code: …`, `id: …`).
pub fn strip_isolation(s: &str) -> String {
    s.chars()
        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
        .collect()
}

/// A day as people read it in `locale`: day, month name, year
/// (`6 december 2026`, `٦ ديسمبر ٢٠٢٦`), in the locale's digits. Month
/// names come from the locale's `date-month-1` … `date-month-12`
/// messages, so every language carries its own and tests check them; no
/// date library's locale data is shipped for this one pattern.
pub fn format_date(locale: Locale, date: jiff::civil::Date) -> String {
    let month = tr(locale, &format!("date-month-{}", date.month()), None);
    let digits = locale.info().digits;
    format!(
        "{} {month} {}",
        digits.localize(&date.day().to_string()),
        digits.localize(&date.year().to_string())
    )
}

/// An instant as people in Sweden read it in `locale`: its day and time of
/// day in Europe/Stockholm (`6 december 2026 14:05`).
pub fn format_instant(locale: Locale, at: jiff::Timestamp) -> String {
    let local = at.to_zoned(crate::time::stockholm()).datetime();
    let time = format!("{:02}:{:02}", local.hour(), local.minute());
    format!(
        "{} {}",
        format_date(locale, local.date()),
        locale.info().digits.localize(&time)
    )
}

/// The codes of every shipped locale, for the messages that list them
/// (`sv, en, ar, …`).
pub fn language_list() -> String {
    Locale::all()
        .map(Locale::code)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The value 0–9 of a digit as the shipped locales write them: ASCII,
/// Arabic-Indic (٠–٩) or Persian (۰–۹); `None` for anything else.
pub fn digit_value(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        _ => return None,
    };
    u8::try_from(u32::from(c) - u32::from(zero)).ok()
}

/// `text` with its Arabic-Indic (٠–٩) and Persian (۰–۹) digits written as
/// ASCII digits, everything else as it is: what a person types from an
/// Arabic or Persian keyboard is read like what they would type in Latin.
pub fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| digit_value(c).map_or(c, |d| char::from(b'0' + d)))
        .collect()
}

/// A number as a Fluent value, formatted by the locale's plural rules.
pub fn number(n: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::from(n.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_has_every_reference_message() {
        let l = localizer();
        let reference = l.message_ids(Locale::reference());
        assert!(!reference.is_empty());
        for locale in Locale::all() {
            let ids = l.message_ids(locale);
            let missing: Vec<_> = reference.iter().filter(|i| !ids.contains(i)).collect();
            let extra: Vec<_> = ids.iter().filter(|i| !reference.contains(i)).collect();
            assert!(missing.is_empty(), "{locale} lacks {missing:?}");
            assert!(extra.is_empty(), "{locale} has ids not in en: {extra:?}");
        }
    }

    #[test]
    fn every_message_formats_without_fallback_and_uses_the_same_variables() {
        // A private localizer so other tests' deliberate misses don't count.
        let l = Localizer::embedded();
        let reference = Locale::reference();
        let want = variables(reference);
        for locale in Locale::all() {
            let have = variables(locale);
            for id in l.message_ids(reference) {
                let vars = want.get(&id).cloned().unwrap_or_default();
                assert_eq!(
                    have.get(&id).cloned().unwrap_or_default(),
                    vars,
                    "{locale}: {id} uses other variables than en"
                );
                let mut args = Args::new();
                for v in &vars {
                    args.set(v.clone(), "x");
                }
                let text = l.message(locale, &id, Some(&args));
                assert!(!text.trim().is_empty(), "{locale}: {id} is empty");
            }
        }
        assert_eq!(l.fallbacks(), Vec::<String>::new());
    }

    /// The variables (`{ $name }`) each message and attribute of a locale
    /// uses, by id (`id.attribute` for attributes).
    fn variables(locale: Locale) -> HashMap<String, std::collections::BTreeSet<String>> {
        use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
        fn walk_inline(e: &InlineExpression<&str>, out: &mut std::collections::BTreeSet<String>) {
            match e {
                InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_owned());
                }
                InlineExpression::Placeable { expression } => walk_expr(expression, out),
                InlineExpression::FunctionReference { arguments, .. } => {
                    arguments
                        .positional
                        .iter()
                        .for_each(|a| walk_inline(a, out));
                    arguments
                        .named
                        .iter()
                        .for_each(|a| walk_inline(&a.value, out));
                }
                _ => {}
            }
        }
        fn walk_expr(e: &Expression<&str>, out: &mut std::collections::BTreeSet<String>) {
            match e {
                Expression::Select { selector, variants } => {
                    walk_inline(selector, out);
                    variants.iter().for_each(|v| walk_pattern(&v.value, out));
                }
                Expression::Inline(i) => walk_inline(i, out),
            }
        }
        fn walk_pattern(p: &Pattern<&str>, out: &mut std::collections::BTreeSet<String>) {
            for el in &p.elements {
                if let PatternElement::Placeable { expression } = el {
                    walk_expr(expression, out);
                }
            }
        }
        let mut out = HashMap::new();
        for (_, source) in crate::packed::ftl_files(locale.code()) {
            let res = fluent_syntax::parser::parse(source.as_str()).expect("parses");
            for entry in &res.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    if let Some(p) = &m.value {
                        let mut vars = std::collections::BTreeSet::new();
                        walk_pattern(p, &mut vars);
                        out.insert(m.id.name.to_owned(), vars);
                    }
                    for a in &m.attributes {
                        let mut vars = std::collections::BTreeSet::new();
                        walk_pattern(&a.value, &mut vars);
                        out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_locale_counts_by_rules_cldr_knows() {
        // Fluent falls back to English's rules, silently, for a language
        // CLDR's plural rules lack (Dari's `prs`): `intl` must name one.
        use intl_pluralrules::{PluralRuleType, PluralRules};
        let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
        for locale in Locale::all() {
            let id: LanguageIdentifier = locale.intl().parse().unwrap();
            assert!(
                known.iter().any(|k| k.language == id.language),
                "{locale}: CLDR's plural rules do not know {}",
                locale.intl()
            );
        }
    }

    #[test]
    fn plural_categories_follow_each_language() {
        // CLDR's cardinal categories for 0, 1, 2, 3, 5, 11, 21, 100.
        let expected = [
            ("sv", "other one other other other other other other"),
            ("en", "other one other other other other other other"),
            ("ar", "zero one two few few many many other"),
            ("fa", "one one other other other other other other"),
            ("prs", "one one other other other other other other"),
            ("so", "other one other other other other other other"),
            ("ti", "one one other other other other other other"),
            ("uk", "many one few few many many one many"),
        ];
        let probe = || {
            FluentResource::try_new(
                "n = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n"
                    .to_owned(),
            )
            .unwrap()
        };
        for locale in Locale::all() {
            let mut bundle = empty_bundle(locale);
            bundle.add_resource_overriding(probe());
            let msg = bundle.get_message("n").unwrap();
            let got: Vec<String> = [0, 1, 2, 3, 5, 11, 21, 100]
                .iter()
                .map(|n| {
                    let args = crate::args!["n" => number(*n)];
                    let mut errors = Vec::new();
                    let text =
                        bundle.format_pattern(msg.value().unwrap(), Some(&args), &mut errors);
                    assert!(errors.is_empty(), "{locale}: {errors:?}");
                    text.into_owned()
                })
                .collect();
            let want = expected
                .iter()
                .find(|(c, _)| *c == locale.code())
                .unwrap_or_else(|| panic!("{locale}: add its CLDR categories here"))
                .1;
            assert_eq!(got.join(" "), want, "{locale}");
        }
    }

    #[test]
    fn typed_digits_of_every_script_read_as_ascii() {
        assert_eq!(ascii_digits("١٢-٣٤ ۵۶7"), "12-34 567");
        assert_eq!(ascii_digits("abc"), "abc");
        for d in [Digits::Arab, Digits::Arabext, Digits::Latn] {
            assert_eq!(ascii_digits(&d.localize("2026-12-07")), "2026-12-07");
        }
    }

    #[test]
    fn a_missing_message_is_counted() {
        let l = Localizer::embedded();
        assert_eq!(l.fallback_count(), 0);
        let text = l.message(Locale::swedish(), "no-such-message", None);
        assert_eq!(text, "no-such-message");
        assert_eq!(l.fallback_count(), 1);
    }

    #[test]
    fn negotiates_posix_and_regional_tags() {
        assert_eq!(
            Locale::negotiate("sv_SE.UTF-8").map(Locale::code),
            Some("sv")
        );
        assert_eq!(Locale::negotiate("ar-EG").map(Locale::code), Some("ar"));
        assert_eq!(Locale::negotiate("en").map(Locale::code), Some("en"));
        assert!(Locale::negotiate("xx").is_none());
        assert_eq!(Locale::negotiate("ar").unwrap().dir(), Direction::Rtl);
    }

    #[test]
    fn a_system_set_to_dari_gets_dari_not_the_persian_of_iran() {
        for tag in ["fa-AF", "fa_AF.UTF-8", "prs", "prs-AF", "fa-Arab-AF"] {
            assert_eq!(
                Locale::negotiate(tag).map(Locale::code),
                Some("prs"),
                "{tag}"
            );
        }
        for tag in ["fa", "fa-IR", "fa_IR.UTF-8"] {
            assert_eq!(
                Locale::negotiate(tag).map(Locale::code),
                Some("fa"),
                "{tag}"
            );
        }
        assert_eq!(
            Locale::negotiate("uk_UA.UTF-8").map(Locale::code),
            Some("uk")
        );
        assert_eq!(Locale::negotiate("so-SO").map(Locale::code), Some("so"));
        assert_eq!(Locale::negotiate("prs").unwrap().intl(), "fa-AF");
    }

    #[test]
    fn arguments_are_isolated_and_can_be_stripped() {
        let l = Localizer::embedded();
        let text = l.message(
            Locale::reference(),
            "welcome-greeting",
            Some(&crate::args!["name" => "Amina"]),
        );
        assert!(text.contains("\u{2068}Amina\u{2069}"), "{text}");
        assert!(strip_isolation(&text).contains("Amina"));
        assert_eq!(l.fallback_count(), 0);
    }
}
