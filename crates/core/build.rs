//! Embeds every `locales/<lang>/*.ftl` file, `locales/locales.json` and
//! the offline reader page's template into the core, so the CLI and the
//! desktop app carry the same strings as the UI without reading files at
//! run time.
//!
//! The Fluent files (each locale's, one after the other) and the template
//! go in compressed with brotli: they are read once, when first needed
//! (`crate::packed`), and take a third of the room (1.1 MB of Fluent text
//! in eight languages become 0.23 MB, the 0.73 MB template 0.34 MB).
//!
//! Paths are written relative to the crate (for `rerun-if-changed`) and
//! through `CARGO_MANIFEST_DIR` (for `include_str!`), never as absolute
//! paths: a build folder reused by another checkout must embed that
//! checkout's files. The compressed files go to `OUT_DIR`, which is the
//! build's own.

use std::fmt::Write as _;
use std::path::Path;

const ROOT: &str = "../../locales";

fn main() {
    // Read when the script runs, not when it was compiled: a build folder
    // reused by another checkout reuses this script's binary too.
    let manifest_dir =
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join(ROOT);
    println!("cargo:rerun-if-changed={ROOT}");

    let mut files: Vec<(String, String)> = Vec::new();
    for entry in std::fs::read_dir(&root).expect("read locales") {
        let dir = entry.expect("entry").path();
        if !dir.is_dir() {
            continue;
        }
        let lang = dir.file_name().unwrap().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={ROOT}/{lang}");
        for f in std::fs::read_dir(&dir).expect("read locale") {
            let path = f.expect("entry").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                println!("cargo:rerun-if-changed={ROOT}/{lang}/{name}");
                files.push((lang.clone(), name));
            }
        }
    }
    files.sort();

    let include = |rel: &str| {
        format!(
            "include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?}))",
            format!("/{ROOT}/{rel}")
        )
    };
    let out_dir =
        std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut out = String::from("/// Embedded Fluent files, by locale (`crate::packed`).\n");
    out.push_str("pub(crate) static FTL_LOCALES: &[super::PackedLocale] = &[\n");
    let mut langs: Vec<&String> = files.iter().map(|(lang, _)| lang).collect();
    langs.dedup();
    for lang in langs {
        let mut text = String::new();
        let mut parts = String::new();
        for (_, name) in files.iter().filter(|(l, _)| l == lang) {
            let source = std::fs::read_to_string(root.join(lang).join(name))
                .unwrap_or_else(|e| panic!("locales/{lang}/{name}: {e}"));
            write!(parts, "({name:?}, {}), ", source.len()).unwrap();
            text.push_str(&source);
        }
        let packed = format!("ftl-{lang}.br");
        std::fs::write(out_dir.join(&packed), compress(text.as_bytes()))
            .expect("write packed Fluent");
        writeln!(
            out,
            "    super::PackedLocale {{ code: {lang:?}, files: &[{parts}], \
             packed: include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{packed}\")) }},"
        )
        .unwrap();
    }
    out.push_str("];\n");
    writeln!(
        out,
        "/// `locales/locales.json`.\npub(crate) static LOCALES_JSON: &str = {};",
        include("locales.json")
    )
    .unwrap();
    println!("cargo:rerun-if-changed={ROOT}/locales.json");

    std::fs::write(out_dir.join("locales.rs"), out).expect("write locales.rs");

    // The reader page's template (crate::bundle::page).
    const PAGE: &str = "assets/reader-page.html";
    println!("cargo:rerun-if-changed={PAGE}");
    let page = std::fs::read(Path::new(&manifest_dir).join(PAGE)).expect("read the reader page");
    std::fs::write(out_dir.join("reader-page.html.br"), compress(&page))
        .expect("write packed page");
}

/// `bytes` compressed with brotli at its best (quality 11, 4 MiB window).
fn compress(bytes: &[u8]) -> Vec<u8> {
    let mut packed = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut packed, 64 * 1024, 11, 22);
        std::io::Write::write_all(&mut writer, bytes).expect("compress in memory");
    }
    packed
}
