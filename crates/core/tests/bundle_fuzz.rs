//! A fuzz harness for the reader: envelopes and payloads mutated in every
//! way a damaged or hostile file could be, each sealed to an X25519 key
//! (cheap, unlike the share code's scrypt) and opened. The reader must
//! never panic, must refuse with one of the bundle statuses, and must
//! never open something whose signature does not verify.
//!
//! Deterministic: a fixed seed and a fixed number of cases in `make test`.
//! A longer run: `ETAPP_FUZZ_CASES=200000 ETAPP_FUZZ_SEED=7 cargo test
//! --release -p etapp-core --test bundle_fuzz` (docs/bundle-format.md).
//! The corpus is committed (`tests/fixtures/bundle-corpus/`): decrypted
//! envelopes made from the demo record with the golden bundles' test key;
//! `ETAPP_WRITE_BUNDLES=1` makes it again.

use std::path::{Path, PathBuf};

use etapp_core::bundle::draft::{self, ShareRequest};
use etapp_core::bundle::select::Selection;
use etapp_core::bundle::{self, Key, ShareTo};
use etapp_core::catalog::{SharePurpose, ShareSection};
use etapp_core::i18n::Locale;
use etapp_core::jiff::Timestamp;
use etapp_core::record::demo;
use etapp_core::signature::{Fingerprint, Signer};

/// splitmix64: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn env_number(var: &str, default: u64) -> u64 {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bundle-corpus")
}

fn signer() -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[7; 32])
}

fn write_corpus() {
    let record = demo::record().unwrap();
    let key = signer();
    let fp = Fingerprint::of(&key.public_key());
    std::fs::create_dir_all(corpus_dir()).unwrap();
    let cases: [(&str, &[ShareSection], bool); 3] = [
        ("goals", &[ShareSection::Goals], false),
        (
            "everything",
            &[
                ShareSection::Profile,
                ShareSection::Contacts,
                ShareSection::Background,
                ShareSection::Goals,
                ShareSection::Steps,
                ShareSection::Checkins,
                ShareSection::Obstacles,
                ShareSection::Notes,
            ],
            true,
        ),
        ("notes", &[ShareSection::Notes], false),
    ];
    for (name, sections, sensitive) in cases {
        let request = ShareRequest {
            to: ShareTo {
                name: "Anna Svensson".into(),
                agency: None,
                unit: String::new(),
            },
            purpose: SharePurpose::FollowUp,
            purpose_text: String::new(),
            selection: Selection {
                sections: sections.to_vec(),
                items: Vec::new(),
                include_sensitive: sensitive,
            },
            expires_in_days: 365,
            locale: Locale::swedish(),
        };
        let p = draft::draft(
            &record,
            &request,
            &fp.hex,
            "abababababababababababababababab".into(),
            "2026-12-01T10:00:00Z".parse().unwrap(),
        )
        .unwrap()
        .payload;
        let text = p.to_json();
        let envelope = serde_json::json!({
            "format": bundle::FORMAT,
            "version": bundle::VERSION,
            "payload": text,
            "signature": hex::encode(key.sign(text.as_bytes()).to_bytes()),
            "public_key": hex::encode(key.public_key().as_bytes()),
        });
        std::fs::write(
            corpus_dir().join(format!("{name}.json")),
            envelope.to_string(),
        )
        .unwrap();
    }
}

/// Pieces of JSON and text that damage tends to bring.
const TOKENS: &[&str] = &[
    "null",
    "{}",
    "[]",
    "\"\"",
    "0",
    "-1",
    "1e999",
    "true",
    "\"version\":2",
    "\"version\":1",
    "\"format\":\"etapp-bundle\"",
    "\\u0000",
    "\u{feff}",
    "\u{202e}",
    "\"",
    ",",
    ":",
    "}",
    "]",
    "{\"a\":1,\"a\":2}",
    "99999999999999999999999",
    "\"2026-13-45T99:99:99Z\"",
    "NaN",
];

fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    for _ in 0..=rng.below(4) {
        if bytes.is_empty() {
            bytes.push(b'{');
        }
        let at = rng.below(bytes.len());
        match rng.below(7) {
            0 => bytes[at] ^= 1 << rng.below(8),
            1 => bytes[at] = rng.next() as u8,
            2 => bytes.insert(at, rng.next() as u8),
            3 => {
                let end = (at + 1 + rng.below(64)).min(bytes.len());
                bytes.drain(at..end);
            }
            4 => bytes.truncate(at),
            5 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                bytes.splice(at..at, token.iter().copied());
            }
            _ => {
                let end = (at + 1 + rng.below(64)).min(bytes.len());
                let piece = bytes[at..end].to_vec();
                let to = rng.below(bytes.len());
                bytes.splice(to..to, piece);
            }
        }
    }
}

fn seal(plain: &[u8], to: &age::x25519::Recipient) -> Vec<u8> {
    let e = age::Encryptor::with_recipients(std::iter::once(to as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut w = e.wrap_output(&mut out).unwrap();
    std::io::Write::write_all(&mut w, plain).unwrap();
    w.finish().unwrap();
    out
}

#[test]
fn the_reader_refuses_damage_with_a_status_and_never_panics() {
    if std::env::var_os("ETAPP_WRITE_BUNDLES").is_some() {
        write_corpus();
    }
    let mut corpus: Vec<Vec<u8>> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    corpus.sort();
    assert!(corpus.len() >= 3, "the corpus is committed");
    let cases = env_number("ETAPP_FUZZ_CASES", 1500);
    let mut rng = Rng(env_number("ETAPP_FUZZ_SEED", 20261206));
    let identity = age::x25519::Identity::generate();
    let to = identity.to_public();
    let key = Key::Identity(Box::new(identity));
    let now: Timestamp = "2026-12-06T12:00:00Z".parse().unwrap();
    let signer = signer();
    let mut opened = 0;
    for case in 0..cases {
        let base = &corpus[rng.below(corpus.len())];
        let mut plain = base.clone();
        let sealed = match rng.below(3) {
            // The envelope damaged.
            0 => {
                mutate(&mut rng, &mut plain);
                seal(&plain, &to)
            }
            // The payload damaged and signed again: the payload parser's
            // turn, past the signature.
            1 => {
                let mut v: serde_json::Value = serde_json::from_slice(&plain).unwrap();
                let mut text = v["payload"].as_str().unwrap().as_bytes().to_vec();
                mutate(&mut rng, &mut text);
                let text = String::from_utf8_lossy(&text).into_owned();
                v["payload"] = text.clone().into();
                v["signature"] = hex::encode(signer.sign(text.as_bytes()).to_bytes()).into();
                seal(v.to_string().as_bytes(), &to)
            }
            // The age file itself damaged.
            _ => {
                let mut file = seal(&plain, &to);
                mutate(&mut rng, &mut file);
                file
            }
        };
        let result = std::panic::catch_unwind(|| bundle::open(&sealed, &key, now));
        match result {
            Err(_) => panic!("case {case}: the reader panicked"),
            Ok(Ok(o)) => {
                opened += 1;
                o.payload.check().unwrap();
                assert_eq!(
                    o.signer,
                    Fingerprint::of(&signer.public_key()),
                    "case {case}"
                );
            }
            Ok(Err(e)) => {
                let status = e.exit_status();
                assert!((5..=11).contains(&status), "case {case}: {e:?} ({status})");
            }
        }
    }
    // Some mutations leave a bundle that still opens (a changed note's
    // text, signed again): the harness reaches the end of the reader too.
    assert!(opened > 0, "no case opened in {cases}");
}

/// A key given twice, in the envelope or in the signed payload, is refused
/// as "not a bundle", never read as one of its two values.
#[test]
fn a_key_given_twice_is_refused() {
    let corpus = corpus_dir().join("goals.json");
    let plain = std::fs::read_to_string(corpus).unwrap();
    let identity = age::x25519::Identity::generate();
    let to = identity.to_public();
    let key = Key::Identity(Box::new(identity));
    let now: Timestamp = "2026-12-06T12:00:00Z".parse().unwrap();
    let signer = signer();
    let status = |plain: &str| {
        bundle::open(&seal(plain.as_bytes(), &to), &key, now)
            .err()
            .map(|e| e.exit_status())
    };
    assert_eq!(status(&plain), None, "the corpus bundle opens");

    // The envelope: a second "version" before the end.
    let twice = plain.replacen("{", "{\"version\":1,", 1);
    assert_ne!(twice, plain);
    assert_eq!(status(&twice), Some(6));

    // The payload, signed again: its top object and a nested one.
    let v: serde_json::Value = serde_json::from_str(&plain).unwrap();
    let text = v["payload"].as_str().unwrap();
    for twice in [
        text.replacen("{", "{\"version\":1,", 1),
        text.replacen("\"to\":{", "\"to\":{\"name\":\"Someone else\",", 1),
    ] {
        assert_ne!(twice, text);
        let mut v = v.clone();
        v["payload"] = twice.clone().into();
        v["signature"] = hex::encode(signer.sign(twice.as_bytes()).to_bytes()).into();
        assert_eq!(status(&v.to_string()), Some(6), "{}", &twice[..80]);
    }
}
