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
//!
//! Two captures are compared by their pixels only, never by the whole file:
//! `xwd` also writes the colour map, and copies into it a padding byte of
//! each entry that Xlib never sets (what malloc returned; it varies from
//! one `xwd` process to the next with the address layout). Compared whole,
//! two captures of an unchanged screen differed about one time in four,
//! and no start ever looked settled.

use std::process::{Command, Stdio};
use std::time::Duration;

/// The whole screen, as `xwd` writes it. Two frames are equal when their
/// pixels are, whatever the rest of the file says (see the module's notes).
#[derive(Clone, Debug, Default)]
pub struct Frame {
    xwd: Vec<u8>,
    /// Where the pixels start in `xwd`: after the header (with the window
    /// name) and the colour map.
    pixels_at: usize,
}

/// The size of one colour map entry in an XWD file (`sz_XWDColor`).
const XWD_COLOR_SIZE: usize = 12;

impl Frame {
    /// Reads what `xwd` wrote: a header of big-endian 32-bit fields (the
    /// first is the header's size with the window name, the twentieth the
    /// number of colour map entries), the colour map, then the pixels.
    pub fn from_xwd(xwd: Vec<u8>) -> Result<Frame, String> {
        let field = |i: usize| {
            xwd.get(4 * i..4 * i + 4)
                .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)
        };
        let (Some(header_size), Some(ncolors)) = (field(0), field(19)) else {
            return Err(format!("an XWD file of {} bytes has no header", xwd.len()));
        };
        let pixels_at = ncolors
            .checked_mul(XWD_COLOR_SIZE)
            .and_then(|c| c.checked_add(header_size))
            .filter(|&at| at < xwd.len())
            .ok_or_else(|| {
                format!(
                    "an XWD file of {} bytes says its pixels start after {header_size} bytes \
                     of header and {ncolors} colours",
                    xwd.len()
                )
            })?;
        Ok(Frame { xwd, pixels_at })
    }

    /// The file as `xwd` wrote it, for a screenshot.
    pub fn xwd(&self) -> &[u8] {
        &self.xwd
    }

    /// The screen's pixels.
    pub fn pixels(&self) -> &[u8] {
        &self.xwd[self.pixels_at..]
    }
}

impl PartialEq for Frame {
    fn eq(&self, other: &Frame) -> bool {
        self.pixels() == other.pixels()
    }
}

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
            return Frame::from_xwd(out.stdout).map_err(std::io::Error::other);
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

    /// An XWD file as `xwd -root` writes one: the 100-byte header, the
    /// window name, two colour map entries whose padding byte is `pad`,
    /// then the pixels.
    fn xwd(pixels: &[u8], pad: u8) -> Vec<u8> {
        let name = b"xwdump\0";
        let mut header = [0u32; 25];
        header[0] = (100 + name.len()) as u32;
        header[1] = 7;
        header[19] = 2;
        let mut f: Vec<u8> = header.iter().flat_map(|v| v.to_be_bytes()).collect();
        f.extend_from_slice(name);
        for pixel in 0..2u8 {
            f.extend_from_slice(&[0, 0, 0, pixel, 0, pixel, 0, pixel, 0, pixel, 7, pad]);
        }
        f.extend_from_slice(pixels);
        f
    }

    fn frame(pixels: &[u8]) -> Frame {
        Frame::from_xwd(xwd(pixels, 0)).unwrap()
    }

    #[test]
    fn frames_are_compared_by_their_pixels_only() {
        let a = Frame::from_xwd(xwd(&[1, 2, 3], 0)).unwrap();
        let b = Frame::from_xwd(xwd(&[1, 2, 3], 0x80)).unwrap();
        assert_ne!(a.xwd(), b.xwd());
        assert_eq!(a.pixels(), [1, 2, 3]);
        assert_eq!(a, b);
        assert_ne!(a, frame(&[1, 2, 4]));
        assert_eq!(b.xwd(), xwd(&[1, 2, 3], 0x80));
    }

    #[test]
    fn a_file_without_pixels_is_refused() {
        assert!(Frame::from_xwd(vec![0; 40]).is_err());
        assert!(Frame::from_xwd(xwd(&[], 0)).is_err());
        let mut huge = xwd(&[1], 0);
        huge[76..80].copy_from_slice(&u32::MAX.to_be_bytes());
        assert!(Frame::from_xwd(huge).is_err());
    }

    #[test]
    fn first_pixels_and_painted() {
        let mut w = Watch::new(frame(&[0]));
        w.observe(ms(40), frame(&[0]));
        assert_eq!((w.first_pixels(), w.painted()), (None, None));
        assert!(!w.settled(ms(5000), ms(1000)));
        w.observe(ms(80), frame(&[1])); // the blank window
        w.observe(ms(120), frame(&[2])); // the page
        w.observe(ms(160), Frame::from_xwd(xwd(&[2], 0x80)).unwrap());
        assert_eq!(w.first_pixels(), Some(ms(80)));
        assert_eq!(w.painted(), Some(ms(120)));
        assert!(!w.settled(ms(160), ms(1000)));
        assert!(w.settled(ms(1120), ms(1000)));
        assert_eq!(w.last_frame(), &frame(&[2]));
    }
}
