//! The vault's own rows: its settings and its signing key. They sit in the
//! encrypted database beside the record, so they are as safe as the
//! record, and travel with it in a backup.

use jiff::Timestamp;
use rusqlite::{params, OptionalExtension};
use zeroize::Zeroizing;

use super::{sql, Result, Store, StoreError};

impl Store {
    /// Minutes without use before the app locks itself.
    pub fn auto_lock_minutes(&self) -> Result<u32> {
        self.conn
            .query_row(
                "SELECT auto_lock_minutes FROM settings WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .map_err(sql)
    }

    /// Saves the auto-lock minutes (the vault checks the range).
    pub(crate) fn set_auto_lock_minutes(&self, minutes: u32) -> Result<()> {
        self.conn
            .execute(
                "UPDATE settings SET auto_lock_minutes = ?1 WHERE id = 1",
                [minutes],
            )
            .map_err(sql)?;
        Ok(())
    }

    /// Stores the signing key of a new vault: its 32-byte seed and public
    /// key.
    pub(crate) fn insert_signing_key(
        &self,
        seed: &[u8; 32],
        public: &[u8; 32],
        created: Timestamp,
    ) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO signing_key (id, secret, public, created) VALUES (1, ?1, ?2, ?3)",
                params![&seed[..], &public[..], created.to_string()],
            )
            .map_err(sql)?;
        Ok(())
    }

    /// The signing key's seed; a vault without one is damaged.
    pub(crate) fn signing_seed(&self) -> Result<Zeroizing<[u8; 32]>> {
        self.conn
            .query_row("SELECT secret FROM signing_key WHERE id = 1", [], |r| {
                let blob = r.get_ref(0)?.as_blob()?;
                let mut seed = Zeroizing::new([0u8; 32]);
                if blob.len() != 32 {
                    return Err(rusqlite::Error::InvalidQuery);
                }
                seed.copy_from_slice(blob);
                Ok(seed)
            })
            .optional()
            .map_err(|_| StoreError::Damaged)?
            .ok_or(StoreError::Damaged)
    }
}
