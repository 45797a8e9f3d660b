//! How WebKit draws the window: on the GPU, or on the CPU where there is
//! no GPU.
//!
//! WebKitGTK 2.50 draws with Skia on OpenGL and composites the page's
//! layers with OpenGL on a thread of its own. Without a GPU that OpenGL is
//! Mesa's llvmpipe, which compiles shaders with LLVM on first use, and
//! some on every start: most of what Etapp's first screen costs over an
//! empty window (docs/PERFORMANCE.md, "The renderer"). Without OpenGL
//! WebKit paints the page on the CPU, in one pass, with no compositing
//! thread and no shaders, which measured faster there. So Etapp asks for
//! that, before WebKit starts, when it finds signs of a software renderer:
//!
//! - `LIBGL_ALWAYS_SOFTWARE` is set (Mesa's own switch to software), or
//!   `GALLIUM_DRIVER` names a software driver (llvmpipe, softpipe), or
//! - no GPU render node (`/dev/dri/renderD*`) can be opened: without one,
//!   Mesa can only draw in software.
//!
//! Two of WebKitGTK's variables say it: `WEBKIT_DISABLE_COMPOSITING_MODE=1`
//! (no accelerated compositing) and `WEBKIT_SKIA_ENABLE_CPU_RENDERING=1`
//! (Skia on the CPU wherever WebKit still paints a layer). A value of
//! either that the person set themselves is never changed. Machines with a
//! GPU keep WebKit's default; they were not measured.

use std::path::Path;

/// The variables WebKitGTK reads, each set to "1" where drawing would be
/// software.
const CPU_RENDERING: [&str; 2] = [
    "WEBKIT_DISABLE_COMPOSITING_MODE",
    "WEBKIT_SKIA_ENABLE_CPU_RENDERING",
];

/// Sets WebKit to draw on the CPU when the renderer would be software.
/// Must run before the webview is made, while the app has one thread.
pub fn choose() {
    let var = |name: &str| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned());
    if wants_cpu_rendering(&var, has_render_node(Path::new("/dev/dri"))) {
        for name in CPU_RENDERING {
            // Edition 2021: safe, and this runs before any other thread starts.
            std::env::set_var(name, "1");
        }
    }
}

/// The decision, from the environment (`var`) and whether a GPU render
/// node can be opened. A person who set either variable themselves has
/// chosen; nothing is added to their choice.
fn wants_cpu_rendering(var: &dyn Fn(&str) -> Option<String>, render_node: bool) -> bool {
    if CPU_RENDERING.iter().any(|name| var(name).is_some()) {
        return false; // the person's own choice, kept as it is
    }
    let on = |v: Option<String>| {
        v.is_some_and(|v| matches!(v.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes"))
    };
    let software_driver =
        var("GALLIUM_DRIVER").is_some_and(|d| matches!(d.trim(), "llvmpipe" | "softpipe"));
    on(var("LIBGL_ALWAYS_SOFTWARE")) || software_driver || !render_node
}

/// True when a `renderD*` node in `dri` opens for reading and writing, as
/// Mesa opens it (opening one does not start the GPU).
fn has_render_node(dri: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dri) else {
        return false;
    };
    entries.flatten().any(|e| {
        e.file_name().to_string_lossy().starts_with("renderD")
            && std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(e.path())
                .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn no_render_node_means_cpu_rendering() {
        assert!(wants_cpu_rendering(&env(&[]), false));
    }

    #[test]
    fn a_render_node_keeps_the_gpu() {
        assert!(!wants_cpu_rendering(&env(&[]), true));
        assert!(!wants_cpu_rendering(
            &env(&[("LIBGL_ALWAYS_SOFTWARE", "0")]),
            true
        ));
        assert!(!wants_cpu_rendering(
            &env(&[("GALLIUM_DRIVER", "iris")]),
            true
        ));
    }

    #[test]
    fn mesa_asked_for_software_means_cpu_rendering() {
        assert!(wants_cpu_rendering(
            &env(&[("LIBGL_ALWAYS_SOFTWARE", "1")]),
            true
        ));
        assert!(wants_cpu_rendering(
            &env(&[("LIBGL_ALWAYS_SOFTWARE", "true")]),
            true
        ));
        assert!(wants_cpu_rendering(
            &env(&[("GALLIUM_DRIVER", "llvmpipe")]),
            true
        ));
    }

    #[test]
    fn the_persons_own_setting_is_never_changed() {
        for name in CPU_RENDERING {
            for value in ["0", "1", ""] {
                let e = env(&[(name, value), ("LIBGL_ALWAYS_SOFTWARE", "1")]);
                assert!(!wants_cpu_rendering(&e, false), "{name}={value:?}");
            }
        }
    }

    #[test]
    fn a_missing_or_empty_dri_folder_has_no_render_node() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!has_render_node(&dir.path().join("absent")));
        assert!(!has_render_node(dir.path()));
        std::fs::write(dir.path().join("card0"), b"").unwrap();
        assert!(!has_render_node(dir.path()));
        std::fs::write(dir.path().join("renderD128"), b"").unwrap();
        assert!(has_render_node(dir.path()));
    }
}
