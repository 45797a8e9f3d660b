//! The store: every SQL statement of the record and the vault, in one
//! room. It turns rows into the record's types ([`crate::record`]) and
//! back, runs each write in one transaction, and keeps the schema's
//! migrations. It knows no key file, passphrase or file layout: the vault
//! opens it with the database key and hands it out ([`crate::vault`]).
//!
//! One file per aggregate: [`profile`], [`contacts`], [`background`],
//! [`goals`], [`steps`], [`checkins`], [`obstacles`], [`notes`], the stage
//! and the overview ([`overview`]), the whole record ([`record`]: export,
//! import, the demo), the share log ([`shares`]), and the vault's own rows
//! ([`settings`]: auto-lock and the signing key).
//!
//! The database is SQLCipher: every page of the SQLite file (and of its
//! write-ahead log) is encrypted with AES-256 under a raw 256-bit key, so
//! SQLCipher runs no key derivation of its own. SQLCipher does not check a
//! key when it is set, only at the first read, so [`Store::open`] reads
//! the schema at once and reports a key that does not fit as
//! [`StoreError::DoesNotOpen`].
//!
//! Settings chosen so no plaintext reaches the disk and no committed change
//! is lost: temporary tables and indices stay in memory
//! (`temp_store = MEMORY`), deleted content is overwritten
//! (`secure_delete`), the write-ahead log is synced on every commit
//! (`synchronous = FULL`).
//!
//! Migrations are the numbered files in `crates/core/migrations/`, embedded
//! in the binary. `PRAGMA user_version` records the last one applied; each
//! runs in its own transaction together with the new version number, so a
//! crash leaves the database at one version or the next, never between. A
//! database with a higher version than this build knows is refused as
//! "newer version" before anything is written.

pub mod background;
pub mod backup;
pub mod checkins;
pub mod contacts;
pub mod error;
pub mod goals;
pub mod notes;
pub mod obstacles;
pub mod overview;
pub mod profile;
pub mod record;
pub mod settings;
pub mod shares;
pub mod steps;

use std::path::Path;

use rusqlite::Connection;
use zeroize::Zeroizing;

pub use error::{Result, StoreError};

use crate::record::RecordError;

/// The migrations, in order: (version it brings the database to, SQL).
pub(crate) const MIGRATIONS: &[(u32, &str)] = &[
    (1, include_str!("../../migrations/0001_initial.sql")),
    (2, include_str!("../../migrations/0002_record.sql")),
    (3, include_str!("../../migrations/0003_record_part2.sql")),
    (4, include_str!("../../migrations/0004_share_log.sql")),
    (5, include_str!("../../migrations/0005_backup.sql")),
    (
        6,
        include_str!("../../migrations/0006_education_occupation.sql"),
    ),
];

/// The schema version this build writes.
pub fn schema_version() -> u32 {
    MIGRATIONS.last().map_or(0, |m| m.0)
}

pub(crate) fn sql(e: rusqlite::Error) -> StoreError {
    StoreError::from_sqlite(e)
}

/// A value read from the database that this build cannot understand: the
/// file was changed outside Etapp.
pub(crate) fn damaged() -> StoreError {
    StoreError::Damaged
}

/// Every row `query` returns for `params`, each as a tuple of its columns
/// (`Vec<(i64, String)>`).
pub(crate) fn select<T>(
    conn: &Connection,
    query: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<T>>
where
    T: for<'a> TryFrom<&'a rusqlite::Row<'a>, Error = rusqlite::Error>,
{
    let mut stmt = conn.prepare(query).map_err(sql)?;
    let found = stmt.query_map(params, |r| T::try_from(r)).map_err(sql)?;
    found.collect::<rusqlite::Result<_>>().map_err(sql)
}

/// A catalog code read from the database.
pub(crate) fn code_from_db<C: crate::catalog::Code>(s: &str) -> Result<C> {
    C::parse(s).ok_or_else(damaged)
}

/// A date read from the database.
pub(crate) fn date_from_db(s: Option<String>) -> Result<Option<jiff::civil::Date>> {
    s.map(|d| d.parse().map_err(|_| damaged())).transpose()
}

/// Id and title of the rows `query` (with one `?1`) returns.
pub(crate) fn item_refs(
    conn: &Connection,
    query: &str,
    id: i64,
) -> Result<Vec<crate::record::ItemRef>> {
    let mut stmt = conn.prepare(query).map_err(sql)?;
    let rows = stmt
        .query_map([id], |r| {
            Ok(crate::record::ItemRef {
                id: r.get(0)?,
                title: r.get(1)?,
            })
        })
        .map_err(sql)?;
    rows.collect::<rusqlite::Result<_>>().map_err(sql)
}

pub(crate) fn count(conn: &Connection, query: &str, id: i64) -> Result<u32> {
    conn.query_row(query, [id], |r| r.get(0)).map_err(sql)
}

/// The record's database, open.
pub struct Store {
    conn: Connection,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Store")
    }
}

/// Sets SQLCipher up, once per process, before any connection opens.
/// SQLite counts itself ready before SQLCipher's own set-up (its memory
/// and crypto provider, `SQLITE_EXTRA_INIT`) has run to the end, so a
/// thread opening a connection in that moment finds SQLite ready and
/// SQLCipher not, and its `PRAGMA key` fails ("An error occurred with
/// PRAGMA key"). The first connection is opened inside a `Once`, which
/// holds every other thread until that set-up is over.
fn sqlcipher_ready() {
    static READY: std::sync::Once = std::sync::Once::new();
    // A set-up that fails shows again as the error of the real open.
    READY.call_once(|| drop(Connection::open_in_memory()));
}

impl Store {
    /// Opens the database at `path` with the 32-byte `key` (given to
    /// SQLCipher as a raw key) and checks that the key fits. It does not
    /// migrate: see [`Store::migrate`].
    pub(crate) fn open(path: &Path, key: &[u8; 32]) -> Result<Store> {
        sqlcipher_ready();
        // A path that cannot be opened as a database file (a folder in its
        // place, say) is a database that does not open.
        let conn = Connection::open(path).map_err(|e| match sql(e) {
            StoreError::Database(e)
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::CannotOpen) =>
            {
                StoreError::DoesNotOpen
            }
            other => other,
        })?;
        // SQLCipher would log a failed page check to standard error; the
        // caller reports it as an error of its own.
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")
            .map_err(sql)?;
        let mut hex = Zeroizing::new([0u8; 64]);
        hex::encode_to_slice(key, hex.as_mut()).expect("64 hex digits for 32 bytes");
        let pragma = Zeroizing::new(format!(
            "PRAGMA key = \"x'{}'\";",
            std::str::from_utf8(hex.as_ref()).expect("hex is ASCII")
        ));
        conn.execute_batch(&pragma).map_err(sql)?;
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })
        .map_err(|e| match sql(e) {
            StoreError::Damaged => StoreError::DoesNotOpen,
            other => other,
        })?;
        conn.execute_batch(
            "PRAGMA temp_store = MEMORY;
             PRAGMA secure_delete = ON;
             PRAGMA foreign_keys = ON;",
        )
        .map_err(sql)?;
        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(sql)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Database(rusqlite::Error::InvalidQuery));
        }
        conn.execute_batch("PRAGMA synchronous = FULL;")
            .map_err(sql)?;
        Ok(Store { conn })
    }

    /// A store with no file behind it, to stand in while a vault swaps its
    /// database (a key rotation): every read of the record fails.
    pub(crate) fn placeholder() -> Result<Store> {
        sqlcipher_ready();
        Ok(Store {
            conn: Connection::open_in_memory().map_err(sql)?,
        })
    }

    /// How many rows this store has changed since it was opened: a cheap
    /// way to tell whether anything changed since an earlier count.
    pub fn changes(&self) -> u64 {
        self.conn.total_changes()
    }

    /// Moves every change in the write-ahead log into the database file,
    /// so the file alone holds the whole record.
    pub(crate) fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(sql)
    }

    /// Closes the database, reporting a failure to flush it.
    pub(crate) fn close(self) -> Result<()> {
        self.conn.close().map_err(|(_, e)| sql(e))
    }

    /// The database's schema version (0: not, or no longer, a vault's
    /// database).
    pub fn user_version(&self) -> Result<u32> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(sql)
    }

    /// Brings the database up to [`schema_version`]; refuses a newer one.
    pub(crate) fn migrate(&mut self) -> Result<()> {
        let current = self.user_version()?;
        if current > schema_version() {
            return Err(StoreError::NewerVersion);
        }
        for (version, sql_text) in MIGRATIONS.iter().filter(|m| m.0 > current) {
            let tx = self.conn.transaction().map_err(sql)?;
            tx.execute_batch(sql_text).map_err(sql)?;
            tx.pragma_update(None, "user_version", version)
                .map_err(sql)?;
            tx.commit().map_err(sql)?;
        }
        Ok(())
    }

    /// Writes a copy of the whole database to a new file at `path`,
    /// encrypted with `key`: the same key for a backup's snapshot, a new
    /// one for a rotation. SQLCipher's export reads in one transaction, so
    /// the copy is consistent; the schema version goes with it. The file
    /// is synced to disk before this returns.
    pub(crate) fn export_to(&self, path: &Path, key: &[u8; 32]) -> Result<()> {
        let mut hex = Zeroizing::new([0u8; 64]);
        hex::encode_to_slice(key, hex.as_mut()).expect("64 hex digits for 32 bytes");
        let raw = Zeroizing::new(format!(
            "x'{}'",
            std::str::from_utf8(hex.as_ref()).expect("hex is ASCII")
        ));
        let name = path
            .to_str()
            .ok_or_else(|| StoreError::Database(rusqlite::Error::InvalidPath(path.to_owned())))?;
        self.conn
            .execute(
                "ATTACH DATABASE ?1 AS copy KEY ?2",
                rusqlite::params![name, raw.as_str()],
            )
            .map_err(sql)?;
        let exported = (|| {
            // The copy is a new file that is synced whole below and used
            // only after that: no journal and no sync per statement (the
            // export writes table by table), which made it slow.
            self.conn
                .execute_batch("PRAGMA copy.journal_mode = OFF; PRAGMA copy.synchronous = OFF;")
                .map_err(sql)?;
            self.conn
                .query_row("SELECT sqlcipher_export('copy')", [], |_| Ok(()))
                .map_err(sql)?;
            let version = self.user_version()?;
            self.conn
                .execute_batch(&format!("PRAGMA copy.user_version = {version};"))
                .map_err(sql)
        })();
        let detached = self.conn.execute("DETACH DATABASE copy", []).map_err(sql);
        exported?;
        detached?;
        std::fs::File::open(path)
            .and_then(|f| f.sync_all())
            .map_err(StoreError::from_io)
    }

    /// Reads every page of the database and checks it: SQLCipher's
    /// check of each page's authentication code, SQLite's check of the
    /// file's structure, and the references between rows. Anything
    /// wrong is [`StoreError::Damaged`]. Some damage goes unnoticed until
    /// the damaged page is read; this finds it before that.
    pub fn check(&self) -> Result<()> {
        let rows = |pragma: &str| -> Result<Vec<String>> {
            let mut stmt = self.conn.prepare(pragma).map_err(sql)?;
            let found = stmt.query_map([], |r| r.get::<_, String>(0)).map_err(sql)?;
            found.collect::<rusqlite::Result<_>>().map_err(sql)
        };
        let damaged = |r: Result<Vec<String>>| match r {
            Err(StoreError::DiskFull) => Err(StoreError::DiskFull),
            Err(_) => Err(StoreError::Damaged),
            Ok(v) => Ok(v),
        };
        if !damaged(rows("PRAGMA cipher_integrity_check"))?.is_empty() {
            return Err(StoreError::Damaged);
        }
        if damaged(rows("PRAGMA integrity_check"))? != ["ok"] {
            return Err(StoreError::Damaged);
        }
        let broken_links = self
            .conn
            .prepare("PRAGMA foreign_key_check")
            .and_then(|mut stmt| stmt.query([]).and_then(|mut r| Ok(r.next()?.is_some())))
            .map_err(|_| StoreError::Damaged)?;
        if broken_links {
            return Err(StoreError::Damaged);
        }
        Ok(())
    }

    /// Deletes row `id` of `table`, whose rows are the items called
    /// `table` in errors (`step`, `note`); what depends on it goes by the
    /// schema's cascades.
    fn delete_row(&self, table: &'static str, id: i64) -> Result<()> {
        let changed = self
            .conn
            .execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])
            .map_err(sql)?;
        if changed == 0 {
            return Err(RecordError::NotFound { what: table, id }.into());
        }
        Ok(())
    }

    /// Runs `f` in one transaction: all of it is kept, or none.
    fn in_transaction<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = self.conn.unchecked_transaction().map_err(sql)?;
        let value = f(&tx)?;
        tx.commit().map_err(sql)?;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Profile;

    const KEY: [u8; 32] = [7; 32];
    const OTHER_KEY: [u8; 32] = [8; 32];

    fn new_store(path: &Path) -> Store {
        let mut store = Store::open(path, &KEY).unwrap();
        store.migrate().unwrap();
        store
    }

    /// Stores opened at the same moment by several threads of a process
    /// that has opened none before all open. SQLite marks itself ready
    /// before SQLCipher has set itself up, so without [`Store::open`]'s
    /// one-time start a thread could key a database while another was
    /// still setting SQLCipher up, and fail. The start happens once per
    /// process: each try runs in a new process (this test binary again).
    /// Then, at the same moment again, half the threads key a copy
    /// (`ATTACH … KEY`, as a backup does) while the others open new stores.
    #[test]
    fn stores_opened_at_once_in_a_new_process_all_open() {
        const CHILD: &str = "ETAPP_TEST_FIRST_OPEN_DIR";
        const THREADS: usize = 8;
        if let Some(dir) = std::env::var_os(CHILD) {
            let dir = std::path::PathBuf::from(dir);
            let start = std::sync::Arc::new(std::sync::Barrier::new(THREADS));
            let threads: Vec<_> = (0..THREADS)
                .map(|i| {
                    let (start, dir) = (start.clone(), dir.clone());
                    std::thread::spawn(move || {
                        start.wait();
                        let store = Store::open(&dir.join(format!("{i}.db")), &KEY)?;
                        start.wait();
                        if i % 2 == 0 {
                            store.export_to(&dir.join(format!("{i}.copy.db")), &OTHER_KEY)
                        } else {
                            Store::open(&dir.join(format!("{i}.more.db")), &KEY).map(|_| ())
                        }
                    })
                })
                .collect();
            for t in threads {
                t.join().unwrap().unwrap();
            }
            return;
        }
        let exe = std::env::current_exe().unwrap();
        for _ in 0..100 {
            let tmp = tempfile::tempdir().unwrap();
            let out = std::process::Command::new(&exe)
                .args([
                    "--exact",
                    "store::tests::stores_opened_at_once_in_a_new_process_all_open",
                    "--test-threads=1",
                ])
                .env(CHILD, tmp.path())
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
    }

    #[test]
    fn every_migration_file_is_embedded_in_order() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".sql"))
            .collect();
        files.sort();
        assert_eq!(files.len(), MIGRATIONS.len(), "{files:?}");
        for (i, (name, (version, _))) in files.iter().zip(MIGRATIONS).enumerate() {
            let n: u32 = name[..4].parse().unwrap();
            assert_eq!(n, *version, "{name}");
            assert_eq!(n as usize, i + 1, "{name}: versions are 1, 2, 3, …");
        }
    }

    #[test]
    fn sqlcipher_is_linked_and_a_wrong_key_is_caught_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let store = new_store(&path);
        let cipher: String = store
            .conn
            .query_row("PRAGMA cipher_version", [], |r| r.get(0))
            .unwrap();
        assert!(!cipher.is_empty());
        assert_eq!(store.user_version().unwrap(), schema_version());
        drop(store);
        assert!(matches!(
            Store::open(&path, &OTHER_KEY),
            Err(StoreError::DoesNotOpen)
        ));
        assert!(Store::open(&path, &KEY).is_ok());
    }

    #[test]
    fn a_newer_schema_is_refused_and_left_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let store = new_store(&path);
        store
            .conn
            .pragma_update(None, "user_version", schema_version() + 1)
            .unwrap();
        let before = Profile {
            name: "Before".into(),
            ..Profile::default()
        };
        store
            .set_profile(&before, jiff::civil::date(2025, 1, 1))
            .unwrap();
        drop(store);
        let mut store = Store::open(&path, &KEY).unwrap();
        assert!(matches!(store.migrate(), Err(StoreError::NewerVersion)));
        assert_eq!(store.user_version().unwrap(), schema_version() + 1);
        assert_eq!(store.profile().unwrap().name, "Before");
    }

    #[test]
    fn migrations_are_idempotent_by_version() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = new_store(&dir.path().join("t.db"));
        store.migrate().unwrap();
        assert_eq!(store.auto_lock_minutes().unwrap(), 5);
        assert_eq!(store.profile().unwrap(), Profile::default());
    }

    #[test]
    fn a_damaged_page_anywhere_is_found_and_reported_as_damage() {
        let dir = tempfile::tempdir().unwrap();
        let whole = dir.path().join("whole.db");
        let store = new_store(&whole);
        store.fill_demo(jiff::civil::date(2026, 11, 23)).unwrap();
        store.check().unwrap();
        store.close().unwrap();
        let bytes = std::fs::read(&whole).unwrap();
        assert!(!dir.path().join("whole.db-wal").exists());
        const PAGE: usize = 4096;
        assert_eq!(bytes.len() % PAGE, 0);
        let pages = bytes.len() / PAGE;
        assert!(pages > 10, "{pages} pages");
        for page in 0..pages {
            let mut damaged = bytes.clone();
            damaged[page * PAGE + PAGE / 2] ^= 0x40;
            let path = dir.path().join(format!("page-{page}.db"));
            std::fs::write(&path, &damaged).unwrap();
            // Opening may already notice; whatever notices says "damaged"
            // (or, for the first page, "does not open"): status 13, never
            // "something went wrong".
            let outcome = Store::open(&path, &KEY).and_then(|s| {
                let read = s.export_record().map(drop);
                let checked = s.check();
                assert!(checked.is_err(), "page {page}: check missed the damage");
                read.and(checked)
            });
            let e = outcome.unwrap_err();
            assert_eq!(e.exit_status(), 13, "page {page}: {e:?}");
        }
    }

    #[test]
    fn a_full_disk_is_reported_and_loses_nothing_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let store = new_store(&path);
        let saved = Profile {
            name: "Saved before the disk filled".into(),
            ..Profile::default()
        };
        store
            .set_profile(&saved, jiff::civil::date(2025, 1, 1))
            .unwrap();

        // Let the database grow by a few pages only, then try to store more
        // than fits, the way a growing record would on a full disk.
        let pages: u32 = store
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .unwrap();
        store
            .conn
            .query_row(
                &format!("PRAGMA max_page_count = {}", pages + 4),
                [],
                |_| Ok(()),
            )
            .unwrap();
        let big = vec![7u8; 64 * 1024];
        let filled = store
            .conn
            .execute_batch("CREATE TABLE filler (b BLOB)")
            .and_then(|()| store.conn.execute("INSERT INTO filler VALUES (?1)", [&big]))
            .map_err(sql);
        assert!(matches!(filled, Err(StoreError::DiskFull)), "{filled:?}");
        assert_eq!(
            StoreError::DiskFull.user_error().code,
            "vault-error-disk-full"
        );
        assert_eq!(store.profile().unwrap(), saved);
        drop(store);

        let store = Store::open(&path, &KEY).unwrap();
        assert_eq!(store.profile().unwrap(), saved);
        let ok: String = store
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
    }
}
