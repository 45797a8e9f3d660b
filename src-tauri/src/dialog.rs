//! Native file dialogs, opened from Rust: the UI asks for a share to be
//! saved or a bundle to be opened, and the shell shows the system's
//! dialog. So the UI needs no file-system permission and no dialog
//! command; it never sees or chooses a path.
//!
//! Native dialogs cannot be driven through WebDriver. A debug build
//! started with `--dialog-dir DIR` (only the real-app tests do that) skips
//! them: a save goes to `DIR/<suggested name>`, an open takes the path
//! written in `DIR/open-path`, a folder the one in `DIR/folder-path`. The switch is compiled into debug builds
//! only; `make bench` checks that the release binary does not contain its
//! name.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::{DialogExt, FilePath};

/// A file type in a dialog: its name for people, and its extensions.
pub struct Filter<'a> {
    /// What people read, in their language.
    pub name: &'a str,
    /// Extensions without the dot.
    pub extensions: &'a [&'a str],
}

/// Asks where to save a file (suggesting `file_name`); `None` when the
/// person cancels. Blocks: call it off the main thread.
pub fn save(app: &AppHandle, title: &str, file_name: &str, filter: &Filter) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = test_answers() {
        return Some(dir.join(file_name));
    }
    let answer = start_in(app)
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(filter.name, filter.extensions)
        .blocking_save_file();
    with_extension(chosen(answer)?, filter.extensions)
}

/// Asks for a file to open; `None` when the person cancels. Blocks: call
/// it off the main thread.
pub fn open(app: &AppHandle, title: &str, filter: &Filter) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = test_answers() {
        let path = std::fs::read_to_string(dir.join("open-path")).ok()?;
        return Some(PathBuf::from(path.trim()));
    }
    let answer = start_in(app)
        .set_title(title)
        .add_filter(filter.name, filter.extensions)
        .blocking_pick_file();
    chosen(answer)
}

/// Asks for any file to open (a key file has no fixed extension); `None`
/// when the person cancels. Blocks: call it off the main thread. (With
/// `--dialog-dir` in a debug build: the path written in `DIR/open-path`.)
pub fn open_any(app: &AppHandle, title: &str) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = test_answers() {
        let path = std::fs::read_to_string(dir.join("open-path")).ok()?;
        return Some(PathBuf::from(path.trim()));
    }
    chosen(start_in(app).set_title(title).blocking_pick_file())
}

/// Asks for a folder; `None` when the person cancels. Blocks: call it off
/// the main thread. (With `--dialog-dir` in a debug build: the path
/// written in `DIR/folder-path`.)
pub fn folder(app: &AppHandle, title: &str) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = test_answers() {
        let path = std::fs::read_to_string(dir.join("folder-path")).ok()?;
        return Some(PathBuf::from(path.trim()));
    }
    let answer = start_in(app).set_title(title).blocking_pick_folder();
    chosen(answer)
}

/// A file dialog that starts in the person's Documents folder, or their
/// home folder, never in the folder the app happened to be started from.
fn start_in(app: &AppHandle) -> tauri_plugin_dialog::FileDialogBuilder<tauri::Wry> {
    let dialog = app.dialog().file();
    let paths = app.path();
    match paths
        .document_dir()
        .ok()
        .filter(|d| d.is_dir())
        .or_else(|| paths.home_dir().ok())
    {
        Some(dir) => dialog.set_directory(dir),
        None => dialog,
    }
}

/// The local path of a dialog's answer (a dialog on Linux only gives
/// paths; anything else is treated as no answer).
fn chosen(answer: Option<FilePath>) -> Option<PathBuf> {
    answer?.into_path().ok()
}

/// `path`, with the filter's first extension added when the person typed
/// a name without one of the filter's, so the file opens in Etapp later.
fn with_extension(path: PathBuf, extensions: &[&str]) -> Option<PathBuf> {
    let has = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)));
    if has || extensions.is_empty() {
        return Some(path);
    }
    let mut name = path.file_name()?.to_os_string();
    name.push(".");
    name.push(extensions[0]);
    Some(path.with_file_name(name))
}

/// The file name to show for a path.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `--dialog-dir DIR`, in debug builds: the real-app tests answer the
/// dialogs.
#[cfg(debug_assertions)]
fn test_answers() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        if a == "--dialog-dir" {
            return args.next().map(PathBuf::from);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_gets_the_extension_it_lacks() {
        let x = |p: &str| with_extension(PathBuf::from(p), &["etapp"]).unwrap();
        assert_eq!(x("/home/a/share"), PathBuf::from("/home/a/share.etapp"));
        assert_eq!(
            x("/home/a/share.etapp"),
            PathBuf::from("/home/a/share.etapp")
        );
        assert_eq!(
            x("/home/a/share.ETAPP"),
            PathBuf::from("/home/a/share.ETAPP")
        );
        assert_eq!(
            x("/home/a/my.share"),
            PathBuf::from("/home/a/my.share.etapp")
        );
        assert_eq!(
            with_extension(PathBuf::from("/a/page"), &["html", "htm"]).unwrap(),
            PathBuf::from("/a/page.html")
        );
    }

    #[test]
    fn a_cancelled_dialog_is_no_answer() {
        assert_eq!(chosen(None), None);
        let p = PathBuf::from("/tmp/x.etapp");
        assert_eq!(chosen(Some(FilePath::Path(p.clone()))), Some(p));
    }
}
