//! When a window has painted, seen from outside the app.
//!
//! Neither the baseline nor Etapp reports its own first paint, and a hook
//! inside one would not exist in the other; so both are watched the same
//! way, as a person would see them: the whole X screen is captured (with
//! `xwd -root`, about 35 ms per capture here) again and again from the
//! moment the process is started. Two instants are kept:
//!
//! - **first pixels**: the first capture that differs from the empty
//!   screen — usually GTK mapping the still-blank window;
//! - **painted**: the first capture showing the final picture, i.e. after
//!   which the screen no longer changed while it was watched (at least
//!   until the memory sample at 4 s, and for a quiet period after the last
//!   change). This is "cold start to first paint".
//!
//! The times are taken when a capture returns, so they are late by up to one
//! capture; both apps are measured the same way, so the ratio holds.

use std::process::{Command, Stdio};
use std::time::Duration;

/// The whole screen, as `xwd` writes it. Compared byte for byte.
pub type Frame = Vec<u8>;

/// Captures the whole screen of `$DISPLAY`.
///
/// `xwd -root` lists the windows on the screen and then asks about each;
/// a window that closes in between (a start's window ending, or GTK's
/// short-lived helper windows) makes that capture fail with `BadWindow`.
/// Such a capture is simply taken again.
pub fn capture() -> std::io::Result<Frame> {
    let mut last_error = String::new();
    for _ in 0..5 {
        let out = Command::new("xwd")
            .args(["-root", "-silent"])
            .stdin(Stdio::null())
            .output()?;
        if out.status.success() && !out.stdout.is_empty() {
            return Ok(out.stdout);
        }
        last_error = String::from_utf8_lossy(&out.stderr).trim().to_owned();
    }
    Err(std::io::Error::other(format!(
        "xwd could not capture the screen (is DISPLAY set? is x11-apps installed?): {last_error}"
    )))
}

/// Follows the captures of one start.
pub struct Watch {
    last: Frame,
    first_change: Option<Duration>,
    last_change: Option<Duration>,
}

impl Watch {
    /// Starts from the empty screen.
    pub fn new(empty: Frame) -> Watch {
        Watch {
            last: empty,
            first_change: None,
            last_change: None,
        }
    }

    /// Takes a capture made `at` after the start.
    pub fn observe(&mut self, at: Duration, frame: Frame) {
        if frame != self.last {
            self.first_change.get_or_insert(at);
            self.last_change = Some(at);
            self.last = frame;
        }
    }

    /// When the screen first changed, if it has.
    pub fn first_pixels(&self) -> Option<Duration> {
        self.first_change
    }

    /// When the current picture appeared (the last change), if any.
    pub fn painted(&self) -> Option<Duration> {
        self.last_change
    }

    /// Whether the screen has changed and then stayed the same from the
    /// last change until `now`, for at least `quiet`.
    pub fn settled(&self, now: Duration, quiet: Duration) -> bool {
        self.last_change
            .is_some_and(|t| now.saturating_sub(t) >= quiet)
    }

    /// The picture seen last.
    pub fn last_frame(&self) -> &Frame {
        &self.last
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn first_pixels_and_painted() {
        let mut w = Watch::new(vec![0]);
        w.observe(ms(40), vec![0]);
        assert_eq!((w.first_pixels(), w.painted()), (None, None));
        assert!(!w.settled(ms(5000), ms(1000)));
        w.observe(ms(80), vec![1]); // the blank window
        w.observe(ms(120), vec![2]); // the page
        w.observe(ms(160), vec![2]);
        assert_eq!(w.first_pixels(), Some(ms(80)));
        assert_eq!(w.painted(), Some(ms(120)));
        assert!(!w.settled(ms(160), ms(1000)));
        assert!(w.settled(ms(1120), ms(1000)));
        assert_eq!(w.last_frame(), &vec![2]);
    }
}
