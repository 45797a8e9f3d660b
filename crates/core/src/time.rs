//! Today and now where the person lives.
//!
//! The record's dates are Swedish calendar days and its appointments
//! Swedish wall-clock times, as the agencies write them. So "today" for
//! every validity check ("not in the future") and "now" for the next
//! appointments are taken in Europe/Stockholm, whatever zone the computer
//! is set to (a newcomer's laptop often still has the home country's).
//! The core's functions take them as parameters; only the app and the CLI
//! call these.

use jiff::civil::{Date, DateTime};

/// Today's date in Sweden, where the person lives and the agencies count
/// days: the "today" the record's validity checks take. (The computer's
/// own time zone may be another, for example while travelling.)
pub fn today_in_sweden() -> Date {
    now_in_sweden().date()
}

/// The local date and time in Sweden now, as appointments are written.
pub fn now_in_sweden() -> DateTime {
    jiff::Zoned::now().with_time_zone(stockholm()).datetime()
}

/// Sweden's time zone (UTC if the system has no time zone data).
pub fn stockholm() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::get("Europe/Stockholm").unwrap_or(jiff::tz::TimeZone::UTC)
}
