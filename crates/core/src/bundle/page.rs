//! The offline reader page: a bundle and a small reader in one `.html`
//! file, for a case worker who cannot install anything. They open it in
//! any current browser from a USB stick or an attachment, offline, type
//! the code, and read — the same checks and the same view as the app's
//! reader (`ui/page/`, `docs/bundle-format.md`).
//!
//! The page is a template built with the UI's tooling
//! (`npm run build:page`: script, styles and fonts inlined, a CSP that
//! allows only that script and that style, no network) and committed at
//! `crates/core/assets/reader-page.html`; `make test` checks it is up to
//! date. Here the bundle goes in, byte for byte: base64 between two
//! marker lines, inside a `<script type="application/octet-stream">`
//! block, which no browser runs. So [`bundle_of`] (and `etapp open
//! page.html`) read it back, and so can anyone with `sed` and `base64`.
//!
//! The page is only a carrier: it holds the same encrypted bundle as the
//! `.etapp` file, and nothing of the record in the clear.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;

use super::error::{BundleError, Result};
use super::{looks_like_age, MAX_BYTES};

/// The built page, waiting for a bundle; packed by the build (`build.rs`).
static TEMPLATE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    crate::packed::unpack(include_bytes!(concat!(
        env!("OUT_DIR"),
        "/reader-page.html.br"
    )))
});
/// Where the bundle goes: a line of its own in the template.
const PLACEHOLDER: &str = "ETAPP-BUNDLE-BASE64";
/// The line before the bundle's base64.
pub const BEGIN: &str = "-----BEGIN ETAPP BUNDLE-----";
/// The line after it.
pub const END: &str = "-----END ETAPP BUNDLE-----";
/// Base64 lines as PEM and age's armor have them.
const LINE: usize = 64;

/// The page for `bundle` (the bytes of an `.etapp` file).
pub fn page(bundle: &[u8]) -> String {
    let encoded = STANDARD.encode(bundle);
    let mut block = String::with_capacity(encoded.len() + encoded.len() / LINE + 64);
    block.push_str(BEGIN);
    block.push('\n');
    for line in encoded.as_bytes().chunks(LINE) {
        block.push_str(std::str::from_utf8(line).expect("base64 is ASCII"));
        block.push('\n');
    }
    block.push_str(END);
    TEMPLATE.replacen(PLACEHOLDER, &block, 1)
}

/// The largest page a reader reads: the largest bundle in base64, and the
/// page around it.
pub const MAX_PAGE_BYTES: u64 = MAX_BYTES / 3 * 4 + MAX_BYTES / 32 + 4 * 1024 * 1024;

/// The bundle inside `bytes` when they are a reader page; `bytes`
/// themselves when they are an age file; otherwise "not a bundle".
pub fn bundle_of(bytes: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>> {
    if looks_like_age(bytes) {
        return Ok(bytes.into());
    }
    let text = std::str::from_utf8(bytes).map_err(|_| BundleError::NotABundle)?;
    let start = text.find(BEGIN).ok_or(BundleError::NotABundle)? + BEGIN.len();
    let end = start + text[start..].find(END).ok_or(BundleError::NotABundle)?;
    let base64: String = text[start..end].split_ascii_whitespace().collect();
    if base64.len() as u64 > MAX_BYTES / 3 * 4 + 4 {
        return Err(BundleError::TooLarge { limit: MAX_BYTES });
    }
    let bundle = STANDARD
        .decode(base64)
        .map_err(|_| BundleError::WrongCodeOrDamaged)?;
    Ok(bundle.into())
}

/// The most bytes to read of the file at `path`: a page's limit for a
/// `.html` file, a bundle's for anything else (so a too large `.etapp` file
/// is refused before it is read).
pub fn read_limit(path: &std::path::Path) -> u64 {
    match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm") => {
            MAX_PAGE_BYTES
        }
        _ => MAX_BYTES,
    }
}

/// The file extension of a reader page.
pub const EXTENSION: &str = "html";

/// Whether `bytes` look like a reader page (an HTML file with a bundle block).
pub fn is_page(bytes: &[u8]) -> bool {
    !looks_like_age(bytes) && bytes.windows(BEGIN.len()).any(|w| w == BEGIN.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_has_one_place_for_the_bundle_and_a_strict_policy() {
        assert_eq!(TEMPLATE.matches(PLACEHOLDER).count(), 1);
        assert!(TEMPLATE.contains("default-src 'none'"));
        assert!(!TEMPLATE.contains("unsafe-inline"));
        assert!(!TEMPLATE.contains("unsafe-eval"));
    }

    /// The page's size budget, from docs/PERFORMANCE.md ("The offline
    /// reader page"), so the figure is written once.
    #[test]
    fn the_page_stays_within_its_budget() {
        let docs = include_str!("../../../../docs/PERFORMANCE.md");
        let line = docs
            .lines()
            .find(|l| l.starts_with("Budget of the reader page"))
            .expect("docs/PERFORMANCE.md states the page's budget");
        let digits: String = line
            .split(':')
            .nth(1)
            .expect("a budget after the colon")
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ' ' || *c == '\u{a0}')
            .filter(char::is_ascii_digit)
            .collect();
        let budget: usize = digits.parse().expect("a number of bytes");
        let empty = page(&[]).len();
        assert!(
            empty <= budget,
            "the reader page is {empty} bytes, over its budget of {budget} (docs/PERFORMANCE.md)"
        );
    }

    #[test]
    fn a_page_gives_back_its_bundle_byte_for_byte() {
        let bundle: Vec<u8> = b"age-encryption.org/v1\n"
            .iter()
            .copied()
            .chain((0..=255u8).cycle().take(70_000))
            .collect();
        let page = page(&bundle);
        assert!(is_page(page.as_bytes()));
        assert_eq!(&*bundle_of(page.as_bytes()).unwrap(), &bundle[..]);
        assert_eq!(&*bundle_of(&bundle).unwrap(), &bundle[..]);
        assert!(page.lines().all(|l| l.len() < 20_000 || !l.contains(BEGIN)));
    }

    #[test]
    fn other_files_are_not_bundles() {
        assert!(matches!(
            bundle_of(b"<html></html>"),
            Err(BundleError::NotABundle)
        ));
        assert!(matches!(
            bundle_of(&[0xff, 0xfe]),
            Err(BundleError::NotABundle)
        ));
        let broken = format!("{BEGIN}\n!!!\n{END}");
        assert!(matches!(
            bundle_of(broken.as_bytes()),
            Err(BundleError::WrongCodeOrDamaged)
        ));
    }
}
