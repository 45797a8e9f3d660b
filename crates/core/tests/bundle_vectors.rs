//! Golden bundles: files made once and committed
//! (`tests/fixtures/bundles/`, with `outcomes.json`, the table of what
//! each must give). Every later version of Etapp must open them with the
//! same result — a format once written is read forever — and their
//! contents must fit the published schemas.
//!
//! Made with a fixed signing key and fixed clocks; `ETAPP_WRITE_BUNDLES=1`
//! makes them again (never needed unless a new vector is added: the old
//! ones must stay as they are).

use std::path::{Path, PathBuf};

use etapp_core::bundle::draft::{self, ShareRequest};
use etapp_core::bundle::select::Selection;
use etapp_core::bundle::{self, Key, Recipient, ShareCode, ShareTo};
use etapp_core::catalog::{Agency, SharePurpose, ShareSection};
use etapp_core::i18n::Locale;
use etapp_core::jiff::Timestamp;
use etapp_core::record::demo;
use etapp_core::signature::{Fingerprint, Signer};
use serde::Deserialize;

mod common;
use common::assert_fits;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bundles")
}

/// The fixed signing key of every vector (a public test key).
fn signer() -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[7; 32])
}

#[derive(Deserialize)]
struct Outcome {
    file: String,
    /// `identity` (identity.txt) or `code` (code.txt).
    key: String,
    /// The reader's "now".
    now: Timestamp,
    /// The exit status it must give (0: opens).
    status: u8,
}

fn read_key(kind: &str) -> Key {
    match kind {
        "identity" => {
            Key::parse_identity(&std::fs::read_to_string(dir().join("identity.txt")).unwrap())
                .unwrap()
        }
        _ => Key::Code(
            ShareCode::parse(&std::fs::read_to_string(dir().join("code.txt")).unwrap()).unwrap(),
        ),
    }
}

fn write_vectors() {
    let record = demo::record().unwrap();
    let key = signer();
    let fp = Fingerprint::of(&key.public_key());
    let request = |days: u32| ShareRequest {
        to: ShareTo {
            name: "Anna Svensson".into(),
            agency: Some(Agency::PublicEmploymentService),
            unit: "Borås".into(),
        },
        purpose: SharePurpose::JointPlanning,
        purpose_text: String::new(),
        selection: Selection {
            sections: vec![ShareSection::Goals, ShareSection::Steps],
            items: Vec::new(),
            include_sensitive: false,
        },
        expires_in_days: days,
        locale: Locale::negotiate("ar").unwrap(),
    };
    let made = |id: &str, days: u32, created: &str| {
        draft::draft(
            &record,
            &request(days),
            &fp.hex,
            id.into(),
            created.parse().unwrap(),
        )
        .unwrap()
        .payload
    };
    let identity = age::x25519::Identity::generate();
    let to_key = Recipient::Key(Box::new(identity.to_public()));
    use age::secrecy::ExposeSecret;
    std::fs::create_dir_all(dir()).unwrap();
    std::fs::write(
        dir().join("identity.txt"),
        format!(
            "# A public test key of Etapp's golden bundles: never use it for real.\n# public key: {}\n{}\n",
            identity.to_public(),
            identity.to_string().expose_secret()
        ),
    )
    .unwrap();
    let valid = made(
        "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f",
        365,
        "2026-12-01T10:00:00Z",
    );
    let write = |name: &str, bytes: Vec<u8>| std::fs::write(dir().join(name), bytes).unwrap();
    write("key.etapp", bundle::seal(&valid, &key, &to_key).unwrap());
    let expired = made(
        "1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e",
        14,
        "2025-01-01T10:00:00Z",
    );
    write(
        "expired.etapp",
        bundle::seal(&expired, &key, &to_key).unwrap(),
    );
    let code = ShareCode::generate().unwrap();
    std::fs::write(
        dir().join("code.txt"),
        format!("{}\n", code.expose_secret().as_str()),
    )
    .unwrap();
    let again = ShareCode::parse(&code.expose_secret()).unwrap();
    write(
        "code.etapp",
        bundle::seal(&valid, &key, &Recipient::Code(again)).unwrap(),
    );
    // The expired share locked with the same code: what a case worker
    // opening an old share in the app meets.
    let again = ShareCode::parse(&code.expose_secret()).unwrap();
    write(
        "expired-code.etapp",
        bundle::seal(&expired, &key, &Recipient::Code(again)).unwrap(),
    );
    // The same code at work factor 2^19: above what the reader accepts.
    let mut r = age::scrypt::Recipient::new(age::secrecy::SecretString::from(
        code.expose_secret().replace(' ', ""),
    ));
    r.set_work_factor(19);
    let e = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut w = e.wrap_output(&mut out).unwrap();
    std::io::Write::write_all(&mut w, b"{}").unwrap();
    w.finish().unwrap();
    write("work-factor-19.etapp", out);
}

#[test]
fn golden_bundles_open_as_they_always_have() {
    if std::env::var_os("ETAPP_WRITE_BUNDLES").is_some() {
        write_vectors();
    }
    let outcomes: Vec<Outcome> =
        serde_json::from_str(&std::fs::read_to_string(dir().join("outcomes.json")).unwrap())
            .unwrap();
    assert!(outcomes.len() >= 4);
    let fingerprint = Fingerprint::of(&signer().public_key());
    for o in &outcomes {
        let bytes = std::fs::read(dir().join(&o.file)).unwrap();
        let key = read_key(&o.key);
        let started = std::time::Instant::now();
        let result = bundle::open(&bytes, &key, o.now);
        let status = result.as_ref().map_or_else(|e| e.exit_status(), |_| 0);
        assert_eq!(status, o.status, "{}: {result:?}", o.file);
        if let Ok(opened) = result {
            assert_eq!(opened.signer, fingerprint, "{}", o.file);
            let payload = serde_json::to_value(&opened.payload).unwrap();
            assert_fits("bundle-payload.schema.json", &payload);
        }
        if o.file == "work-factor-19.etapp" {
            // Refused from its header, before any key derivation.
            assert!(
                started.elapsed().as_millis() < 500,
                "{:?}",
                started.elapsed()
            );
        }
    }
}

#[test]
fn a_decrypted_bundle_fits_the_envelope_schema() {
    let bytes = std::fs::read(dir().join("key.etapp")).unwrap();
    let Key::Identity(identity) = read_key("identity") else {
        unreachable!()
    };
    let d = age::Decryptor::new(&bytes[..]).unwrap();
    let mut r = d
        .decrypt(std::iter::once(identity.as_ref() as &dyn age::Identity))
        .unwrap();
    let mut plain = Vec::new();
    std::io::Read::read_to_end(&mut r, &mut plain).unwrap();
    let envelope: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    assert_fits("bundle.schema.json", &envelope);
    let payload: serde_json::Value =
        serde_json::from_str(envelope["payload"].as_str().unwrap()).unwrap();
    assert_fits("bundle-payload.schema.json", &payload);
}
