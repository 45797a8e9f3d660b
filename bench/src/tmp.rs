//! Throw-away folders, removed when dropped.
//!
//! Every measured app start gets fresh ones (its vault, and its XDG config,
//! data and cache folders), so no run finds what an earlier run left: each
//! start is a first start.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT: AtomicUsize = AtomicUsize::new(0);

pub struct TempDir(PathBuf);

impl TempDir {
    /// A new, empty folder under the system's temporary folder.
    pub fn new(label: &str) -> std::io::Result<TempDir> {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("etapp-bench-{}-{n}-{label}", std::process::id()));
        std::fs::create_dir(&path)?;
        Ok(TempDir(path))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// A new subfolder (and its parents) inside this one.
    pub fn subdir(&self, rel: &str) -> std::io::Result<PathBuf> {
        let p = self.0.join(rel);
        std::fs::create_dir_all(&p)?;
        Ok(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
