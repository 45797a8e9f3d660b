//! The encrypted database: SQLCipher with a raw key, and its migrations.
//!
//! SQLCipher encrypts every page of the SQLite file (and of its
//! write-ahead log) with AES-256; we give it the master key as a raw key,
//! so it runs no key derivation of its own (ours is in the key file).
//! SQLCipher does not check a key when it is set, only at the first read,
//! so `open` reads the schema at once and reports a key that does not fit
//! as [`VaultError::DatabaseDoesNotOpen`].
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

use std::path::Path;

use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};

use super::error::{Result, VaultError};
use super::profile::Profile;
use super::secret::{MasterKey, SigningSecret};

/// The database's name in the vault folder.
pub const FILE_NAME: &str = "vault.db";
/// The name a new database has until its key file is written (see
/// [`super::Vault::create`]).
pub(crate) const PARTIAL_FILE_NAME: &str = "vault.db.partial";

/// The migrations, in order: (version it brings the database to, SQL).
pub(crate) const MIGRATIONS: &[(u32, &str)] = &[
    (1, include_str!("../../migrations/0001_initial.sql")),
    (2, include_str!("../../migrations/0002_record.sql")),
    (3, include_str!("../../migrations/0003_record_part2.sql")),
];

/// The schema version this build writes.
pub fn schema_version() -> u32 {
    MIGRATIONS.last().map_or(0, |m| m.0)
}

fn sql(e: rusqlite::Error) -> VaultError {
    VaultError::from_sqlite(e)
}

/// Opens the database at `path` with `key` and checks that the key fits.
pub(crate) fn open(path: &Path, key: &MasterKey) -> Result<Connection> {
    let conn = Connection::open(path).map_err(sql)?;
    // SQLCipher would log a failed page check to standard error; the
    // caller reports it as an error of its own.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")
        .map_err(sql)?;
    {
        // SQLCipher sets up its crypto provider when a key is first used;
        // two threads doing that at once can make `PRAGMA key` fail
        // ("An error occurred with PRAGMA key"). Keying is rare and quick,
        // so one at a time in this process.
        static KEYING: std::sync::Mutex<()> = std::sync::Mutex::new(());
        let _one = KEYING.lock().unwrap_or_else(|p| p.into_inner());
        conn.execute_batch(&key.sqlcipher_pragma()).map_err(sql)?;
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })
        .map_err(sql)?;
    }
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
        return Err(VaultError::Database(rusqlite::Error::InvalidQuery));
    }
    conn.execute_batch("PRAGMA synchronous = FULL;")
        .map_err(sql)?;
    Ok(conn)
}

/// The database's schema version.
pub(crate) fn user_version(conn: &Connection) -> Result<u32> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(sql)
}

/// Brings the database up to [`schema_version`]; refuses a newer one.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let current = user_version(conn)?;
    if current > schema_version() {
        return Err(VaultError::NewerVersion);
    }
    for (version, sql_text) in MIGRATIONS.iter().filter(|m| m.0 > current) {
        let tx = conn.transaction().map_err(sql)?;
        tx.execute_batch(sql_text).map_err(sql)?;
        tx.pragma_update(None, "user_version", version)
            .map_err(sql)?;
        tx.commit().map_err(sql)?;
    }
    Ok(())
}

/// Stores the signing key of a new vault.
pub(crate) fn insert_signing_key(
    conn: &Connection,
    key: &SigningSecret,
    created: Timestamp,
) -> Result<()> {
    conn.execute(
        "INSERT INTO signing_key (id, secret, public, created) VALUES (1, ?1, ?2, ?3)",
        params![
            &key.expose_secret()[..],
            &key.verifying_key().as_bytes()[..],
            created.to_string()
        ],
    )
    .map_err(sql)?;
    Ok(())
}

/// The signing key; a vault without one is damaged.
pub(crate) fn signing_key(conn: &Connection) -> Result<SigningSecret> {
    conn.query_row("SELECT secret FROM signing_key WHERE id = 1", [], |r| {
        let blob = r.get_ref(0)?.as_blob()?;
        let seed: &[u8; 32] = blob.try_into().map_err(|_| rusqlite::Error::InvalidQuery)?;
        Ok(SigningSecret::from_seed(seed))
    })
    .optional()
    .map_err(sql)?
    .ok_or(VaultError::DatabaseDoesNotOpen)
}

pub(crate) fn profile(conn: &Connection) -> Result<Profile> {
    type Row = (
        String,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
        String,
        Option<String>,
        String,
        u32,
        String,
        bool,
        Option<String>,
    );
    let row: Row = conn
        .query_row(
            "SELECT name, arrived, residence_permit_name, personal_identity_number,
             migration_agency_case_number, languages, residence_permit_date, municipality,
             household_adults, household_children, establishment_programme,
             establishment_programme_since FROM profile WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                    r.get(10)?,
                    r.get(11)?,
                ))
            },
        )
        .map_err(sql)?;
    let date = |d: Option<String>| {
        d.map(|d| d.parse::<Date>())
            .transpose()
            .map_err(|_| VaultError::DatabaseDoesNotOpen)
    };
    let json_err = |_| VaultError::DatabaseDoesNotOpen;
    Ok(Profile {
        name: row.0,
        arrived: date(row.1)?,
        residence_permit_name: row.2,
        personal_identity_number: row.3,
        migration_agency_case_number: row.4,
        languages: serde_json::from_str(&row.5).map_err(json_err)?,
        residence_permit_date: date(row.6)?,
        municipality: row.7,
        household: super::profile::Household {
            adults: row.8,
            children: serde_json::from_str(&row.9).map_err(json_err)?,
        },
        establishment_programme: super::profile::EstablishmentProgramme {
            participating: row.10,
            since: date(row.11)?,
        },
    })
}

pub(crate) fn set_profile(conn: &Connection, p: &Profile) -> Result<()> {
    let day = |d: Option<Date>| d.map(|d| d.to_string());
    conn.execute(
        "UPDATE profile SET name = ?1, arrived = ?2, residence_permit_name = ?3,
         personal_identity_number = ?4, migration_agency_case_number = ?5, languages = ?6,
         residence_permit_date = ?7, municipality = ?8, household_adults = ?9,
         household_children = ?10, establishment_programme = ?11,
         establishment_programme_since = ?12 WHERE id = 1",
        params![
            p.name,
            day(p.arrived),
            p.residence_permit_name,
            p.personal_identity_number,
            p.migration_agency_case_number,
            serde_json::to_string(&p.languages).expect("languages serialize"),
            day(p.residence_permit_date),
            p.municipality,
            p.household.adults,
            serde_json::to_string(&p.household.children).expect("children serialize"),
            p.establishment_programme.participating,
            day(p.establishment_programme.since)
        ],
    )
    .map_err(sql)?;
    Ok(())
}

pub(crate) fn auto_lock_minutes(conn: &Connection) -> Result<u32> {
    conn.query_row(
        "SELECT auto_lock_minutes FROM settings WHERE id = 1",
        [],
        |r| r.get(0),
    )
    .map_err(sql)
}

pub(crate) fn set_auto_lock_minutes(conn: &Connection, minutes: u32) -> Result<()> {
    conn.execute(
        "UPDATE settings SET auto_lock_minutes = ?1 WHERE id = 1",
        [minutes],
    )
    .map_err(sql)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let key = MasterKey::generate().unwrap();
        let mut conn = open(&path, &key).unwrap();
        let cipher: String = conn
            .query_row("PRAGMA cipher_version", [], |r| r.get(0))
            .unwrap();
        assert!(!cipher.is_empty());
        migrate(&mut conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), schema_version());
        drop(conn);
        let other = MasterKey::generate().unwrap();
        assert!(matches!(
            open(&path, &other),
            Err(VaultError::DatabaseDoesNotOpen)
        ));
        assert!(open(&path, &key).is_ok());
    }

    #[test]
    fn a_newer_schema_is_refused_and_left_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let key = MasterKey::generate().unwrap();
        let mut conn = open(&path, &key).unwrap();
        migrate(&mut conn).unwrap();
        conn.pragma_update(None, "user_version", schema_version() + 1)
            .unwrap();
        set_profile(
            &conn,
            &Profile {
                name: "Before".into(),
                ..Profile::default()
            },
        )
        .unwrap();
        drop(conn);
        let mut conn = open(&path, &key).unwrap();
        assert!(matches!(migrate(&mut conn), Err(VaultError::NewerVersion)));
        assert_eq!(user_version(&conn).unwrap(), schema_version() + 1);
        assert_eq!(profile(&conn).unwrap().name, "Before");
    }

    #[test]
    fn migrations_are_idempotent_by_version() {
        let dir = tempfile::tempdir().unwrap();
        let key = MasterKey::generate().unwrap();
        let mut conn = open(&dir.path().join("t.db"), &key).unwrap();
        migrate(&mut conn).unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(auto_lock_minutes(&conn).unwrap(), 5);
        assert_eq!(profile(&conn).unwrap(), Profile::default());
    }
}
