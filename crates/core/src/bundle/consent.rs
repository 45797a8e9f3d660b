//! The consent record inside every bundle: what the participant agreed
//! to, in words anyone can check later.
//!
//! It uses the field names of the Kantara Initiative's Consent Receipt
//! 1.1 where a field exists, so tools that know consent receipts can read
//! it, and adds what that specification lacks: the exact consent text the
//! participant was shown, in their language and in Swedish, and how to
//! withdraw. `piiPrincipalId` is the fingerprint of the participant's
//! signing key, never their name: the receipt says who consented without
//! naming them to anyone who only sees the receipt.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::scope::{Scope, ShareTo};
use crate::catalog::{Code, SensitiveCategory, SharePurpose};
use crate::i18n::{format_date, tr, Args, Locale};

/// The Kantara Consent Receipt version these field names follow.
pub const RECEIPT_VERSION: &str = "KI-CR-v1.1.0";

/// A consent receipt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ConsentRecord {
    /// [`RECEIPT_VERSION`].
    pub version: String,
    /// Where the consent was given: `SE`.
    pub jurisdiction: String,
    /// When, in seconds since 1970 (as the specification has it).
    #[serde(rename = "consentTimestamp")]
    #[ts(rename = "consentTimestamp", type = "number")]
    pub consent_timestamp: i64,
    /// How: in the Etapp app or command line, by the participant.
    #[serde(rename = "collectionMethod")]
    #[ts(rename = "collectionMethod")]
    pub collection_method: String,
    /// The receipt's id: the bundle's id.
    #[serde(rename = "consentReceiptID")]
    #[ts(rename = "consentReceiptID")]
    pub consent_receipt_id: String,
    /// The participant's language.
    pub language: String,
    /// The fingerprint (hex) of the participant's signing key.
    #[serde(rename = "piiPrincipalId")]
    #[ts(rename = "piiPrincipalId")]
    pub pii_principal_id: String,
    /// Who receives the data.
    #[serde(rename = "piiControllers")]
    #[ts(rename = "piiControllers")]
    pub pii_controllers: Vec<PiiController>,
    /// What the data is for.
    pub services: Vec<Service>,
    /// Whether special categories (GDPR art. 9) are included.
    pub sensitive: bool,
    /// Which special categories.
    #[serde(rename = "spiCat")]
    #[ts(rename = "spiCat")]
    pub spi_cat: Vec<SensitiveCategory>,
    /// The consent text the participant was shown: in their language,
    /// then in Swedish (once when they are the same).
    #[serde(rename = "consentText")]
    #[ts(rename = "consentText")]
    pub consent_text: Vec<Text>,
    /// How to withdraw, in the same languages.
    pub withdrawal: Vec<Text>,
}

/// The receiver of the data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PiiController {
    /// The agency, in Swedish, or the receiver's name when no agency was
    /// named.
    #[serde(rename = "piiController")]
    #[ts(rename = "piiController")]
    pub pii_controller: String,
    /// The case worker (and unit) as the participant wrote it.
    pub contact: String,
}

/// What the data is used for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// The service: sharing from Etapp.
    pub service: String,
    /// Its purposes: one.
    pub purposes: Vec<Purpose>,
}

/// One purpose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// The purpose in Swedish words (with the participant's own words for
    /// "other").
    pub purpose: String,
    /// The purpose code.
    #[serde(rename = "purposeCategory")]
    #[ts(rename = "purposeCategory")]
    pub purpose_category: Vec<SharePurpose>,
    /// `EXPLICIT`: the participant chose each part.
    #[serde(rename = "consentType")]
    #[ts(rename = "consentType")]
    pub consent_type: String,
    /// The parts of the record shared (section codes, and typed item
    /// references for single items).
    #[serde(rename = "piiCategory")]
    #[ts(rename = "piiCategory")]
    pub pii_category: Vec<String>,
    /// When the consent ends: the bundle's expiry (RFC 3339).
    pub termination: String,
    /// Whether the data goes on to others: no.
    #[serde(rename = "thirdPartyDisclosure")]
    #[ts(rename = "thirdPartyDisclosure")]
    pub third_party_disclosure: bool,
}

/// A text in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Its language (a BCP 47 tag).
    pub language: String,
    /// The text.
    pub text: String,
}

/// What a consent is about, as the participant chose it.
pub struct Terms<'a> {
    /// Whom it is for.
    pub to: &'a ShareTo,
    /// Why.
    pub purpose: SharePurpose,
    /// The participant's words for the purpose.
    pub purpose_text: &'a str,
    /// What is shared.
    pub scope: &'a Scope,
    /// When the bundle is made.
    pub created: Timestamp,
    /// Until when it opens.
    pub expires: Timestamp,
}

impl Terms<'_> {
    /// The receiver as one phrase in `locale`: "Anna Svensson
    /// (Arbetsförmedlingen, Borås)".
    pub fn receiver(&self, locale: Locale) -> String {
        receiver(self.to, locale)
    }

    /// The purpose in `locale`, with the participant's own words.
    pub fn purpose_words(&self, locale: Locale) -> String {
        purpose_words(self.purpose, self.purpose_text, locale)
    }

    /// The consent text the participant is shown and agrees to, in
    /// `locale` (one Fluent message, `share-consent-text`, and for
    /// sensitive parts `share-consent-sensitive`).
    pub fn consent_text(&self, locale: Locale) -> String {
        let expires = format_date(
            locale,
            self.expires.to_zoned(crate::time::stockholm()).date(),
        );
        let mut args = Args::new();
        args.set("to", self.receiver(locale));
        args.set("parts", parts(self.scope, locale));
        args.set("purpose", self.purpose_words(locale));
        args.set("expires", expires);
        let mut text = tr(locale, "share-consent-text", Some(&args));
        if !self.scope.sensitive_categories.is_empty() {
            let categories = list(
                locale,
                self.scope
                    .sensitive_categories
                    .iter()
                    .map(|c| tr(locale, &c.label_id(), None)),
            );
            let mut args = Args::new();
            args.set("categories", categories);
            text.push(' ');
            text.push_str(&tr(locale, "share-consent-sensitive", Some(&args)));
        }
        text
    }

    /// How to withdraw, in `locale`.
    pub fn withdrawal_text(&self, locale: Locale) -> String {
        let expires = format_date(
            locale,
            self.expires.to_zoned(crate::time::stockholm()).date(),
        );
        let mut args = Args::new();
        args.set("expires", expires);
        tr(locale, "share-withdrawal-text", Some(&args))
    }

    /// The consent record for a bundle `bundle_id`, given in `locale` by
    /// the holder of the key with fingerprint `fingerprint_hex`.
    pub fn record(&self, bundle_id: &str, fingerprint_hex: &str, locale: Locale) -> ConsentRecord {
        let sv = Locale::swedish();
        let both = |f: &dyn Fn(Locale) -> String| {
            let mut texts = vec![Text {
                language: locale.code().to_owned(),
                text: f(locale),
            }];
            if locale != sv {
                texts.push(Text {
                    language: sv.code().to_owned(),
                    text: f(sv),
                });
            }
            texts
        };
        let controller = match self.to.agency {
            Some(a) => tr(sv, &a.label_id(), None),
            None => self.to.name.clone(),
        };
        let contact = [self.to.name.as_str(), self.to.unit.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        let mut pii_category: Vec<String> = self
            .scope
            .sections
            .iter()
            .map(|s| s.code().to_owned())
            .collect();
        pii_category.extend(self.scope.items.iter().map(|i| i.to_string()));
        ConsentRecord {
            version: RECEIPT_VERSION.into(),
            jurisdiction: "SE".into(),
            consent_timestamp: self.created.as_second(),
            collection_method: "Etapp, chosen part by part by the participant".into(),
            consent_receipt_id: bundle_id.to_owned(),
            language: locale.code().to_owned(),
            pii_principal_id: fingerprint_hex.to_owned(),
            pii_controllers: vec![PiiController {
                pii_controller: controller,
                contact,
            }],
            services: vec![Service {
                service: "Etapp".into(),
                purposes: vec![Purpose {
                    purpose: self.purpose_words(sv),
                    purpose_category: vec![self.purpose],
                    consent_type: "EXPLICIT".into(),
                    pii_category,
                    termination: self.expires.to_string(),
                    third_party_disclosure: false,
                }],
            }],
            sensitive: !self.scope.sensitive_categories.is_empty(),
            spi_cat: self.scope.sensitive_categories.clone(),
            consent_text: both(&|l| self.consent_text(l)),
            withdrawal: both(&|l| self.withdrawal_text(l)),
        }
    }
}

/// The receiver as one phrase: the name, then agency and unit in
/// brackets when given.
pub fn receiver(to: &ShareTo, locale: Locale) -> String {
    let mut around: Vec<String> = Vec::new();
    if let Some(a) = to.agency {
        around.push(tr(locale, &a.label_id(), None));
    }
    if !to.unit.is_empty() {
        around.push(to.unit.clone());
    }
    match (to.name.is_empty(), around.is_empty()) {
        (_, true) => to.name.clone(),
        (true, false) => list(locale, around),
        (false, false) => format!("{} ({})", to.name, list(locale, around)),
    }
}

/// The purpose's label in `locale`, or the participant's own words for
/// "other"; own words beside another purpose follow its label.
pub fn purpose_words(purpose: SharePurpose, text: &str, locale: Locale) -> String {
    let text = text.trim();
    match (purpose, text.is_empty()) {
        (SharePurpose::Other, false) => text.to_owned(),
        (_, true) => tr(locale, &purpose.label_id(), None),
        (_, false) => format!("{}: {text}", tr(locale, &purpose.label_id(), None)),
    }
}

/// The shared parts as a phrase: the sections' names, then how many
/// single items more.
fn parts(scope: &Scope, locale: Locale) -> String {
    let mut names: Vec<String> = scope
        .sections
        .iter()
        .map(|s| tr(locale, &s.label_id(), None))
        .collect();
    let single = scope
        .items
        .iter()
        .filter(|i| !scope.sections.contains(&i.kind.section()))
        .count();
    if single > 0 {
        let mut args = Args::new();
        args.set("count", crate::i18n::number(single as f64));
        names.push(tr(locale, "share-consent-items", Some(&args)));
    }
    list(locale, names)
}

/// Words joined with the locale's list separator (`, ` or `، `).
fn list(locale: Locale, words: impl IntoIterator<Item = String>) -> String {
    let separator = tr(locale, "list-separator", None);
    words.into_iter().collect::<Vec<_>>().join(&separator)
}
