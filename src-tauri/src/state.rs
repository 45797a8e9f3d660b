//! What the commands share: the vault folder, the open vault (if any), and
//! the auto-lock clock.
//!
//! The vault is behind a mutex so one command at a time reads or writes it.
//! Auto-lock has two guards: the UI locks after the chosen idle time, and a
//! watchdog thread here closes the vault if no command has touched it for
//! that long — so a hung or hidden window still locks. Idle time is taken
//! from both the monotonic and the wall clock: the monotonic one does not
//! run while the computer sleeps, and a laptop closed for the night must
//! come back locked.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use etapp_core::bundle::Opened;
use etapp_core::seen::Sighting;
use etapp_core::store::Store;
use etapp_core::user_error::UserError;
use etapp_core::vault::Vault;

struct Open {
    vault: Vault,
    /// The store's change count at the last automatic backup.
    changes_at_backup: Option<u64>,
    /// The throw-away example vault: removed when closed.
    example: bool,
    last_used: LastUsed,
    auto_lock: Duration,
}

/// When the vault was last used, on both clocks.
#[derive(Clone, Copy)]
struct LastUsed {
    mono: Instant,
    wall: SystemTime,
}

impl LastUsed {
    fn now() -> Self {
        LastUsed {
            mono: Instant::now(),
            wall: SystemTime::now(),
        }
    }

    /// The longer of the two idle times (a wall clock set backwards counts
    /// as no time).
    fn idle(&self) -> Duration {
        let wall = SystemTime::now()
            .duration_since(self.wall)
            .unwrap_or_default();
        self.mono.elapsed().max(wall)
    }
}

/// The reader's state: the bundle file chosen, and the bundle opened from
/// it (with whether its signer was seen before), until the reader closes.
/// It needs no vault.
#[derive(Default)]
pub struct Reader {
    /// The file chosen in the open dialog.
    pub chosen: Option<PathBuf>,
    /// The bundle opened from it.
    pub opened: Option<(Opened, Sighting)>,
    /// The agency's key file chosen to open it with, instead of a code.
    pub key_file: Option<PathBuf>,
    /// An earlier share of the same person, chosen to compare with.
    pub earlier: Option<PathBuf>,
}

/// The report's state: the folder of shares and the agency's key file
/// chosen, and the finished report (codes and numbers only), until the
/// report screen closes. It needs no vault.
#[derive(Default)]
pub struct Report {
    /// The folder of shares.
    pub folder: Option<PathBuf>,
    /// The agency's key file.
    pub key_file: Option<PathBuf>,
    /// The last report made, to save as CSV.
    pub summary: Option<etapp_core::bundle::report::Summary>,
}

/// How far a report has come: files read, and files in all.
#[derive(Default)]
pub struct Progress {
    /// Files read so far.
    pub done: std::sync::atomic::AtomicU32,
    /// Files in all.
    pub total: std::sync::atomic::AtomicU32,
}

/// The shell's state, managed by Tauri.
pub struct AppState {
    /// The vault folder (`--vault`, `ETAPP_VAULT`, or the platform default).
    pub vault_dir: PathBuf,
    open: Mutex<Option<Open>>,
    reader: Mutex<Reader>,
    report: Mutex<Report>,
    /// How far the running report has come; read while it runs.
    pub report_progress: Progress,
    chosen_backup: Mutex<Option<PathBuf>>,
}

impl AppState {
    /// No vault open yet.
    pub fn new(vault_dir: PathBuf) -> Self {
        AppState {
            vault_dir,
            open: Mutex::new(None),
            reader: Mutex::new(Reader::default()),
            report: Mutex::new(Report::default()),
            report_progress: Progress::default(),
            chosen_backup: Mutex::new(None),
        }
    }

    fn slot(&self) -> std::sync::MutexGuard<'_, Option<Open>> {
        // A panic while holding the lock leaves nothing half-written in the
        // vault (SQLite transactions), so the state is still usable.
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The reader's state.
    pub fn reader(&self) -> std::sync::MutexGuard<'_, Reader> {
        self.reader.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The report's state.
    pub fn report(&self) -> std::sync::MutexGuard<'_, Report> {
        self.report.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The backup file chosen for the drill or a restore.
    pub fn chosen_backup(&self) -> std::sync::MutexGuard<'_, Option<PathBuf>> {
        self.chosen_backup.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether a vault is open.
    pub fn is_unlocked(&self) -> bool {
        self.slot().is_some()
    }

    /// Keeps `v` as the open vault.
    pub fn open(&self, v: Vault) {
        self.keep(v, false);
    }

    /// Keeps the example vault `v` open; closing it removes it.
    pub fn open_example(&self, v: Vault) {
        self.keep(v, true);
    }

    /// Whether the open vault is the example.
    pub fn is_example(&self) -> bool {
        self.slot().as_ref().is_some_and(|o| o.example)
    }

    fn keep(&self, v: Vault, example: bool) {
        let minutes = v.auto_lock_minutes().unwrap_or(5);
        *self.slot() = Some(Open {
            vault: v,
            changes_at_backup: None,
            example,
            last_used: LastUsed::now(),
            auto_lock: Duration::from_secs(u64::from(minutes) * 60),
        });
    }

    /// Closes the vault: the database closes, the key is zeroized and the
    /// lock file is released. The example vault is also removed.
    pub fn close(&self) {
        let closed = self.slot().take();
        self.discard(closed);
    }

    /// Drops a closed vault (outside the mutex) and removes it if it was
    /// the example.
    fn discard(&self, closed: Option<Open>) {
        let example = closed.as_ref().is_some_and(|o| o.example);
        drop(closed);
        if example {
            let _ = etapp_core::vault::example::discard_example(&self.vault_dir);
        }
    }

    /// Restarts the idle clock.
    pub fn touch(&self) {
        if let Some(o) = self.slot().as_mut() {
            o.last_used = LastUsed::now();
        }
    }

    /// Changes the idle time after which the vault closes.
    pub fn set_auto_lock(&self, minutes: u32) {
        if let Some(o) = self.slot().as_mut() {
            o.auto_lock = Duration::from_secs(u64::from(minutes) * 60);
        }
    }

    /// Runs `f` on the open vault; "locked" if there is none.
    pub fn with_vault<T, E: Into<etapp_core::Error>>(
        &self,
        f: impl FnOnce(&Vault) -> Result<T, E>,
    ) -> Result<T, UserError> {
        let mut slot = self.slot();
        let o = slot
            .as_mut()
            .ok_or_else(|| UserError::new("error-locked"))?;
        o.last_used = LastUsed::now();
        f(&o.vault).map_err(|e| e.into().user_error())
    }

    /// Runs `f` on the open vault, which it may change (a key rotation);
    /// "locked" if there is none.
    pub fn with_vault_mut<T, E: Into<etapp_core::Error>>(
        &self,
        f: impl FnOnce(&mut Vault) -> Result<T, E>,
    ) -> Result<T, UserError> {
        let mut slot = self.slot();
        let o = slot
            .as_mut()
            .ok_or_else(|| UserError::new("error-locked"))?;
        o.last_used = LastUsed::now();
        f(&mut o.vault).map_err(|e| e.into().user_error())
    }

    /// Runs an automatic backup on the open vault, if any, without counting
    /// as use (so it never keeps the vault from locking). `f` learns
    /// whether the record changed since the last automatic backup, and
    /// returns where it wrote one, if it did.
    pub fn with_vault_quietly<E>(
        &self,
        f: impl FnOnce(&Vault, bool) -> Result<Option<PathBuf>, E>,
    ) -> Result<(), E> {
        let mut slot = self.slot();
        let Some(o) = slot.as_mut() else {
            return Ok(());
        };
        if o.example {
            return Ok(());
        }
        let now = o.vault.store().changes();
        let changed = o.changes_at_backup.is_none_or(|at| now > at);
        if f(&o.vault, changed)?.is_some() || o.changes_at_backup.is_none() {
            o.changes_at_backup = Some(now);
        }
        Ok(())
    }

    /// Runs `f` on the open vault's record store; "locked" if there is
    /// none.
    pub fn with_store<T, E: Into<etapp_core::Error>>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, E>,
    ) -> Result<T, UserError> {
        self.with_vault(|v| f(v.store()))
    }

    /// Closes the vault if it has been idle too long; called by the
    /// watchdog. Returns whether it closed.
    pub fn lock_if_idle(&self) -> bool {
        let closed = {
            let mut slot = self.slot();
            let idle = slot
                .as_ref()
                .is_some_and(|o| o.last_used.idle() >= o.auto_lock);
            if idle {
                slot.take()
            } else {
                None
            }
        };
        let idle = closed.is_some();
        self.discard(closed);
        if idle {
            self.forget_opened_files();
        }
        idle
    }

    /// Locks: closes the vault and forgets what was opened beside it, the
    /// bundle in the reader (another person's record) and the chosen
    /// backup, so nothing readable is left behind a locked screen.
    pub fn lock(&self) {
        self.close();
        self.forget_opened_files();
    }

    fn forget_opened_files(&self) {
        *self.reader() = Reader::default();
        *self.report() = Report::default();
        *self.chosen_backup() = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use etapp_core::vault::Passphrase;

    #[test]
    fn an_idle_vault_closes_and_commands_then_say_locked() {
        let dir = tempfile::tempdir().unwrap();
        let pass = Passphrase::new("a long enough passphrase".into());
        let (v, _code) = Vault::create(dir.path(), &pass).unwrap();
        let state = AppState::new(dir.path().to_path_buf());
        state.open(v);
        assert!(state.is_unlocked());
        assert!(!state.lock_if_idle(), "just opened: not idle");
        assert!(state.with_store(|s| s.profile()).is_ok());

        // Pretend the computer slept past the auto-lock time: only the wall
        // clock moved.
        if let Some(o) = state.slot().as_mut() {
            o.last_used.wall = SystemTime::now() - o.auto_lock - Duration::from_secs(1);
        }
        assert!(state.lock_if_idle());
        assert!(!state.is_unlocked());
        let err = state.with_store(|s| s.profile()).unwrap_err();
        assert_eq!(err.code, "error-locked");
        // The lock file is released: the vault opens again.
        assert!(Vault::unlock(dir.path(), &pass).is_ok());
    }

    #[test]
    fn locking_forgets_the_readers_bundle_and_the_chosen_backup() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::new(dir.path().to_path_buf());
        state.reader().chosen = Some(dir.path().join("goals.etapp"));
        *state.chosen_backup() = Some(dir.path().join("b.etappbackup"));
        state.lock();
        assert!(state.reader().chosen.is_none());
        assert!(state.reader().opened.is_none());
        assert!(state.chosen_backup().is_none());
    }
}
