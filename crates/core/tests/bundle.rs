//! The bundle format from the outside: what a share holds and leaves out,
//! and every way a file can fail to open, each with its own status — with
//! no vault anywhere. Most cases lock to an X25519 key (cheap); the share
//! code's scrypt costs about a second, so few cases use it.

use std::collections::BTreeSet;

use etapp_core::bundle::draft::{self, ShareRequest};
use etapp_core::bundle::select::Selection;
use etapp_core::bundle::{self, BundleError, Key, Payload, Recipient, ShareCode, ShareTo};
use etapp_core::bundle::{ItemKind, SharedItem};
use etapp_core::catalog::{Agency, SharePurpose, ShareSection};
use etapp_core::i18n::Locale;
use etapp_core::jiff::Timestamp;
use etapp_core::record::{demo, Record};
use etapp_core::signature::{Fingerprint, Signer};

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn signer(seed: u8) -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[seed; 32])
}

fn request(sections: &[ShareSection], items: &[SharedItem], sensitive: bool) -> ShareRequest {
    ShareRequest {
        to: ShareTo {
            name: "Anna Svensson".into(),
            agency: Some(Agency::PublicEmploymentService),
            unit: "Unit 12".into(),
        },
        purpose: SharePurpose::JointPlanning,
        purpose_text: String::new(),
        selection: Selection {
            sections: sections.to_vec(),
            items: items.to_vec(),
            include_sensitive: sensitive,
        },
        expires_in_days: 30,
        locale: Locale::negotiate("ar").unwrap(),
    }
}

fn payload(record: &Record, req: &ShareRequest, key: &ed25519_dalek::SigningKey) -> Payload {
    let fp = Fingerprint::of(&key.public_key());
    draft::draft(
        record,
        req,
        &fp.hex,
        "00112233445566778899aabbccddeeff".into(),
        at("2026-12-01T10:00:00Z"),
    )
    .unwrap()
    .payload
}

fn x25519() -> (Recipient, Key) {
    let identity = age::x25519::Identity::generate();
    (
        Recipient::Key(Box::new(identity.to_public())),
        Key::Identity(Box::new(identity)),
    )
}

const NOW: &str = "2026-12-06T12:00:00Z";

#[test]
fn a_bundle_opens_with_its_key_and_holds_exactly_what_was_chosen() {
    let record = demo::record().unwrap();
    let key = signer(1);
    let p = payload(&record, &request(&[ShareSection::Goals], &[], false), &key);
    let (to, with) = x25519();
    let bytes = bundle::seal(&p, &key, &to).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    let opened = bundle::open(&bytes, &with, at(NOW)).unwrap();
    assert_eq!(opened.payload, p);
    assert_eq!(opened.signer, Fingerprint::of(&key.public_key()));
    assert_eq!(opened.payload.content.goals.as_ref(), Some(&record.goals));
    assert!(opened.payload.content.steps.is_none());
    // The consent record speaks of the same things, in both languages.
    let consent = &opened.payload.consent;
    assert_eq!(consent.pii_principal_id, opened.signer.hex);
    assert_eq!(consent.consent_receipt_id, p.bundle_id);
    assert_eq!(consent.consent_text.len(), 2);
    assert_eq!(consent.consent_text[1].language, "sv");
    assert_eq!(consent.services[0].purposes[0].pii_category, ["goals"]);
    assert!(!consent.sensitive);
}

#[test]
fn a_code_bundle_opens_with_its_code_typed_any_way() {
    let record = demo::record().unwrap();
    let key = signer(2);
    let p = payload(&record, &request(&[ShareSection::Notes], &[], false), &key);
    let code = ShareCode::generate().unwrap();
    let typed = code.expose_secret().replace(' ', "-");
    let bytes = bundle::seal(&p, &key, &Recipient::Code(code)).unwrap();
    let opened = bundle::open(
        &bytes,
        &Key::Code(ShareCode::parse(&typed).unwrap()),
        at(NOW),
    );
    assert_eq!(opened.unwrap().payload, p);
    // A well-formed code that is not this one: wrong code (5).
    let other = ShareCode::parse("0000 0000 0000 0000").unwrap();
    let e = bundle::open(&bytes, &Key::Code(other), at(NOW)).unwrap_err();
    assert!(matches!(e, BundleError::WrongCodeOrDamaged), "{e:?}");
    assert_eq!(e.exit_status(), 5);
}

/// The decrypted envelope as JSON, for tampering.
fn envelope(bytes: &[u8], with: &Key) -> serde_json::Value {
    let Key::Identity(identity) = with else {
        unreachable!()
    };
    let d = age::Decryptor::new(bytes).unwrap();
    let mut r = d
        .decrypt(std::iter::once(identity.as_ref() as &dyn age::Identity))
        .unwrap();
    let mut plain = Vec::new();
    std::io::Read::read_to_end(&mut r, &mut plain).unwrap();
    serde_json::from_slice(&plain).unwrap()
}

fn reseal(value: &serde_json::Value, to: &Recipient) -> Vec<u8> {
    let Recipient::Key(r) = to else {
        unreachable!()
    };
    let e = age::Encryptor::with_recipients(std::iter::once(r.as_ref() as &dyn age::Recipient))
        .unwrap();
    let mut out = Vec::new();
    let mut w = e.wrap_output(&mut out).unwrap();
    std::io::Write::write_all(&mut w, value.to_string().as_bytes()).unwrap();
    w.finish().unwrap();
    out
}

#[test]
fn every_bad_input_has_its_own_status() {
    let record = demo::record().unwrap();
    let key = signer(3);
    let p = payload(&record, &request(&[ShareSection::Goals], &[], false), &key);
    let (to, with) = x25519();
    let good = bundle::seal(&p, &key, &to).unwrap();
    let status = |bytes: &[u8], now: &str| {
        bundle::open(bytes, &with, at(now))
            .map(|_| 0)
            .unwrap_or_else(|e| e.exit_status())
    };
    assert_eq!(status(&good, NOW), 0);

    // Not an age file at all; an age file of something else (6).
    assert_eq!(status(b"{\"format\": \"etapp-bundle\"}", NOW), 6);
    assert_eq!(status(b"", NOW), 6);
    assert_eq!(
        status(&reseal(&serde_json::json!({"hello": "world"}), &to), NOW),
        6
    );
    assert_eq!(status(&reseal(&serde_json::json!([1, 2]), &to), NOW), 6);

    // A damaged header or body (5), a file cut in its one chunk (5).
    let mut header = good.clone();
    header[30] ^= 1;
    assert_eq!(status(&header, NOW), 5);
    let mut body = good.clone();
    let last = body.len() - 10;
    body[last] ^= 1;
    assert_eq!(status(&body, NOW), 5);
    assert_eq!(status(&good[..good.len() - 40], NOW), 5);

    // Edited and left unsigned: the old signature no longer fits (8).
    let mut v = envelope(&good, &with);
    let edited = v["payload"]
        .as_str()
        .unwrap()
        .replace("Anna Svensson", "Someone Else");
    v["payload"] = edited.clone().into();
    assert_eq!(status(&reseal(&v, &to), NOW), 8);
    // Signed by another key while the envelope names the first (8).
    let other = signer(4);
    v["signature"] = hex::encode(other.sign(edited.as_bytes()).to_bytes()).into();
    assert_eq!(status(&reseal(&v, &to), NOW), 8);
    // A signature or key that is not hex (8).
    let mut junk = envelope(&good, &with);
    junk["signature"] = "zz".into();
    assert_eq!(status(&reseal(&junk, &to), NOW), 8);
    // Re-signed by another key that brings its own key: it opens, with
    // that key's fingerprint (the reader sees a stranger, not the person).
    v["public_key"] = hex::encode(other.public_key().as_bytes()).into();
    let resigned = bundle::open(&reseal(&v, &to), &with, at(NOW)).unwrap();
    assert_eq!(resigned.signer, Fingerprint::of(&other.public_key()));
    assert_ne!(resigned.signer, Fingerprint::of(&key.public_key()));

    // A newer format: 10 before anything else is looked at, even the
    // signature.
    let mut newer = envelope(&good, &with);
    newer["version"] = (bundle::VERSION + 1).into();
    newer["signature"] = "".into();
    assert_eq!(status(&reseal(&newer, &to), NOW), 10);
    // An unknown field in the envelope, or a payload that is not one (6).
    let mut extra = envelope(&good, &with);
    extra["comment"] = "x".into();
    assert_eq!(status(&reseal(&extra, &to), NOW), 6);
    let text = "not a payload";
    let mut not_payload = envelope(&good, &with);
    not_payload["payload"] = text.into();
    not_payload["signature"] = hex::encode(key.sign(text.as_bytes()).to_bytes()).into();
    assert_eq!(status(&reseal(&not_payload, &to), NOW), 6);

    // Expired, naming the date (9).
    let e = bundle::open(&good, &with, at("2027-01-01T00:00:00Z")).unwrap_err();
    assert!(
        matches!(e, BundleError::Expired { expires } if expires == p.expires),
        "{e:?}"
    );
    assert_eq!(e.exit_status(), 9);
    assert_eq!(e.user_error().args["expires"], p.expires.to_string());

    // Too large, from its size (11).
    let huge = vec![0u8; bundle::MAX_BYTES as usize + 1];
    assert_eq!(status(&huge, NOW), 11);
    // The other key kind does not open it (5).
    let code = Key::Code(ShareCode::parse("0000 0000 0000 0000").unwrap());
    assert_eq!(
        bundle::open(&good, &code, at(NOW))
            .unwrap_err()
            .exit_status(),
        5
    );
}

#[test]
fn a_file_cut_at_a_chunk_boundary_is_truncated() {
    // A payload of more than one 64 KiB chunk: age tells a file that ends
    // where a chunk ends from one that ends in the middle of one.
    let mut record = demo::record().unwrap();
    let note = record.notes[0].clone();
    for i in 0..300 {
        let mut n = note.clone();
        n.id = 1000 + i;
        n.text = format!("{i} {}", "A long note about a meeting. ".repeat(20));
        record.notes.push(n);
    }
    let key = signer(5);
    let p = payload(&record, &request(&[ShareSection::Notes], &[], false), &key);
    assert!(p.to_json().len() > 2 * 64 * 1024);
    let (to, with) = x25519();
    let good = bundle::seal(&p, &key, &to).unwrap();
    let header_end = good.windows(4).position(|w| w == b"\n---").unwrap();
    let header_end = header_end
        + good[header_end + 1..]
            .iter()
            .position(|&b| b == b'\n')
            .unwrap()
        + 2;
    // The header, the 16-byte nonce, then one full chunk and its tag.
    let cut = header_end + 16 + 64 * 1024 + 16;
    let e = bundle::open(&good[..cut], &with, at(NOW)).unwrap_err();
    assert!(matches!(e, BundleError::Truncated), "{e:?}");
    assert_eq!(e.exit_status(), 7);
    assert_eq!(bundle::open(&good, &with, at(NOW)).unwrap().payload, p);
}

/// Every string of free text in `value` (JSON), at least 3 characters.
fn texts(value: &serde_json::Value, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::String(s) if s.chars().count() >= 3 => {
            out.insert(s.clone());
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| texts(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| texts(v, out)),
        _ => {}
    }
}

#[test]
fn no_text_of_an_unchosen_part_is_anywhere_in_the_bundle() {
    let record = demo::record().unwrap();
    let whole = serde_json::to_value(&record).unwrap();
    let key = signer(6);
    let (to, with) = x25519();
    let sections = [
        ("profile", ShareSection::Profile),
        ("contacts", ShareSection::Contacts),
        ("background", ShareSection::Background),
        ("goals", ShareSection::Goals),
        ("steps", ShareSection::Steps),
        ("checkins", ShareSection::Checkins),
        ("obstacles", ShareSection::Obstacles),
        ("notes", ShareSection::Notes),
    ];
    for (name, section) in sections {
        let p = payload(&record, &request(&[section], &[], true), &key);
        let bytes = bundle::seal(&p, &key, &to).unwrap();
        let opened = bundle::open(&bytes, &with, at(NOW)).unwrap();
        // Everything the bundle says, decrypted: the whole envelope.
        let plain = envelope(&bytes, &with).to_string() + &opened.payload.to_json();
        let mut chosen = BTreeSet::new();
        texts(&whole[name], &mut chosen);
        let mut others = BTreeSet::new();
        for (other, _) in sections.iter().filter(|(o, _)| *o != name) {
            texts(&whole[*other], &mut others);
        }
        for text in others.difference(&chosen) {
            // Codes and dates are shared vocabulary, not anyone's words.
            let is_code = text.chars().all(|c| {
                c.is_ascii_lowercase()
                    || c == '_'
                    || c.is_ascii_digit()
                    || c == '-'
                    || c == ':'
                    || c == 'T'
                    || c == 'Z'
            });
            // A word of another part that also stands inside this part's
            // own text ("Arabic" in a contact's note) is not a leak.
            if is_code || chosen.iter().any(|c| c.contains(text.as_str())) {
                continue;
            }
            assert!(
                !plain.contains(text.as_str()),
                "sharing {name} leaks {text:?}"
            );
        }
    }
}

#[test]
fn sensitive_items_are_left_out_unless_ticked_and_then_named() {
    let record = demo::record().unwrap();
    let key = signer(7);
    let all = [
        ShareSection::Steps,
        ShareSection::Checkins,
        ShareSection::Obstacles,
        ShareSection::Contacts,
        ShareSection::Profile,
    ];
    let without = payload(&record, &request(&all, &[], false), &key);
    assert!(without.scope.sensitive_categories.is_empty());
    assert!(!without.consent.sensitive && without.consent.spi_cat.is_empty());
    let with = payload(&record, &request(&all, &[], true), &key);
    assert!(with.consent.sensitive);
    assert_eq!(with.consent.spi_cat, with.scope.sensitive_categories);
    assert!(!with.scope.sensitive_categories.is_empty());
    let sv = &with.consent.consent_text[1].text;
    let count = |p: &Payload| p.content.steps.as_ref().unwrap().len();
    assert!(count(&with) > count(&without), "{sv}");
}

#[test]
fn a_single_step_keeps_its_kind_and_id() {
    let record = demo::record().unwrap();
    let step = &record.steps[0];
    let item = SharedItem {
        kind: ItemKind::Step,
        id: step.id,
    };
    let key = signer(8);
    let p = payload(&record, &request(&[], &[item], true), &key);
    let steps = p.content.steps.unwrap();
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].id, step.id);
    assert_eq!(p.scope.items, [item]);
    assert_eq!(
        p.consent.services[0].purposes[0].pii_category,
        [format!("steps:{}", step.id)]
    );
}

#[test]
fn a_bundle_is_written_in_the_oldest_version_that_holds_it() {
    let record = demo::record().unwrap();
    let key = signer(5);
    let (to, with) = x25519();
    let background = request(&[ShareSection::Background], &[], false);

    // The background, whose degree names the occupation it trained for
    // (record format 4): version 2, and it opens.
    let named = payload(&record, &background, &key);
    let education = &named.content.background.as_ref().unwrap().education;
    assert!(education.iter().any(|e| e.occupation.is_some()));
    let v2 = bundle::seal(&named, &key, &to).unwrap();
    assert_eq!(envelope(&v2, &with)["version"], 2);
    let opened = bundle::open(&v2, &with, at(NOW)).unwrap();
    assert_eq!(opened.payload, named);
    // The reader names it, in Swedish, with the degree.
    let words = etapp_core::reader::text(&etapp_core::reader::view(
        &opened,
        &etapp_core::seen::Sighting::First,
        Locale::swedish(),
    ));
    let line = words
        .lines()
        .find(|l| l.contains("Yrke") && l.contains("Apotekare"));
    assert!(line.is_some(), "{words}");

    // Without it: version 1, with no `occupation` in any education, so a
    // reader of version 1 (which refuses fields it does not know) reads it.
    let mut plain = record.clone();
    for e in &mut plain.background.education {
        e.occupation = None;
    }
    let unnamed = payload(&plain, &background, &key);
    let v1 = bundle::seal(&unnamed, &key, &to).unwrap();
    let env = envelope(&v1, &with);
    assert_eq!(env["version"], 1);
    let inner: serde_json::Value = serde_json::from_str(env["payload"].as_str().unwrap()).unwrap();
    let listed = inner["content"]["background"]["education"]
        .as_array()
        .unwrap();
    assert!(!listed.is_empty());
    assert!(
        listed.iter().all(|e| e.get("occupation").is_none()),
        "{listed:?}"
    );
    assert_eq!(bundle::open(&v1, &with, at(NOW)).unwrap().payload, unnamed);

    // Version 0 was never written: not a bundle (6).
    let mut zero = env.clone();
    zero["version"] = 0.into();
    let e = bundle::open(&reseal(&zero, &to), &with, at(NOW)).unwrap_err();
    assert_eq!(e.exit_status(), 6, "{e:?}");
}
