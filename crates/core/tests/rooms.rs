//! The core's rooms, checked from its source: no import circles, and a
//! record that needs nothing.
//!
//! The check reads every `.rs` file under `src/` and collects what each
//! one names of the crate: `use` trees and inline paths (`crate::…`,
//! `super::…`, `self::…`). Comments and the `#[cfg(test)]` module at the
//! end of a file are left out (tests may reach further than the code).
//! A path is resolved to the file of the longest module it names, so
//! `crate::record::check::line` is `record/check.rs` and
//! `crate::record::Step` is `record/mod.rs`. `mod x;` declarations are
//! not imports; re-exports (`pub use x::…`) are.
//!
//! Two graphs must have no circle: the files, and the rooms (the first
//! module under the crate: `record`, `store`, `vault`, …).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path under the crate (`["record", "steps"]`) for each file.
fn modules(src: &Path) -> BTreeMap<Vec<String>, PathBuf> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<Vec<String>, PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                let mut p = prefix.to_vec();
                p.push(name);
                walk(&path, &p, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let mut p = prefix.to_vec();
                if name != "mod" && name != "lib" {
                    p.push(name);
                }
                out.insert(p, path);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(src, &[], &mut out);
    out
}

/// The code of a file without comments, string literals and its test
/// module.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            let end = text[i..].find("*/").map_or(b.len(), |e| i + e + 2);
            i = end;
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// Every path a file names, expanded from `use` trees and read inline,
/// as segments relative to the file's module (`super`, `self` and `crate`
/// resolved).
fn named_paths(code: &str, module: &[String], children: &BTreeSet<String>) -> Vec<Vec<String>> {
    // `self::` in a file means the file's own module; `super::` its
    // parent. For `x/mod.rs` and `x.rs` alike, the module is `x`. A path
    // that starts with a child module's name (`use steps::Step;` in
    // `record/mod.rs`) is relative to the file's module.
    let resolve = |segments: &[&str]| -> Option<Vec<String>> {
        let first = *segments.first()?;
        let (mut base, skip): (Vec<String>, usize) = match first {
            "crate" => (Vec::new(), 1),
            "self" => (module.to_vec(), 1),
            "super" => {
                let mut m = module.to_vec();
                m.pop()?;
                (m, 1)
            }
            child if children.contains(child) => (module.to_vec(), 0),
            _ => return None,
        };
        let mut rest = &segments[skip..];
        while rest.first() == Some(&"super") {
            base.pop()?;
            rest = &rest[1..];
        }
        base.extend(rest.iter().map(|s| s.to_string()));
        Some(base)
    };

    let mut found = Vec::new();
    // `use` statements, with their `{…}` trees.
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        rest = &rest[at + 4..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let end = rest.find(';').unwrap_or(rest.len());
        for path in expand(rest[..end].trim()) {
            let segments: Vec<&str> = path.split("::").map(str::trim).collect();
            if let Some(p) = resolve(&segments) {
                found.push(p);
            }
        }
        rest = &rest[end..];
    }
    // Inline paths: `crate::a::b`, `super::a`, `self::a`, `child::a`.
    let starts = ["crate::".to_owned(), "super::".into(), "self::".into()];
    let child_starts = children.iter().map(|c| format!("{c}::"));
    for start in starts.into_iter().chain(child_starts) {
        let start = start.as_str();
        let mut i = 0;
        while let Some(at) = code[i..].find(start) {
            let at = i + at;
            i = at + start.len();
            let before = code[..at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let segments: Vec<&str> = path
                .trim_end_matches(':')
                .split("::")
                .filter(|s| !s.is_empty())
                .collect();
            if let Some(p) = resolve(&segments) {
                found.push(p);
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// `a::{b, c::{d, e}}` as `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap().trim();
        return vec![path.to_owned()];
    };
    let prefix = tree[..open].trim_end_matches("::").trim();
    let inner = &tree[open + 1..tree.rfind('}').unwrap()];
    let mut parts = Vec::new();
    let (mut depth, mut from) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[from..]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .flat_map(expand)
        .map(|p| {
            if p == "self" {
                prefix.to_owned()
            } else {
                format!("{prefix}::{p}")
            }
        })
        .collect()
}

/// The file a module path lands in: the longest known module it names.
fn target<'a>(
    path: &[String],
    modules: &'a BTreeMap<Vec<String>, PathBuf>,
) -> Option<&'a Vec<String>> {
    (0..=path.len())
        .rev()
        .find_map(|n| modules.get_key_value(&path[..n]).map(|(k, _)| k))
}

/// A module path under the crate.
type Module = Vec<String>;
/// Which modules each module imports.
type Edges = BTreeMap<Module, BTreeSet<Module>>;

fn graph() -> (Edges, BTreeMap<Module, PathBuf>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules = modules(&src);
    let mut edges = Edges::new();
    for (module, file) in &modules {
        let text = std::fs::read_to_string(file).unwrap();
        let children: BTreeSet<String> = modules
            .keys()
            .filter(|k| k.len() == module.len() + 1 && k.starts_with(module))
            .map(|k| k[module.len()].clone())
            .collect();
        let to = edges.entry(module.clone()).or_default();
        for path in named_paths(&code(&text), module, &children) {
            if let Some(t) = target(&path, &modules) {
                if t != module {
                    to.insert(t.clone());
                }
            }
        }
    }
    (edges, modules)
}

/// A circle in `edges`, if there is one.
fn circle<N: Ord + Clone>(edges: &BTreeMap<N, BTreeSet<N>>) -> Option<Vec<N>> {
    fn visit<N: Ord + Clone>(
        n: &N,
        edges: &BTreeMap<N, BTreeSet<N>>,
        path: &mut Vec<N>,
        done: &mut BTreeSet<N>,
    ) -> Option<Vec<N>> {
        if let Some(i) = path.iter().position(|p| p == n) {
            let mut c = path[i..].to_vec();
            c.push(n.clone());
            return Some(c);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.clone());
        for m in edges.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, edges, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.clone());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|n| visit(n, edges, &mut Vec::new(), &mut done))
}

fn show(m: &[String]) -> String {
    if m.is_empty() {
        "crate".into()
    } else {
        m.join("::")
    }
}

#[test]
fn no_file_imports_a_file_that_imports_it_back() {
    let (edges, _) = graph();
    if let Some(c) = circle(&edges) {
        let names: Vec<String> = c.iter().map(|m| show(m)).collect();
        panic!("import circle: {}", names.join(" → "));
    }
}

#[test]
fn no_room_imports_a_room_that_imports_it_back() {
    let (edges, _) = graph();
    let mut rooms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, tos) in &edges {
        let Some(a) = from.first() else { continue };
        for to in tos {
            if let Some(b) = to.first() {
                if a != b {
                    rooms.entry(a.clone()).or_default().insert(b.clone());
                }
            }
        }
    }
    if let Some(c) = circle(&rooms) {
        panic!("rooms in a circle: {}", c.join(" → "));
    }
    // The rooms' rules, as edges that must not exist.
    let uses = |a: &str, b: &str| rooms.get(a).is_some_and(|s| s.contains(b));
    for (a, b) in [
        ("record", "store"),
        ("record", "vault"),
        ("record", "fsio"),
        ("record", "paths"),
        ("store", "vault"),
        ("signature", "vault"),
        ("catalog", "record"),
    ] {
        assert!(!uses(a, b), "{a} must not use {b}");
    }
}

#[test]
fn the_record_needs_no_database_vault_or_file() {
    let (_, modules) = graph();
    for (module, file) in &modules {
        if module.first().map(String::as_str) != Some("record") {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        let code = code(&text);
        for word in ["rusqlite", "Vault", "std::fs", "File", "Connection"] {
            let named = code.match_indices(word).any(|(i, _)| {
                let before = code[..i].chars().last();
                let after = code[i + word.len()..].chars().next();
                let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                !ident(before) && !ident(after)
            });
            assert!(!named, "{} names {word}", file.display());
        }
    }
}

#[test]
fn the_checker_finds_what_it_looks_for() {
    // A check that cannot fail proves nothing: feed it a circle.
    let m = |s: &str| vec![s.to_owned()];
    let mut edges = BTreeMap::new();
    edges.insert(m("a"), BTreeSet::from([m("b")]));
    edges.insert(m("b"), BTreeSet::from([m("a")]));
    assert!(circle(&edges).is_some());
    edges.insert(m("b"), BTreeSet::new());
    assert!(circle(&edges).is_none());
    assert_eq!(
        expand("super::{check, error::{RecordError, Result}}"),
        [
            "super::check",
            "super::error::RecordError",
            "super::error::Result"
        ]
    );
    let here = vec!["record".to_owned(), "steps".to_owned()];
    let found = named_paths(
        "use super::check;\nlet x = crate::store::sql(1);",
        &here,
        &BTreeSet::new(),
    );
    assert!(found.contains(&vec!["record".to_owned(), "check".to_owned()]));
    assert!(found.contains(&vec!["store".to_owned(), "sql".to_owned()]));
    assert_eq!(code("a // crate::x\n\"crate::y\" b"), "a \n\"\" b");
    let parent = vec!["record".to_owned()];
    let children = BTreeSet::from(["steps".to_owned()]);
    let found = named_paths("pub use steps::Step;", &parent, &children);
    assert_eq!(
        found,
        [vec![
            "record".to_owned(),
            "steps".to_owned(),
            "Step".to_owned()
        ]]
    );
}
