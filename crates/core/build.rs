//! Embeds every `locales/<lang>/*.ftl` file and `locales/locales.json` into
//! the core, so the CLI and the desktop app carry the same strings as the UI
//! without reading files at run time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let root = root.canonicalize().expect("locales folder");
    println!("cargo:rerun-if-changed={}", root.display());

    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(&root).expect("read locales") {
        let dir = entry.expect("entry").path();
        if !dir.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", dir.display());
        let lang = dir.file_name().unwrap().to_string_lossy().into_owned();
        for f in std::fs::read_dir(&dir).expect("read locale") {
            let path = f.expect("entry").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", path.display());
                files.push((lang.clone(), path));
            }
        }
    }
    files.sort();

    let mut out = String::from("/// Embedded Fluent files: (locale code, file name, source).\n");
    out.push_str("pub(crate) static FTL_FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, path) in &files {
        let name = path.file_name().unwrap().to_string_lossy();
        writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let json = root.join("locales.json");
    writeln!(
        out,
        "/// `locales/locales.json`.\npub(crate) static LOCALES_JSON: &str = include_str!({:?});",
        json.display().to_string()
    )
    .unwrap();

    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
