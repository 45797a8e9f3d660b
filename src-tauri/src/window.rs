//! The main window and what it may do.
//!
//! Built in code rather than in `tauri.conf.json` so that two rules are
//! enforced here: the webview keeps no web storage or cache on disk
//! (incognito — nothing of the record may land there), and it never
//! navigates away from the app's own pages (no remote content, ever).
//!
//! One exception, in debug builds only: WebKitGTK cannot put an incognito
//! webview under WebDriver control, so when a debug build is started for
//! automated tests (`TAURI_WEBVIEW_AUTOMATION=true`, set by tauri-driver)
//! the webview gets a throw-away data folder instead — random name, owner
//! only, removed when the app exits. Release builds ignore the variable.
//! The app stores nothing in web storage either way.

use tauri::{AppHandle, WebviewUrl, WebviewWindowBuilder};

/// The label the capability file grants commands to.
pub const MAIN: &str = "main";

/// Opens the one window.
pub fn open_main(app: &AppHandle) -> tauri::Result<()> {
    let builder = WebviewWindowBuilder::new(app, MAIN, WebviewUrl::App("index.html".into()))
        .title("Etapp")
        .inner_size(1024.0, 768.0)
        .min_inner_size(360.0, 480.0)
        .on_navigation(is_app_url);
    let builder = match automation_data_dir() {
        Some(dir) => builder.data_directory(dir),
        None => builder.incognito(true),
    };
    builder.build()?;
    Ok(())
}

static AUTOMATION_DIR: std::sync::OnceLock<Option<tempfile::TempDir>> = std::sync::OnceLock::new();

/// The throw-away webview data folder used under WebDriver control (debug
/// builds only), made on first use.
fn automation_data_dir() -> Option<std::path::PathBuf> {
    AUTOMATION_DIR
        .get_or_init(|| {
            let automated = std::env::var("TAURI_WEBVIEW_AUTOMATION").as_deref() == Ok("true");
            (cfg!(debug_assertions) && automated)
                .then(|| {
                    tempfile::Builder::new()
                        .prefix("etapp-webview-")
                        .tempdir()
                        .ok()
                })
                .flatten()
        })
        .as_ref()
        .map(|d| d.path().to_path_buf())
}

/// Removes the automation data folder, if one was made.
pub fn remove_automation_data_dir() {
    if let Some(Some(dir)) = AUTOMATION_DIR.get() {
        let _ = std::fs::remove_dir_all(dir.path());
    }
}

/// True for the app's own pages: the bundled assets (`tauri://localhost`
/// on Linux and macOS, `http(s)://tauri.localhost` on Windows), or Vite's
/// dev server in a development build.
fn is_app_url(url: &tauri::Url) -> bool {
    match (url.scheme(), url.host_str()) {
        ("tauri", Some("localhost")) => true,
        ("http" | "https", Some("tauri.localhost")) => true,
        ("http", Some("localhost")) => tauri::is_dev(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_app_pages_are_allowed() {
        let ok = |s: &str| is_app_url(&s.parse().unwrap());
        assert!(ok("tauri://localhost/index.html"));
        assert!(ok("http://tauri.localhost/index.html"));
        assert!(!ok("https://example.org/"));
        assert!(!ok("file:///etc/passwd"));
        assert!(!ok("tauri://evil.example/"));
    }
}
