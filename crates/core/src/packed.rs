//! Text the build packed into the binary with brotli (`build.rs`): the
//! languages' Fluent files and the reader page's template. Each is read
//! once, when first needed, so unpacking costs a few milliseconds where
//! carrying it plain would cost a megabyte and a half of every copy of
//! Etapp.

use std::io::Read as _;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}
/// `locales/locales.json`, as written (it is small).
pub(crate) use embedded::LOCALES_JSON;

/// One locale's Fluent files, as the build packs them.
pub(crate) struct PackedLocale {
    /// The locale's code (`sv`).
    code: &'static str,
    /// Each file's name and length in bytes, in name order.
    files: &'static [(&'static str, usize)],
    /// The files one after the other, compressed with brotli.
    packed: &'static [u8],
}

/// The text packed in `bytes`. The bytes are the build's own, so a
/// failure here is a broken build, not bad input.
pub(crate) fn unpack(bytes: &[u8]) -> String {
    let mut text = String::new();
    brotli_decompressor::Decompressor::new(bytes, 64 * 1024)
        .read_to_string(&mut text)
        .expect("the build packs valid brotli of UTF-8 text");
    text
}

/// The Fluent files of the locale `code`, as (file name, source), in
/// name order; none for a code that is not shipped.
pub(crate) fn ftl_files(code: &str) -> Vec<(&'static str, String)> {
    let Some(locale) = embedded::FTL_LOCALES.iter().find(|l| l.code == code) else {
        return Vec::new();
    };
    let text = unpack(locale.packed);
    let mut at = 0;
    let files = locale
        .files
        .iter()
        .map(|(name, len)| {
            let source = text[at..at + len].to_owned();
            at += len;
            (*name, source)
        })
        .collect();
    assert_eq!(
        at,
        text.len(),
        "the packed files of {code} are as long as their parts"
    );
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_locale_unpacks_to_its_files_as_written() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        assert!(embedded::FTL_LOCALES.len() >= 8);
        for code in embedded::FTL_LOCALES.iter().map(|l| l.code) {
            let files = ftl_files(code);
            assert!(files.len() > 10, "{code}");
            for (name, source) in files {
                let written = std::fs::read_to_string(root.join(code).join(name)).unwrap();
                assert_eq!(source, written, "{code}/{name}");
            }
        }
        assert!(ftl_files("xx").is_empty());
    }
}
