//! Embeds every `locales/<lang>/*.ftl` file and `locales/locales.json` into
//! the core, so the CLI and the desktop app carry the same strings as the UI
//! without reading files at run time.
//!
//! Paths are written relative to the crate (for `rerun-if-changed`) and
//! through `CARGO_MANIFEST_DIR` (for `include_str!`), never as absolute
//! paths: a build folder reused by another checkout must embed that
//! checkout's files.

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
    let mut out = String::from("/// Embedded Fluent files: (locale code, file name, source).\n");
    out.push_str("pub(crate) static FTL_FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, name) in &files {
        writeln!(
            out,
            "    ({lang:?}, {name:?}, {}),",
            include(&format!("{lang}/{name}"))
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

    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
