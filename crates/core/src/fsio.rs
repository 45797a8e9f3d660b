//! Files written so a crash cannot half-write them, and files read so a
//! huge one cannot exhaust memory.
//!
//! A file is written to a temporary name in the same folder, flushed to
//! disk, then renamed over the old one, and the folder is flushed too: after
//! a crash or power loss the file holds either the old or the new content,
//! never half of each.
//!
//! Every file a person or another program can hand Etapp (a record file,
//! the key file, a bundle, a backup) is read through [`read_limited`]: its
//! size is checked from its metadata before a byte is read, and the read
//! stops at the limit even if the file grows meanwhile. A planted 2 GiB
//! file costs nothing.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file is larger than the limit; nothing was read.
    #[error("the file is larger than {limit} bytes")]
    TooLarge {
        /// The most bytes the caller reads.
        limit: u64,
    },
    /// The path names a folder or another thing that is not a file.
    #[error("not a file")]
    NotAFile,
    /// Opening or reading failed.
    #[error("reading failed: {0}")]
    Io(#[from] io::Error),
}

/// Reads the whole file at `path`, refusing one of more than `limit`
/// bytes from its size before reading, and never reading more than
/// `limit` bytes.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge { limit });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(bytes)
}

/// The files directly in `dir` (not in its subfolders) whose extension is
/// one of `extensions`, sorted by path: the shares of a folder a case
/// worker hands to a report.
pub fn files_in(dir: &Path, extensions: &[&str]) -> io::Result<Vec<PathBuf>> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| extensions.contains(&e))
        })
        .collect();
    found.sort();
    Ok(found)
}

/// Writes `bytes` to `path` atomically (see the module docs). The file is
/// created readable by its owner only on Unix.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::other("no file name"))?;
    let tmp = dir.join(format!(".{}.tmp", name.to_string_lossy()));
    let result = (|| {
        let mut f = open_private(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn open_private(path: &Path) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path)
}

/// Creates a new, empty file that only its owner can read; fails if it
/// exists.
pub fn create_private_file(path: &Path) -> io::Result<()> {
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path).map(drop)
}

/// Writes `bytes` to a new file at `path` that only its owner can read
/// (mode 0600 on Unix), flushed to disk; fails with
/// [`io::ErrorKind::AlreadyExists`] if anything is there, so a file is
/// never written over (a key, above all). If writing fails, the new file
/// is removed.
pub fn write_new_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    let mut f = o.open(path)?;
    let written = f.write_all(bytes).and_then(|()| f.sync_all());
    drop(f);
    if let Err(e) = written {
        let _ = fs::remove_file(path);
        return Err(e);
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    sync_dir(dir)
}

/// Flushes a folder's entries (the rename) to disk. Windows has no such
/// call for folders; a Windows build must make the rename itself durable
/// (`MoveFileExW` with `MOVEFILE_WRITE_THROUGH`) — see docs/ARCHITECTURE.md,
/// "Portability".
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Creates a folder (and its parents) that only its owner can read.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// A named point in a multi-step write (a backup, a restore, a key
/// rotation) where the crash tests stop the process. In a debug build
/// whose `ETAPP_PAUSE_AT` names this point, it prints `paused at NAME` and
/// waits to be killed; otherwise, and always in a release build, it does
/// nothing.
pub fn pause_point(name: &str) {
    #[cfg(debug_assertions)]
    if std::env::var("ETAPP_PAUSE_AT").as_deref() == Ok(name) {
        println!("paused at {name}");
        let _ = io::stdout().flush();
        loop {
            std::thread::sleep(std::time::Duration::from_secs(60));
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = name;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_limit_is_refused_before_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big");
        // Sparse: 2 GiB on paper, nothing on disk.
        File::create(&p).unwrap().set_len(2 << 30).unwrap();
        assert!(matches!(
            read_limited(&p, 1024),
            Err(ReadError::TooLarge { limit: 1024 })
        ));
        std::fs::write(&p, b"1234").unwrap();
        assert_eq!(read_limited(&p, 4).unwrap(), b"1234");
        assert!(matches!(
            read_limited(&p, 3),
            Err(ReadError::TooLarge { .. })
        ));
        assert!(matches!(
            read_limited(dir.path(), 1024),
            Err(ReadError::NotAFile)
        ));
        assert!(matches!(
            read_limited(&dir.path().join("none"), 1024),
            Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound
        ));
    }

    #[test]
    fn a_new_private_file_is_never_written_over() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("key.txt");
        write_new_private(&p, b"one").unwrap();
        let e = write_new_private(&p, b"two").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&p).unwrap(), b"one");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&p).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn replaces_content_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }
}
