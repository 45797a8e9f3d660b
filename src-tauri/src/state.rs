//! What the commands share: the vault folder, the open vault (if any), and
//! the auto-lock clock.
//!
//! The vault is behind a mutex so one command at a time reads or writes it.
//! Auto-lock has two guards: the UI locks after the chosen idle time, and a
//! watchdog thread here closes the vault if no command has touched it for
//! that long — so a hung or hidden window still locks.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use etapp_core::types::UserError;
use etapp_core::vault::{self, Vault};

struct Open {
    vault: Vault,
    last_used: Instant,
    auto_lock: Duration,
}

/// The shell's state, managed by Tauri.
pub struct AppState {
    /// The vault folder (`--vault`, `ETAPP_VAULT`, or the platform default).
    pub vault_dir: PathBuf,
    open: Mutex<Option<Open>>,
}

impl AppState {
    /// No vault open yet.
    pub fn new(vault_dir: PathBuf) -> Self {
        AppState {
            vault_dir,
            open: Mutex::new(None),
        }
    }

    fn slot(&self) -> std::sync::MutexGuard<'_, Option<Open>> {
        // A panic while holding the lock leaves nothing half-written in the
        // vault (SQLite transactions), so the state is still usable.
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether a vault is open.
    pub fn is_unlocked(&self) -> bool {
        self.slot().is_some()
    }

    /// Keeps `v` as the open vault.
    pub fn open(&self, v: Vault) {
        let minutes = v.auto_lock_minutes().unwrap_or(5);
        *self.slot() = Some(Open {
            vault: v,
            last_used: Instant::now(),
            auto_lock: Duration::from_secs(u64::from(minutes) * 60),
        });
    }

    /// Closes the vault: the database closes, the key is zeroized and the
    /// lock file is released.
    pub fn close(&self) {
        self.slot().take();
    }

    /// Restarts the idle clock.
    pub fn touch(&self) {
        if let Some(o) = self.slot().as_mut() {
            o.last_used = Instant::now();
        }
    }

    /// Changes the idle time after which the vault closes.
    pub fn set_auto_lock(&self, minutes: u32) {
        if let Some(o) = self.slot().as_mut() {
            o.auto_lock = Duration::from_secs(u64::from(minutes) * 60);
        }
    }

    /// Runs `f` on the open vault; "locked" if there is none.
    pub fn with_vault<T>(
        &self,
        f: impl FnOnce(&Vault) -> vault::Result<T>,
    ) -> Result<T, UserError> {
        let mut slot = self.slot();
        let o = slot
            .as_mut()
            .ok_or_else(|| UserError::new("error-locked"))?;
        o.last_used = Instant::now();
        f(&o.vault).map_err(|e| e.user_error())
    }

    /// Closes the vault if it has been idle too long; called by the
    /// watchdog. Returns whether it closed.
    pub fn lock_if_idle(&self) -> bool {
        let mut slot = self.slot();
        let idle = slot
            .as_ref()
            .is_some_and(|o| o.last_used.elapsed() >= o.auto_lock);
        if idle {
            slot.take();
        }
        idle
    }
}
